package org.diplomatic.analyzer.extract.officials;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Predicate;
import org.diplomatic.analyzer.text.Language;

/**
 * Finds the name written next to a title, after it ("وزير ... X") or before it ("X وزیر ..."), skipping honorifics
 * and keeping name particles (عبد، آل، أبو) with the word they join; a candidate needs evidence (the name finder, a
 * known name word, an honorific or a name already known in the document).
 */
final class NameScanner {
  private static final int MAX_NAME_TOKENS = 5;
  /** "الله" closes compound names (عبد الله، هداية الله، نصر الله) although it carries the article. */
  private static final String ALLAH = "الله";
  private static final String ALA = "\u0639\u0644\u0649";
  private static final String ABD = "\u0639\u0628\u062F";
  private static final String OPENING_QUOTES = "«\"“";
  private static final String CLOSING_QUOTES = "»\"”";

  /** Persian speech verbs (or their nouns) that follow a sentence's subject in agency news, folded. */
  private static final Set<String> SPEECH_VERBS = folded("گفت", "افزود", "اظهار", "اظهارداشت", "تصریح",
      "اضافه", "خاطرنشان", "بیان", "عنوان", "یادآور", "یادآوری", "تاکید", "تأکید", "اعلام");
  /** What "با" opens before a speech verb ("با بیان اینکه"، "با اشاره به"). */
  private static final Set<String> SPEECH_NOUNS = folded("بیان", "اشاره", "اعلام", "تاکید", "تأکید", "ابراز");
  /** What "در" opens before a speech verb ("در گفت‌وگو با"، "در حاشیه"، "در ادامه"). */
  private static final Set<String> SETTINGS = folded("گفت‌وگو", "گفتگو", "حاشیه", "جمع", "دیدار", "نشست",
      "ادامه", "مراسم", "جلسه", "آیین");
  /** Nouns of "به گزارش X"، "به نوشته X": what follows them is the news source, not a person. */
  private static final Set<String> SOURCE_NOUNS = folded("گزارش", "نوشته");
  private static final String WITH = "با";
  private static final String AS = MatchFold.fold("عنوان");
  private static final String TO = MatchFold.fold("به");
  private static final String OBJECT = MatchFold.fold("را");
  private static final String IN = "در";
  private static final String HAJ = MatchFold.fold("حاج");
  private static final String SUPERLATIVE = MatchFold.fold("ترین");
  /** "نیز"، "هم": "also" between a subject and its verb phrase. */
  private static final Set<String> ALSO = folded("نیز", "هم");

  /** "Formerly" after an office ("سابقا"، "سابقاً"), folded. */
  private static final Set<String> FORMERLY = folded("سابقا");
  /** Royal and tribal ranks before a name, folded. */
  private static final Set<String> ROYAL_RANKS = folded("الأمير", "الأميرة", "الشيخ", "الشيخة", "سمو");

  private final OfficialsLexicon lex;
  private final Language lang;
  private final Predicate<String> frequentWord;
  private final ArabicMentionEdges arabicEdges;

  /** {@code frequentWord} tells the words of everyday news (the name finder's vocabulary) from rare ones. */
  NameScanner(OfficialsLexicon lex, Language lang, Predicate<String> frequentWord) {
    this.lex = lex;
    this.lang = lang;
    this.frequentWord = frequentWord;
    this.arabicEdges = new ArabicMentionEdges(lex);
  }

  /** A name's token range [start, end) or null. */
  record Found(int start, int end, boolean comma) {}

