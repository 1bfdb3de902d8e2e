package org.diplomatic.analyzer.extract.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

class CommitmentExtractorTest {
  private final CommitmentExtractor extractor = new CommitmentExtractor(new CueBaseline(CueLexicon.load()));

  private List<Commitment> extract(String text, String genre) {
    List<Sentence> sentences = new SentenceSplitter().split(text);
    return extractor.extract(text, sentences, genre, List.of(), List.of());
  }

  @Test
  void oneSentenceWithTwoCommitmentsYieldsTwoClauses() {
    String text = "اتفق الجانبان على إنشاء منطقة تجارة حرة، كما يجب على الوزارتين إعداد خطة للربط السككي.";
    List<Commitment> found = extract(text, "news");
    assertEquals(List.of("agreement", "obligation"), found.stream().map(Commitment::kind).toList());
    assertEquals("اتفق الجانبان على إنشاء منطقة تجارة حرة", found.get(0).text());
    assertEquals("كما يجب على الوزارتين إعداد خطة للربط السككي.", found.get(1).text());
    for (Commitment c : found) {
      assertEquals(c.text(), text.substring(c.start(), c.end()));
    }
  }

  @Test
  void aRelativeClauseAfterCommaAndWawIsNoCommitmentOfItsOwn() {
    String text = "وافق مجلس الوزراء على تعديل اتفاقية التنقيب، والتي تبلغ منح التوقيع فيها 19 مليون دولار.";
    List<Commitment> found = extract(text, "news");
    assertEquals(1, found.size());
    assertEquals("decision", found.get(0).kind());
    assertEquals(text, found.get(0).text());
    assertEquals("مجلس الوزراء", found.get(0).holder());
  }

  @Test
  void aPersianSigningBetweenTwoPartiesStaysOneCommitmentHeldByTheFirst() {
    String text = "تفاهم‌نامه همکاری مشترک بین سازمان منطقه آزاد اروند و کمیسیون گردشگری اتاق بازرگانی ایران منعقد شد.";
    List<Commitment> found = extract(text, "news");
    assertEquals(1, found.size());
    assertEquals(text, found.get(0).text());
    assertEquals("سازمان منطقه آزاد اروند", found.get(0).holder());
  }

  @Test
  void twoPersianClausesEachWithItsVerbAreTwoCommitments() {
    String text = "دو طرف توافق کردند کمیسیون مشترک در تهران تشکیل شود و وزارت نیرو باید طرح اتصال شبکه را تهیه کند.";
    List<Commitment> found = extract(text, "news");
    assertEquals(List.of("agreement", "obligation"), found.stream().map(Commitment::kind).toList());
  }

  @Test
  void minutesItemsLoseTheirNumberAndCarryOwnerAndDeadline() {
    String text = "القرارات:\n1- تقرر تشكيل لجنة فنية لمتابعة المنفذ الحدودي (الجهة المنفذة: هيئة المنافذ، المهلة: خلال شهر).";
    List<Commitment> found = extract(text, "minutes");
    assertEquals(1, found.size());
    Commitment c = found.get(0);
    assertEquals("decision", c.kind());
    assertEquals(1, c.sentence());
    assertEquals("تقرر تشكيل لجنة فنية لمتابعة المنفذ الحدودي (الجهة المنفذة: هيئة المنافذ، المهلة: خلال شهر).",
        c.text());
    assertEquals("هيئة المنافذ", c.owner());
    assertEquals("خلال شهر", c.deadline());
    assertEquals(null, c.deadlineIso()); // no date line: a relative deadline fixes no date
  }

  @Test
  void itemsUnderALeadInThatAgreesAreAgreementsOfItsParty() {
    String text = "وقد اتفق الطرفان على ما يلي:\n1- سيتم رفع قدرة الربط الكهربائي إلى 2000 ميغاواط بحلول عام 2028.\n"
        + "2- يتعين تشكيل فريق فني مشترك لدراسة تصدير فائض الطاقة الشمسية.";
    List<Commitment> found = extract(text, "statement");
    assertEquals(List.of("agreement", "agreement"), found.stream().map(Commitment::kind).toList());
    assertEquals(List.of("الطرفان", "الطرفان"), found.stream().map(Commitment::holder).toList());
  }

  @Test
  void pastCooperationIsNotACommitment() {
    assertEquals(List.of(), extract("تعاونت الدولتان في مجال الصحة خلال السنوات الماضية.", "news"));
  }

  @Test
  void relativeDeadlinesOfMinutesCountFromTheMeetingDate() {
    String text = "صورتجلسه کارگروه مشترک حمل‌ونقل\nتاریخ: ۱۵ آبان ۱۴۰۴\n"
        + "۱- مقرر شد راه‌آهن گزارش فنی را ارسال کند (مسئول پیگیری: شرکت راه‌آهن، مهلت اجرا: ظرف یک ماه).";
    Commitment c = extract(text, "minutes").get(0);
    assertEquals("ظرف یک ماه", c.deadline());
    assertEquals("2025-12-06", c.deadlineIso());
  }
}
