package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplomatic.analyzer.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Persian agency news with the shipped name models: the lead's office, its holder and roles inside body names. */
class PersianAgencyOfficialsTest {
  private static OfficialsExtractor extractor;

  @BeforeAll
  static void loadShippedModels() {
    extractor = ShippedOfficials.extractor();
  }

  private static Official only(String text) {
    return ShippedOfficials.only(text, Language.PERSIAN);
  }

  @Test
  void theLeadsOfficeGoesToTheNameAfterTheDatelineAndTimeWords() {
    Official o = only("خبرگزاری فارس: فرماندار شهرستان ورامین از آغاز طرح آبرسانی به روستاهای شهرستان خبر داد.\n"
        + "به گزارش خبرگزاری فارس از ورامین، صبح امروز غلامعلی رحیمی در جمع خبرنگاران گفت: این طرح تا پایان سال "
        + "به بهره‌برداری می‌رسد.");
    assertEquals("غلامعلی رحیمی", o.name());
    assertEquals("فرماندار شهرستان ورامین", o.role());
  }

  @Test
  void aOneWordSurnameBeforeTheSpeechVerbHoldsTheLeadsOffice() {
    Official o = only("خبرگزاری فارس: وزیر بازرگانی افغانستان از گشایش شعبه یک بانک ایرانی در کابل خبر داد.\n"
        + "به گزارش خبرگزاری فارس به نقل از روزنامه ماندگار، شهرانی با اعلام این خبر افزود: این شعبه تا یک ماه "
        + "آینده آغاز به کار می‌کند.");
    assertEquals("شهرانی", o.name());
    assertEquals("وزیر بازرگانی افغانستان", o.role());
    assertEquals("AF", o.country());
  }

  @Test
  void aShorterLaterUseOfTheTitleDoesNotCutTheBodysName() {
    Official o = only("خبرگزاری فارس: مدیرعامل سازمان بنادر و دریانوردی از افزایش ترانزیت کالا در بندر چابهار خبر داد.\n"
        + "به گزارش خبرگزاری فارس، علی‌اکبر صفایی در جمع خبرنگاران گفت: ترانزیت کالا در این بندر دو برابر شد.\n"
        + "مدیرعامل سازمان بنادر تصریح کرد: سرمایه‌گذاری بخش خصوصی در بندر ادامه دارد.");
    assertEquals("مدیرعامل سازمان بنادر و دریانوردی", o.role());
  }

  @Test
  void aShorterLaterUseCutsWordsThatAreNoBodysName() {
    Official o = only("خبرگزاری فارس: فرماندار مسجدسلیمان خواستار تعویق زمان افتتاح بیمارستان شهر شد.\n"
        + "به گزارش خبرگزاری فارس از مسجدسلیمان، عبدالله ایزدپناه در جمع خبرنگاران گفت: بیمارستان هنوز آماده نیست.\n"
        + "فرماندار مسجدسلیمان گفت: تجهیزات بیمارستان تا پایان سال می‌رسد.");
    assertEquals("فرماندار مسجدسلیمان", o.role());
  }

  @Test
  void aBodyNamedAfterTheFightAgainstSomethingKeepsItsPreposition() {
    Official o = only("محمود فراهانی دبیر ستاد مبارزه با قاچاق کالا و ارز گفت: کشفیات امسال افزایش یافت.");
    assertEquals("دبیر ستاد مبارزه با قاچاق کالا و ارز", o.role());
  }

  @Test
  void aPersianCompoundGivenNameWrittenAsOneWordIsANameWord() {
    OfficialsLexicon lex = extractor.lexicon();
    assertTrue(lex.isNameWord(Language.PERSIAN, MatchFold.fold("قربانعلی")));
    assertTrue(lex.isNameWord(Language.PERSIAN, MatchFold.fold("غلامعلی")));
    assertEquals(false, lex.isNameWord(Language.PERSIAN, MatchFold.fold("کشورعلی")));
  }

  @Test
  void theOutsideBiasFindsAForeignNameTheUnbiasedDecoderMisses() {
    PersonNameFinder finder = extractor.finder(Language.PERSIAN);
    PersonNameFinder unbiased = new PersonNameFinder(finder.model(), 0);
    String text = "یوشیهیده سوگا نخست وزیر ژاپن عزم خود را برای برگزاری بازی‌های المپیک اعلام کرد.";
    assertEquals(List.of("یوشیهیده سوگا"),
        finder.find(text, TestSentences.of(text)).stream().map(PersonMention::name).toList());
    assertEquals(List.of(), unbiased.find(text, TestSentences.of(text)).stream().map(PersonMention::name).toList());
  }