  /** The name starting at or after {@code from} (after honorifics and one comma), or null. */
  Found after(SentenceTokens s, int from, Set<String> knownWords) {
    int j = from;
    boolean evidence = false;
    boolean comma = j < s.size() && isComma(s, j);
    if (comma) {
      j++;
      // "X، وزير ...، ووزير" or "، والسيدة": a new coordinated person, not this title's name
      if (j < s.size() && lang == Language.ARABIC && s.folded(j).startsWith("و") && gluedTitleOrHonorific(s, j)) {
        return null;
      }
      // "سكوت ووكر حاكم ويسكونسن، وريك بيري حاكم تكساس": a name glued to و after the comma is the list's next item
      if (j < s.size() && lang == Language.ARABIC && s.folded(j).length() > 3 && s.folded(j).startsWith("و")
          && !lex.isNameWord(lang, s.folded(j))) {
        return null;
      }
    }
    // "ووكيل إمارة منطقة عسير سابقا محمد الزيد": "formerly" qualifies the office before the name
    if (lang == Language.ARABIC && j + 1 < s.size() && FORMERLY.contains(s.folded(j))) {
      j++;
    }
    for (int h; j < s.size() && (h = honorificOrBareTitle(s, j)) > 0; j += h) {
      evidence = true;
    }
    if (j < s.size() && OPENING_QUOTES.indexOf(s.tokens().get(j).text().charAt(0)) >= 0) {
      int close = j + 1;
      while (close < s.size() && close - j <= MAX_NAME_TOKENS + 2 && s.isWord(close)) {
        close++;
      }
      // "مدير عام صندوق تنمية الموارد البشرية «هدف» إبراهيم آل معيقل": a short quote between a body and a name or
      // honorific is the body's short name; the holder follows it
      if (lang == Language.ARABIC && close + 1 < s.size() && close - j <= 3 && isClosingQuote(s, close)
          && (s.person()[close + 1] || lex.honorifics(lang).longestAt(s.folded(), close + 1) > 0)) {
        Found holder = after(s, close + 1, knownWords);
        return holder == null ? null : new Found(holder.start(), holder.end(), comma);
      }
      return quoted(s, j, close, comma);
    }
    // "قائد شرطة مقاطعة سانت لويس": a noun that opens a place's name opens no person's
    if (lang == Language.ARABIC && j < s.size() && lex.isNameHead(lang, s.folded(j))) {
      return null;
    }
    int k = j;
    // a lineage ("تركي بن سعود بن محمد آل سعود") counts its particles outside the limit
    // "... استان همدان اذعان کرد"، "... زلزله زهان رونمایی شد": the noun of a compound verb is no name
    for (int words = 0; k < s.size() && words < MAX_NAME_TOKENS && nameLike(s, k, k == j) && !everydayAfter(s, j, k)
        && !pastFinder(s, j, k)
        && !gluedObjectAfter(s, j, k)
        && !(lang == Language.PERSIAN && k + 1 < s.size()
            && RoleFinder.isLightVerb(s.folded(k + 1)) && !s.person()[k]); words++) {
      k += lex.isParticle(lang, s.folded(k)) && k + 1 < s.size() && s.isWord(k + 1) ? 2 : 1;
    }
    k = Math.min(k, s.size());
    if (k < s.size() && k > j && k - j < MAX_NAME_TOKENS && lastArabicPart(s, k) && !pastFinder(s, j, k)) {
      k++;
    }
    // two name-like words are evidence, unless the first is a noun glued to و ("رئيس ... وتقديره لمواقف")
    if (!comma && lang == Language.ARABIC && k - j >= 2 && !lex.isCommonWord(lang, s.folded(j))
        && !gluedAndNoName(s, j)) {
      evidence = true;
    }
    // "الرئيس التركي لباكو", "رئيس الهيئة لتحويل بدر": a word glued to a preposition is a place or thing, not a name
    if (lang == Language.ARABIC && k > j && "لب".indexOf(s.folded(j).charAt(0)) >= 0 && !lex.isNameWord(lang, s.folded(j))
        && (k - j == 1 || lex.isCommonWord(lang, s.folded(j).substring(1)))) {
      return null;
    }
    // "وزیر خارجه ایتالیا فراتینی امروز ..."، "نخست وزیر ژاپن شینزو آبه در ...": a foreign name after its title
    evidence |= lang == Language.PERSIAN && !comma && k - j <= 3 && rare(s, j, k) && closed(s, k);
    return accept(s, j, k, evidence, knownWords, comma);
  }

