package org.diplomatic.analyzer.extract.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.diplomatic.analyzer.extract.officials.MatchFold;
import org.diplomatic.analyzer.extract.officials.NameTokenizer;
import org.diplomatic.analyzer.extract.officials.Official;
import org.diplomatic.analyzer.extract.officials.OfficialsLexicon;
import org.diplomatic.analyzer.extract.officials.People;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.Span;
import org.diplomatic.analyzer.text.Token;

/**
 * Finds direct quotes: text in «» or "" (over sentences and paragraphs) introduced or followed by a speech verb or a
 * colon, and the rest of the sentence after "speech verb:" without marks; needs sentences and the document's
 * officials (and, given {@link People}, the other people named), resolves each speaker to one of their names; a
 * bare verb or pronoun continues the last speaker named at a speech verb ({@link NamedSpeakers}). Thread-safe.
 */
public final class QuoteExtractor {
  private static final int CUE_TOKENS = 8;
  /** Words an Arabic speech verb's subject may take before the colon of its quote. */
  private static final int ARABIC_SUBJECT_TOKENS = 20;
  private static final int LONG_QUOTE_WORDS = 6;
  /** Marked spans shorter than this many tokens may be names ("رويترز", "بي في إم أويل"). */
  private static final int SHORT_NAME_WORDS = 5;
  /** At most this many words in marks may be a person's name rather than a quote. */
  private static final int NAME_IN_MARKS_WORDS = 3;
  /** Characters looked at around a mark for cue words: the last or first few words, not the whole line. */
  private static final int CUE_WINDOW = 300;
  /** Words in marks far from their speech verb that make a partial quote rather than a name. */
  private static final int PARTIAL_QUOTE_WORDS = 3;
  /** Returned for an opening mark whose closing mark was lost (the next quote opens first). */
  private static final int LOST = -2;

  private final SpeechCues cues;
  private final SpeakerResolver speakers;
  private final WrittenSources sources = WrittenSources.load();
  private final ClauseSubjects subjects = ClauseSubjects.load();
  private final NameTokenizer tokenizer = new NameTokenizer();

  public QuoteExtractor(OfficialsLexicon lex) {
    this.cues = SpeechCues.load();
    this.speakers = new SpeakerResolver(lex, cues);
  }

  /** The quotes of one document in text order, speakers among its officials and the other people named in it. */
  public List<Quote> extract(String text, List<Sentence> sentences, Language lang, People people) {
    return extract(text, sentences, lang, PersonSpeakers.of(people), people.officials().size());
  }

  /** The quotes of one document in text order, speakers among the given officials. */
  public List<Quote> extract(String text, List<Sentence> sentences, Language lang, List<Official> officials) {
    return extract(text, sentences, lang, officials, officials.size());
  }