  @Test
  void aCompoundGivenNameWrittenApartKeepsItsFirstHalf() {
    Official o = only("تفاهم‌نامه همکاری دو استان امضا شد. قدرت الله طاهرخانی معاون عمرانی استاندار گیلان گفت: این طرح "
        + "ادامه دارد.");
    assertEquals("قدرت الله طاهرخانی", o.name());
    assertEquals("معاون عمرانی استاندار گیلان", o.role());
  }

  @Test
  void theDatelinesPlaceIsNoPartOfTheNameAfterIt() {
    Official o = only("به گزارش خبرنگار فارس از بوکان کارلوس رودریگز، سفیر اسپانیا در ایران امروز از منطقه آزاد بازدید کرد.");
    assertEquals("کارلوس رودریگز", o.name());
    assertEquals("ES", o.country());
  }

  @Test
  void aQuotedAgencyNameIsNoPerson() {
    String text = "به نوشته خبرگزاری «آناتولی»، سخنگوی وزارت خارجه ترکیه از این دیدار استقبال کرد.";
    assertTrue(extractor.extract(text, TestSentences.of(text), Language.PERSIAN).isEmpty());
  }

  @Test
  void aRankWrittenInTwoWordsStaysOutOfTheName() {
    Official o = only("سر دار حسین رحیمی رئیس پلیس استان تهران گفت: طرح امنیت محله‌ها ادامه دارد.");
    assertEquals("حسین رحیمی", o.name());
    assertEquals("رئیس پلیس استان تهران", o.role());
  }

  @Test
  void iransProvinceOfAzerbaijanIsIranNotTheRepublic() {
    Official governor = only("علیرضا رحیمی استاندار استان آذربایجان غربی در این دیدار گفت: همکاری با ترکیه ادامه دارد.");
    assertEquals("استاندار استان آذربایجان غربی", governor.role());
    assertEquals("IR", governor.country());
    assertEquals("AZ", only("الهام علی‌اف رئیس جمهوری آذربایجان در این دیدار گفت: همکاری با ایران ادامه دارد.").country());
  }

  @Test
  void aRareWordBetweenAStopWordAndATitleIsAName() {
    Official o = only("در این نشست با حضور کاویانی‌نژاد معاون استاندار خراسان رضوی، طرح توسعه شهر بررسی شد.");
    assertEquals("کاویانی‌نژاد", o.name());
    assertEquals("معاون استاندار خراسان رضوی", o.role());
  }

  @Test
  void thePresidencyStaysInTheRoleOfItsDeputy() {
    String text = "تفاهم‌نامه همکاری بین سورنا ستاری معاون علمی و فناوری ریاست جمهوری و علی مرادی رئیس دانشگاه تهران "
        + "امضا شد.";
    List<Official> found = extractor.extract(text, TestSentences.of(text), Language.PERSIAN);
    assertEquals(List.of("معاون علمی و فناوری ریاست جمهوری", "رئیس دانشگاه تهران"),
        found.stream().map(Official::role).toList());
  }

  @Test
  void aPersianRoleOfNestedBodiesIsReadToItsEnd() {
    Official o = only("مصطفی رحمانی رئیس سازمان توسعه و نوسازی معادن و منابع معدنی وزارت صنایع و معادن گفت: تولید سنگ "
        + "آهن افزایش یافت.");
    assertEquals("رئیس سازمان توسعه و نوسازی معادن و منابع معدنی وزارت صنایع و معادن", o.role());
  }

  @Test
  void aStrayQuotationMarkBetweenNameAndTitleIsSkipped() {
    Official o = only("اين در حالي است كه شيمون پرز \" رئيس رژيم صهيونيستي چندي پيش گفته بود كه اسرائيل آماده است.");
    assertEquals("شيمون پرز", o.name());
    assertEquals("رئيس رژيم صهيونيستي", o.role());
    assertEquals("IL", o.country());
  }

  @Test
  void theEuropeanUnionsForeignPolicyChiefIsAnOfficial() {
    Official o = only("همچنين امروز خاوير سولانا مسئول سياست خارجي اتحاديه اروپا گفت: مذاكرات ادامه دارد.");
    assertEquals("خاوير سولانا", o.name());
    assertEquals("مسئول سياست خارجي اتحاديه اروپا", o.role());
  }