  /**
   * True at the end of a clause's subject: the sentence's end, punctuation, a stop word or a speech verb; not "را",
   * whose object after a title is as often a thing ("رئیس جمهور ازبکستان فرمانی را صادر کرد").
   */
  private boolean closed(SentenceTokens s, int k) {
    return k >= s.size() || !s.isWord(k) || SPEECH_VERBS.contains(s.folded(k))
        || lex.isStopWord(lang, s.folded(k)) && !s.folded(k).equals(OBJECT);
  }

  /**
   * The subject opening a Persian agency sentence right before its speech verb or what leads into it ("خديمي با
   * اعلام اين خبر افزود"، "عین‌اله تاجیک افزود"، "وارسته در ادامه ..."): one to three name-like words none of which
   * is an everyday word; the verb is the evidence a name list may lack. Null otherwise.
   */
  Found beforeSpeech(SentenceTokens s, int from) {
    int k = from;
    while (k < s.size() && k - from < 3 && nameLike(s, k, k == from)
        && (s.person()[k] || lex.isNameWord(lang, s.folded(k)) || !lex.isCommonWord(lang, s.folded(k)))) {
      k++;
    }
    if (lang != Language.PERSIAN || k == from || k >= s.size()) {
      return null;
    }
    String next = s.folded(k);
    String then = k + 1 < s.size() ? s.folded(k + 1) : "";
    boolean speech = SPEECH_VERBS.contains(next)
        || next.equals(WITH) && SPEECH_NOUNS.contains(then) || next.equals(IN) && SETTINGS.contains(then);
    return speech ? new Found(from, k, false) : null;
  }

  /**
   * The name set off by commas after a title that names no office ("نظيره المصري، سامح شكري، في جدة"): two or three
   * name-like words closed by a comma are a name even when no model or list knows them; null otherwise.
   */
  Found enclosedAfter(SentenceTokens s, int from, Set<String> knownWords) {
    if (from >= s.size() || !isComma(s, from)) {
      return null;
    }
    Found found = after(s, from, knownWords);
    if (found != null) {
      return found;
    }
    int j = from + 1;
    int k = j;
    while (k < s.size() && k - j < 3 && nameLike(s, k, k == j)) {
      k++;
    }
    boolean closed = k < s.size() && isComma(s, k);
    return k - j >= 2 && closed && !lex.isCommonWord(lang, s.folded(j)) ? new Found(j, k, true) : null;
  }

  /**
   * A noun glued to و, with a possessive suffix or a word of everyday text after it ("وتقديره"، "ومساعد"), which no
   * name word is, nor its rest; foreign names that start with و keep their evidence ("ويلفريد إيمفولا").
   */
  private boolean gluedAndNoName(SentenceTokens s, int j) {
    String f = s.folded(j);
    return f.length() > 4 && f.charAt(0) == '\u0648' && !s.person()[j] && !lex.isNameWord(lang, f)
        && !lex.isNameWord(lang, f.substring(1)) && (f.endsWith("\u0647") || f.endsWith("\u0647\u0627")
            || f.endsWith("\u0647\u0645") || lex.isCommonWord(lang, f.substring(1)));
  }

  /**
   * A Persian word of everyday text from a name's third word on ("محسن مهرعلیزاده شامگاه شنبه"); the first two may
   * be such words ("مجید روستایی"), as Persian family names often are.
   */
  private boolean everydayAfter(SentenceTokens s, int j, int k) {
    String f = s.folded(k);
    return lang == Language.PERSIAN && k - j >= 2 && lex.isCommonWord(lang, f) && !s.person()[k]
        && !lex.isNameWord(lang, f) && !lex.isParticle(lang, f);
  }

