package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The title-anchored rules alone (no name model), on sentences written like the corpus. */
class OfficialsExtractorTest {
  private static OfficialsExtractor rules;

  @BeforeAll
  static void loadLexicons() {
    rules = new OfficialsExtractor(OfficialsLexicon.load(), Map.of());
  }

  private static List<Official> extract(String text, Language lang) {
    return rules.extract(text, TestSentences.of(text), lang);
  }

  private static List<String> mentions(Official o, String text) {
    return o.mentions().stream().map(m -> m.in(text)).toList();
  }

  @Test
  void readsTheNameAfterAnArabicTitleWithItsOrganizationAndNationality() {
    String text = "استقبل وزير الاتصالات وتكنولوجيا المعلومات الإيراني سيد ستار هاشمي، اليوم الأحد في طهران، "
        + "السفير العراقي في طهران نصير عبد المحسن عبد الله.";
    List<Official> found = extract(text, Language.ARABIC);
    assertEquals(2, found.size());
    Official minister = found.get(0);
    assertEquals("ستار هاشمي", minister.name());
    assertEquals("وزير الاتصالات وتكنولوجيا المعلومات الإيراني", minister.role());
    assertEquals("الاتصالات وتكنولوجيا المعلومات", minister.organization());
    assertEquals("IR", minister.country());
    Official ambassador = found.get(1);
    assertEquals("نصير عبد المحسن عبد الله", ambassador.name());
    assertEquals("السفير العراقي في طهران", ambassador.role());
    assertEquals(null, ambassador.organization());
    assertEquals("IQ", ambassador.country());
  }

  @Test
  void readsThePersianNameBeforeItsTitle() {
    String text = "سید ستار هاشمی وزیر ارتباطات و فناوری اطلاعات در دیدار با نصیر عبدالمحسن عبدالله سفیر عراق در "
        + "تهران بر توسعه همکاری‌ها تأکید کرد.";
    List<Official> found = extract(text, Language.PERSIAN);
    assertEquals(List.of("ستار هاشمی", "نصیر عبدالمحسن عبدالله"), found.stream().map(Official::name).toList());
    assertEquals("وزیر ارتباطات و فناوری اطلاعات", found.get(0).role());
    assertEquals("ارتباطات و فناوری اطلاعات", found.get(0).organization());
    assertEquals("سفیر عراق در تهران", found.get(1).role());
    assertEquals("IQ", found.get(1).country());
  }

  @Test
  void readsANameSetOffByCommasBeforeItsTitle() {
    String text = "وصل فؤاد محمد حسين، وزير الخارجية العراقي، إلى أنقرة.";
    Official o = extract(text, Language.ARABIC).get(0);
    assertEquals("فؤاد محمد حسين", o.name());
    assertEquals("وزير الخارجية العراقي", o.role());
    assertEquals(List.of(new Span(4, 18)), o.mentions());
  }

  @Test
  void spansTheWholeOrganizationOfAPersianRole() {
    String text = "حجت‌الاسلام والمسلمین محمدجواد ابوالقاسمی، رئیس سازمان حج و زیارت، با علی‌اصغر رضایی، "
        + "رئیس سازمان تنظیم مقررات و ارتباطات رادیویی، دیدار کرد.";
    List<Official> found = extract(text, Language.PERSIAN);
    assertEquals("محمدجواد ابوالقاسمی", found.get(0).name());
    assertEquals("سازمان حج و زیارت", found.get(0).organization());
    assertEquals("علی‌اصغر رضایی", found.get(1).name());
    assertEquals("رئیس سازمان تنظیم مقررات و ارتباطات رادیویی", found.get(1).role());
    assertEquals("سازمان تنظیم مقررات و ارتباطات رادیویی", found.get(1).organization());
    assertEquals("IR", found.get(1).country());
  }

  @Test
  void resolvesLaterSurnameMentionsButNotTitleOnlyReferences() {
    String text = "استقبل وزير الاتصالات الإيراني ستار هاشمي السفير العراقي نصير عبد المحسن عبد الله. "
        + "وقال هاشمي إن الربط أولوية. وأكد الوزير أن ولهاشمي رأيا آخر.";
    Official minister = extract(text, Language.ARABIC).get(0);
    assertEquals(List.of("ستار هاشمي", "هاشمي", "هاشمي"), mentions(minister, text));
    // the clitic ول stays outside the last mention
    assertEquals(text.indexOf("ولهاشمي") + 2, minister.mentions().get(2).start());
  }