  @Test
  void aForeignNameTheNewsOftenMentionOpeningTheSentenceBeforeItsTitleIsAName() {
    Official o = only("انوار سادات رييس جمهور مصر بي‌توجه به وقايع ايران از محمدرضا پهلوي خواست تا هواپيماها را به مصر "
        + "انتقال دهد.");
    assertEquals("انوار سادات", o.name());
    assertEquals("رييس جمهور مصر", o.role());
    assertEquals("EG", o.country());
  }

  @Test
  void theSourceAfterBeGozareshAndAnOrdinalBeforeATitleAreNoNames() {
    String text = "بنا بر گزارش رویترز، وزیر خارجه آمریکا در مصاحبه روز پنجشنبه درباره آتش‌بس اظهارنظر کرد.\n"
        + "در جریان سفر دوم رئیس جمهوری به گلستان ۱۰ هزار نامه دریافت شد.";
    assertEquals(List.of(), extractor.extract(text, TestSentences.of(text), Language.PERSIAN));
  }

  @Test
  void aCountrysNameAfterTheFirstWordOfAQuotedNameIsItsSurname() {
    Official o = only("به گزارش خبرگزاری فارس، «دیوید کامرون» نخست وزیر انگلستان درباره طرح اصلاحات با سران اتحادیه "
        + "اروپا وارد گفت‌وگو شد.");
    assertEquals("دیوید کامرون", o.name());
    assertEquals("نخست وزیر انگلستان", o.role());
  }

  @Test
  void theNameAnAppointmentGivesATitleHoldsItAndTheVerbsNounStaysOut() {
    String text = "در پایان این مراسم، استاندار آذربایجان‌شرقی با تقدیر از خدمات سه‌ساله اکبر ملک‌پور، حسن حقیقیان را "
        + "به عنوان مدیرکل حراست استانداری آذربایجان‌شرقی معرفی کرد.";
    Official o = extractor.extract(text, TestSentences.of(text), Language.PERSIAN).stream()
        .filter(f -> f.name().equals("حسن حقیقیان")).findFirst().orElseThrow();
    assertEquals("مدیرکل حراست استانداری آذربایجان‌شرقی", o.role());
  }

  @Test
  void aForeignNameRightAfterItsTitleAndBeforeAStopWordIsAName() {
    Official o = only("همچنین نخست وزیر ژاپن شینزو آبه در سفر به تهران با رئیس جمهور دیدار کرد.");
    assertEquals("شینزو آبه", o.name());
    assertEquals("نخست وزیر ژاپن", o.role());
    assertEquals("JP", o.country());
  }

  @Test
  void aThingAfterATitleAndBeforeRaIsNoName() {
    String text = "رئیس جمهور ازبکستان فرمانی را صادر کرد که بر اساس آن روز عید قربان تعطیل شد.";
    assertEquals(List.of(), extractor.extract(text, TestSentences.of(text), Language.PERSIAN));
  }

  @Test
  void aGroupOfPeopleAfterAndIsNoPartOfTheBodysName() {
    Official o = only("جشنواره ورزشی بسیج صبح امروز با حضور سردار کاظم یزدانی رئیس سازمان ورزش بسیج کشور و جمعی از "
        + "مسئولان استانی آغاز شد.");
    assertEquals("رئیس سازمان ورزش بسیج کشور", o.role());
  }

  @Test
  void aSurnameAfterAndBeforeItsOwnTitleEndsTheRoleBeforeIt() {
    Official o = only("این توافق‌نامه پس از جلسه با حضور نوری رئیس سازمان مالیاتی و قربانی مدیرکل ارزش‌افزوده استان "
        + "تهران امضا می‌شود.");
    assertEquals("نوری", o.name());
    assertEquals("رئیس سازمان مالیاتی", o.role());
  }

  @Test
  void aCityThatIsAlsoAGivenNameStaysInTheLeadsOffice() {
    Official o = only("خبرگزاری فارس: نماینده مردم شهرستان‌های شهریار، قدس و ملارد در مجلس شورای اسلامی از پیگیری "
        + "طرح آبرسانی خبر داد.\nحسین گروسی امروز در گفت‌وگو با خبرنگار فارس اظهار کرد: این طرح تا پایان سال به "
        + "بهره‌برداری می‌رسد.");
    assertEquals("حسین گروسی", o.name());
    assertEquals("نماینده مردم شهرستان‌های شهریار، قدس و ملارد در مجلس شورای اسلامی", o.role());
  }