  /**
   * True when the name finder's mention ended right before token {@code k}, a frequent word of news that no name
   * list knows: "جون كيري بحثت"، "الرئيس بوتين تحيات"، "راستاد اضافه کرد" end at the finder's end, while a rare
   * surname the finder left out stays ("محمد سامر الأتاسي").
   */
  private boolean pastFinder(SentenceTokens s, int j, int k) {
    String f = s.folded(k);
    return k > j && s.person()[k - 1] && !s.person()[k] && frequentWord.test(s.tokens().get(k).text())
        && !lex.isNameWord(lang, f) && !lex.isParticle(lang, f) && !lex.isParticle(lang, s.folded(k - 1));
  }

  /**
   * True when no word of {@code [j, k)} is an everyday word of the NER data: a foreign name in Persian letters right
   * before its title ("فراتینی وزیر خارجه ایتالیا"). The name finder's vocabulary is no test: it holds every name
   * the news mention three times.
   */
  private boolean rare(SentenceTokens s, int j, int k) {
    for (int i = j; i < k; i++) {
      if (lex.isCommonWord(lang, s.folded(i))) {
        return false;
      }
    }
    return k > j;
  }

  /** A nisba or family name with the article closing a name ("زيد فهد الخريشا") before a boundary. */
  private boolean lastArabicPart(SentenceTokens s, int k) {
    String f = s.folded(k);
    if (lang != Language.ARABIC || !s.tokens().get(k).text().startsWith("ال") || f.length() < 4 || !s.isWord(k)
        || lex.countries(lang).longestAt(s.folded(), k) > 0 || lex.institutions(lang).longestAt(s.folded(), k) > 0
        || lex.titles(lang).longestAt(s.folded(), k) > 0 || lex.isStopWord(lang, f)) {
      return false;
    }
    return k + 1 >= s.size() || !s.isWord(k + 1) || lex.isStopWord(lang, s.folded(k + 1))
        || s.tokens().get(k + 1).text().equals(ALA)
        || !s.person()[k + 1] && !lex.isNameWord(lang, s.folded(k + 1)) && verbOrPrepositional(s.folded(k + 1), false)
        || lex.titles(lang).longestAt(s.folded(), k + 1) > 0 || gluedTitleOrHonorific(s, k + 1);
  }

  /** An honorific, or a one-word title right before a name ("الأمين العام ... السفير حسين"). */
  private int honorificOrBareTitle(SentenceTokens s, int j) {
    int h = lex.honorifics(lang).longestAt(s.folded(), j);
    if (h > 0) {
      return h;
    }
    String f = s.folded(j);
    if (lang == Language.ARABIC && f.length() > 3 && f.charAt(0) == '\u0648'
        && lex.honorifics(lang).longestAt(s.folded(), j, f.substring(1)) > 0) {
      return lex.honorifics(lang).longestAt(s.folded(), j, f.substring(1));
    }
    int t = lex.titles(lang).longestAt(s.folded(), j);
    return t == 1 && j + 1 < s.size() && s.isWord(j + 1) && nameLike(s, j + 1, true)
        && (s.person()[j + 1] || lex.isNameWord(lang, s.folded(j + 1))) ? 1 : 0;
  }

  private boolean gluedTitleOrHonorific(SentenceTokens s, int j) {
    if (s.folded(j).length() < 3 || "وبل".indexOf(s.folded(j).charAt(0)) < 0) {
      return false;
    }
    String bare = s.folded(j).substring(1);
    // "ولمدير"، "وبسفير": و and a preposition glued before the title
    String twice = bare.length() > 3 && lang == Language.ARABIC && s.folded(j).charAt(0) == '\u0648'
        && "بل".indexOf(bare.charAt(0)) >= 0 ? bare.substring(1) : bare;
    return lex.titles(lang).longestAt(s.folded(), j, bare) > 0 || lex.honorifics(lang).longestAt(s.folded(), j, bare) > 0
        || lex.titles(lang).longestAt(s.folded(), j, twice) > 0;
  }

