package org.diplomatic.analyzer.extract.commitments;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatic.analyzer.text.Span;

/**
 * Finds the holder, the owner and the deadline of a commitment from the words around it: labelled fields of minutes
 * (المسؤول عن التنفيذ: / مسئول پیگیری: / المهلة: / مهلت اجرا:), deadline phrases (خلال شهر، قبل نهاية 2025، تا پایان آذر
 * ۱۴۰۴، ظرف یک ماه), collective subjects (الجانبان، دو کشور), quote speakers and officials named before the cue.
 */
final class PartyRules {
  private final ActingParty acting = ActingParty.load();
  private final ActingSubject actingSubject = new ActingSubject();
  private final PlainSubjects plain = new PlainSubjects(acting);
  private static final String STOP = "[^،,؛;:()\\n.–—]"; // en and em dashes separate fields of minutes items
  private static final Pattern OWNER = Pattern.compile(
      "(?:المسؤول عن التنفيذ|المسؤولة عن التنفيذ|الجهة المنفذة|جهة التنفيذ|الجهة المسؤولة|المسؤول|مسؤول المتابعة"
          + "|مسئول پیگیری|مسئول اجرا|دستگاه مجری|دستگاه‌های مجری|مجری|مسئول)\\s*[:：]\\s*(" + STOP + "{2,80})");
  private static final Pattern DEADLINE_LABEL = Pattern.compile(
      "(?:المهلة|المدة الزمنية|الموعد النهائي|موعد التنفيذ|مهلت اجرا|مهلت|زمان اجرا|موعد أقصاه)\\s*[:：]?\\s*("
          + STOP + "{2,60})");
  private static final Pattern DEADLINE_PHRASE = Pattern.compile(
      "((?:في موعد أقصاه|في غضون|قبل نهاية|قبل حلول|بحلول|خلال|حتى نهاية|نهاية|قبل|حداکثر تا|تا پایان|تا اول|تا|ظرف"
          + "|طی|پیش از)\\s+" + STOP + "{1,40}?"
          + "(?:شهر|شهرين|أشهر|الشهر|أسبوع|أسبوعين|أسابيع|يوما|يوم|أيام|عام|العام|سنة|السنة|[0-9٠-٩۰-۹]{4}|ماه|هفته|روز"
          + "|سال|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|يناير|فبراير|مارس|أبريل|مايو"
          + "|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|الجاري|المقبل|آینده|جاری)(?:\\s+[0-9٠-٩۰-۹]{4})?)");
  private static final Pattern COLLECTIVE = Pattern.compile(
      "(الجانبان|الجانبين|الطرفان|الطرفين|البلدان|البلدين|الحكومتان|الرئيسان|الوزيران|الزعيمان|القائدان"
          + "|دو کشور|دو طرف|طرفین|طرفين|دو دولت|دو كشور"
          + "|سه کشور|سه كشور)");
  /**
   * An Arabic signing on behalf of a side ("ووقّع عن الجانب السوداني، وزير المعادن ..."، "ووقع الاتفاقية من جانب
   * المركز الرئيس التنفيذي ..."، "نيابة عن"): the signer named next holds it.
   */
  private static final Pattern SIGNED_FOR = Pattern.compile(
      "(?:^|\\s)و?وق\\u0651?ع(?:ها|ه|ت|ا)?\\s+(?:ال\\S+\\s+)?(?:عن|من جانب|من طرف|نيابة عن|ممثلا عن)\\s");
  /** The agent of a Persian signing told in the passive: "به امضای دو وزیر رسید". */
  private static final Pattern SIGNED_BY =
      Pattern.compile("به امضا[یي]\\s+([^،,.:]{2,40}?)\\s+(?:خواهد\\s+)?رس[یي]د");
  /** The first party of a Persian agreement concluded or signed "between X and Y": the first signer holds it. */
  private static final Pattern SIGNED_BETWEEN = Pattern.compile(
      "(?:^|\\s)(?:بین|بين|میان|ميان)\\s+([^،,.:؛«»()]{2,50}?)\\s+و\\s+[^.؛]{2,80}?\\s(?:منعقد|امضا|به امضا)"
          + "|(?:انعقاد|امضای|امضاي)\\s[^.؛:]{0,60}?(?:بین|بين|میان|ميان)\\s+([^،,.:؛«»()]{2,50}?)\\s+و\\s");
  /**
   * The agent of a passive: "از سوی بنیاد مستضعفان ... پرداخت خواهد شد"، "توسط پست بانک خریداری"، "من قبل الوزارة";
   * not the من قبل of "before" ("لم تكن تطبق من قبل إلا مع ...") nor از سوی دیگر, "on the other hand".
   */
  private static final Pattern AGENT = Pattern.compile(
      "(?:^|\\s)(?:از سوی|از سوي|از طرف|توسط|من قبل|من جانب)\\s+(?!إلا\\s|ذلك|أن\\s|دیگر|ديگر)([^،,.:؛;()«»\"\\n]{2,60}?)"
          + "(?=\\s+(?:به|در|را|با|برای|براي|تا|از|و|بر|که|كه|في|على|إلى|الى|من|عن|مع|بشأن|حول"
          // a Persian light verb or auxiliary ends the agent: "توسط بانک صورت خواهد گرفت"، "توسط X انجام می‌شود"
          + "|صورت|انجام|خواهد|خواهند|شد|شده|است|می\\S*)(?:\\s|$)|[،,.:؛;()«»\"\\n]|$)");
  private static final int AGENT_WORDS = 4;
  /** An Arabic relative pronoun and at most three words before an agent: the agent is the relative clause's. */
  private static final Pattern RELATIVE_BEFORE =
      Pattern.compile("(?:^|\\s)(?:التي|الذي|الذين|اللذين|اللتين)(?:\\s+[^\\s،,.:؛]+){0,3}\\s*$");
  /**
   * The party an Arabic modal puts the act on ("يتعين على المعلمين الجدد حجز موعد"، "ينبغي على الدول الأعضاء رفع"):
   * its first word and the words with the article after it, up to a relative pronoun (المعلمين الذين يجتازون); a
   * pronoun (علينا، عليه) is the speaker's side.
   */
  private static final Pattern OBLIGED_PARTY = Pattern.compile(
      "(?:^|\\s)(?:و|ف)?(?:يجب|يتعين|ينبغي|يتوجب|يتحتم)\\s+على\\s+((?:كل|جميع)\\s+)?([^\\s،,.:؛()«»\"]{2,})"
          + "((?:\\s+(?!(?:الذي|التي|الذين|اللذين|اللتين|اللاتي|اللواتي)(?:\\s|$))(?:و)?ال[^\\s،,.:؛()«»\"]{2,}){0,5})");
  private static final Pattern LIST_ITEM = Pattern.compile(
      "^\\s*(?:[0-9٠-٩]{1,3}|أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)\\s*[-.)–:]");
  private static final int MAX_ITEMS = 15;
  /** "مع" or "بـ" + up to three title words right before a name: the person met (مع الرئيس عبدالفتاح السيسي). */
  private static final Pattern COUNTERPART =
      Pattern.compile("(?:^|\\s)(?:مع|بنظيره|ونظيره|نظيره)(?:\\s+[^\\s،,.:]+){0,3}\\s+$");
  private static final int COUNTERPART_REACH = 40;
  private static final Pattern PERSIAN_LETTERS = Pattern.compile("[پچژگیک\u200c]");
  private static final Pattern SAID_COLON = Pattern.compile(
      "(?:گفت|افزود|کرد|كرد|داشت|قال|وأضاف|أضاف|قائلا|مضيفا|وتابع)\\s*:");
  private static final Pattern OBJECT_OF = Pattern.compile(
      "(?:^|\\s)(?:في|من|إلى|الى|على|عن|مع|لدى|به|از|در|با|برای|براي|بر)\\s+$");
  /** An Arabic title with the article, not followed by a name in the same sentence (the group is the bare title). */
  private static final Pattern BARE_TITLE = Pattern.compile(
      "(?:^|\\s)(و)?ال(وزير|رئيس|سفير|محافظ|أمير|مدير|وكيل|أمين)(?=\\s|$)");
  private static final int TITLE_REACH = 60;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟](?:\\s|$)");
  private static final Pattern OBLIGED_AR = Pattern.compile("على\\s+(" + STOP + "{2,60}?)\\s+أن\\s");
  private static final Pattern OBLIGED_FA =
      Pattern.compile("^(?:[0-9۰-۹]+\\s*[-.]\\s*)?(" + STOP + "{2,60}?)\\s+(?:موظف|مکلف|موظفند|باید|ملزم)");

  // Acts without an agent: the passive تم/يتم/سيتم/جرى, تقرر, and Persian past passives (منعقد شد).
  private static final Pattern IMPERSONAL = Pattern.compile(
      "(?:^|[\\s،,])(?:و|ف)?(?:تم|تمت|يتم|سيتم|جرى|تقرر|يجري)\\s|(?:\\s|\u200c)(?:شد|شده|شدند|گردید)(?:\\s|[.،]|$)");
  /**
   * A clause opening with a pronoun's direct speech ("وی یادآور شد: ... نصب خواهد شد"، "وأضاف: ... سيتم"): the words are
   * the quote of the official the text names last, so a passive act in them is his, not nobody's.
   */
  private static final Pattern PRONOUN_SAID = Pattern.compile(
      "^\\s*(?:(?:وی|وي|او)\\s[^:،,.«»\n]{2,40}|(?:و|ف)?(?:أضاف|قال|تابع|أكد|أوضح|بين|أشار)(?:ت)?\\s*):");
  private static final Pattern REPORTED = Pattern.compile(
      "(?:قال|أكد|أشار|أوضح|أضاف|صرح|أعلن|أفاد|ذكر|گفت|افزود|تاکید کرد|تأکید کرد|اظهار داشت|خاطرنشان کرد|اعلام کرد)"
          + "(?:ت)?\\s+(?:[^،.:«»\\n]{0,60}\\s)?(?:أن|إن|ان|که|كه)\\s");

  /**
   * The reporter of a commitment told in indirect speech ("وأضاف X أن ..." / "X گفت که ..."): the first official named
   * in the sentence, when the commitment is not inside a direct quote. Null otherwise.
   */
  String reporter(String text, Span span, List<Party> quotes, List<Party> officials, Span sentence) {
    for (Party quote : quotes) {
      if (quote.spans().stream().anyMatch(s -> s.overlaps(span))) {
        return null;
      }
    }
    if (!REPORTED.matcher(sentence.in(text)).find()) {
      return null;
    }
    String first = null;
    int firstStart = Integer.MAX_VALUE;
    for (Party official : officials) {
      for (Span s : official.spans()) {
        if (sentence.contains(s) && s.start() < firstStart) {
          first = official.name();
          firstStart = s.start();
        }
      }
    }
    return first;
  }

  String owner(String text) {
    Matcher m = OWNER.matcher(text);
    if (m.find()) {
      return m.group(1).trim();
    }
    m = OBLIGED_AR.matcher(text);
    if (m.find()) {
      return m.group(1).trim();
    }
    m = OBLIGED_FA.matcher(text);
    return m.find() ? m.group(1).trim() : null;
  }

  String deadline(String text) {
    Matcher m = DEADLINE_LABEL.matcher(text);
    if (m.find()) {
      return m.group(1).trim();
    }
    m = DEADLINE_PHRASE.matcher(text);
    return m.find() ? m.group(1).trim() : null;
  }

  /**
   * The holder: the speaker of a quote around the commitment, a party acting in it (a collective subject, the body
   * after an Arabic verb, the subject before a Persian modal), or the first named official in its sentence; when the
   * sentence names nobody and the act is not impersonal (تم، سيتم / شد), the official the document last named before
   * it (or, in a headline or lead, first names after it), the subject that a pronoun or a bare title refers to.
   * Names inside the name of a place or an institution (امام خمینی in کمیته امداد امام خمینی) are nobody's.
   */
  String holder(String text, Span span, List<Party> allSpeakers, List<Party> allOfficials, Span sentence) {
    List<Party> speakers = EponymousNames.people(text, allSpeakers);
    List<Party> officials = EponymousNames.people(text, allOfficials);
    String named = named(text, span, speakers, officials, sentence);
    if (named != null || IMPERSONAL.matcher(span.in(text)).find() && !PRONOUN_SAID.matcher(span.in(text)).find()) {
      return named;
    }
    String titled = titledOfficial(text, span, officials, sentence);
    if (titled != null) {
      return titled;
    }
    return discourseSubject(officials, arabicSpeakers(text, sentence, speakers, officials), sentence,
        inLead(text, sentence));
  }

  /**
   * The official an Arabic bare title stands for ("ومن المقرر أن يشارك الوزير الألماني"): the one named last before
   * the sentence with that title word right before his name ("وزير الاقتصاد الألماني زيجمار جابرييل"), not merely the
   * last named (a chancellor named in an aside). Null when the clause has no such title or no official wears it.
   */
  private static String titledOfficial(String text, Span span, List<Party> officials, Span sentence) {
    Matcher t = BARE_TITLE.matcher(span.in(text));
    if (!t.find()) {
      return null;
    }
    Pattern worn = Pattern.compile("(?:^|\\s)(?:ال|و|ب|ل|لل)?" + t.group(2) + "(?:\\s|$)");
    String best = null;
    int bestEnd = -1;
    for (Party official : officials) {
      for (Span s : official.spans()) {
        String before = text.substring(Math.max(0, s.start() - TITLE_REACH), s.start());
        before = before.substring(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1);
        if (s.end() <= sentence.start() && s.end() > bestEnd && worn.matcher(before).find()) {
          best = official.name();
          bestEnd = s.end();
        }
      }
    }
    return best;
  }

  private String named(String text, Span span, List<Party> speakers, List<Party> officials, Span sentence) {
    String named = namedHolder(text, span, speakers, officials, sentence);
    return named != null ? named : leadInParty(text, sentence);
  }

  /**
   * The party of the Arabic lead-in line an item is listed under ("وقد اتفق الطرفان على ما يلي:"، "قرر المجتمعون ما
   * يلي:" -> الطرفان، المجتمعون): items that name no party are that party's. Null when the sentence is no item of
   * such a list, or the lead-in names no party.
   */
  private String leadInParty(String text, Span sentence) {
    String leadIn = leadIn(text, sentence);
    if (leadIn == null) {
      return null;
    }
    Matcher m = COLLECTIVE.matcher(leadIn);
    return m.find() ? m.group(1) : acting.in(leadIn.strip());
  }

  /**
   * The Arabic lead-in sentence, ending in a colon, of the list whose item {@code sentence} is (its items on the
   * lines between), or null.
   */
  static String leadIn(String text, Span sentence) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, sentence.start() - 1)) + 1;
    if (!text.substring(lineStart, sentence.start()).isBlank()
        || !LIST_ITEM.matcher(sentence.in(text)).find()) {
      return null;
    }
    for (int hops = 0; hops < MAX_ITEMS && lineStart > 0; hops++) {
      int previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      String line = text.substring(previousStart, lineStart - 1).strip();
      if (line.endsWith(":")) {
        String leadIn = line.substring(Math.max(line.lastIndexOf('.'), line.lastIndexOf('؛')) + 1);
        return PERSIAN_LETTERS.matcher(leadIn).find() ? null : leadIn;
      }
      if (!LIST_ITEM.matcher(line).find()) {
        return null;
      }
      lineStart = previousStart;
    }
    return null;
  }

  /**
   * In Arabic, the official speakers of quotes, each at its quote: after "وقال «...»" a sentence such as "وأبان أن ..."
   * goes on with the same speaker, not with a person named inside the quote or before it.
   */
  private static List<Party> arabicSpeakers(String text, Span sentence, List<Party> speakers, List<Party> officials) {
    if (PERSIAN_LETTERS.matcher(sentence.in(text)).find()) {
      return List.of();
    }
    return speakers.stream().filter(q -> officials.stream().anyMatch(o -> o.name().equals(q.name()))).toList();
  }

  /**
   * The official mentioned (or quoted) last before {@code sentence}, else, for the headline and the lead, the first
   * mentioned after it (a headline names by title whom the body names in full); null if none.
   */
  private static String discourseSubject(List<Party> officials, List<Party> quoted, Span sentence, boolean lead) {
    String before = null;
    int beforeEnd = -1;
    String after = null;
    int afterStart = Integer.MAX_VALUE;
    for (Party speaker : quoted) {
      for (Span s : speaker.spans()) {
        if (s.end() <= sentence.start() && s.end() > beforeEnd) {
          before = speaker.name();
          beforeEnd = s.end();
        }
      }
    }
    for (Party official : officials) {
      for (Span s : official.spans()) {
        if (s.end() <= sentence.start() && s.end() > beforeEnd) {
          before = official.name();
          beforeEnd = s.end();
        } else if (lead && s.start() >= sentence.end() && s.start() < afterStart) {
          after = official.name();
          afterStart = s.start();
        }
      }
    }
    return before != null ? before : after;
  }

  /**
   * Whether {@code sentence} is the headline or the body's first sentence (after a dateline line, if any): no
   * sentence end stands between the headline and it. Further down, an official first named later is someone the story turns to, not a subject
   * the sentence leaves unsaid ("وستنضم العاصمة السويدية ..." before "وذكر دانيال هيلدين ...").
   */
  private static boolean inLead(String text, Span sentence) {
    String before = text.substring(0, sentence.start());
    int line = before.indexOf('\n');
    String body = line < 0 ? "" : before.substring(line + 1);
    return !SENTENCE_END.matcher(body).find();
  }

  private static String firstAfter(List<Party> officials, int from, int to) {
    String best = null;
    int bestStart = Integer.MAX_VALUE;
    for (Party official : officials) {
      for (Span s : official.spans()) {
        if (s.start() >= from && s.end() <= to && s.start() < bestStart) {
          best = official.name();
          bestStart = s.start();
        }
      }
    }
    return best;
  }

  /** The agent named after از سوی / توسط / من قبل in the clause (an official named there by his name), or null. */
  private static String agent(String text, Span span, List<Party> officials) {
    Matcher m = AGENT.matcher(span.in(text));
    // a short name, in the clause the commitment is told in (not a reporting clause before a colon), and not the
    // agent of what an Arabic relative clause describes ("في المدارس التي تم إعدادها من قبل وزارة التعليم")
    if (!m.find() || m.group(1).strip().split("\\s+").length > AGENT_WORDS
        || span.in(text).indexOf(':', m.end()) >= 0 || RELATIVE_BEFORE.matcher(span.in(text).substring(0, m.start())).find()) {
      return null;
    }
    Span phrase = new Span(span.start() + m.start(1), span.start() + m.end(1));
    for (Party official : officials) {
      if (official.spans().stream().anyMatch(s -> s.overlaps(phrase))) {
        return official.name();
      }
    }
    return m.group(1).strip();
  }

  private String namedHolder(String text, Span span, List<Party> speakers, List<Party> officials, Span sentence) {
    Matcher signedFor = SIGNED_FOR.matcher(span.in(text));
    // the first signing of the clause only: "وقع السفير X ..., بينما وقعها من جانب ناميبيا Y" is X's
    if (signedFor.find() && firstAfter(officials, span.start(), span.start() + signedFor.start()) == null) {
      String signer = firstAfter(officials, span.start() + signedFor.end(), span.end());
      if (signer != null) {
        return signer;
      }
    }
    Matcher obliged = OBLIGED_PARTY.matcher(span.in(text));
    // the party a modal obliges is the holder, in reported speech and in quotes (corpus/README.md)
    if (obliged.find() && !obliged.group(2).equals("أن") && !obliged.group(2).startsWith("ضرور")) {
      return ((obliged.group(1) == null ? "" : obliged.group(1)) + obliged.group(2) + obliged.group(3)).strip();
    }
    // so is the party a news condition binds ("، على أن تقوم كل جهة وإدارة بتشكيل لجانها")
    String conditioned = plain.conditioned(span.in(text));
    if (conditioned != null) {
      return conditioned;
    }
    ActingSubject.Subject subject = actingSubject.in(text, span, officials);
    // a quote of an official: a newspaper or a source quoted speaks for nobody's side
    boolean quoted = speakers.stream().anyMatch(q -> q.spans().stream().anyMatch(s -> s.overlaps(span))
        && officials.stream().anyMatch(o -> o.name().equals(q.name())));
    // in a direct quote the speaker's own side ("ایران آماده است") is the speaker; another person named, or a party
    // the speaker obliges ("دولت یازدهم باید"), holds it
    if (subject != null && (!quoted || subject.type() == ActingSubject.Type.OFFICIAL
        || subject.type() == ActingSubject.Type.TITLE || subject.type() == ActingSubject.Type.PEOPLE
        || subject.obligation())) {
      return subject.holder();
    }
    String agent = agent(text, span, officials);
    if (agent != null) {
      return agent;
    }
    Party quote = speakers.stream().filter(q -> q.spans().stream().anyMatch(s -> s.overlaps(span))).findFirst()
        .orElse(null);
    // Arabic: a quote is held by its speaker, or by the official it reports when a source or paper speaks
    if (quote != null && !PERSIAN_LETTERS.matcher(sentence.in(text)).find()) {
      return speakerOrReported(text, quote, span, officials);
    }
    String speaker = quote == null ? null : quote.name();
    // two parties who conclude an agreement: the first signer, even in a quote of one of their officials
    Matcher between = SIGNED_BETWEEN.matcher(span.in(text));
    if (between.find()) {
      return between.group(1) != null ? between.group(1) : between.group(2);
    }
    boolean speaksForSide = speaker != null && officials.stream().anyMatch(o -> o.name().equals(speaker));
    if (speaksForSide) {
      return speaker;
    }
    // a newspaper or a source quoted speaks for nobody's side: the party the clause names first
    Matcher signed = SIGNED_BY.matcher(span.in(text));
    if (signed.find()) {
      return signed.group(1);
    }
    String collective = collective(span.in(text));
    if (collective != null) {
      return collective;
    }
    String body = acting.in(afterSaying(span.in(text)));
    if (body != null) {
      return body;
    }
    if (speaker != null) {
      return speaker;
    }
    // an organization no table lists, opening a Persian clause before a verb of intending (فیفا قصد دارد)
    String intending = PERSIAN_LETTERS.matcher(sentence.in(text)).find() ? PlainSubjects.intending(span.in(text)) : null;
    if (intending != null) {
      return intending;
    }
    String scheduled = plain.scheduled(span.in(text));
    if (scheduled != null) {
      return scheduled;
    }
    String best = null;
    int bestStart = Integer.MAX_VALUE;
    for (Party official : officials) {
      for (Span s : official.spans()) {
        if (sentence.contains(s) && s.start() < bestStart && !counterpart(text, s)) {
          best = official.name();
          bestStart = s.start();
        }
      }
    }
    return best;
  }

  /**
   * The first collective of {@code clause} that is not the object of a preposition: "في البلدين" or "به دو کشور"
   * is where or to whom an act is done, not who does it ("نحن ملتزمون بالعمل معكم ... في البلدين"). "بين الجانبين"
   * stays: an agreement between the sides is theirs.
   */
  private static String collective(String clause) {
    Matcher m = COLLECTIVE.matcher(clause);
    while (m.find()) {
      boolean glued = m.start() > 0 && Character.isLetter(clause.charAt(m.start() - 1))
          && clause.charAt(m.start() - 1) != 'و';
      if (!glued && !OBJECT_OF.matcher(clause.substring(0, m.start())).find()) {
        return m.group(1);
      }
    }
    return null;
  }

  /**
   * The words after a verb of saying and its colon ("وزیر ... درباره ادعاهایی که وزارت صمت ... گفت: تولید باید
   * افزایش پیدا کند"): what comes before them frames the report, so a body named there does not act in it. The
   * whole clause when it has no such colon.
   */
  private static String afterSaying(String clause) {
    Matcher m = SAID_COLON.matcher(clause);
    int end = -1;
    while (m.find()) {
      end = m.end();
    }
    return end < 0 || end >= clause.length() ? clause : clause.substring(end);
  }

  /**
   * A quote of unnamed sources or officials ("قال مسؤولون أمريكيون: إن الملك سلمان أشار إلى أن ...") holds the
   * official it reports, in Arabic; a named official's quote is his own.
   */
  private static String speakerOrReported(String text, Party quote, Span span, List<Party> officials) {
    boolean official = officials.stream().anyMatch(o -> o.name().equals(quote.name()));
    if (official || PERSIAN_LETTERS.matcher(span.in(text)).find()) {
      return quote.name();
    }
    String reported = firstAfter(officials, span.start(), span.end());
    return reported != null ? reported : quote.name();
  }

  /** An Arabic official named as the one met or received ("مع الرئيس عبدالفتاح السيسي"): the other party, not the holder. */
  private static boolean counterpart(String text, Span mention) {
    String before = text.substring(Math.max(0, mention.start() - COUNTERPART_REACH), mention.start());
    return COUNTERPART.matcher(before).find();
  }
}
