package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --format text}: the whole report, exactly, for a short Arabic and a short Persian news item. */
class DocumentTextTest {
  @TempDir static Path dir;
  private static Path arabic;
  private static Path persian;

  @BeforeAll
  static void writeInputs() throws Exception {
    arabic = Files.writeString(dir.resolve("ar.txt"),
        "أعلن وزير الخارجية السعودي الأمير فيصل بن فرحان أن المملكة ستفتتح قنصلية في البصرة خلال ثلاثة أشهر.\n"
            + "وقال بن فرحان: «نسعى إلى رفع حجم التبادل التجاري إلى 5 مليارات دولار سنويا».\n");
    persian = Files.writeString(dir.resolve("fa.txt"),
        "محمدجواد ظریف وزیر امور خارجه ایران گفت: «ایران آماده است صادرات برق به عراق را ۲۰ درصد افزایش دهد.»\n"
            + "دو کشور توافق کردند که کمیسیون مشترک اقتصادی تا پایان سال تشکیل شود.\n");
  }

  @Test
  void arabicReportListsOfficialFiguresCommitmentQuoteAndAreasBeforeTheSentences() {
    CliRun run = CliRun.of("analyze", "--format", "text", arabic.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("== " + arabic + "  [ar, news]  id a24a41ef5d96\n"
        + "areas: trade_investment 0.49\n"
        + "officials (1)\n"
        + "  name: فيصل بن فرحان | role: وزير الخارجية السعودي | organization: الخارجية | country: SA\n"
        + "figures (2)\n"
        + "  sentence 0: 3 month | text: ثلاثة أشهر\n"
        + "  sentence 1: 5000000000 USD per year | text: 5 مليارات دولار سنويا\n"
        + "commitments (2)\n"
        + "  sentence 0: intent | holder: المملكة | deadline: خلال ثلاثة أشهر\n"
        + "    text: أعلن وزير الخارجية السعودي الأمير فيصل بن فرحان أن المملكة ستفتتح قنصلية في البصرة خلال ثلاثة أشهر.\n"
        + "  sentence 1: intent | holder: فيصل بن فرحان | deadline: - | areas: trade_investment\n"
        + "    text: وقال بن فرحان: «نسعى إلى رفع حجم التبادل التجاري إلى 5 مليارات دولار سنويا».\n"
        + "quotes (1)\n"
        + "  speaker: فيصل بن فرحان | text: نسعى إلى رفع حجم التبادل التجاري إلى 5 مليارات دولار سنويا\n"
        + "sentences (2)\n"
        + "  0      0-99     أعلن وزير الخارجية السعودي الأمير فيصل بن فرحان أن المملكة ستفتتح قنصلية في البصرة "
        + "خلال ثلاثة أشهر.\n"
        + "  1    100-176    وقال بن فرحان: «نسعى إلى رفع حجم التبادل التجاري إلى 5 مليارات دولار سنويا».\n"
        + "\n", run.out().replace("\r\n", "\n"));
  }

  @Test
  void persianReportShowsAProposalAndAnAgreementWithItsDeadlineAsWritten() {
    CliRun run = CliRun.of("analyze", "--format", "text", persian.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("== " + persian + "  [fa, news]  id 67228ef05c3e\n"
        + "areas: trade_investment 0.60\n"
        + "officials (1)\n"
        + "  name: محمدجواد ظریف | role: وزیر امور خارجه ایران | organization: امور خارجه | country: IR\n"
        + "figures (1)\n"
        + "  sentence 0: 20 percent | text: ۲۰ درصد\n"
        + "commitments (2)\n"
        + "  sentence 0: proposal | holder: محمدجواد ظریف | deadline: - | areas: energy\n"
        + "    text: محمدجواد ظریف وزیر امور خارجه ایران گفت: «ایران آماده است صادرات برق به عراق را ۲۰ درصد "
        + "افزایش دهد.»\n"
        + "  sentence 1: agreement | holder: دو کشور | deadline: تا پایان سال | areas: trade_investment\n"
        + "    text: دو کشور توافق کردند که کمیسیون مشترک اقتصادی تا پایان سال تشکیل شود.\n"
        + "quotes (1)\n"
        + "  speaker: محمدجواد ظریف | text: ایران آماده است صادرات برق به عراق را ۲۰ درصد افزایش دهد.\n"
        + "sentences (2)\n"
        + "  0      0-100    محمدجواد ظریف وزیر امور خارجه ایران گفت: «ایران آماده است صادرات برق به عراق را ۲۰ "
        + "درصد افزایش دهد.»\n"
        + "  1    101-169    دو کشور توافق کردند که کمیسیون مشترک اقتصادی تا پایان سال تشکیل شود.\n"
        + "\n", run.out().replace("\r\n", "\n"));
  }
}