  private List<Quote> extract(String text, List<Sentence> sentences, Language lang, List<Official> officials,
      int titled) {
    List<Span> marks = new ArrayList<>();
    List<Span> quotes = new ArrayList<>();
    for (Span q : markedSpans(text, word -> cues.isSpeechVerb(lang, word))) {
      if (attributed(text, q, sentences, lang) && !namesSomeone(text, q, officials)) {
        marks.add(new Span(q.start() - 1, q.end() + 1));
        // a pair whose closing mark was lost ends with its line, before the line's final stop
        quotes.add(q.end() >= text.length() || text.charAt(q.end()) == '\n' ? trimStop(text, trim(text, q))
            : trim(text, q));
      }
    }
    for (Span q : afterColon(text, sentences, lang, marks)) {
      marks.add(q);
      quotes.add(q);
    }
    List<Quote> out = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Integer.compare(quotes.get(a).start(), quotes.get(b).start()));
    List<Span> sortedMarks = order.stream().map(marks::get).toList();
    MentionIndex mentions = new MentionIndex(officials, sortedMarks, titled);
    NamedSpeakers named =
        new NamedSpeakers(text, sentences, lang, sortedMarks, mentions, speakers, cues, sources, subjects);
    List<Official> candidates = new ArrayList<>(officials);
    candidates.addAll(named.writtenNames());
    SpeakerNames names = new SpeakerNames(candidates, named.positions(), named.speakers());
    String previous = null;
    int previousEnd = 0;
    for (int i : order) {
      Span q = quotes.get(i);
      Span mark = marks.get(i);
      Sentence s = sentenceAt(sentences, mark.start());
      int from = Math.max(s == null ? 0 : s.start(), previousEnd);
      Span before = new Span(Math.min(from, mark.start()), mark.start());
      Official who = lang == Language.ARABIC ? arabicSpeaker(text, before, mentions, named, lang)
          : speakers.named(text, before, mentions, lang);
      String source = who == null ? sources.in(text, before, lang, cues) : null;
      who = source != null ? new Official(source, null, null, null, List.of()) : who;
      who = who == null && lang == Language.PERSIAN ? subjects.in(text, before, cues) : who;
      boolean cueBefore = speakers.hasCue(text, before, lang) || before.in(text).contains(":");
      // "وأضاف “...”" right after another speaker's quote: that quote's speaker goes on
      boolean goesOn = who == null && cueBefore && lang == Language.ARABIC && previous != null
          && previousEnd > named.lastPositionBefore(mark.start()) && !speakers.namesATitle(text, before, lang);
      if (who == null && cueBefore && !goesOn) {
        who = named.lastBefore(mark.start());
        who = who != null ? who : mentions.lastBefore(mark.start());
      } else if (who == null && !goesOn) {
        Span after = new Span(mark.end(), clauseEnd(text, mark.end()));
        who = speakers.hasCue(text, after, lang) ? speakers.named(text, after, mentions, lang) : null;
      }
      String speaker = who != null ? names.of(who, mark.start()) : previous;
      out.add(new Quote(speaker, q.in(text), q.start(), q.end()));
      previous = speaker;
      previousEnd = mark.end();
    }
    return out;
  }

  /**
   * The speaker of an Arabic quote: the subject after a speech verb of its own clause ("وقال وزير الخارجية عادل
   * الجبير ..."), else a name before its first speech verb ("الجبير قال"), else, when the clause has a speech verb
   * but names nobody ("وأشار أيضا للوضع في اليمن، قائلا:"), null so that the last speaker goes on; without a speech
   * verb, the first official named in the window.
   */
  private Official arabicSpeaker(String text, Span before, MentionIndex mentions, NamedSpeakers named,
      Language lang) {
    Official atVerb = named.firstIn(before);
    if (atVerb != null) {
      return atVerb;
    }
    int verb = -1;
    for (Token t : tokenizer.tokenize(text, before.start(), before.end())) {
      if (cues.isSpeechVerb(lang, t.text())) {
        verb = t.start();
        break;
      }
    }
    return verb < 0 ? speakers.named(text, before, mentions, lang)
        : speakers.named(text, new Span(before.start(), verb), mentions, lang);
  }

  /**
   * Contents of «...», "..." and “...” pairs (marks excluded). Published text sets the curly marks either way round
   * (” ... “), so “ and ” pair as one kind, as " does; a straight or curly mark glued to the word before it and
   * followed by a blank or stop closes, so a stray one opens nothing, and one with a blank before it and a word after
   * it inside an open pair opens a nested pair ("... معرض "اكسبو 2020"، ونلاحظ ..."). A « left open when a line
   * ends before the next « (not at a line start) ends with its line: the closing mark was lost.
   */
  static List<Span> markedSpans(String text) {
    return markedSpans(text, word -> false);
  }

  /** As {@link #markedSpans(String)}; an unclosed last mark counts after a colon or a word {@code speechVerb} accepts. */
  static List<Span> markedSpans(String text, Predicate<String> speechVerb) {
    List<Span> spans = new ArrayList<>();
    // once a closing mark is missing after some point it is missing after every later one: no rescans
    Map<Character, Integer> noCloseAfter = new HashMap<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      char kind = c == '«' ? '»' : c == '"' ? '"' : c == '“' || c == '”' ? '”' : 0;
      if (kind == 0 || kind != '»' && closes(text, i) && !opens(text, i)
          || i >= noCloseAfter.getOrDefault(kind, Integer.MAX_VALUE)) {
        i++;
        continue;
      }
      int end = kind == '»' ? guillemetEnd(text, i) : closingMark(text, i, kind);
      if (end == LOST) {
        i++;
        continue;
      }
      if (end < 0) {
        noCloseAfter.put(kind, Math.min(i, noCloseAfter.getOrDefault(kind, Integer.MAX_VALUE)));
        end = unclosedEnd(text, i, speechVerb);
      }
      if (end > i + 1) {
        spans.add(new Span(i + 1, end));
        i = end >= text.length() || text.charAt(end) == '\n' ? end : end + 1;
      } else {
        i++;
      }
    }
    return spans;
  }

  /**
   * The end of the line of an opening mark that nothing after it closes, when no other mark opens on that line
   * (a paper's last quote whose closing mark was lost: "وأضاف "حتى في الذباب ... والشلل الرعاش.") and a colon or a
   * speech verb stands right before it (not a name whose mark was lost: لمعرض "الفهد روح القيادة، ...); else -1.
   */
  private static int unclosedEnd(String text, int open, Predicate<String> speechVerb) {
    int line = text.indexOf('\n', open + 1);
    line = line < 0 ? text.length() : line;
    int k = open;
    while (k > 0 && isBlank(text.charAt(k - 1))) {
      k--;
    }
    int word = k;
    while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
      word--;
    }
    boolean cued = k > 0 && text.charAt(k - 1) == ':' || word < k && speechVerb.test(text.substring(word, k));
    if (!cued || !opens(text, open)) {
      return -1;
    }
    for (int j = open + 1; j < line; j++) {
      if ("«\"“”".indexOf(text.charAt(j)) >= 0) {
        return -1;
      }
    }
    return line;
  }

  /** The » closing the « at {@code open}, or the end of its line when a later « opens first inside a line. */
  private static int guillemetEnd(String text, int open) {
    int end = text.indexOf('»', open + 1);
    int line = text.indexOf('\n', open + 1);
    int next = text.indexOf('«', open + 1);
    if (end > 0 && line > 0 && line < end && next > line && next < end && !atLineStart(text, next)) {
      return line;
    }
    return end;
  }

  /**
   * The mark of {@code kind} closing the pair opened at {@code open}; a short pair opened inside it is a name and
   * skipped (... معرض "اكسبو 2020"، ونلاحظ ...), a long one the next quote, so this one lost its closing mark: it
   * ends with its line when the next quote opens on a later line, else it is {@link #LOST}. -1 when no mark closes it.
   */
  private static int closingMark(String text, int open, char kind) {
    int j = nextMark(text, open + 1, kind);
    while (j >= 0 && opens(text, j) && !closes(text, j)) {
      int inner = nextMark(text, j + 1, kind);
      if (inner < 0 || !nameLength(text, j + 1, inner)) {
        int line = text.indexOf('\n', open + 1);
        return inner < 0 ? -1 : line >= 0 && line < j ? line : LOST;
      }
      j = nextMark(text, inner + 1, kind);
    }
    return j;
  }

  private static int nextMark(String text, int from, char kind) {
    for (int j = from; j < text.length(); j++) {
      char c = text.charAt(j);
      if (kind == '"' ? c == '"' : c == '“' || c == '”') {
        return j;
      }
    }
    return -1;
  }

  /** A few words on one line with no stop: a name or term set in marks inside a quote. */
  private static boolean nameLength(String text, int from, int to) {
    String inner = text.substring(from, to);
    return inner.chars().noneMatch(c -> c == '\n' || isStop((char) c)) && inner.trim().split("\\s+").length <= 4;
  }

  /** A mark with a blank (or nothing, or an opening bracket or colon) before it and a letter or digit after it. */
  private static boolean opens(String text, int at) {
    char before = at == 0 ? ' ' : text.charAt(at - 1);
    return at + 1 < text.length() && Character.isLetterOrDigit(text.charAt(at + 1))
        && (isBlank(before) || "(:،,".indexOf(before) >= 0);
  }

  /** A mark glued to a letter, digit or stop before it, with a blank, stop or the text end after it. */
  private static boolean closes(String text, int at) {
    if (at == 0 || isBlank(text.charAt(at - 1)) || "(«:".indexOf(text.charAt(at - 1)) >= 0) {
      return false;
    }
    return at + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(at + 1));
  }

  private static boolean atLineStart(String text, int at) {
    int k = at - 1;
    while (k >= 0 && text.charAt(k) != '\n' && isBlank(text.charAt(k))) {
      k--;
    }
    return k < 0 || text.charAt(k) == '\n';
  }

  private boolean attributed(String text, Span q, List<Sentence> sentences, Language lang) {
    int open = q.start() - 1;
    int k = open - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    Sentence s = sentenceAt(sentences, open);
    int from = s == null ? Math.max(0, open - 80) : Math.max(Math.min(s.start(), open), open - CUE_WINDOW);
    List<Token> before = tokenizer.tokenize(text, from, open);
    // a few words in marks after a medium, body or programme noun, or right before a colon, name something
    // (وكالة «رويترز»، لمجموعة "صافولا"، لمحطة التلفزيون «كي تي إن»: ...); a name the sentence runs on after is no
    // quote either, even after a colon ("بصحيفة الوئام: «الزياني» يؤكد")
    // words only: the dots of a slogan ("الفهد .. روح القيادة") make it no longer
    boolean shortSpan = tokenizer.tokenize(text, q.start(), q.end()).stream()
        .filter(t -> Character.isLetterOrDigit(t.text().charAt(0))).count() < SHORT_NAME_WORDS;
    if (shortSpan && (!before.isEmpty() && cues.isNameNoun(lang, before.get(before.size() - 1).text())
        || nextIsColon(text, q.end() + 1))) {
      return false;
    }
    if (k >= 0 && text.charAt(k) == ':') {
      return !shortSpan || endsClause(text, q.end() + 1);
    }
    // one or two Arabic words in marks right after إن / أن with the clause going on are its subject ("أوضح الجميح أن
    // «إطعام» تسعى ..."), not the verb's words
    if (lang == Language.ARABIC && words(text, q) <= 2 && !before.isEmpty()
        && ArabicClauseOpeners.opens(before.get(before.size() - 1).text()) && !endsClause(text, q.end() + 1)) {
      return false;
    }
    // a few Arabic words in marks before the verb's reported words have begun are its subject, or describe or
    // name something ("وأكدت «ماما سارة» أنها"، "وقال كيري بعد حوار «صريح» مع"، "أعلن مسؤول في حديث لـ«الشرق الأوسط»")
    boolean reportedFirst = shortSpan && lang == Language.ARABIC;
    if (reportedFirst && ArabicClauseOpeners.opens(firstWordAfter(text, q.end() + 1))) {
      return false;
    }
    for (int i = Math.max(0, before.size() - CUE_TOKENS); i < before.size(); i++) {
      if (cues.isSpeechVerb(lang, before.get(i).text())
          && (!reportedFirst || i == before.size() - 1
              || ArabicClauseOpeners.anyIn(before.subList(i, before.size())))) {
        return true;
      }
    }
    // three or more Arabic words in marks inside the reported words of a speech verb, however far the verb, are a
    // partial quote ("وصرح ... بأن اجتماعه ... لصد تحركات إيران “غير المشروعة في المنطقة”"); one or two are as often
    // a place or company named there («كريتر»، «أدنوك للتوزيع»)
    if (lang == Language.ARABIC && words(text, q) >= PARTIAL_QUOTE_WORDS && !namesABody(text, q, lang)
        && insideReportedWords(before, lang)) {
      return true;
    }
    // words in marks right after إن / أن that end their clause, with a speech verb earlier in the sentence ("وقال
    // كيري بعد حوار مع نظيره، إن «...»."), are the verb's reported words however far the verb is
    if (lang == Language.ARABIC && !before.isEmpty() && ArabicClauseOpeners.opens(before.get(before.size() - 1).text())
        && endsClause(text, q.end() + 1) && before.stream().anyMatch(t -> cues.isSpeechVerb(lang, t.text()))) {
      return true;
    }
    // a speech verb right after a short span makes it the verb's subject ("إيقاد" قال), not its words
    List<Token> after = shortSpan ? List.of()
        : tokenizer.tokenize(text, q.end() + 1, lineEnd(text, q.end() + 1, CUE_WINDOW));
    for (int i = 0; i < Math.min(after.size(), CUE_TOKENS / 2); i++) {
      if (cues.isSpeechVerb(lang, after.get(i).text())) {
        return true;
      }
    }
    // without a cue, only a long span that ends its clause is speech; one the sentence runs on after is a name
    // («مركز الملك سلمان للإغاثة والأعمال الإنسانية» ظل ...)
    return tokenizer.tokenize(text, q.start(), q.end()).size() >= LONG_QUOTE_WORDS && text.substring(q.start(),
        q.end()).chars().anyMatch(ch -> ch == ' ') && endsClause(text, q.end() + 1);
  }

  private long words(String text, Span q) {
    return tokenizer.tokenize(text, q.start(), q.end()).stream()
        .filter(t -> Character.isLetterOrDigit(t.text().charAt(0))).count();
  }

  /** True when the first word in marks is a body or programme noun («مركز الملك سلمان للإغاثة ...»). */
  private boolean namesABody(String text, Span q, Language lang) {
    List<Token> words = tokenizer.tokenize(text, q.start(), q.end());
    return !words.isEmpty() && cues.isNameNoun(lang, words.get(0).text());
  }

  /** True when a speech verb among {@code before} is followed by the إن / أن that opens its reported words. */
  private boolean insideReportedWords(List<Token> before, Language lang) {
    for (int i = before.size() - 1; i >= 0; i--) {
      if (cues.isSpeechVerb(lang, before.get(i).text())) {
        return ArabicClauseOpeners.anyIn(before.subList(i + 1, before.size()));
      }
    }
    return false;
  }

  /**
   * True for a few words in marks that are all words of one person's name ("وقال "كارتر" للصحفيين"، "وأشار "الباز"
   * إلى"): a name set in quotation marks, not a quote.
   */
  private boolean namesSomeone(String text, Span q, List<Official> people) {
    List<String> words = tokenizer.tokenize(text, q.start(), q.end()).stream()
        .map(t -> MatchFold.fold(t.text())).toList();
    if (words.isEmpty() || words.size() > NAME_IN_MARKS_WORDS) {
      return false;
    }
    for (Official o : people) {
      List<String> name = tokenizer.tokenize(o.name(), 0, o.name().length()).stream()
          .map(t -> MatchFold.fold(t.text())).toList();
      if (name.containsAll(words)) {
        return true;
      }
    }
    return false;
  }

  /** The word after blanks at {@code from} on the same line, or "". */
  private String firstWordAfter(String text, int from) {
    List<Token> next = tokenizer.tokenize(text, from, lineEnd(text, from, CUE_WINDOW));
    return next.isEmpty() ? "" : next.get(0).text();
  }

  /** True when the first character after blanks at {@code from} is a colon. */
  private static boolean nextIsColon(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && isBlank(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) == ':';
  }

  /** True when nothing but blanks stands between {@code from} and a stop, comma, colon or line end. */
  private static boolean endsClause(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && isBlank(text.charAt(i))) {
      i++;
    }
    return i >= text.length() || text.charAt(i) == '\n' || isStop(text.charAt(i)) || "،,:".indexOf(text.charAt(i)) >= 0;
  }

  /**
   * "قال: ..." / "گفت: ..." without marks: the rest of the sentence without its final stop, carried over sentences
   * that end in a semicolon on the same line.
   */
  private List<Span> afterColon(String text, List<Sentence> sentences, Language lang, List<Span> marked) {
    List<Span> found = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      List<Token> tokens = tokenizer.tokenize(text, s);
      for (int i = 1; i + 1 < tokens.size(); i++) {
        Token colon = tokens.get(i);
        if (!colon.text().equals(":") || !introducesSpeech(tokens, i, lang)) {
          continue;
        }
        char next = tokens.get(i + 1).text().charAt(0);
        if (next == '«' || next == '"' || next == '“') {
          continue;
        }
        int last = k;
        while (last + 1 < sentences.size() && endsWithSemicolon(text, sentences.get(last))
            && text.substring(sentences.get(last).end(), sentences.get(last + 1).start()).indexOf('\n') < 0) {
          last++;
        }
        Span q = trimStop(text, trim(text, new Span(colon.end(), sentences.get(last).end())));
        if (q.length() > 0 && !overlapsAny(marked, q)) {
          found.add(q);
        }
      }
    }
    return found;
  }

  /**
   * A speech verb right before the colon, or one before a light verb ("متذکر شد:"), or in Arabic one whose subject
   * stands between it and the colon ("قال بنجامين: إنه ..."، "أعلنت مصادر إيرانية مطلعة أمس السبت: إن ...").
   */
  private boolean introducesSpeech(List<Token> tokens, int colon, Language lang) {
    if (cues.isSpeechVerb(lang, tokens.get(colon - 1).text())) {
      return true;
    }
    for (int k = colon - 1; lang == Language.ARABIC && k >= 0 && colon - k <= ARABIC_SUBJECT_TOKENS; k--) {
      String t = tokens.get(k).text();
      // a word in marks or a remark in brackets before the colon belongs to the subject ("وقال حبيب الصادق
      // "مواطن": ان ..."، "وقال النجيفي في بيان (تسلمت «عكاظ» نسخة منه): إن ...")
      int opening = k == colon - 1 ? enclosedFrom(tokens, k) : -1;
      if (opening >= 0) {
        k = opening;
        continue;
      }
      if (t.equals(":") || t.equals("«") || t.equals("»") || t.equals("\"")) {
        break;
      }
      if (cues.isSpeechVerb(lang, t)) {
        return true;
      }
    }
    return colon >= 2 && cues.isLightVerb(lang, tokens.get(colon - 1).text())
        && cues.isSpeechVerb(lang, tokens.get(colon - 2).text());
  }

  /**
   * Where the marked word (at most {@code NAME_IN_MARKS_WORDS} words) or the bracketed remark ending at token
   * {@code close} opens, or -1.
   */
  private static int enclosedFrom(List<Token> tokens, int close) {
    String c = tokens.get(close).text();
    String open = c.equals(")") ? "(" : c.equals("»") ? "«" : c.equals("\"") ? "\"" : c.equals("”") ? "“" : null;
    int limit = c.equals(")") ? ARABIC_SUBJECT_TOKENS / 2 : NAME_IN_MARKS_WORDS + 1;
    for (int k = close - 1; open != null && k >= 0 && close - k <= limit; k--) {
      String t = tokens.get(k).text();
      if (t.equals(":") || t.equals("\n")) {
        return -1;
      }
      if (t.equals(open) && k < close - 1) {
        return k;
      }
    }
    return -1;
  }

  private static boolean endsWithSemicolon(String text, Sentence s) {
    Span t = trim(text, s.span());
    return t.length() > 0 && text.charAt(t.end() - 1) == '؛';
  }

  /** Without a final stop: an unmarked quote ends before the sentence's punctuation. */
  private static Span trimStop(String text, Span q) {
    int end = q.end();
    while (end > q.start() && (isStop(text.charAt(end - 1)) || isBlank(text.charAt(end - 1)))) {
      end--;
    }
    return new Span(q.start(), end);
  }

  /** True when {@code q} overlaps one of the disjoint {@code spans} sorted by start. */
  private static boolean overlapsAny(List<Span> spans, Span q) {
    int lo = 0;
    int hi = spans.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid).end() <= q.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < spans.size() && spans.get(lo).overlaps(q);
  }

  private static Span trim(String text, Span q) {
    int start = q.start();
    int end = q.end();
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  /** White space, or a format character (ZWNJ, a bidi mark) standing where white space would. */
  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT;
  }

  private static boolean isStop(char c) {
    return c == '.' || c == '!' || c == '؟' || c == '?' || c == '؛';
  }

  /** The sentence holding {@code pos} (sentences are in text order), or null. */
  private static Sentence sentenceAt(List<Sentence> sentences, int pos) {
    int lo = 0;
    int hi = sentences.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Sentence s = lo == 0 ? null : sentences.get(lo - 1);
    return s != null && pos < s.end() ? s : null;
  }

  /** End of the clause after a closing mark: the next full stop, line end or opening mark (no speaker inside it). */
  private static int clauseEnd(String text, int from) {
    int to = (int) Math.min(text.length(), (long) from + CUE_WINDOW);
    int i = from;
    while (i < to && text.charAt(i) != '\n' && !isStop(text.charAt(i)) && "«\"“".indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return i;
  }

  /** The line end after {@code from}, looked for no further than {@code limit} characters. */
  private static int lineEnd(String text, int from, int limit) {
    int to = (int) Math.min(text.length(), (long) from + limit);
    int i = from;
    while (i < to && text.charAt(i) != '\n') {
      i++;
    }
    return i;
  }
}