  /** The name ending just before {@code end} (one comma between allowed), or null. */
  Found before(SentenceTokens s, int end, Set<String> knownWords) {
    int k = end;
    boolean comma = k > 0 && isComma(s, k - 1);
    if (comma) {
      k--;
    }
    if (k > 0 && CLOSING_QUOTES.indexOf(s.tokens().get(k - 1).text().charAt(0)) >= 0) {
      int open = k - 2;
      while (open >= 0 && k - open <= MAX_NAME_TOKENS + 3 && s.isWord(open)) {
        open--;
      }
      Found marked = open >= 0 ? quoted(s, open, k - 1, comma) : null;
      // "شیمون پرز " رئیس ...": a stray mark between a Persian name and its title is no quotation
      if (marked != null || lang != Language.PERSIAN || open >= 0 && !s.isWord(open)) {
        return marked;
      }
      k--;
    }
    int j = k;
    for (int words = 0; j > 0 && words < MAX_NAME_TOKENS && nameLike(s, j - 1, false); j--) {
      words += lex.isParticle(lang, s.folded(j - 1)) ? 0 : 1;
    }
    // "با استرداد آلبرتو فوجیموری رئیس جمهور": a Persian word of everyday text leads into the name, not part of it
    while (j < k && (!nameLike(s, j, true) && !(j > 0 && lex.isParticle(lang, s.folded(j - 1)))
        || k - j > 1 && lang == Language.PERSIAN && lex.isCommonWord(lang, s.folded(j)) && !s.person()[j]
            && !lex.isNameWord(lang, s.folded(j)) && !lex.isCompoundSecond(s.folded(j + 1))
        || k - j > 2 && lang == Language.ARABIC && appointing(s, j))) {
      j++;
    }
    if (j > 0 && j < k && lex.isParticle(lang, s.folded(j - 1))) {
      j--;
    }
    if (lang == Language.PERSIAN && k - j > 1 && PersianMentionEdges.datelinePlace(s.folded(), j)) {
      j++;
    }
    // the walk stopped inside an honorific of two words ("سر دار | حسین رحیمی"): its second word is no name
    for (int h; lang == Language.PERSIAN && j > 0 && j < k && (h = lex.honorifics(lang).longestAt(s.folded(), j - 1)) > 1; ) {
      j = j - 1 + h;
    }
    // a lineage opens with the person's own name ("تركي بن سعود"), whatever else that word means
    if (j > 0 && j < k && lex.isParticle(lang, s.folded(j)) && s.isWord(j - 1) && !lex.isStopWord(lang, s.folded(j - 1))
        && lex.titles(lang).longestAt(s.folded(), j - 1) == 0 && lex.honorifics(lang).longestAt(s.folded(), j - 1) == 0
        && !gluedTitleOrHonorific(s, j - 1)) {
      j--;
    }
    // "الطلب الذي تقدم به عبد الرزاق مقري رئيس ...": a preposition carrying a pronoun ends the verb before the name,
    // and so does a noun carrying one ("لحظة وصولها محمد الشدادي نائب ...")
    for (int i = j; lang == Language.ARABIC && i < k - 1; i++) {
      j = arabicEdges.pronounPreposition(s.folded(i))
          || arabicEdges.possessedNoun(s.folded(i), s.tokens().get(i).text()) ? i + 1 : j;
    }
    boolean evidence = j > 0 && lex.honorifics(lang).longestEndingAt(s.folded(), j) > 0;
    // an apposition "با X Y، معاون وزیر ...": two or more name words between a boundary and the comma
    boolean boundary = j == 0 || !s.isWord(j - 1) || lex.isStopWord(lang, s.folded(j - 1));
    evidence |= comma && boundary && k - j >= 2;
    evidence |= lang == Language.PERSIAN && boundary && rare(s, j, k)
        && !(j > 0 && SOURCE_NOUNS.contains(s.folded(j - 1)));
    return accept(s, j, k, evidence, knownWords, comma);
  }