  @Test
  void aDatelineQuotingABodyWithACommaInItsNameEndsBeforeTheHonorificAndName() {
    // the honorific is typed with a left-to-right mark for its ZWNJ, as on some Fars News pages
    Official o = only("نماینده مردم گرگان در مجلس شورای اسلامی گفت: گردشگری اولویت استان است.\nبه گزارش خبرگزاری "
        + "فارس از گرگان به نقل از روابط عمومی اداره‌کل میراث فرهنگی، صنایع‌دستی و گردشگری استان گلستان، "
        + "حجت\u200Eالاسلام سیدعلی طاهری در دیدار مدیرکل میراث فرهنگی استان خواستار برگزاری تورهای داخلی شد.");
    assertEquals("سیدعلی طاهری", o.name());
    assertEquals("نماینده مردم گرگان در مجلس شورای اسلامی", o.role());
  }

  @Test
  void theLeadersOfficeInsideARoleIsNoPersonsName() {
    Official o = only("نماینده مقام معظم رهبری در بنیاد مسکن انقلاب اسلامی گفت: مسکن مهر دستاورد بزرگی است.\nبه "
        + "گزارش خبرگزاری فارس از کیاشهر، حجت‌الاسلام و المسلمین سید هاشم رسولی محلاتی امروز در مراسم افتتاح "
        + "واحدهای مسکونی اظهار کرد: این طرح ادامه دارد.");
    assertEquals("هاشم رسولی محلاتی", o.name());
    assertEquals("نماینده مقام معظم رهبری در بنیاد مسکن انقلاب اسلامی", o.role());
  }

  @Test
  void aDeputysSuperiorBeforeACommaStaysInHisRoleAndEveryNameOfTheListKeepsItsOwn() {
    String text = "در این جلسه، محمود واعظی رئیس دفتر رئیس جمهور، محمد نهاوندیان معاون اقتصادی رئیس جمهور، سعید نمکی "
        + "وزیر بهداشت، درمان و آموزش پزشکی و عبدالرضا رحمانی فضلی وزیر کشور حضور داشتند.";
    List<String> roles = extractor.extract(text, TestSentences.of(text), Language.PERSIAN).stream()
        .map(o -> o.name() + ": " + o.role()).toList();
    assertEquals(List.of("محمود واعظی: رئیس دفتر رئیس جمهور", "محمد نهاوندیان: معاون اقتصادی رئیس جمهور",
        "سعید نمکی: وزیر بهداشت، درمان و آموزش پزشکی", "عبدالرضا رحمانی فضلی: وزیر کشور"), roles);
  }

  @Test
  void aDashAfterTheAgencysNameEndsTheDatelineAsAColonDoes() {
    Official o = only("خبرگزاری فارس- وزیر نفت گفت: سقف تولید اوپک در اجلاس آینده تغییر نمی‌کند.\nبه گزارش خبرگزاری "
        + "فارس به نقل از رویترز، بیژن نامدار زنگنه در عسلویه با اعلام این خبر افزود: کاهش تولید بررسی می‌شود.");
    assertEquals("بیژن نامدار زنگنه", o.name());
    assertEquals("وزیر نفت", o.role());
  }

  @Test
  void aNameRightAfterTheQuotedSourceWithNoCommaHoldsTheLeadsOffice() {
    Official o = only("معاون توسعه مدیریت و منابع استاندار خراسان شمالی از برگزاری مجازی نمایشگاه هفته دولت خبر داد.\n"
        + "به گزارش خبرگزاری فارس از بجنورد به نقل از روابط عمومی استانداری خراسان شمالی علی بیگ زاده در جلسه "
        + "هماهنگی اظهار کرد: طرح‌ها در این هفته افتتاح می‌شوند.");
    assertEquals("علی بیگ زاده", o.name());
    assertEquals("معاون توسعه مدیریت و منابع استاندار خراسان شمالی", o.role());
  }

  @Test
  void aGivenNameAfterAffairsIsTheMatterOfTheBodyNotAPerson() {
    Official o = only("به گزارش گروه بین‌الملل خبرگزاری فارس، «عیسی قراقع» رئیس کمیته امور اسرا و آزادگان فلسطینی "
        + "اعلام کرد که سال گذشته بدترین سال اسرا بود.");
    assertEquals("رئیس کمیته امور اسرا و آزادگان فلسطینی", o.role());
    assertEquals("PS", o.country());
  }

