package org.diplomatic.analyzer.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.extract.officials.Official;
import org.diplomatic.analyzer.extract.officials.OfficialsExtractor;
import org.diplomatic.analyzer.extract.officials.OfficialsLexicon;
import org.diplomatic.analyzer.extract.officials.People;
import org.diplomatic.analyzer.extract.officials.PersonMention;
import org.diplomatic.analyzer.extract.officials.TestSentences;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {
  private static OfficialsExtractor officials;
  private static QuoteExtractor quotes;

  @BeforeAll
  static void load() {
    OfficialsLexicon lex = OfficialsLexicon.load();
    officials = new OfficialsExtractor(lex, Map.of());
    quotes = new QuoteExtractor(lex);
  }

  private static List<Quote> extract(String text, Language lang) {
    var sentences = TestSentences.of(text);
    List<Official> found = officials.extract(text, sentences, lang);
    return quotes.extract(text, sentences, lang, found);
  }

  @Test
  void attributesAQuoteOverTwoSentencesToTheNamedOfficial() {
    String text = "استقبل وزير الاتصالات الإيراني ستار هاشمي السفير العراقي نصير عبد المحسن عبد الله. "
        + "وقال هاشمي خلال اللقاء: «إن الربط الضوئي أولوية. ونحن مستعدون لتوسيعه».";
    List<Quote> found = extract(text, Language.ARABIC);
    assertEquals(1, found.size());
    assertEquals("ستار هاشمي", found.get(0).speaker());
    assertEquals("إن الربط الضوئي أولوية. ونحن مستعدون لتوسيعه", found.get(0).text());
    assertEquals(text.indexOf("إن الربط"), found.get(0).start());
    assertEquals(text.indexOf("»"), found.get(0).end());
  }

  @Test
  void resolvesATitleOnlySpeaker() {
    String text = "استقبل وزير الاتصالات الإيراني ستار هاشمي السفير العراقي نصير عبد المحسن عبد الله. "
        + "وأضاف السفير العراقي: «سننقل هذه الرسالة إلى الحكومة».";
    Quote q = extract(text, Language.ARABIC).get(0);
    assertEquals("نصير عبد المحسن عبد الله", q.speaker());
    assertEquals("سننقل هذه الرسالة إلى الحكومة", q.text());
  }

  @Test
  void resolvesAPronounToTheLastSpeakerAndAPersianTitleToItsOfficial() {
    String text = "سید ستار هاشمی وزیر ارتباطات و فناوری اطلاعات با نصیر عبدالمحسن عبدالله سفیر عراق در تهران "
        + "دیدار کرد. هاشمی گفت: «ایران آماده است».\n"
        + "وی افزود: «این طرح تا پایان سال اجرا می‌شود».\n"
        + "سفیر عراق اظهار داشت: \"بغداد از این طرح استقبال می‌کند\".";
    List<Quote> found = extract(text, Language.PERSIAN);
    assertEquals(List.of("ستار هاشمی", "ستار هاشمی", "نصیر عبدالمحسن عبدالله"),
        found.stream().map(Quote::speaker).toList());
    assertEquals("بغداد از این طرح استقبال می‌کند", found.get(2).text());
  }

  @Test
  void takesTheSentenceAfterASpeechVerbAndColonWithoutMarksOrFinalStop() {
    String text = "دیدار با وانگ لی‌مینگ، معاون رئیس اداره فضای مجازی چین، انجام شد. وانگ لی‌مینگ گفت: "
        + "چین آماده است مدل‌ها را در اختیار قرار دهد. دو طرف توافق کردند.";
    Quote q = extract(text, Language.PERSIAN).get(0);
    assertEquals("وانگ لی‌مینگ", q.speaker());
    assertEquals("چین آماده است مدل‌ها را در اختیار قرار دهد", q.text());
  }

  @Test
  void carriesAnUnmarkedQuoteOverASemicolonAndSkipsAZwnjAfterTheColon() {
    String text = "مصطفی مؤذن زاده رئیس سازمان توسعه معادن گفت:\u200c قراردادهای لازم بسته شد؛ "
        + "اما اجرای طرح به تعویق افتاد.\nوی افزود: کار ادامه دارد.";
    List<Quote> found = extract(text, Language.PERSIAN);
    assertEquals(List.of("قراردادهای لازم بسته شد؛ اما اجرای طرح به تعویق افتاد", "کار ادامه دارد"),
        found.stream().map(Quote::text).toList());
  }

  @Test
  void continuesTheLastNamedSpeakerOfIndirectSpeechNotTheLastNameMentioned() {
    String text = "وقال وزير النفط العراقي حيان عبد الغني إن الإنتاج سيرتفع بعد لقائه وزير الطاقة الإيراني محسن "
        + "باك نجاد. وأضاف: «سنفتح باب الاستثمار».";
    Quote q = extract(text, Language.ARABIC).get(0);
    assertEquals("حيان عبد الغني", q.speaker());
  }

  @Test
  void takesASpeakerWithoutATitleFromThePeopleNamedInTheDocument() {
    String text = "منوچهر جهانیان در گفت‌وگو با خبرنگار فارس اظهار داشت: ۴۴ میلیون نفر به سفر رفته‌اند.\n"
        + "جهانیان گفت: مازندران بیشترین مسافر را داشته است.";
    var sentences = TestSentences.of(text);
    People people = new People(List.of(), List.of(new PersonMention("منوچهر جهانیان", 0, 14)));
    List<Quote> found = quotes.extract(text, sentences, Language.PERSIAN, people);
    assertEquals(List.of("منوچهر جهانیان", "منوچهر جهانیان"), found.stream().map(Quote::speaker).toList());
  }

  @Test
  void quotesAMediumOrSourceAsWrittenAndContinuesIt() {
    String text = "خبرگزاری فارس: روزنامه دیلی تایمز نوشت: هیئتی از پاکستان به دهلی نو سفر می‌کند.\n"
        + "این روزنامه در ادامه افزود: هزینه طرح ۷ میلیارد دلار است.";
    List<Quote> found = extract(text, Language.PERSIAN);
    assertEquals(List.of("روزنامه دیلی تایمز", "روزنامه دیلی تایمز"),
        found.stream().map(Quote::speaker).toList());
    String arabic = "وقال مصدر رفيع في وزارة الخارجية إن الوفد وصل. وأضاف: «سيبدأ الحوار غدا».";
    assertEquals("مصدر رفيع في وزارة الخارجية", extract(arabic, Language.ARABIC).get(0).speaker());
  }

  @Test
  void followsAQuoteAcrossParagraphs() {
    String text = "وقال وزير النفط العراقي حيان عبد الغني: «سنرفع الإنتاج.\nوسنفتح باب الاستثمار».";
    Quote q = extract(text, Language.ARABIC).get(0);
    assertEquals("حيان عبد الغني", q.speaker());
    assertEquals("سنرفع الإنتاج.\nوسنفتح باب الاستثمار", q.text());
  }

  @Test
  void survivesUnclosedMarksAndEmptyText() {
    assertTrue(extract("", Language.PERSIAN).isEmpty());
    assertTrue(extract("وقال الوزير: «", Language.ARABIC).isEmpty());
    assertEquals(List.of(), extract("\"\"", Language.ARABIC));
  }

  @Test
  void ignoresIndirectSpeechAndQuotedNames() {
    String text = "وأكد وزير النفط العراقي حيان عبد الغني أن الإنتاج سيرتفع ضمن «رؤية 2030».";
    assertTrue(extract(text, Language.ARABIC).isEmpty());
  }
  @Test
  void namesAPersianTitleLeadAfterThePersonItsNextSentenceNames() {
    String text = "۸ پروژه ورزشی افتتاح شد\nوزیر ورزش و جوانان گفت: هشت پروژه ورزشی افتتاح شد.\n"
        + "مسعود سلطانی‌فر امروز در گفت‌وگو با خبرنگار فارس در سلماس اظهار داشت: کار ادامه دارد.\n"
        + "وی ادامه داد: ورزشگاه سلماس تکمیل شد.\nوزیر ورزش و جوانان ادامه داد: پروژه از سال ۸۸ آغاز شده بود.\n"
        + "سلطانی‌فر بیان کرد: ۳۵ پروژه دیگر در دست اجراست.";
    assertEquals(List.of("مسعود سلطانی‌فر", "مسعود سلطانی‌فر", "مسعود سلطانی‌فر", "مسعود سلطانی‌فر",
        "مسعود سلطانی‌فر"), extract(text, Language.PERSIAN).stream().map(Quote::speaker).toList());
  }

  @Test
  void takesThePersianSubjectAfterAReportLeadAndHonorificsNotAHeadlineVerb() {
    String text = "اعتقاد راسخ، قیام شهید را ماندگار کرد\nامام جمعه دلوار گفت: قیام ماندگار شد.\n"
        + "به گزارش خبرگزاری فارس از تنگستان، حجت الاسلام علی زاهددوست صبح امروز در دیدار با خانواده شهید گفت: "
        + "قیام در تاریخ ثبت شد.\nزاهددوست اظهار داشت: راز ماندگاری ایمان بود.";
    assertEquals(List.of("علی زاهددوست", "علی زاهددوست", "علی زاهددوست"),
        extract(text, Language.PERSIAN).stream().map(Quote::speaker).toList());
  }

  @Test
  void givesASecondTitleToTheNextPersonNamedAndDropsTheNounOfALightVerb() {
    String text = "فرماندار این شهرستان در بازدید از کارخانه اظهار داشت: کارخانه تعطیل است.\n"
        + "داود ایوبی ابراز داشت: ۲۰۰ نفر مشغول به کار می‌شوند.\n"
        + "در ادامه نماینده مردم خرم‌بید در مجلس نیز گفت: از تولیدکنندگان حمایت می‌کنیم.\n"
        + "رحیم زارع افزود: مشکلات شناسایی می‌شود.\nمنابع دیپلماتیک اسرائیل اعلام کردند: شارون سفر می‌کند.";
    assertEquals(List.of("داود ایوبی", "داود ایوبی", "رحیم زارع", "رحیم زارع", "منابع دیپلماتیک اسرائیل"),
        extract(text, Language.PERSIAN).stream().map(Quote::speaker).toList());
  }
  @Test
  void continuesTheArabicSpeakerWhenTheClauseNamesOnlyAnObjectAndReadsALongSubject() {
    String text = "وقال وزير الدفاع الأمريكي آشتون كارتر إن التعاون مستمر.\n"
        + "وأشار أيضا إلى لقائه الملك سلمان بن عبد العزيز، قائلا: «النفوذ الإيراني حقيقي».\n"
        + "وقال نائب الممثل الخاص للأمين العام للأمم المتحدة في العراق جورجي بوستن في بيان: «الإصلاحات مهمة».";
    List<Official> people = List.of(
        new Official("آشتون كارتر", "وزير الدفاع الأمريكي", null, "US", List.of(span(text, "آشتون كارتر"))),
        new Official("سلمان بن عبد العزيز", "الملك", null, "SA", List.of(span(text, "سلمان بن عبد العزيز"))),
        new Official("جورجي بوستن", null, null, null, List.of(span(text, "جورجي بوستن"))));
    List<Quote> found = quotes.extract(text, TestSentences.of(text), Language.ARABIC, people);
    assertEquals(List.of("آشتون كارتر", "جورجي بوستن"), found.stream().map(Quote::speaker).toList());
  }

  @Test
  void takesALongMarkedNameTheSentenceRunsOnAfterForNoQuote() {
    String text = "وواصل «مركز الملك سلمان للإغاثة والأعمال الإنسانية» توزيع المساعدات في اليمن.\n"
        + "وختم البيان: «إن المملكة ستواصل دعم الشعب اليمني في كل المجالات».";
    List<Quote> found = extract(text, Language.ARABIC);
    assertEquals(List.of("إن المملكة ستواصل دعم الشعب اليمني في كل المجالات"),
        found.stream().map(Quote::text).toList());
  }

  private static Span span(String text, String part) {
    int at = text.indexOf(part);
    return new Span(at, at + part.length());
  }

  @Test
  void aShortMarkedNameAfterAMediumOrBeforeAColonIsNoQuote() {
    String text = "وقال السفير لمحطة التلفزيون الكينية «كي تي إن»: «بوسعي أن أؤكد أن الزيارة قائمة». "
        + "ونقلت وكالة «رويترز» قول الوزير إن الزيارة قائمة.";
    List<Quote> found = extract(text, Language.ARABIC);
    assertEquals(List.of("بوسعي أن أؤكد أن الزيارة قائمة"), found.stream().map(Quote::text).toList());
  }

  @Test
  void aShortMarkedNameBeforeASpeechVerbIsItsSubject() {
    String text = "وأعلنت الهيئة المعروفة اختصارا باسم \"إيقاد\" قال رئيسها إن الاجتماع سيعقد غدا.";
    assertEquals(List.of(), extract(text, Language.ARABIC));
  }

  @Test
  void theMediumOfAPersianDatelineIsNotTheSpeakerNamedAfterIt() {
    String text = "به گزارش خبرگزاری فارس به نقل از روزنامه پاک تریبون، خدیمی با اعلام این خبر افزود: "
        + "تاسیس این بانک به توسعه روابط دو کشور کمک خواهد کرد.";
    Quote q = extract(text, Language.PERSIAN).get(0);
    assertTrue(q.speaker() == null || !q.speaker().contains("روزنامه"), String.valueOf(q.speaker()));
  }
  @Test
  void aShortMarkedWordBeforeTheReportedWordsBeginIsNoQuote() {
    String text = "استقبل وزير الخارجية الأميركي جون كيري في القاهرة أمس. "
        + "وقال كيري بعد حوار «صريح» مع المسؤولين المصريين، إن «هناك توافقا في وجهات النظر».";
    List<Quote> found = extract(text, Language.ARABIC);
    assertEquals(List.of("هناك توافقا في وجهات النظر"), found.stream().map(Quote::text).toList());
    assertEquals("جون كيري", found.get(0).speaker());
  }

  @Test
  void aShortMarkedSubjectOfASpeechVerbIsNoQuote() {
    String text = "وأكدت «ماما سارة» أنها لم تصب بخيبة الأمل بسبب الخبر.";
    assertEquals(List.of(), extract(text, Language.ARABIC));
  }

  @Test
  void takesTheArabicWordsAfterASpeechVerbItsSubjectAndAColon() {
    String text = "وقال وزير الخارجية عادل الجبير للصحفيين أمس: إن المملكة ستدعم الاتفاق.";
    Quote q = extract(text, Language.ARABIC).get(0);
    assertEquals("إن المملكة ستدعم الاتفاق", q.text());
    assertEquals("عادل الجبير", q.speaker());
  }

  @Test
  void givesTheWordsOfAMinistryOrAnUnnamedOfficialToThemAsWritten() {
    String text = "وقالت وزارة الدفاع العراقية في بيان إن الوزيرين «بحثا سبل تدعيم التعاون العسكري». "
        + "وقال مسؤول أمني في حديث لـ«الشرق الأوسط» طالبا عدم ذكر اسمه، إن «القوات ستتقدم نحو الرمادي».";
    List<Quote> found = extract(text, Language.ARABIC);
    assertEquals(List.of("بحثا سبل تدعيم التعاون العسكري", "القوات ستتقدم نحو الرمادي"),
        found.stream().map(Quote::text).toList());
    assertEquals(List.of("وزارة الدفاع العراقية", "مسؤول أمني"), found.stream().map(Quote::speaker).toList());
  }

  @Test
  void givesATitleWithANationalityToTheOfficialOfThatState() {
    List<Official> people = List.of(
        new Official("عادل الجبير", "وزير الخارجية السعودي", "الخارجية", "SA", List.of(new Span(22, 33))),
        new Official("سامح شكري", null, null, "EG", List.of(new Span(47, 56))));
    String text = "التقى وزير الخارجية السعودي عادل الجبير نظيره المصري سامح شكري في جدة. "
        + "وقال وزير الخارجية المصري إن «هناك تطابقا في وجهتي النظر». "
        + "كما طمأن الوزير المصري نظيره السعودي بأن «التنسيق بين البلدين مستمر في كل الملفات».";
    List<Official> placed = people.stream().map(o -> new Official(o.name(), o.role(), o.organization(),
        o.country(), List.of(span(text, o.name())))).toList();
    List<Quote> found = quotes.extract(text, TestSentences.of(text), Language.ARABIC, placed);
    assertEquals(List.of("سامح شكري", "سامح شكري"), found.stream().map(Quote::speaker).toList());
  }

  @Test
  void aNameInMarksAfterASpeechVerbIsNoQuote() {
    String text = "أكد وزير الدفاع الأمريكي أشتون كارتر أن الاتفاق جيد. وقال \"كارتر\" للصحفيين: \"إن الصفقة لم تمنع الخيار العسكري\".";
    List<Quote> found = extract(text, Language.ARABIC);
    assertEquals(List.of("إن الصفقة لم تمنع الخيار العسكري"), found.stream().map(Quote::text).toList());
    assertEquals("أشتون كارتر", found.get(0).speaker());
  }

  @Test
  void aStatementSpeaksForTheBodyThatIssuedIt() {
    String text = "وأكد بيان البيت الأبيض أن البلدين «سيبقيان معا في مواجهة الإرهاب». وجاء في بيان للشرطة: "
        + "«أوقفنا المشتبه به».";
    assertEquals(List.of("البيت الأبيض", "الشرطة"), extract(text, Language.ARABIC).stream().map(Quote::speaker).toList());
  }

  @Test
  void aBareSpeechVerbAfterAnotherSpeakersQuoteContinuesThatSpeaker() {
    String text = "ونقلت الوكالة عن وزير الخارجية الإيراني محمد جواد ظريف قوله «نقول إن الأنشطة هناك لها علاقة بأعمال"
        + " طرق». ونقلت وكالة فارس عن رئيس البرلمان الإيراني علي لاريجاني قوله «هذا نزاع مصطنع لتشتيت انتباه العالم»."
        + " وأضاف «الإسرائيليون ليسوا سعداء بالاتفاق وسيفعلون أي شيء لوقفه».";
    assertEquals(List.of("محمد جواد ظريف", "علي لاريجاني", "علي لاريجاني"),
        extract(text, Language.ARABIC).stream().map(Quote::speaker).toList());
  }

  private static List<String> marked(String text) {
    return QuoteExtractor.markedSpans(text).stream().map(q -> q.in(text)).toList();
  }

  @Test
  void pairsCurlyMarksSetEitherWayRound() {
    assertEquals(List.of(" كل كلمات الاعتذار لا تكفي "),
        marked("وقال الحرمي في رسالة مفتوحة ” كل كلمات الاعتذار لا تكفي “."));
  }

  @Test
  void aStrayClosingMarkOpensNothing() {
    assertEquals(List.of("رسالة المشروع تكمن في خلق فرص وظيفية"),
        marked("وهي\" قسم الخياطة، قسم التطريز. وعبر رئيس الشركة عن فخره، مؤكداً أن \"رسالة المشروع تكمن في خلق فرص وظيفية\"."));
  }

  @Test
  void keepsAShortPairInsideAQuoteAndDropsAnOpeningWhoseCloseWasLost() {
    assertEquals(List.of("تشهد السوق إقبالاً قرب موقع معرض \"اكسبو 2020\"، ونتوقع أن يستفيد المشترون"),
        marked("وقال الرئيس التنفيذي: \"تشهد السوق إقبالاً قرب موقع معرض \"اكسبو 2020\"، ونتوقع أن يستفيد المشترون\"."));
    assertEquals(List.of("هذه نسبة معتدلة ومقبولة مقارنة بالنسب العالمية"),
        marked("وقال \"يشكل هذا عاملا إيجابيا للاقتصاد. وقال \"هذه نسبة معتدلة ومقبولة مقارنة بالنسب العالمية\"."));
  }

  @Test
  void aMarkAfterAColonOpens() {
    assertEquals(List.of("سبق", " لم يثبت على والدتي أي شيء"),
        marked("وقال الابن في حديث لـ\"سبق\":\" لم يثبت على والدتي أي شيء\"."));
  }

  @Test
  void aGuillemetLeftOpenEndsWithItsLineWhenTheNextQuoteOpensInsideALine() {
    String text = "وقال شريف الكيلاني: «تواجه حكومات المنطقة مجموعة من التحديات الاقتصادية.\n"
        + "وأظهر المؤتمر إدراك الحكومات.\nوقال عاصم شيخ: «أدت الإصلاحات إلى تخفيض الضرائب».";
    assertEquals(List.of("تواجه حكومات المنطقة مجموعة من التحديات الاقتصادية", "أدت الإصلاحات إلى تخفيض الضرائب"),
        extract(text, Language.ARABIC).stream().map(Quote::text).toList());
  }

  @Test
  void threeWordsInMarksInsideFarReportedWordsAreAPartialQuoteButABodysNameIsNot() {
    String text = "وصرح وزير الخارجية الأمريكي جون كيري بأن اجتماعه المقبل بوزراء خارجية دول الخليج سيكون هدفه صد "
        + "تحركات إيران “غير المشروعة في المنطقة”، إضافة إلى إطلاعهم على الاتفاق.";
    List<Quote> found = extract(text, Language.ARABIC);
    assertEquals(List.of("غير المشروعة في المنطقة"), found.stream().map(Quote::text).toList());
    assertEquals("جون كيري", found.get(0).speaker());
    assertTrue(extract("وأكد المتحدث باسم التحالف أن الفعاليات تنطلق وفق التوجيهات، حيث ظل «مركز الملك سلمان للإغاثة "
        + "والأعمال الإنسانية» يواصل جهوده.", Language.ARABIC).isEmpty());
  }

  @Test
  void aNameRightBeforeASpeechVerbIsItsSubjectNotTheNameAfterIt() {
    String text = "وكان رئيس الوزراء اليوناني ألكسيس تسيبراس صرح في البرلمان أنه طلب من وزير المالية السابق يانيس "
        + "فاروفاكيس وضع خطة. وقال \"لم تكن لدى الحكومة خطة لخروج اليونان من اليورو\".";
    assertEquals(List.of("ألكسيس تسيبراس"), extract(text, Language.ARABIC).stream().map(Quote::speaker).toList());
  }

  private static List<Quote> extractWith(String text, Language lang, String... persons) {
    List<PersonMention> mentions = new java.util.ArrayList<>();
    for (String p : persons) {
      for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
        mentions.add(new PersonMention(p, at, at + p.length()));
      }
    }
    mentions.sort(java.util.Comparator.comparingInt(PersonMention::start));
    return quotes.extract(text, TestSentences.of(text), lang, new People(List.of(), mentions));
  }

  @Test
  void endsAPersianWrittenSubjectWhereItsOfficeBegins() {
    String text = "فراتيني وزير خارجه ايتاليا گفت: ايران قدرت منطقه است.\n"
        + "قدرت الله طمیمیان معاون فرهنگی استان افزود: همکاری ادامه دارد.";
    assertEquals(List.of("فراتيني", "قدرت الله طمیمیان"),
        extractWith(text, Language.PERSIAN).stream().map(Quote::speaker).toList());
  }

  @Test
  void resolvesAnOccupationAsATitleToThePersonNamedWithIt() {
    String text = "هوای ایلام خنک می‌شود\nکارشناس هواشناسی استان ایلام، گفت: دمای هوا کاهش می‌یابد.\n"
        + "احسان احمدی‌نژاد در گفت‌وگو با خبرنگار فارس گفت: جو استان پایدار است.\n"
        + "کارشناس هواشناسی استان، بیان داشت: دمای هوا افزایش خواهد یافت.";
    assertEquals(List.of("احسان احمدی‌نژاد", "احسان احمدی‌نژاد", "احسان احمدی‌نژاد"),
        extractWith(text, Language.PERSIAN, "احسان احمدی‌نژاد").stream().map(Quote::speaker).toList());
  }

  @Test
  void keepsAnIndefinitePersianSubjectAndOneOfAGroupAsWritten() {
    String text = "یک کارشناس اقتصادی گفت: انتشار اوراق تورم‌زا است.\nیکی از شهروندان گفت: قیمت‌ها بالا است.\n"
        + "وی افزود: میوه‌ها نامرغوب است.";
    assertEquals(List.of("یک کارشناس اقتصادی", "یکی از شهروندان", "یکی از شهروندان"),
        extractWith(text, Language.PERSIAN).stream().map(Quote::speaker).toList());
  }

  @Test
  void endsAnArabicSourceBeforeTheMediumItSpokeToAndDropsTheGluedLam() {
    String sources = "وقالت مصادر لـ \"سبق\": \"الشرطة باشرت التحقيق بالحادثة\".";
    assertEquals("مصادر", extract(sources, Language.ARABIC).get(0).speaker());
    String statement = "وقال بيان لقوة المهام المشتركة أمس: إن خمس غارات قصفت مواقع التنظيم.";
    Quote q = extract(statement, Language.ARABIC).get(0);
    assertEquals("قوة المهام المشتركة", q.speaker());
    assertEquals("إن خمس غارات قصفت مواقع التنظيم", q.text());
  }

  @Test
  void keepsTheSpeakerOfAVerbWhoseReportIsAttributedToAnAgency() {
    String text = "من جهته، دعا إردوغان إلى «التعاون المشترك لمكافحة الإرهاب والتطرف».\n"
        + "وأكد، بحسب وكالة «إيرنا»، أن التعاون بين البلدين «يكتسي أهمية كبيرة في مواجهة هذه المجموعات».";
    assertEquals(List.of("إردوغان", "إردوغان"),
        extractWith(text, Language.ARABIC, "إردوغان").stream().map(Quote::speaker).toList());
  }

  @Test
  void readsAColonAfterAWordInMarksAndALastQuoteWhoseClosingMarkWasLost() {
    String text = "وقال حبيب الصادق \"مواطن\": ان الكورنيش من الأماكن العامة.\n"
        + "وأضاف \"حتى في الذباب هناك جينات مرتبطة بأمراض الإنسان.";
    assertEquals(List.of("ان الكورنيش من الأماكن العامة", "حتى في الذباب هناك جينات مرتبطة بأمراض الإنسان"),
        extract(text, Language.ARABIC).stream().map(Quote::text).toList());
  }

  @Test
  void takesNoUnclosedMarkAfterANounNorAShortSubjectAfterAnAsAQuote() {
    String text = "وأوضح الأمير أن الحضور سيثري المعرض، كما قدم شكره إلى اللجنة العليا لمعرض \"الفهد روح القيادة، "
        + "على المتابعة الدائمة لتحضيرات النسخة الثانية.\n"
        + "من جهته، أوضح عبد العزيز الجميح أن «إطعام» تسعى إلى نشر ثقافة حفظ النعمة في المجتمع.";
    assertEquals(List.of(), extract(text, Language.ARABIC));
  }

  @Test
  void readsTheVerbalNounQawluhAsASpeechVerb() {
    String text = "ونقل بيان لوزارة الطاقة عن نوفاك قوله “لذا ينبغي لنا أن نرسم سياستنا بناء على الفهم التام.”";
    List<Quote> found = extractWith(text, Language.ARABIC, "نوفاك");
    assertEquals(List.of("لذا ينبغي لنا أن نرسم سياستنا بناء على الفهم التام."),
        found.stream().map(Quote::text).toList());
    assertEquals("نوفاك", found.get(0).speaker());
  }

  @Test
  void givesTheQuoteOfAJointStatementToItsPartiesAsWritten() {
    String text = "التقى الوزيران. وقال الجانبان في بيان مشترك: \"نؤكد أهمية التعاون في مجال الطاقة\".\n"
        + "وأكد وزير الطاقة خالد الفالح أن الجانبين اتفقا على \"زيادة التبادل التجاري بين البلدين\".";
    assertEquals(List.of("الجانبان", "خالد الفالح"),
        extractWith(text, Language.ARABIC, "خالد الفالح").stream().map(Quote::speaker).toList());
  }
}