  /**
   * An everyday word before a name of two words or more, read back from an office
   * ("تكليف سعد بن إبراهيم الحتيرشي مديرًا لإدارة ..."، "تعيين نادر مطير مديرًا"): the appointment's noun.
   */
  private boolean appointing(SentenceTokens s, int j) {
    String f = s.folded(j);
    return lex.isCommonWord(lang, f) && !lex.isNameWord(lang, f) && !lex.isParticle(lang, f);
  }

  /**
   * The name an appointment gives a title to ("X را به عنوان رئیس ... منصوب کرد"، "«آنگلا مرکل» را به عنوان
   * صدراعظم"، "X به عنوان رئیس ... انتخاب شد"): the name before "(را / نیز) به عنوان" right before the title at
   * {@code title}; null otherwise and outside Persian.
   */
  Found appointed(SentenceTokens s, int title, Set<String> knownWords) {
    if (lang != Language.PERSIAN || title < 3) {
      return null;
    }
    // "به‌عنوان" with ZWNJ is one token, folded to "بهعنوان"
    int as = s.folded(title - 1).equals(TO + AS) ? title - 1
        : s.folded(title - 1).equals(AS) && s.folded(title - 2).equals(TO) ? title - 2 : -1;
    if (as < 1) {
      return null;
    }
    // "X به عنوان رئیس کمیسیون انتخاب شد"، "X نیز به عنوان سخنگو تعیین شد": the subject chosen for the office
    int end = s.folded(as - 1).equals(OBJECT) || ALSO.contains(s.folded(as - 1)) ? as - 1 : as;
    return end > 0 ? before(s, end, knownWords) : null;
  }

  /**
   * A name in quotation marks right before or after its title ("«مان موهان سینگ» نخست وزیر هند", "الوزير «فلان»"):
   * the marks are the evidence, so foreign names the word lists do not know are read too. {@code open} and
   * {@code close} are the tokens of the marks; honorifics inside them stay out of the name.
   */
  private static boolean isClosingQuote(SentenceTokens s, int i) {
    return CLOSING_QUOTES.indexOf(s.tokens().get(i).text().charAt(0)) >= 0;
  }

  private Found quoted(SentenceTokens s, int open, int close, boolean comma) {
    if (close >= s.size() || OPENING_QUOTES.indexOf(s.tokens().get(open).text().charAt(0)) < 0
        || CLOSING_QUOTES.indexOf(s.tokens().get(close).text().charAt(0)) < 0) {
      return null;
    }
    // "خبرگزاری «اسپوتنیک»"، "روزنامه «کیهان»": the marks name the agency or paper the noun opens
    // ... but not after a rank ending in one of those nouns ("سرتیپ ستاد «مسعود جزایری»")
    if (lang == Language.PERSIAN && open > 0 && lex.isNameHead(lang, s.folded(open - 1))
        && lex.honorifics(lang).longestEndingAt(s.folded(), open) == 0) {
      return null;
    }
    int j = open + 1;
    for (int h; j < close && (h = lex.honorifics(lang).longestAt(s.folded(), j)) > 0; ) {
      j += h;
    }
    if (j >= close || close - j > MAX_NAME_TOKENS) {
      return null;
    }
    for (int i = j; i < close; i++) {
      // inside the marks a country after the first word is a surname ("«دیوید کامرون»")
      if (!nameLike(s, i, i == j) && !(i > j && s.isWord(i) && lex.countries(lang).longestAt(s.folded(), i) > 0)) {
        return null;
      }
    }
    return new Found(j, close, comma);
  }

  private Found accept(SentenceTokens s, int j, int k, boolean evidence, Set<String> knownWords, boolean comma) {
    if (k <= j) {
      return null;
    }
    for (int i = j; i < k && !evidence; i++) {
      String f = s.folded(i);
      evidence = s.person()[i] || lex.isNameWord(lang, f) || knownWords.contains(f)
          || (i == j && lang == Language.ARABIC && f.length() > 3 && f.charAt(0) == '\u0648'
              && lex.isNameWord(lang, f.substring(1)));
    }
    return evidence ? new Found(j, k, comma) : null;
  }

