package org.diplomatic.analyzer.extract.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueRulesTest {
  private final CueRules rules = new CueRules();

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      وسيزور وزير الخارجية العاصمة الأردنية الأسبوع المقبل                       | intent
      وقال الوزير إنه سأقوم بجولة في المحافظات الجنوبية                            | intent
      من المقرر أن تعقد اللجنة المشتركة اجتماعها الثاني في بغداد                   | intent
      وأكد الوزير ضرورة تسريع إنجاز مشروعات الربط الكهربائي                        | obligation
      وتم التوقيع على مذكرة تفاهم في مجال النقل البحري                              | agreement
      وقرر مجلس الوزراء تشكيل لجنة لمتابعة ملف المياه                              | decision
      وأبدى رئيس الغرفة استعداد الغرفة لتنظيم معرض للصناعات الوطنية                | proposal
      لن نتوانى عن دعم الأشقاء في مواجهة الإرهاب                                   | intent
      وأوضح أن المحطة ستبلغ عند اكتمالها قدرة 3600 ميغاواط                         | none
      وارتفعت ساعات التغذية الكهربائية إلى 10 ساعات يوميا                          | none
      وزیر امور خارجه فردا با همتای ترکیه خود در آنکارا دیدار می‌کند              | intent
      هیئت کارشناسی پاکستان هفته آینده وارد دهلی نو خواهد شد                      | intent
      دو طرف بر ضرورت تداوم گفت‌وگوها تاکید کردند                                  | obligation
      تفاهم‌نامه همکاری در حوزه گردشگری میان دو وزارتخانه منعقد شد               | agreement
      رئیس سازمان بنادر و دریانوردی در این نشست حضور داشت                         | none
      ایران سالانه حدود ۱۸ میلیون تن گندم تولید می‌کند                               | none
      ولفت إلى أن الخدمات ستساعد على زيادة المعروض من الأراضي المطورة              | none
      إن توفر الخدمات في المخططات سيكون له مردود جيد على حركة العقار                | none
      وارتفع سعر مزيج برنت 13 سنتا إلى 53.51 دولارا ثم نزل ثلاثة سنتات             | none
      تاسیس این بانک به توسعه روابط تجاری و اقتصادی دو کشور کمک خواهد کرد          | none
      شورای اسلامی شهر به جد پیگیر تاسیس واحد حمل و نقل دریایی است                 | intent
      شورای اسلامی شهر از بدو ورودش پیگیر این مشکل بوده است                         | none
      ومن المرتقب أن تشهد الدوحة اليوم اجتماعا ثلاثيا بين الوزراء                   | intent
      وواشنطن ملتزمة بتقديم كل الدعم العسكري لمصر                                   | obligation
      وجرت مراسم توقيع الاتفاق بالقصر الرئاسي بالخرطوم                              | agreement
      جمعيتان خيريتان تبرمان اتفاقية لمساعدة المرضى                                  | agreement
      وزیر خارجه آلمان دوشنبه راهی فرانسه می‌شود                                    | intent
      اخیراً موافقتنامه‌ای با سازمان بیمه منعقد شده است                              | agreement
      در دفاتری که خطوط VPN دارند قادریم دستگاه‌های خودپرداز را نصب کنیم            | proposal
      مطار الدمام يوقع عقد إنشاء مبنى الطيران الخاص الخميس                           | agreement
      وقد تم توقيع اتفاقية التعاون بمقر الصندوق يوم الخميس                            | agreement
      تفجير انتحاري مزدوج في شمال الكاميرون يوقع 11 قتيلا                            | none
      واعدا بالعمل الوثيق مع تركيا حول عدة قضايا                                      | intent
      وتوقعت المصادر أن هذه الخطوة سوف تساهم في إنشاء العديد من الوحدات السكنية       | none
      وتتوقع الحكومة نمو الاقتصاد بنسبة سبعة في المائة وسيكون هذا المعدل الأقل         | none
      وستمكن هذه الاتفاقية البنك من توسيع نشاطه في تقديم التسهيلات الائتمانية         | none
      هذا وسوف تسهل هذه الاتفاقية على الأفراد التقدم لهذه الاختبارات                   | none
      ووفقا لحساباتنا فإن احتياجات أوروبا من الغاز ستزداد حوالي 100 مليار متر مكعب     | none
      أقرت الإمارات أمس قانونا لمكافحة التمييز والكراهية                                | decision
      وأقرت السيدة غوم بأن التصحيح كان صعبا                                             | none
      في غضون ذلك، سيطرت قوات المقاومة الشعبية على مفترق الطرق                          | none
      وقال مسؤول دفاع إن إيران ستواصل على الأرجح محاولة استغلال الدول الضعيفة          | none
      وأكد الوزير أن المملكة ستظل داعمة للشعب اليمني                                    | intent
      بل نحن بحاجة لتنفيذ ما اتفق عليه في جنيف مع إجراء التعديلات اللازمة             | none
      كما اتفقا على تطوير محطات للطاقة الشمسية في المنطقة الشرقية                        | agreement
      """)
  void settlesTheKindFromGrammarAndCues(String text, String kind) {
    assertEquals(kind, rules.judge(text, "news").kind());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      هل سيتم تمديد الاتفاق إلى العام المقبل؟
      ولا يعد ذلك التزاما جديدا على الجانب العراقي
      واتفق الطرفان على ما يلي:
      """)
  void rulesOutQuestionsDenialsAndLeadInLines(String text) {
    assertEquals(new CueRules.Verdict(ClauseClassifier.NONE, true), rules.judge(text, "news"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      وارتفعت المخزونات إلى 89 مليون برميل لتتجاوز المتوسط الموسمي                | news      | false
      وفي الجانب الاستثماري تستمر المؤسسة في تطبيق استراتيجيتها                      | news      | false
      وارتفعت المخزونات إلى 89 مليون برميل لتتجاوز المتوسط الموسمي                | minutes   | true
      وتخصص الاتفاقية الأولى 100 مليون دولار لاستكمال خط نقل الكهرباء              | news      | true
      وعلى تسيير دوريات متزامنة على جانبي الحدود قبل نهاية الشهر الجاري             | news      | true
      وأبدى الجانب التركي استعداده لتدريب عناصر الشرطة                              | news      | true
      بانک ایرانی مجوز تاسیس شعبه در کابل را گرفت                                   | news      | false
      این پروژه تحول عظیمی در این بخش روی خواهد داد                                  | news      | false
      ۷۰۴ پروژه در هفته دولت در کردستان بهره‌برداری می‌شود                            | news      | true
      وستفتح هذه الاتفاقية المجال للمصدرين للمنافسة في الأسواق الخارجية              | news      | false
      ويتوقع محللون أن تكشف الحكومة عن إجراءات جديدة للتحفيز الاقتصادي               | news      | false
      لكن الطرف الآخر كانت لديه رؤية أخرى غير ما تم الاتفاق عليه مع الأمم المتحدة     | news      | false
      """)
  void letsTheModelJudgeANewsClauseOnlyWithACommitmentWord(String text, String genre, boolean anchored) {
    assertEquals(anchored, rules.anchored(text, genre));
  }

  // Fars news outside the evaluated sets: a planned construction, a programme described, a fact of the body.
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      رضا انجم شعاع امروز در جلسه كمسيون ماده 5 با هدف بررسي مغايرت‌هاي طرح تفضيلي شهرسازي گرگان و گنبد افزود: پارك ويژه روشندلان به نام عصاي سفيد به مساحت 7 هزار متر مربع در جنب ميدان شهيد باهنر گرگان احداث مي‌شود | intent
      این طرح با هدف ایجاد توسعه و تغییر در وضعیت کالبدی روستاها و ایجاد ساختار مناسب از طریق لحاظ کردن نیازهای فرهنگی، اجتماعی و اقتصادی روستاها اجرا می‌شود | none
      نزدیک بینی اغلب به دلیل زیاد بودن تحدب قرنیه چشم و بزرگتر بودن طول کره چشم نسبت به حالت عادی بوده که نقطه کانونی عدسی روی شبکیه قرار نمی‌گیرد و در جلوی آن تشکیل می‌شود | none
      این جشنواره هر سال بر اساس برنامه ستاد در قالب طرح ملی در تهران ایجاد می‌شود | none
      """)
  void takesAPersianPresentPassiveOfAnActUnderAPlanAsAnIntent(String text, String kind) {
    assertEquals(kind, rules.judge(text, "news").kind());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      سيصل | true
      وستتم | true
      سنضع | true
      ستظل | true
      سيده | false
      سيما | false
      ستون | false
      سنوي | false
      """)
  void readsAFourLetterFutureOnlyOnAKnownVerbStem(String word, boolean future) {
    assertEquals(future, CueRules.isArabicFuture(word, word));
  }
}
