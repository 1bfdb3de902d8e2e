package org.diplomatic.analyzer.extract.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.diplomatic.analyzer.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyRulesTest {
  private final PartyRules rules = new PartyRules();

  @Test
  void readsLabelledOwnerAndDeadlineFromArabicMinutes() {
    String item = "2. إعداد دراسة جدوى للمنفذ الحدودي (المسؤول عن التنفيذ: وزارة النقل، المهلة: خلال ثلاثة أشهر).";
    assertEquals("وزارة النقل", rules.owner(item));
    assertEquals("خلال ثلاثة أشهر", rules.deadline(item));
  }

  @Test
  void readsLabelledOwnerAndDeadlineFromPersianMinutes() {
    String item = "۱- مقرر شد ۶۰۰ دستگاه اتوبوس مستقر شود (دستگاه مجری: اداره کل راهداری استان، مهلت اجرا: تا ۱۰ مرداد ۱۴۰۴).";
    assertEquals("اداره کل راهداری استان", rules.owner(item));
    assertEquals("تا ۱۰ مرداد ۱۴۰۴", rules.deadline(item));
  }

  @Test
  void findsUnlabelledDeadlinesAndObligedParties() {
    assertEquals("قبل نهاية عام 2025", rules.deadline("على وزارة الكهرباء أن تنجز الربط قبل نهاية عام 2025."));
    assertEquals("وزارة الكهرباء", rules.owner("على وزارة الكهرباء أن تنجز الربط قبل نهاية عام 2025."));
    assertEquals("مرزبانی استان", rules.owner("۳- مرزبانی استان موظف است گشت‌های مشترک را برقرار کند."));
    assertNull(rules.deadline("اتفق الجانبان على تعزيز التعاون."));
  }

  @Test
  void holderIsTheQuoteSpeakerThenACollectiveSubjectThenTheFirstOfficial() {
    String text = "وقال الساعدي: «سنعمل على مد الكابل». واتفق الجانبان على التعاون.";
    Span quote = new Span(text.indexOf("سنعمل"), text.indexOf("»"));
    Span second = new Span(text.indexOf("واتفق"), text.length());
    List<Party> quotes = List.of(new Party("هيثم الساعدي", List.of(quote)));
    List<Party> officials = List.of(new Party("هيثم الساعدي", List.of(new Span(5, 12))));
    assertEquals("هيثم الساعدي", rules.holder(text, quote, quotes, officials, new Span(0, second.start())));
    assertEquals("الجانبان", rules.holder(text, second, quotes, officials, second));
  }

  @Test
  void theGenitiveOfANecessityOrReadinessNounIsTheBoundParty() {
    String arabic = "وأشار معصوم إلى ضرورة قيام الحكومة باتخاذ قرارات جريئة وحازمة في مكافحة الفساد.";
    Span all = new Span(0, arabic.length());
    List<Party> officials = List.of(new Party("فؤاد معصوم", List.of(new Span(6, 11))));
    assertEquals("الحكومة", rules.holder(arabic, all, List.of(), officials, all));
    String persian = "سفیر کویت در تهران، فلاح مبارک العتیبی، از آمادگی صندوق سرمایه‌گذاری کویتی برای مشارکت در طرح‌های "
        + "گردشگری سلامت ایران خبر داد.";
    Span whole = new Span(0, persian.length());
    List<Party> ambassador = List.of(new Party("فلاح مبارک العتیبی", List.of(new Span(20, 38))));
    assertEquals("صندوق سرمایه‌گذاری کویتی", rules.holder(persian, whole, List.of(), ambassador, whole));
  }

  @Test
  void theObjectOfATransitiveVerbalNounAndAnAmbassadorsOwnCountryAreNotHolders() {
    String arabic = "وشدد الوزير على ضرورة دعم الحكومة العراقية في حربها على الإرهاب.";
    Span all = new Span(0, arabic.length());
    assertNull(rules.holder(arabic, all, List.of(), List.of(), all));
    String persian = "الحسناوی نیز از آمادگی عراق برای ایجاد منطقه آزاد تجاری مشترک در مرز شلمچه خبر داد.";
    Span whole = new Span(0, persian.length());
    List<Party> officials = List.of(new Party("سلام عبدالکریم الحسناوی", List.of(new Span(0, 8))));
    assertEquals("سلام عبدالکریم الحسناوی", rules.holder(persian, whole, List.of(), officials, whole));
  }

  @Test
  void theSubjectOfAnArabicRelativeClauseFollowsItsVerb() {
    String text = "كما ناقش المجتمعون الزيارات التي سيقوم بها أعضاء اللجان للمراكز الانتخابية في المحافظات.";
    Span all = new Span(0, text.length());
    assertEquals("أعضاء اللجان", rules.holder(text, all, List.of(), List.of(), all));
    String oil = "وأشار إلى أن تكلفة المشاريع النفطية التي تعتزم الكويت إقامتها خلال السنوات الخمس المقبلة تبلغ 60 مليار دولار";
    Span whole = new Span(0, oil.length());
    assertEquals("الكويت", rules.holder(oil, whole, List.of(), List.of(), whole));
  }

  @Test
  void aPeopleNamedByItsPluralHoldsWhatItIsReadyOrBoundToDo() {
    String persian = "ايراني‌ها بايد در انتخابات آينده مجلس شركت كنند";
    Span all = new Span(0, persian.length());
    assertEquals("ايراني‌ها", rules.holder(persian, all, List.of(), List.of(), all));
    String arabic = "خلفان: الايرانيون سيتركون النووي";
    Span whole = new Span(0, arabic.length());
    assertEquals("الايرانيون", rules.holder(arabic, whole, List.of(), List.of(), whole));
    String plural = "برای درمان ناهنجاری‌ها باید تلاش کرد";
    Span words = new Span(0, plural.length());
    assertNull(rules.holder(plural, words, List.of(), List.of(), words));
  }

  @Test
  void aPassiveActInAPronounsDirectSpeechIsTheLastNamedOfficials() {
    String text = "پاراد گفت: شبکه برق روستاها توسعه یافته است. وی یادآور شد: ترانس جدید تا یک ماه آینده نصب خواهد شد.";
    int from = text.indexOf("وی");
    Span sentence = new Span(from, text.length());
    List<Party> officials = List.of(new Party("امرالله پاراد", List.of(new Span(0, 5))));
    assertEquals("امرالله پاراد", rules.holder(text, sentence, List.of(), officials, sentence));
    String impersonal = "پاراد گفت: شبکه برق روستاها توسعه یافته است. ترانس جدید تا یک ماه آینده نصب خواهد شد.";
    Span act = new Span(impersonal.indexOf("ترانس"), impersonal.length());
    assertNull(rules.holder(impersonal, act, List.of(), officials, act));
  }

  @Test
  void reportedSpeechRecordsTheReporterButADirectQuoteDoesNot() {
    String text = "وأضاف سعيدزاده أن بلاده ستصدر الفائض الصيفي إلى أفغانستان.";
    Span all = new Span(0, text.length());
    List<Party> officials = List.of(new Party("محمد سعيدزاده", List.of(new Span(5, 13))));
    assertEquals("محمد سعيدزاده", rules.reporter(text, all, List.of(), officials, all));
    List<Party> quotes = List.of(new Party("محمد سعيدزاده", List.of(all)));
    assertNull(rules.reporter(text, all, quotes, officials, all));
  }

  @Test
  void dashesSeparateTheFieldsOfAMinutesItem() {
    String item = "تقرر تشغيل منفذ المنذرية على مدار 24 ساعة – الجهة المنفذة: هيئة المنافذ الحدودية العراقية "
        + "– المهلة: قبل 25 تموز 2026";
    assertEquals("هيئة المنافذ الحدودية العراقية", rules.owner(item));
    assertEquals("قبل 25 تموز 2026", rules.deadline(item));
  }

  @Test
  void holderIsTheBodyThatActsBeforeAnyOfficialNamedInTheSentence() {
    String text = "وقال الوزير كريم العبيدي إن وزارة النقل العراقية ستؤهل الطريق الدولي خلال عام.";
    Span sentence = new Span(0, text.length());
    List<Party> officials = List.of(new Party("كريم العبيدي", List.of(new Span(11, 23))));
    assertEquals("وزارة النقل العراقية", rules.holder(text, sentence, List.of(), officials, sentence));
    String persian = "طرف روسی متعهد شد سالانه ۴۰۰ تن دارو به ایران صادر کند.";
    Span all = new Span(0, persian.length());
    assertEquals("طرف روسی", rules.holder(persian, all, List.of(), List.of(), all));
  }

  @Test
  void holderOfASentenceNamingNobodyIsTheOfficialLastNamedBeforeIt() {
    String text = "وصل وزير الخارجية سامر الحديثي إلى عمان. وسيلتقي غدا رئيس الوزراء الأردني.";
    List<Party> officials = List.of(new Party("سامر الحديثي", List.of(new Span(18, 30))));
    Span second = new Span(text.indexOf("وسيلتقي"), text.length());
    assertEquals("سامر الحديثي", rules.holder(text, second, List.of(), officials, second));
    String impersonal = "وصل وزير الخارجية سامر الحديثي إلى عمان. وسيتم توقيع مذكرة تفاهم غدا.";
    Span last = new Span(impersonal.indexOf("وسيتم"), impersonal.length());
    assertEquals(null, rules.holder(impersonal, last, List.of(), officials, last));
  }
  @Test
  void holderInsideAQuoteIsAnotherPartyTheSpeakerObligesNotTheSpeakersOwnSide() {
    String text = "روستایی اذعان داشت: دولت یازدهم باید در پرداخت مطالبات تجدیدنظر کند. "
        + "نوربخش گفت: ایران آمادگی دارد صادرات برق را افزایش دهد.";
    Span first = new Span(text.indexOf("دولت"), text.indexOf("."));
    Span second = new Span(text.indexOf("ایران"), text.length() - 1);
    List<Party> quotes = List.of(new Party("مجید روستایی", List.of(first)), new Party("حسن نوربخش", List.of(second)));
    List<Party> officials = List.of(new Party("مجید روستایی", List.of(new Span(0, 7))),
        new Party("حسن نوربخش", List.of(new Span(text.indexOf("نوربخش"), text.indexOf("نوربخش") + 6))));
    assertEquals("دولت یازدهم", rules.holder(text, first, quotes, officials, first));
    assertEquals("حسن نوربخش", rules.holder(text, second, quotes, officials, second));
  }

  @Test
  void aNewspaperQuotedSpeaksForNoSideSoThePartyThatActsHoldsIt() {
    String text = "روزنامه دیلی تایمز نوشت: هیاتی از وزارت انرژی پاکستان هفته آینده وارد دهلی نو خواهد شد.";
    Span quote = new Span(text.indexOf("هیاتی"), text.length() - 1);
    List<Party> quotes = List.of(new Party("روزنامه دیلی تایمز", List.of(quote)));
    assertEquals("هیاتی", rules.holder(text, quote, quotes, List.of(), quote));
  }

  @Test
  void holderOfReportedSpeechIsTheCountryOrTitledOfficialThatActs() {
    String text = "كمال خرازي وزير امور خارجه ايران با فراتيني ديدار كرد. "
        + "فراتيني گفته است كه ايران آماده همكاري هسته اي است. "
        + "بيانيه حكايت دارد كه وزير امور خارجه ايران به گفت و گو با آژانس متعهد شده است.";
    List<Party> officials = List.of(new Party("كمال خرازي", List.of(new Span(0, 10))),
        new Party("فرانكو فراتيني", List.of(new Span(text.indexOf("فراتيني گفته"), text.indexOf(" گفته")))));
    Span second = new Span(text.indexOf("فراتيني گفته"), text.indexOf("است.") + 3);
    Span third = new Span(text.indexOf("بيانيه"), text.length() - 1);
    assertEquals("ايران", rules.holder(text, second, List.of(), officials, second));
    assertEquals("كمال خرازي", rules.holder(text, third, List.of(), officials, third));
  }

  @Test
  void holderOfAnArabicDecisionIsTheBodyRightAfterItsVerbNotAnEarlierSubject() {
    String text = "ويقع مجلس الوزراء الأمني تحت ضغط متزايد منذ وقع الهجوم وقررت الحكومة السماح بإجراء استجوابات "
        + "لم تكن تطبق من قبل إلا مع المعتقلين.";
    Span all = new Span(0, text.length());
    assertEquals("الحكومة", rules.holder(text, all, List.of(), List.of(), all));
  }

  @Test
  void holderOfAPersianObligationIsItsSubjectAfterAnAdjunctOrAConjunction() {
    String text = "تقوی گفت: در این شرایط، همه کشورهای منطقه باید بکوشند تا به هم‌گرایی برسیم.";
    Span clause = new Span(text.indexOf("در این"), text.length() - 1);
    List<Party> officials = List.of(new Party("رضا تقوی", List.of(new Span(0, 4))));
    assertEquals("کشورهای منطقه", rules.holder(text, clause, List.of(), officials, new Span(0, text.length())));
    String necessity = "تقوی گفت: ضروری است تا کشورهای منطقه به وحدت بیشتر توجه کنند.";
    Span after = new Span(necessity.indexOf("ضروری"), necessity.length() - 1);
    assertEquals("کشورهای منطقه",
        rules.holder(necessity, after, List.of(), officials, new Span(0, necessity.length())));
    String obliged = "رحیمی گفت: پیرو این موضوع، شورای مرکزی انجمن باید نامه‌ای را به کمیسیون ارسال کند.";
    Span obligation = new Span(obliged.indexOf("پیرو"), obliged.length() - 1);
    List<Party> speaker = List.of(new Party("رضا رحیمی", List.of(new Span(0, 5))));
    assertEquals("شورای مرکزی انجمن",
        rules.holder(obliged, obligation, List.of(), speaker, new Span(0, obliged.length())));
    String object = "فراتینی گفت: بر این اساس، فراتینی در نشست بروکسل وزیران خارجه را در جریان قرار خواهد داد.";
    Span informed = new Span(object.indexOf("بر این"), object.length() - 1);
    List<Party> minister = List.of(new Party("فرانکو فراتینی", List.of(new Span(0, 7),
        new Span(object.indexOf("فراتینی در"), object.indexOf("فراتینی در") + 7))));
    assertEquals("فرانکو فراتینی", rules.holder(object, informed, List.of(), minister, new Span(0, object.length())));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      وی افزود: این طرح در کمیسیون ما بررسی خواهد شد به همین دلیل هیأت رئیسه باید آن را به ما ارجاع دهد. | هیأت رئیسه
      وی گفت: حفاظت از جنگل‌ها وظیفه همگانی است و باید آحاد مردم در این زمینه همیار ما باشند.            | آحاد مردم
      رئیس فدراسیون گفت: باشگاه‌ها باید پیش از برکناری مربیان خارجی با فدراسیون مشورت کنند.              | باشگاه‌ها
      وی با تاکید بر اینکه ملت عراق باید عملا متحد باشد، از دخالت کشورهای همسایه انتقاد کرد.            | ملت عراق
      """)
  void holderOfAPersianObligationIsThePartyWrittenRightBeforeOrAfterBayad(String text, String holder) {
    Span all = new Span(0, text.length());
    List<Party> speaker = List.of(new Party("علی احمدی", List.of()));
    assertEquals(holder, rules.holder(text, all, List.of(), speaker, all));
  }

  @Test
  void aCountryInsideTheWordsBeforeBayadIsAGenitiveNotTheHolder() {
    String text = "رستگارپور گفت: «مرز مشترک ۹۰۰ کیلومتری دو کشور باید به مرز امنیت و تجارت تبدیل شود».";
    Span quote = new Span(text.indexOf("مرز"), text.indexOf("»"));
    List<Party> officials = List.of(new Party("مجید رستگارپور", List.of(new Span(0, 9))));
    List<Party> quotes = List.of(new Party("مجید رستگارپور", List.of(quote)));
    assertEquals("مجید رستگارپور", rules.holder(text, quote, quotes, officials, new Span(0, text.length())));
  }

  @Test
  void aBodyAfterAPrepositionOrInAnOpeningAttributionIsNotTheHolder() {
    String served = "خدمت رسانی به مردم باید شتاب بگیرد";
    Span all = new Span(0, served.length());
    assertNull(rules.holder(served, all, List.of(), List.of(), all));
    String text = "بر اساس اطلاعات وزارت خارجه اوکراین، کوژار در حاشیه کنفرانس با همتایان خود دیدار خواهد کرد.";
    Span sentence = new Span(0, text.length());
    int name = text.indexOf("کوژار");
    List<Party> minister = List.of(new Party("لئونید کوژار", List.of(new Span(name, name + 5))));
    assertEquals("لئونید کوژار", rules.holder(text, sentence, List.of(), minister, sentence));
    assertEquals("عباس محتاج", rules.holder("محتاج گفت: " + served, new Span(11, 11 + served.length()), List.of(),
        List.of(new Party("عباس محتاج", List.of(new Span(0, 5)))), new Span(0, 11 + served.length())));
  }

  @Test
  void aBodyNamedBeforeTheVerbOfSayingAndItsColonDoesNotHoldWhatIsSaid() {
    String text = "رضا رحمانی درباره ادعاهایی که وزارت صمت به کار برده است گفت: برای ارزانی خودرو، تولید باید افزایش یابد.";
    Span all = new Span(0, text.length());
    List<Party> officials = List.of(new Party("رضا رحمانی", List.of(new Span(0, 10))));
    assertEquals("رضا رحمانی", rules.holder(text, all, List.of(), officials, all));
  }

  @Test
  void aPersianBodysPhraseEndsBeforeTheDayItActed() {
    String text = "پارلمان عراق یکشنبه شب قانون انتخابات را پس از چند هفته رایزنی تصویب کرد.";
    Span all = new Span(0, text.length());
    assertEquals("پارلمان عراق", rules.holder(text, all, List.of(), List.of(), all));
  }

  @Test
  void anOfficialFirstNamedFurtherDownHoldsOnlyAHeadlineOrLeadThatNamesNobody() {
    String text = "منع السيارات من وسط العاصمة في سبتمبر\nسيتم منع السيارات من وسط المدينة. وستنضم العاصمة هذا العام إلى المبادرة. "
        + "وذكر دانيال هيلدين أن المدينة ستواصل الالتزام بالمعايير.";
    int name = text.indexOf("دانيال");
    List<Party> officials = List.of(new Party("دانيال هيلدين", List.of(new Span(name, name + 13))));
    Span headline = new Span(0, text.indexOf("\n"));
    Span later = new Span(text.indexOf("وستنضم"), text.indexOf(" وذكر"));
    assertEquals("دانيال هيلدين", rules.holder(text, headline, List.of(), officials, headline));
    assertNull(rules.holder(text, later, List.of(), officials, later));
  }

  @Test
  void holderOfAPersianSigningInThePassiveIsItsAgent() {
    String text = "در این دیدار، یادداشت تفاهم همکاری در زمینه تولید دارو به امضای دو وزیر رسید.";
    Span all = new Span(0, text.length());
    assertEquals("دو وزیر", rules.holder(text, all, List.of(), List.of(new Party("مهران شجاعی‌فرد", List.of())), all));
  }
  @Test
  void holderAfterAnOpeningPersianCueAndNotTheBodyOfASpokespersonsTitle() {
    String persian = "قرار است پس از اتمام مذاکرات در دهلی نو، هیات کارشناسی هند به اسلام آباد سفر کند.";
    Span all = new Span(0, persian.length());
    assertEquals("هیات کارشناسی هند", rules.holder(persian, all, List.of(), List.of(), all));
    String text = "وكان المتحدث باسم الحكومة راجح بادي قد قال إن عدن ستكون مقرا لإقامة الوزراء العائدين.";
    Span sentence = new Span(0, text.length());
    List<Party> officials = List.of(new Party("راجح بادي", List.of(new Span(text.indexOf("راجح"),
        text.indexOf(" قد")))));
    assertEquals("راجح بادي", rules.holder(text, sentence, List.of(), officials, sentence));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      وأشار إلى أن تكلفة المشاريع النفطية التي تعتزم الكويت إقامتها تبلغ 60 مليار دولار | الكويت
      جاء ذلك خلال توقيع البنك الأهلي ثاني اتفاقية لرعاية الأيتام مع جمعية تكافل الخيرية  | البنك الأهلي
      وأوضح الجميح أن «إطعام» تسعى من خلال هذه الاتفاقية إلى تعزيز ثقافة حفظ النعمة        | إطعام
      وأكد الزياني أن دول مجلس التعاون ستظل إلى جانب الشعب اليمني                        | دول مجلس التعاون
      """)
  void arabicHolderIsTheBodyWrittenAsSubjectBeforeOrAfterTheVerb(String sentence, String holder) {
    Span all = new Span(0, sentence.length());
    assertEquals(holder, rules.holder(sentence, all, List.of(), List.of(), all));
  }

  @Test
  void theAgentOfAPassiveHoldsIt() {
    String text = "از سوی بنیاد مستضعفان به ازای هر واحد، 25 میلیون تومان بلاعوض پرداخت خواهد شد";
    Span all = new Span(0, text.length());
    assertEquals("بنیاد مستضعفان", rules.holder(text, all, List.of(), List.of(), all));
    String reported = "نیکخوی از صدور مجوز توسط شرکت آب منطقه‌ای خبر داد و یادآور شد: سرمایه‌گذاران اعلام آمادگی کردند.";
    Span whole = new Span(0, reported.length());
    List<Party> officials = List.of(new Party("مجید نیکخوی", List.of(new Span(0, 6))));
    assertEquals("مجید نیکخوی", rules.holder(reported, whole, List.of(), officials, whole));
  }
  @Test
  void aDemonstrativeOrPossessiveSubjectIsThePartyNamedBeforeIt() {
    String text = "جامعه جهانی بر تعلیق فعالیت‌های ایران پافشاری می‌کند و این کشور باید آن را بپذیرد.";
    Span second = new Span(text.indexOf("و این"), text.length() - 1);
    assertEquals("ایران", rules.holder(text, second, List.of(), List.of(), second));
    String his = "نخست وزیر پاکستان اعلام کرد کشورش قطعات سانتریفوژ را در اختیار آژانس قرار خواهد داد.";
    Span all = new Span(0, his.length());
    assertEquals("پاکستان", rules.holder(his, all, List.of(), List.of(), all));
  }

  @Test
  void aPersianVerbOfSayingWithoutKehOpensTheClauseWhoseSubjectHoldsIt() {
    String text = "اتحادیه اروپا امروز نشست دارد. گل تاکید کرد، این اتحادیه باید با آغاز مذاکرات موافقت کند.";
    Span second = new Span(text.indexOf("گل"), text.length() - 1);
    List<Party> officials = List.of(new Party("عبدالله گل", List.of(new Span(second.start(), second.start() + 2))));
    assertEquals("اتحادیه اروپا", rules.holder(text, second, List.of(), officials, second));
  }
  @Test
  void theFirstPartyOfAnAgreementConcludedBetweenTwoHoldsItEvenInItsOfficialsQuote() {
    String text = "طمیمیان گفت: این تفاهم‌نامه بین سازمان منطقه آزاد اروند و کمیسیون گردشگری اتاق بازرگانی منعقد گردید.";
    Span quote = new Span(text.indexOf("این"), text.length() - 1);
    List<Party> officials = List.of(new Party("قدرت الله طمیمیان", List.of(new Span(0, 7))));
    List<Party> quotes = List.of(new Party("قدرت الله طمیمیان", List.of(quote)));
    assertEquals("سازمان منطقه آزاد اروند", rules.holder(text, quote, quotes, officials, new Span(0, text.length())));
    String heading = "انعقاد تفاهم‌نامه همکاری بین سازمان منطقه آزاد اروند و کمیسیون گردشگری";
    Span all = new Span(0, heading.length());
    assertEquals("سازمان منطقه آزاد اروند", rules.holder(heading, all, List.of(), List.of(), all));
  }

  @Test
  void theSignerNamedAfterASideHeSignsForHoldsTheSigning() {
    String text = "ووقع عن الجانب العراقي وزير النقل كاظم فنجان الحمامي، وعن الجانب الإيراني وزير الطرق عباس آخوندي";
    List<Party> officials = List.of(
        new Party("كاظم فنجان الحمامي", List.of(span(text, "كاظم فنجان الحمامي"))),
        new Party("عباس آخوندي", List.of(span(text, "عباس آخوندي"))));
    Span all = new Span(0, text.length());
    assertEquals("كاظم فنجان الحمامي", rules.holder(text, all, List.of(), officials, all));
  }

  @Test
  void twoPresidentsOrTwoCountriesAsSubjectHoldItTogether() {
    String text = "بحث الرئيس الأمريكي باراك أوباما ونظيره التركي الحرب على داعش، وأكد الرئيسان أنهما سيعززان جهودهما";
    List<Party> officials = List.of(new Party("باراك أوباما", List.of(span(text, "باراك أوباما"))));
    Span second = new Span(text.indexOf("وأكد"), text.length());
    assertEquals("الرئيسان", rules.holder(text, second, List.of(), officials, second));
    String pair = "وأكد البيان أن الولايات المتحدة وتركيا ستبقيان موحدتين في المعركة ضد الإرهاب";
    Span all = new Span(0, pair.length());
    assertEquals("الولايات المتحدة وتركيا", rules.holder(pair, all, List.of(), List.of(), all));
  }

  @Test
  void aSentenceAfterAQuoteGoesOnWithItsSpeakerNotWithAPersonNamedInIt() {
    String text = "وقال باولو جينتيلوني \"إن بلاده تطالب بإبعاد بشار الأسد\". وأبان ضرورة التوصل إلى حل سياسي للأزمة.";
    List<Party> officials = List.of(
        new Party("باولو جينتيلوني", List.of(span(text, "باولو جينتيلوني"))),
        new Party("بشار الأسد", List.of(span(text, "بشار الأسد"))));
    List<Party> quotes = List.of(new Party("باولو جينتيلوني", List.of(span(text, "إن بلاده تطالب بإبعاد بشار الأسد"))));
    Span second = new Span(text.indexOf("وأبان"), text.length());
    assertEquals("باولو جينتيلوني", rules.holder(text, second, quotes, officials, second));
  }

  @Test
  void anItemNamingNoPartyIsThePartysOfItsLeadIn() {
    String text = "التقى الوزير أحمد الخريشا نظيره المصري. وقد اتفق الطرفان على ما يلي:\n1- إنشاء لجنة فنية مشتركة.\n"
        + "2- تبادل الخبرات في محطات التحلية.";
    List<Party> officials = List.of(new Party("أحمد الخريشا", List.of(span(text, "أحمد الخريشا"))));
    Span item = new Span(text.indexOf("2-"), text.length());
    assertEquals("الطرفان", rules.holder(text, item, List.of(), officials, item));
  }

  @Test
  void aTitleIsResolvedToItsOfficialNotToThePersonHeMeets() {
    String text = "وصل إلى القاهرة ديمتري ميدفيديف رئيس وزراء روسيا. وأشارت إلى أن رئيس الوزراء الروسي سيلتقي خلال "
        + "زيارته مع الرئيس عبدالفتاح السيسي";
    List<Party> officials = List.of(
        new Party("ديمتري ميدفيديف", List.of(span(text, "ديمتري ميدفيديف"))),
        new Party("عبدالفتاح السيسي", List.of(span(text, "عبدالفتاح السيسي"))));
    Span second = new Span(text.indexOf("وأشارت"), text.length());
    assertEquals("ديمتري ميدفيديف", rules.holder(text, second, List.of(), officials, second));
  }

  @Test
  void aQuoteOfUnnamedOfficialsIsHeldByTheOfficialItReports() {
    String text = "لكن مسؤولين أمريكيين قالوا: إن الملك سلمان أشار إلى أن الاتفاقية يجب أن تكون مصحوبة ببرنامج تفتيش قوي";
    List<Party> officials = List.of(new Party("سلمان بن عبدالعزيز", List.of(span(text, "سلمان"))));
    Span quote = new Span(text.indexOf("إن الملك"), text.length());
    List<Party> quotes = List.of(new Party("مسؤولين أمريكيين", List.of(quote)));
    Span all = new Span(0, text.length());
    assertEquals("سلمان بن عبدالعزيز", rules.holder(text, all, quotes, officials, all));
  }

  @Test
  void aNameInsideTheNameOfAnInstitutionHoldsNothing() {
    String text = "محمد محمدی در مراسم معارفه رئیس بیمارستان امام حسین گفت: خدمات خوبی ارائه می‌شود. "
        + "وی تاکید کرد: باید اقدامات لازم صورت گیرد.";
    List<Party> officials = List.of(new Party("محمد محمدی", List.of(span(text, "محمد محمدی"))),
        new Party("حسین", List.of(span(text, "حسین"))));
    Span second = new Span(text.indexOf("وی تاکید"), text.length());
    Span quote = new Span(text.indexOf("باید"), text.length());
    List<Party> quotes = List.of(new Party("حسین", List.of(quote)));
    assertEquals("محمد محمدی", rules.holder(text, second, quotes, officials, second));
  }

  private static Span span(String text, String part) {
    int at = text.indexOf(part);
    return new Span(at, at + part.length());
  }

  @Test
  void aCourtOrASecretariatAfterItsVerbHoldsTheActNotTheDefendant() {
    String court = "إلى ذلك قررت محكمة مصرية أمس تأجيل محاكمة 371 من أنصار الرئيس المعزول محمد مرسي.";
    Span all = new Span(0, court.length());
    List<Party> officials = List.of(new Party("محمد مرسي", List.of(new Span(court.indexOf("محمد"), court.length() - 1))));
    assertEquals("محكمة مصرية", rules.holder(court, all, List.of(), officials, all));
    String road = "أعلنت أمانة المنطقة الشرقية عن عزمها إغلاق طريق الملك عبدالعزيز عند تقاطعه مع الشارع العاشر.";
    Span whole = new Span(0, road.length());
    assertEquals("أمانة المنطقة الشرقية", rules.holder(road, whole, List.of(), List.of(), whole));
  }

  @Test
  void aBodyEndsBeforeThePrepositionIla() {
    String text = "وتطرق الاجتماع إلى ضرورة العمل على ترحيل المقررات الدراسية قبل بدء الدراسة.";
    Span all = new Span(0, text.length());
    assertEquals("الاجتماع", rules.holder(text, all, List.of(), List.of(), all));
  }

  @Test
  void aCollectiveAfterAPrepositionIsWhereTheActIsDoneNotItsHolder() {
    String text = "وقال كاميرون: نحن ملتزمون بالعمل معكم من أجل تدمير الخلافة في البلدين.";
    Span all = new Span(0, text.length());
    List<Party> officials = List.of(new Party("ديفيد كاميرون", List.of(new Span(5, 12))));
    assertEquals("ديفيد كاميرون", rules.holder(text, all, List.of(), officials, all));
    String signed = "ووقع الجانبان على الاتفاقية في الرياض.";
    Span whole = new Span(0, signed.length());
    assertEquals("الجانبان", rules.holder(signed, whole, List.of(), List.of(), whole));
  }

  @Test
  void aBareArabicTitleIsTheOfficialWhoWearsItNotTheLastNamed() {
    String text = "وأشار وزير الاقتصاد الألماني زيجمار جابرييل، الذي يشغل منصب نائب المستشارة أنجيلا ميركل، إلى أهمية القناة.\n"
        + "ومن المقرر أن يشارك الوزير الألماني في الاحتفالات.";
    Span second = new Span(text.indexOf("ومن"), text.length());
    List<Party> officials = List.of(
        new Party("زيجمار جابرييل", List.of(new Span(text.indexOf("زيجمار"), text.indexOf("،")))),
        new Party("أنجيلا ميركل", List.of(new Span(text.indexOf("أنجيلا"), text.indexOf("، إلى")))));
    assertEquals("زيجمار جابرييل", rules.holder(text, second, List.of(), officials, second));
  }

  @Test
  void theArabicPartyAModalObligesHoldsTheActRatherThanTheReporter() {
    String text = "وأوضح محمد السواط مدير إدارة شؤون المعلمين، أنه يتعين على المعلمين الجدد حجز موعد المقابلة.";
    Span all = new Span(0, text.length());
    List<Party> officials = List.of(new Party("محمد السواط", List.of(new Span(6, 17))));
    assertEquals("المعلمين الجدد", rules.holder(text, all, List.of(), officials, all));
    String council = "وشدد الوزراء على أنه ينبغي على الدول الأعضاء رفع الإنفاق على الصحة العامة.";
    Span whole = new Span(0, council.length());
    assertEquals("الدول الأعضاء", rules.holder(council, whole, List.of(), List.of(), whole));
    String relative = "فيما يتعين على المعلمين الذين يجتازون المقابلة الشخصية استيفاء نموذج طلب التعيين.";
    Span clause = new Span(0, relative.length());
    assertEquals("المعلمين", rules.holder(relative, clause, List.of(), List.of(), clause));
  }

  @Test
  void theAgentOfARelativeClauseOrBeforeALightVerbIsCutRight() {
    String text = "وسيتم توفير الدروس الكترونيا في المدارس التي تم إعدادها من قبل وزارة التعليم وشركة تطوير.";
    Span all = new Span(0, text.length());
    assertNull(rules.holder(text, all, List.of(), List.of(), all));
    String persian = "انتقال فیش‌های بانک ملی توسط دفاتر زیارتی مجاز انجام خواهد گرفت.";
    Span whole = new Span(0, persian.length());
    assertEquals("دفاتر زیارتی مجاز", rules.holder(persian, whole, List.of(), List.of(), whole));
  }

  @Test
  void aHolyFigureWithHisHonorificHoldsNothing() {
    String text = "رهبر انقلاب با اشاره به حرکت امام حسین(ع) افزودند: در تبلیغ باید از افراط و تفریط پرهیز شود.";
    Span all = new Span(0, text.length());
    List<Party> officials = List.of(new Party("امام حسین", List.of(new Span(text.indexOf("امام"), text.indexOf("(ع)")))));
    assertNull(rules.holder(text, all, List.of(), officials, all));
  }

  @Test
  void persianPluralBodiesAndOfficialsAreParties() {
    String duty = "این دستگاه‌ها موظفند پس از فروش املاک وجوه حاصله را به درآمد عمومی واریز نمایند.";
    Span all = new Span(0, duty.length());
    assertEquals("دستگاه‌ها", rules.holder(duty, all, List.of(), List.of(), all));
    String offer = "مقامات کویتی در ماه ژانویه اعلام کردند، آماده‌اند درباره کاهش بدهی عراق گفت و گو کنند.";
    Span whole = new Span(0, offer.length());
    assertEquals("مقامات کویتی", rules.holder(offer, whole, List.of(), List.of(), whole));
  }

  @Test
  void anAspectOfAMatterIsNoSide() {
    String text = "وشدد بحاح على أن الجانب الصحي يأتي كأولوية في المرحلة المقبلة حيث سيتم التنسيق لعلاج الجرحى.";
    Span all = new Span(0, text.length());
    List<Party> officials = List.of(new Party("خالد محفوظ بحاح", List.of(new Span(5, 9))));
    assertEquals("خالد محفوظ بحاح", rules.holder(text, all, List.of(), officials, all));
    String side = "وأكد أن الجانب العراقي سيعمل على تسهيل الإجراءات.";
    Span whole = new Span(0, side.length());
    assertEquals("الجانب العراقي", rules.holder(side, whole, List.of(), List.of(), whole));
  }

  @Test
  void aNewsConditionAVerbOfIntendingAndAScheduleNameTheirParty() {
    String condition = "وتم خلال الاجتماع تشكيل لجنة رئيسية على أن تقوم كل جهة وإدارة بتشكيل لجانها الفرعية.";
    Span all = new Span(0, condition.length());
    assertEquals("كل جهة وإدارة", rules.holder(condition, all, List.of(), List.of(), all));
    String intending = "به عنوان بخشی از برنامه کمک به فدراسیون‌های ملی، فیفا قصد دارد این بودجه را پرداخت کند.";
    Span whole = new Span(0, intending.length());
    assertEquals("فیفا", rules.holder(intending, whole, List.of(), List.of(), whole));
    String past = "آرین روبن که سال گذشته دوباره تصمیم گرفت به دنیای فوتبال بازگردد.";
    Span pastAll = new Span(0, past.length());
    assertNull(rules.holder(past, pastAll, List.of(), List.of(), pastAll));
    String schedule = "عبر القائد العام للحرس الثوري اللواء محمد علي جعفري عن القلق حيال مسودة قرار من المقرر أن يتدارسه "
        + "مجلس الامن الدولي الاسبوع الحالي حول هذا الاتفاق.";
    Span draft = new Span(0, schedule.length());
    int name = schedule.indexOf("محمد");
    List<Party> officials = List.of(new Party("محمد علي جعفري", List.of(new Span(name, name + 14))));
    assertEquals("مجلس الامن الدولي", rules.holder(schedule, draft, List.of(), officials, draft));
  }
}