  /** True for an Arabic noun with a pronoun behind a glued ل or ب after a name's first word ("شي جينبينغ لشكره"). */
  private boolean gluedObjectAfter(SentenceTokens s, int j, int k) {
    return lang == Language.ARABIC && k > j && arabicEdges.gluedNounWithPronoun(s.folded(k), s.tokens().get(k).text());
  }

  /**
   * True for an indefinite nationality word right after an honorific ("الدكتور تركي العنزي"): an adjective there would
   * carry the article, so it is a given name.
   */
  private boolean givenAfterHonorific(SentenceTokens s, int i) {
    // a royal rank may open the superior an adviser serves ("ومستشار الأمير تركي السديري، سليمان الغنيمي")
    return lang == Language.ARABIC && i > 0 && i + 1 < s.size() && !s.hasArticle(i) && s.isWord(i + 1)
        && !ROYAL_RANKS.contains(s.folded(i - 1))
        && lex.honorifics(lang).longestEndingAt(s.folded(), i) > 0 && lex.countries(lang).longestAt(s.folded(), i) == 1;
  }

  /**
   * True for a Persian حاج right after a given name and before another word ("محمد حاج ابوالقاسم"): it opens the
   * family name; before the given name ("سردار حاج قاسم") it stays an honorific.
   */
  private boolean familyHaj(SentenceTokens s, int i) {
    return lang == Language.PERSIAN && i > 0 && i + 1 < s.size() && s.isWord(i + 1) && s.folded(i).equals(HAJ)
        && (lex.isNameWord(lang, s.folded(i - 1)) || s.person()[i - 1])
        && lex.honorifics(lang).longestAt(s.folded(), i - 1) == 0 && lex.titles(lang).longestAt(s.folded(), i - 1) == 0;
  }