  @Test
  void maliIsNamedInFullInPersianBecauseMaliAloneIsTheWordFinancial() {
    OfficialsLexicon lex = extractor.lexicon();
    assertEquals(null, lex.countryOf(Language.PERSIAN, "مالی"));
    assertEquals("ML", lex.countryOf(Language.PERSIAN, "جمهوری مالی"));
  }
  @Test
  void theLeadsOfficeReachesAHolderWrittenRightAfterTheAgencyWithNoComma() {
    Official o = only("خبرگزاری فارس: عضو مجلس خبرگان رهبری گفت: انتخابات پارلمانی رویه‌ای مطلوب است.\n"
        + "به گزارش حوزه احزاب خبرگزاری فارس حجت‌الاسلام والمسلمین محمد حسینی، سخنران پیش از دستور، دوران "
        + "ریاست جمهوری را تحلیل کرد.");
    assertEquals("محمد حسینی", o.name());
    assertEquals("عضو مجلس خبرگان رهبری", o.role());
  }

  @Test
  void aDatelineGoesOnOverASourceQuotedAfterItsPlace() {
    Official o = only("خبرگزاری فارس: معاون سیاسی استاندار خراسان رضوی گفت: مشارکت گسترده مردم ضروری است.\n"
        + "به گزارش خبرگزاری فارس از مشهد، به نقل از روابط عمومی استانداری خراسان رضوی، حسن فتحی‌نیا در دیدار "
        + "با امام جمعه شهر اظهار داشت: حضور مردم پشتوانه نظام است.");
    assertEquals("حسن فتحی‌نیا", o.name());
    assertEquals("معاون سیاسی استاندار خراسان رضوی", o.role());
  }

  @Test
  void aGivenNameCompoundedWithAllahOpensTheHoldersName() {
    Official o = only("خبرگزاری فارس: رئیس جهاد کشاورزی خراسان شمالی گفت: تسهیلات خرید ماشین‌آلات کافی نیست.\n"
        + "به گزارش خبرگزاری فارس از بجنورد، الله‌وردی خادمی اظهار داشت: تسهیلات بانکی کم است.");
    assertEquals("الله‌وردی خادمی", o.name());
  }

  @Test
  void aLaterSubjectUseOfAnOfficeAlreadyHeldTakesNoNewHolder() {
    Official o = only("خبرگزاری فارس: وزیر تعاون گفت: وحدت مردم یک الگوی جهانی شده است.\n"
        + "به گزارش خبرگزاری فارس در گرگان، محمد عباسی امروز در جمع مردم افزود: ملت ایستادگی کرده است.\n"
        + "وزیر تعاون گفت: مردم از دستاوردهای نظام حراست خواهند کرد.\n"
        + "راهپیمایی در شهر گرگان با شکوه برگزار شد.\n"
        + "تظاهر کنندگان با شعارهای خود از دانشمندان حمایت کردند.");
    assertEquals("محمد عباسی", o.name());
    assertEquals("وزیر تعاون", o.role());
  }

  @Test
  void theRoleOfASentencesSubjectEndsBeforeTheObjectOfRa() {
    Official o = only("به گزارش خبرگزاری فارس از ارومیه، مهدی صادقی رئیس دانشگاه دستور پیگیری ویژه را در این "
        + "خصوص صادر کرد.");
    assertEquals("مهدی صادقی", o.name());
    assertEquals("رئیس دانشگاه", o.role());
  }

  @Test
  void theLeadsOfficeEndsAfterTheProvinceBeforeTheObjectOfRa() {
    Official o = only("خبرگزاری فارس: دبیر ستاد مبارزه با قاچاق کالا و ارز استانداری سمنان پدیده قاچاق کالا را "
        + "تهدیدی برای تولید دانست.\nبه گزارش خبرگزاری فارس، سیدعلی هاشمی در کارگاه آموزشی افزود: قاچاق بازار را "
        + "بی‌ثبات می‌کند.");
    assertEquals("دبیر ستاد مبارزه با قاچاق کالا و ارز استانداری سمنان", o.role());
  }

  @Test
  void aDistrictsNumberStaysInTheRole() {
    Official o = only("در این مراسم علیرضا سرگلزهی شهردار منطقه 9 با اشاره به نقش امنیت در جامعه سخن گفت.");
    assertEquals("شهردار منطقه 9", o.role());
  }

  @Test
  void aNounInEzafeBeforeTheWordMemberIsNoName() {
    List<Official> found = extractor.extract("رئیس تیم اهدای عضو استان همدان گفت: ۱۳ مورد اهدای عضو انجام شد.",
        TestSentences.of("رئیس تیم اهدای عضو استان همدان گفت: ۱۳ مورد اهدای عضو انجام شد."), Language.PERSIAN);
    assertTrue(found.isEmpty(), found.toString());
  }
}
