package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplomatic.analyzer.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Persian officials of the kinds missed on unseen Fars news (issue 13, unseen-fa-articles-2.tsv and -3.tsv), with the
 * shipped name models: foreign names, offices away from their holder, role ends, states of bodies, of lists and of
 * world news.
 */
class UnseenPersianNewsOfficialsTest {
  private static OfficialsExtractor extractor;

  @BeforeAll
  static void loadShippedModels() {
    extractor = ShippedOfficials.extractor();
  }

  private static Official only(String text) {
    return ShippedOfficials.only(text, Language.PERSIAN);
  }

  private static void check(Official o, String name, String role, String country) {
    assertEquals(List.of(name, role, String.valueOf(country)), List.of(o.name(), o.role(), String.valueOf(o.country())));
  }

  @Test
  void aForeignNameStartingWithWalIsNoArabicArticle() {
    check(only("والداس آدامکوس، رئیس جمهور لیتوانی، خواستار گفت‌وگو با مسکو شد."),
        "والداس آدامکوس", "رئیس جمهور لیتوانی", "LT");
  }

  @Test
  void anOfficeWrittenWithYekInTheLeadGoesToTheNextSentencesSubject() {
    check(only("خبرگزاری فارس: یک نماینده مجلس اردن از افزایش همکاری‌های دو کشور خبر داد.\n"
        + "جورج حبیب که با شبکه خبر گفت‌وگو می‌کرد افزود: این همکاری‌ها ادامه دارد."),
        "جورج حبیب", "نماینده مجلس اردن", "JO");
  }

  @Test
  void aSubjectChosenBeAsTheOfficeHoldsItWithoutRa() {
    check(only("در این جلسه محمد کریمی به عنوان رئیس کمیسیون انرژی مجلس انتخاب شد."),
        "محمد کریمی", "رئیس کمیسیون انرژی مجلس", "IR");
  }

  @Test
  void alsoBeforeBeAsAndThisBeforeABodyStayInTheAppointment() {
    check(only("در این جلسه حجت‌الاسلام احمد رضایی نیز به عنوان سخنگوی این کمیسیون تعیین شد."),
        "احمد رضایی", "سخنگوی این کمیسیون", "IR");
  }

  @Test
  void aRoleEndsBeforeTheNounOfACompoundVerbWithDad() {
    check(only("حسین امیری عضو کمیسیون امنیت ملی مجلس هشدار داد: تحریم‌ها بی‌اثر است."),
        "حسین امیری", "عضو کمیسیون امنیت ملی مجلس", "IR");
  }

  @Test
  void theStateOfAParliamentIsNoPostAnEverydayWordAfterDarNames() {
    check(only("احمد سلیمی نماینده مجلس سوریه در سخنرانی خود از ایران تشکر کرد."),
        "احمد سلیمی", "نماینده مجلس سوریه", "SY");
  }

  @Test
  void aNationalSecurityCouncilIsNoUnitedNationsBody() {
    check(only("عوزی دیان رئیس سابق شورای امنیت ملی رژیم صهیونیستی خواستار حمله شد."),
        "عوزی دیان", "رئیس سابق شورای امنیت ملی رژیم صهیونیستی", "IL");
  }

  @Test
  void theKremlinIsRussia() {
    check(only("دیمیتری پسکوف سخنگوی کاخ کرملین گفت: مسکو از این اقدام استقبال می‌کند."),
        "دیمیتری پسکوف", "سخنگوی کاخ کرملین", "RU");
  }

  @Test
  void aFirstViceChairKeepsItsOrdinalAndItsState() {
    check(only("خالد العطیه نایب رئیس اول مجلس نمایندگان عراق گفت: جلسه فوق‌العاده برگزار نمی‌شود."),
        "خالد العطیه", "نایب رئیس اول مجلس نمایندگان عراق", "IQ");
  }

  @Test
  void aStaffRankIsNoName() {
    check(only("سرتیپ ستاد «مسعود جزایری» سخنگوی ستاد کل نیروهای مسلح گفت: هر تهدیدی پاسخ داده می‌شود."),
        "مسعود جزایری", "سخنگوی ستاد کل نیروهای مسلح", "IR");
  }

  @Test
  void aFamilyNameWrittenWithZwnjOrASpaceIsOnePerson() {
    check(only("ساداتی‌نژاد رئیس کمیسیون کشاورزی مجلس شد\n"
        + "در این نشست سیدجواد ساداتی نژاد به عنوان رئیس این کمیسیون انتخاب شد."),
        "سیدجواد ساداتی نژاد", "رئیس کمیسیون کشاورزی مجلس", "IR");
  }

  @Test
  void worldNewsThatNeverNamesIranServesTheStateItsHeadingNames() {
    check(only("مجلس عراق تصویب قانون انتخابات را به ماه آینده موکول کرد\n"
        + "محمود المشهدانی رئیس مجلس گفت: جلسه آینده در سپتامبر برگزار می‌شود."),
        "محمود المشهدانی", "رئیس مجلس", "IQ");
  }