  private boolean nameLike(SentenceTokens s, int i, boolean first) {
    if (!s.isWord(i)) {
      return false;
    }
    String f = s.folded(i);
    if (f.length() < 2 && !f.equals("ال")) {
      return false;
    }
    // "عبد الملك"، "عبد الرحمن": the word after a detached عبد is the compound's second half, even a title's word
    if (!first && i > 0 && lang == Language.ARABIC && s.folded(i - 1).equals(ABD) && s.hasArticle(i)) {
      return true;
    }
    // "نائب وزير الصحة يتفقد ..."، "خادم الحرمين الشريفين يأمر ...": a frequent imperfect verb opens no name
    if (first && lang == Language.ARABIC && !s.person()[i] && !lex.isNameWord(lang, f) && imperfectVerb(f)
        && frequentWord.test(s.tokens().get(i).text())) {
      return false;
    }
    if (!first && familyHaj(s, i)) {
      return true;
    }
    // "موسوی مبغوض‌ترین حلال": a superlative adjective is never part of a name
    if (lang == Language.PERSIAN && f.length() > 5 && f.endsWith(SUPERLATIVE) && !s.person()[i]) {
      return false;
    }
    // "على" folds to the name "علي"; as written with alef maksura it is the preposition
    if (lex.isStopWord(lang, f) || s.tokens().get(i).text().equals(ALA) || accusative(s.tokens().get(i).text(), lang)
        || lex.titles(lang).longestAt(s.folded(), i) > 0
        || (lang == Language.ARABIC && f.startsWith("و") && f.length() > 3 && gluedTitleOrHonorific(s, i))
        || lex.honorifics(lang).longestAt(s.folded(), i) > 0
        // a country's name inside a name the finder marked is the person's ("رفائيل كوريا دلجادو")
        || lex.countries(lang).longestAt(s.folded(), i) > 0 && (first || !s.person()[i])
            && !OfficialsExtractor.beforePatronymic(s.folded(), i, lang) && !givenAfterHonorific(s, i)) {
      return false;
    }
    if (lex.institutions(lang).longestAt(s.folded(), i) > 0 && !s.person()[i] && !lex.isNameWord(lang, f)) {
      return false;
    }
    if (lang == Language.ARABIC && s.tokens().get(i).text().startsWith("وال")) {
      return false;
    }
    // "تیم اهدای عضو": a Persian word ending in the ezafe yeh after alef, after a common noun, is annexed to the next
    // word, never a name ("سورنا ستای" after a rare given name is one)
    if (lang == Language.PERSIAN && f.length() > 3 && f.endsWith("\u0627\u064A") && !s.person()[i]
        && !lex.isNameWord(lang, f) && i > 0 && lex.isCommonWord(lang, s.folded(i - 1))
        && !lex.isNameWord(lang, s.folded(i - 1))) {
      return false;
    }
    if (lang == Language.ARABIC && !lex.isNameWord(lang, f) && (!s.person()[i] || f.startsWith("لل"))
        && verbOrPrepositional(f, first)
        && !(i > 0 && lex.isParticle(lang, s.folded(i - 1)))) {
      return false;
    }
    if (!first && f.equals(ALLAH)) {
      return true;
    }
    // "أكبر" is an everyday word but the second half of "علي أكبر"
    if (!first && lex.compoundGivenNameAt(s.folded(), i - 1)) {
      return true;
    }
    // "وزير الدفاع الأميركي حرص واشنطن": a word of everyday text ends the name (a nisba with the article stays)
    if (!first && lang == Language.ARABIC && !s.person()[i] && !lex.isNameWord(lang, f) && !lex.isParticle(lang, f)
        && !s.hasArticle(i) && (lex.isCommonWord(lang, f)
            || f.length() > 4 && f.charAt(0) == '\u0648' && lex.isCommonWord(lang, f.substring(1)))) {
      return false;
    }
    // "الله‌وردی خادمی": a Persian given name compounded with الله has no article
    boolean godName = lang == Language.PERSIAN && f.length() > ALLAH.length() + 1 && f.startsWith(ALLAH);
    // Persian glues neither و nor ل to the article: "والداس آدامکوس"، "والتر" are names, not "و + ال..."
    boolean article = lang == Language.PERSIAN ? s.tokens().get(i).text().startsWith("ال") : s.hasArticle(i);
    if (article && !s.person()[i] && !godName) {
      boolean afterParticle = i > 0 && lex.isParticle(lang, s.folded(i - 1));
      return !first && (afterParticle || f.endsWith("ي") || lex.isNameWord(lang, f));
    }
    return true;
  }

  /**
   * A word no name part is, unless the finder or the name words say so: after a name's first word an imperfect
   * verb ("يجتمع", "سيصل": the sentence goes on); anywhere a preposition glued to the article ("بالإنابة").
   * A bare ب or ل proves nothing: foreign names start with them ("برنابا بنجامين", "سيرجي لافروف").
   */
  private static boolean verbOrPrepositional(String f, boolean first) {
    return f.length() >= 5 && (f.startsWith("بال") || f.startsWith("لل"))
        || !first && f.length() >= 4 && (f.startsWith("ي") || f.startsWith("سي"));
  }

  /** An Arabic imperfect verb's shape: the third person's ي, or the future's سي, before at least three letters. */
  private static boolean imperfectVerb(String f) {
    return f.length() >= 4 && f.startsWith("ي") || f.length() >= 5 && f.startsWith("سي");
  }

  /**
   * An Arabic word written with tanween fatha ("اتصالاً"، "هاتفيًا"، "مؤخراً"): an indefinite accusative noun or
   * adverb, which a proper name never is.
   */
  static boolean accusative(String word, Language lang) {
    return lang == Language.ARABIC && word.indexOf('\u064B') >= 0;
  }

  private static boolean isComma(SentenceTokens s, int i) {
    String t = s.tokens().get(i).text();
    return t.equals("،") || t.equals(",");
  }

  private static Set<String> folded(String... words) {
    return Arrays.stream(words).map(MatchFold::fold).collect(Collectors.toUnmodifiableSet());
  }
}