  @Test
  void keepsMultiPartNamesWhole() {
    String text = "التقى وزير الطاقة السعودي الأمير فيصل بن مشعل آل سعدون نظيره. وقال آل سعدون إن السوق مستقرة.";
    Official o = extract(text, Language.ARABIC).get(0);
    assertEquals("فيصل بن مشعل آل سعدون", o.name());
    assertEquals(List.of("فيصل بن مشعل آل سعدون", "آل سعدون"), mentions(o, text));
  }

  @Test
  void mergesAShorterTitledMentionIntoTheFullName() {
    String text = "اختتم وزير الداخلية الإيراني محمد حسين ذو الفقاري زيارة رسمية إلى بغداد. "
        + "وقال الوزير ذو الفقاري إن الحدود آمنة.";
    List<Official> found = extract(text, Language.ARABIC);
    assertEquals(1, found.size());
    assertEquals("محمد حسين ذو الفقاري", found.get(0).name());
    assertEquals("وزير الداخلية الإيراني", found.get(0).role());
    assertEquals(List.of("محمد حسين ذو الفقاري", "ذو الفقاري"), mentions(found.get(0), text));
  }

  @Test
  void givesInternationalOfficialsNoCountry() {
    String text = "التقى رئيس هيئة الإعلام والاتصالات العراقية علي المؤيد بالأمين العام لمنظمة التعاون الإسلامي "
        + "حسين إبراهيم طه.";
    List<Official> found = extract(text, Language.ARABIC);
    assertEquals("علي المؤيد", found.get(0).name());
    assertEquals("هيئة الإعلام والاتصالات", found.get(0).organization());
    assertEquals("IQ", found.get(0).country());
    assertEquals("حسين إبراهيم طه", found.get(1).name());
    assertEquals("الأمين العام لمنظمة التعاون الإسلامي", found.get(1).role());
    assertEquals("منظمة التعاون الإسلامي", found.get(1).organization());
    assertEquals(null, found.get(1).country());
  }

  @Test
  void readsCountryNamesFromCldr() {
    String text = "دیدار با مهمت اوزکان، سفیر ترکیه در تهران، انجام شد.";
    Official o = extract(text, Language.PERSIAN).get(0);
    assertEquals("مهمت اوزکان", o.name());
    assertEquals("TR", o.country());
  }

  @Test
  void readsArabicAttendeeLinesUnderSideHeadings() {
    String text = "محضر اجتماع اللجنة الفنية العراقية الإيرانية للربط الكهربائي\n"
        + "الحضور:\n"
        + "عن الجانب العراقي:\n"
        + "- المهندس عادل كريم أبو الحسن، مدير عام الشركة العامة لنقل الطاقة الكهربائية\n"
        + "- الدكتورة سلوى عبد الرزاق آل ياسين، معاون مدير عام دائرة التخطيط\n"
        + "عن الجانب الإيراني:\n"
        + "- مهندس رضا كاظمي، نائب مدير شركة توانير\n"
        + "افتتح أبو الحسن الاجتماع بالترحيب بالوفد الإيراني.";
    List<Official> found = extract(text, Language.ARABIC);
    assertEquals(List.of("عادل كريم أبو الحسن", "سلوى عبد الرزاق آل ياسين", "رضا كاظمي"),
        found.stream().map(Official::name).toList());
    assertEquals("مدير عام الشركة العامة لنقل الطاقة الكهربائية", found.get(0).role());
    assertEquals("الشركة العامة لنقل الطاقة الكهربائية", found.get(0).organization());
    assertEquals(List.of("IQ", "IQ", "IR"), found.stream().map(Official::country).toList());
    assertEquals("دائرة التخطيط", found.get(1).organization());
    assertEquals("شركة توانير", found.get(2).organization());
    assertEquals(List.of("عادل كريم أبو الحسن", "أبو الحسن"), mentions(found.get(0), text));
  }

  @Test
  void readsPersianAttendeeLinesInEitherOrder() {
    String text = "صورتجلسه نشست کارگروه مشترک گمرکی ایران و ترکیه\n"
        + "حاضرین:\n"
        + "حجت‌الاسلام سید محمد موسوی‌نژاد، رئیس کل گمرک جمهوری اسلامی ایران\n"
        + "دکتر محمود عسگری، معاون وزیر امور اقتصادی و دارایی\n"
        + "سفیر ترکیه در تهران، مهمت اوزکان\n"
        + "در آغاز جلسه موسوی‌نژاد گزارش داد.";
    List<Official> found = extract(text, Language.PERSIAN);
    assertEquals(List.of("محمد موسوی‌نژاد", "محمود عسگری", "مهمت اوزکان"),
        found.stream().map(Official::name).toList());
    assertEquals("گمرک جمهوری اسلامی ایران", found.get(0).organization());
    assertEquals("امور اقتصادی و دارایی", found.get(1).organization());
    assertEquals("سفیر ترکیه در تهران", found.get(2).role());
    assertEquals(List.of("IR", "IR", "TR"), found.stream().map(Official::country).toList());
    assertEquals(List.of("محمد موسوی‌نژاد", "موسوی‌نژاد"), mentions(found.get(0), text));
  }