  @Test
  void aTextNamingIranIsWrittenFromIranWhateverItsHeading() {
    check(only("مجلس عراق تصویب قانون انتخابات را به ماه آینده موکول کرد\n"
        + "محمود المشهدانی رئیس مجلس گفت: سفیر ایران نیز در جلسه حاضر بود."),
        "محمود المشهدانی", "رئیس مجلس", "IR");
  }

  @Test
  void anIranianProvinceMarksATextWrittenFromIran() {
    check(only("نشست مرزی با پاکستان برگزار شد\n"
        + "یاسر رئیسی مدیرکل گمرکات سیستان و بلوچستان گفت: صادرات افزایش یافت."),
        "یاسر رئیسی", "مدیرکل گمرکات سیستان و بلوچستان", "IR");
  }

  @Test
  void theLeadsOfficeSpeaksThroughTheNameAfterBeGofteh() {
    check(only("خبرگزاری فارس: دبیرکل اتحادیه عرب از تمایل عربستان برای میزبانی نشست سران خبر داد.\n"
        + "به گزارش فارس به نقل از آسوشیتدپرس، به گفته «عمرو موسی»، ریاض آماده میزبانی است."),
        "عمرو موسی", "دبیرکل اتحادیه عرب", "null");
  }

  @Test
  void theAyatollahARepresentativeServesIsPartOfHisRoleNotHisName() {
    check(only("شیخ مهدی کربلایی نماینده آیت‌الله سیستانی در کربلا گفت: کارت‌های انتخابات کافی نیست.\n"
        + "از سوی دیگر نماینده آیت‌الله سیستانی کارت‌های توزیع شده را ناکافی خواند."),
        "مهدی کربلایی", "نماینده آیت‌الله سیستانی", "IR");
  }

  @Test
  void theNounOfACompoundVerbAfterARoleIsNoName() {
    List<Official> found = extractor.extract("مدیرکل میراث فرهنگی استان همدان اذعان کرد: این بنا مرمت می‌شود.",
        TestSentences.of("مدیرکل میراث فرهنگی استان همدان اذعان کرد: این بنا مرمت می‌شود."), Language.PERSIAN);
    assertEquals(List.of(), found);
  }

  @Test
  void anAfternoonAfterTheRoleIsNoPartOfIt() {
    check(only("حجت‌الاسلام محمد رضوی امام جمعه چالوس بعدازظهر امروز در مراسم آغاز آموزش قرآن گفت: قرآن راهنماست."),
        "محمد رضوی", "امام جمعه چالوس", "IR");
  }

  private static List<List<String>> thirdRound(String text) {
    return ShippedOfficials.described(text, Language.PERSIAN);
  }

  @Test
  void theHonorificWrittenAsOneWordIsNoPartOfTheName() {
    assertEquals(List.of(List.of("علی سعیدی", "رئیس دفتر عقیدتی سیاسی", "IR")), thirdRound(
        "به گزارش خبرگزاری فارس، حجت‌الاسلام‌والمسلمین علی سعیدی رئیس دفتر عقیدتی سیاسی ظهر امروز در کرج"
            + " سخنرانی کرد."));
  }

  @Test
  void aFullNameTheFinderMarkedAfterTheTitleBeatsADateWordBeforeIt() {
    assertEquals("محمود احمدی‌نژاد", thirdRound(
        "در دیدار 29 آوریل رئیس جمهور محمود احمدی‌نژاد با رهبران هند، توافق‌هایی امضا شد.").get(0).get(0));
  }

  @Test
  void theStateAfterTheLastOfficialOfAListIsEveryListedOfficials() {
    assertEquals(List.of(List.of("پراتیبها پاتیل", "رئیس جمهور", "IN"), List.of("منموهان سینگ", "نخست وزیر", "IN"),
        List.of("مورلی دئورا", "وزیر نفت هند", "IN")), thirdRound(
        "خبرگزاری فارس: وزیر نفت ایران در تهران با هیئتی از هند دیدار کرد.\n"
            + "در این دیدار پراتیبها پاتیل رئیس جمهور، منموهان سینگ نخست وزیر و مورلی دئورا وزیر نفت هند از همکاری"
            + " با ایران استقبال کردند."));
  }

  @Test
  void alsoOpeningTheSentenceOfAnOfficeWithNoNameLeavesItToTheNextSubject() {
    check(ShippedOfficials.named("استاندار مازندران گفت: هفته بسیج فرصت احیای ارزش‌هاست.\n"
        + "همچنین فرماندار نکا، در اجتماع بسیجیان این شهرستان اظهار داشت: بسیج یک نهاد مردمی است.\n"
        + "جعفر احمدی اظهار کرد: مسئولیت بسیجیان سنگین است.", "جعفر احمدی", Language.PERSIAN),
        "جعفر احمدی", "فرماندار نکا", "IR");
  }
}