  @Test
  void leavesPeopleWithoutAnOfficePlacesAndOrganizationsOut() {
    String text = "التقى الدكتور حسن الربيعي المواطنين في سوق البصرة. وزارت بهداشت اعلام کرد که علی رضایی بهبود یافت.";
    assertTrue(extract(text, Language.ARABIC).isEmpty());
    assertTrue(extract("به گفته یک راننده به نام علی رضایی، صف کامیون‌ها در بازرگان طولانی است.", Language.PERSIAN)
        .isEmpty());
  }

  @Test
  void readsForeignNamesInQuotationMarksBeforeAPersianTitle() {
    String text = "پس از دیدار «مان موهان سینگ» نخست وزیر هند با «نواز شریف» همتای پاکستانی‌اش درگیری رخ داد.";
    List<Official> found = extract(text, Language.PERSIAN);
    assertEquals(List.of("مان موهان سینگ", "نواز شریف"), found.stream().map(Official::name).toList());
    assertEquals("نخست وزیر هند", found.get(0).role());
    assertEquals("IN", found.get(0).country());
    assertEquals(null, found.get(1).role());
    assertEquals("PK", found.get(1).country());
  }

  @Test
  void readsRoyalTitlesAndRanksOfSaudiNews() {
    String text = "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز صاحب السمو الملكي الأمير فيصل بن بندر "
        + "بن عبدالعزيز أمير منطقة الرياض.";
    List<Official> found = extract(text, Language.ARABIC);
    assertEquals(List.of("سلمان بن عبدالعزيز", "فيصل بن بندر بن عبدالعزيز"),
        found.stream().map(Official::name).toList());
    assertEquals("خادم الحرمين الشريفين الملك", found.get(0).role());
    assertEquals("أمير منطقة الرياض", found.get(1).role());
  }

  @Test
  void endsAnArabicNameBeforeAVerbAndTakesTheHomeStateFromItsOwnTitles() {
    String text = "وزير خارجية جنوب السودان برنابا بنجامين سيصل الخرطوم.\nووجه خادم الحرمين الشريفين الملك سلمان بن "
        + "عبدالعزيز وزير الثقافة والإعلام عادل الطريفي يتابع الأمر.";
    List<Official> found = extract(text, Language.ARABIC);
    assertEquals(List.of("برنابا بنجامين", "سلمان بن عبدالعزيز", "عادل الطريفي"),
        found.stream().map(Official::name).toList());
    assertEquals("SS", found.get(0).country());
    assertEquals("SA", found.get(2).country());
  }

  @Test
  void givesTheOfficialsListedAfterOneSideOfAMeetingThatSidesStateOverTheHomeState() {
    String text = "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر العوجا، وحضر اللقاء وزير الخارجية عادل الجبير، "
        + "وحضره من الجانب الباكستاني وزير الدفاع خواجه محمد آصف، ووزير الخارجية الهندي سوشما سواراج.\n"
        + "وناقش وزير الداخلية عبدالعزيز العمر مع الجانب الروسي التعاون.";
    List<Official> found = extract(text, Language.ARABIC);
    assertEquals(List.of("سلمان بن عبدالعزيز", "عادل الجبير", "خواجه محمد آصف", "سوشما سواراج", "عبدالعزيز العمر"),
        found.stream().map(Official::name).toList());
    assertEquals(List.of("SA", "SA", "PK", "IN", "SA"), found.stream().map(Official::country).toList());
  }

  @Test
  void readsARoyalTitleAfterAnInstitutionNounAsPartOfAPlaceOrBodyName() {
    String text = "وأوضح المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ أن المساعدات وصلت "
        + "إلى مستشفى الملك فهد وجامعة الملك عبدالعزيز.";
    List<Official> found = extract(text, Language.ARABIC);
    assertEquals(List.of("رأفت الصباغ"), found.stream().map(Official::name).toList());
    assertEquals("المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية", found.get(0).role());
  }

  @Test
  void runsAnArabicRoleOverOfficesChainedAfterTheNameUpToTheComma() {
    String text = "وحضر اللقاء صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس "
        + "مجلس الوزراء وزير الدفاع، ووزير الخارجية عادل الجبير.";
    List<Official> found = extract(text, Language.ARABIC);
    assertEquals(List.of("محمد بن سلمان بن عبدالعزيز", "عادل الجبير"), found.stream().map(Official::name).toList());
    assertEquals("ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع", found.get(0).role());
    assertEquals("وزير الخارجية", found.get(1).role());
  }

  @Test
  void keepsAPersianRoleWholeOverBinAlmelaliWrittenWithASpace() {
    String text = "محمد البرادعی رییس آژانس بین المللی انرژی اتمی امروز به تهران سفر کرد.";
    List<Official> found = extract(text, Language.PERSIAN);
    assertEquals(List.of("محمد البرادعی"), found.stream().map(Official::name).toList());
    assertEquals("رییس آژانس بین المللی انرژی اتمی", found.get(0).role());
    assertEquals(null, found.get(0).country());
  }

  @Test
  void mergesEveryMentionOfALongDocumentIntoItsOfficials() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      b.append(i % 2 == 0 ? "وأكد وزير الخارجية العراقي فؤاد حسين في بغداد أهمية التعاون. " : "وقال حسين إن الزيارة ناجحة. ");
    }
    String text = b.toString();
    List<Official> found = extract(text, Language.ARABIC);
    assertEquals(1, found.size());
    assertEquals("فؤاد حسين", found.get(0).name());
    assertEquals(2000, found.get(0).mentions().size());
  }

  @Test
  void tellsAPersonFromTheFatherNamedInHisLineage() {
    String text = "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر السلام آشتون كارتر. "
        + "وحضر الاستقبال الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد وزير الدفاع. "
        + "ومن المتوقع أن يزور الملك سلمان الولايات المتحدة.";
    List<Official> found = extract(text, Language.ARABIC);
    assertEquals(List.of("سلمان بن عبدالعزيز", "محمد بن سلمان بن عبدالعزيز"),
        found.stream().map(Official::name).toList());
    assertEquals(List.of("سلمان بن عبدالعزيز", "سلمان"), mentions(found.get(0), text));
    assertEquals("ولي ولي العهد وزير الدفاع", found.get(1).role());
  }

  @Test
  void endsANameAfterATitleAtAWordOfEverydayText() {
    String text = "وأكد وزير الدفاع الأميركي حرص واشنطن على تعزيز السلام في المنطقة.";
    assertEquals(List.of(), extract(text, Language.ARABIC));
  }

  @Test
  void leavesTheConjunctionGluedToANameOutOfIt() {
    String text = "حضر اللقاء الدكتور عادل الطريفي وزير الثقافة والإعلام، وعادل فقيه وزير العمل.";
    List<Official> found = extract(text, Language.ARABIC);
    assertEquals(List.of("عادل الطريفي", "عادل فقيه"), found.stream().map(Official::name).toList());
    assertEquals(List.of("عادل فقيه"), mentions(found.get(1), text));
  }

  @Test
  void givesAPersianLeadsUnnamedOfficeToTheNameOpeningTheNextSentence() {
    String text = "معاون گردشگری کشور آمار سفرهای پاییزی مردم را اعلام کرد.\n"
        + "منوچهر جهانیان در گفت‌وگو با خبرنگار فارس اظهار داشت: ۴۴ میلیون نفر به سفر رفته‌اند.\n"
        + "معاون گردشگری کشور میزان اقامت را ۲۱ میلیون نفر اعلام کرد.";
    List<Official> found = extract(text, Language.PERSIAN);
    assertEquals(1, found.size());
    assertEquals("منوچهر جهانیان", found.get(0).name());
    assertEquals("معاون گردشگری کشور", found.get(0).role());
    assertEquals("IR", found.get(0).country());
  }

  @Test
  void readsTheHolderOfAPersianLeadsOfficeAfterTheAgencysDateline() {
    String text = "استاندار اصفهان در دیدار با صدر اعظم سابق اتریش بر تعمیق روابط تاکید کرد.\n"
        + "به گزارش خبرگزاری فارس از اصفهان، محسن مهرعلیزاده شامگاه شنبه با صدر اعظم سابق اتریش دیدار کرد.";
    List<Official> found = extract(text, Language.PERSIAN);
    assertEquals(List.of("محسن مهرعلیزاده"), found.stream().map(Official::name).toList());
    assertEquals("استاندار اصفهان", found.get(0).role());
  }

  @Test
  void makesOfficersNamedWithARankAndNoOfficeOfficialsOfTheirSide() {
    String text = "حضر الاجتماع من الجانب السعودي كل من اللواء عائض سالم القحطاني والعميد عبدالله الكثيري. "
        + "وزار الوفد قبر الشهيد العقيد فهد الزهراني.";
    List<Official> found = extract(text, Language.ARABIC);
    assertEquals(List.of("عائض سالم القحطاني", "عبدالله الكثيري"), found.stream().map(Official::name).toList());
    assertEquals(null, found.get(1).role());
    assertEquals("SA", found.get(1).country());
  }

  @Test
  void readsAnAmbassadorsPostWrittenAsACommonNounAndALineageOpenedByACommonWord() {
    String text = "كما حضرها وسفير كوريا الجنوبية لدى المملكة السيد كيم جين سو. "
        + "والتقى وزير الشؤون الاجتماعية بالأمير الدكتور تركي بن سعود بن محمد آل سعود رئيس مدينة الملك عبدالعزيز "
        + "للعلوم والتقنية.";
    List<Official> found = extract(text, Language.ARABIC);
    assertEquals(List.of("كيم جين سو", "تركي بن سعود بن محمد آل سعود"), found.stream().map(Official::name).toList());
    assertEquals("سفير كوريا الجنوبية لدى المملكة", found.get(0).role());
    assertEquals("KR", found.get(0).country());
  }

  @Test
  void chainsOfficesWrittenAfterANationalityAndReadsAGovernorsProvince() {
    String text = "وحضر اللقاء نائب الرئيس اليمني رئيس مجلس الوزراء، خالد محفوظ بحاح. "
        + "وشدد محافظ ينبع المهندس مساعد السليم على أهمية المشروعات. "
        + "والتقى الوزير التركي نائب وزير الصحة المصري الدكتور أيمن الشناوي.";
    List<Official> found = extract(text, Language.ARABIC);
    assertEquals(List.of("خالد محفوظ بحاح", "مساعد السليم", "أيمن الشناوي"),
        found.stream().map(Official::name).toList());
    assertEquals("نائب الرئيس اليمني رئيس مجلس الوزراء", found.get(0).role());
    assertEquals("YE", found.get(0).country());
    assertEquals("محافظ ينبع", found.get(1).role());
    assertEquals("SA", found.get(1).country());
    assertEquals("نائب وزير الصحة المصري", found.get(2).role());
  }

  @Test
  void takesThePersianThisCountryOfARoleFromTheStateNamedBefore() {
    String text = "لاریجانی در ادامه سفرش به اسپانیا با «خوزه لوئیس رودریگز زاپاترو» نخست‌وزیر این کشور دیدار کرد.";
    List<Official> found = extract(text, Language.PERSIAN);
    assertEquals(List.of("خوزه لوئیس رودریگز زاپاترو"), found.stream().map(Official::name).toList());
    assertEquals("نخست‌وزیر این کشور", found.get(0).role());
    assertEquals("ES", found.get(0).country());
  }

  @Test
  void survivesRandomText() {
    Random random = new Random(42);
    String alphabet = "وزيرالسفيرعبدآلأبو سید،.:«»\"\n\u200Cابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی0123456789٠١٢۳";
    for (int n = 0; n < 200; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(120); i > 0; i--) {
        b.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x700) : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      for (Language lang : Language.values()) {
        for (Official o : extract(text, lang)) {
          o.mentions().forEach(m -> assertTrue(m.end() <= text.length()));
        }
      }
    }
  }

  @Test
  void emptyTextHasNoOfficials() {
    assertTrue(extract("", Language.ARABIC).isEmpty());
    assertTrue(rules.persons("", List.of(), Language.PERSIAN).isEmpty());
  }

  @Test
  void aSignatoryAfterFromTheSideOfAStateServesThatState() {
    String text = "ووقع الاتفاقية من جانب السعودية المندوب الدائم لدى الأمم المتحدة عبد الله المعلمي، بينما وقعها "
        + "من جانب ناميبيا السفير ويلفريد إيمفولا.";
    List<Official> found = extract(text, Language.ARABIC);
    assertEquals(List.of("SA", "NA"), found.stream().map(Official::country).toList());
  }

  @Test
  void aPharmacistsTitleIsAnHonorificNotPartOfTheRole() {
    String text = "وتفقد المستشفى برفقة مدير عام الشؤون الصحية بالمنطقة الصيدلي صالح بن سعد المؤنس.";
    Official o = extract(text, Language.ARABIC).get(0);
    assertEquals("صالح بن سعد المؤنس", o.name());
    assertEquals("مدير عام الشؤون الصحية بالمنطقة", o.role());
  }
}
