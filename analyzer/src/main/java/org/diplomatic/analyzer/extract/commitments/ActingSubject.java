package org.diplomatic.analyzer.extract.commitments;

import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.Span;
import org.diplomatic.analyzer.text.TextNormalizer;
import org.diplomatic.analyzer.text.Token;
import org.diplomatic.analyzer.text.WordTokenizer;

/**
 * The party written as the subject of a commitment's own clause, also inside reported or quoted speech ("X گفت:
 * دولت یازدهم باید ..." -> دولت یازدهم, "أن الجهاز يخطط" -> الجهاز): the words between the last "که / أن / إن / :
 * / «" before the commitment cue and the cue (in Arabic, when none stand there, the words after a future verb).
 * Its first noun phrase is the holder when it is an official's mention, a collective (دو کشور، الجانبان، سه كشور),
 * a country or two (ایران، هند و پاكستان), a body ({@link ActingParty}) or a title written beside an official's name
 * elsewhere in the document ("وزير امور خارجه ايران" -> that minister); else null, and the speaker or the
 * reporter holds it.
 */
final class ActingSubject {
  /**
   * What the subject is: an official, a collective or country, a body, a title resolved to an official, or a people
   * (روس‌ها، الإيرانيون), which a speaker names as another side, never as his own.
   */
  enum Type { OFFICIAL, COLLECTIVE, COUNTRY, BODY, TITLE, PEOPLE }

  /** A subject found: the holder as output, what it is, and whether the cue binds (an obligation). */
  record Subject(String holder, Type type, boolean obligation) {}

  private static final TextNormalizer FOLD = TextNormalizer.folding();
  private static final Set<String> KINDS = Set.of("obligation", "intent", "proposal", "agreement", "decision");
  /** Words after which a clause of its own starts, with its own subject; an Arabic relative's comes after its verb. */
  private static final Set<String> BOUNDARIES =
      FOLD.applyAll(":", "که", "أن", "إن", "بأن", "ان", "اینکه", "این‌که", "آنکه",
      "التي", "الذي", "الذين");
  /** A preposition with the pronoun that takes up a relative's antecedent ("التي سيقوم بها أعضاء اللجان"). */
  private static final Set<String> RESUMPTIVE = FOLD.applyAll("بها", "به", "بهم", "لها", "له", "عليها", "عليه");
  /** Words before which a subject's phrase ends: it is an object or an adjunct from there on. */
  private static final Set<String> ENDS =
      FOLD.applyAll("را", "با", "به", "از", "در", "برای", "تا", "نیز", "هم", "بر", "مع",
      "إلى", "الى", "في", "من", "على", "عن", "،", ",", ".", "و", "طی", "پس", "قرار", "هو", "هي");
  /** "Between" and "among": the parties after them are those a cooperation joins, not its agent. */
  private static final Set<String> BETWEEN = FOLD.applyAll("بين", "بین", "میان", "ميان", "لدى");
  private static final Set<String> TITLES =
      FOLD.applyAll("وزیر", "وزير", "الوزير", "رئیس", "رئيس", "رییس", "سفیر", "السفير",
      "سفير", "معاون", "نائب", "سخنگوی", "المتحدث", "استاندار", "أمير", "محافظ");
  private static final Set<String> AFTER_CUE_CONJUNCTIONS = FOLD.applyAll("تا", "که", "كه");
  private static final Set<String> OBJECT_PREPOSITIONS = FOLD.applyAll("به", "از", "در", "با", "برای", "بر");
  private static final Set<String> MUST = FOLD.applyAll("باید", "بایستی");
  /** Times that may open a clause before its subject ("قرار است فردا پارلمان جديد ... تشكيل جلسه دهد"). */
  private static final Set<String> TIME_ADVERBS = FOLD.applyAll("فردا", "امروز", "امشب", "اکنون", "هم‌اکنون", "حالا",
      "اليوم", "غدا");
  /** Words of quantity before a subject's noun (همه کشورهای منطقه، جميع الجهات): the noun heads the party. */
  private static final Set<String> QUANTIFIERS =
      FOLD.applyAll("همه", "همه‌ی", "تمام", "تمامی", "کلیه", "جميع", "كل", "كافة");
  private static final Set<String> COUNTABLE = FOLD.applyAll("کشور", "كشور", "طرف", "دولت");
  private static final Set<String> NUMBERS = FOLD.applyAll("دو", "سه", "چهار", "2", "3", "4", "۲", "۳", "۴");
  private static final int FIRST_WORDS = 6;
  /** Words after an opening Persian cue that may be an adjunct closed by a comma before the subject. */
  private static final int LEAD_ADJUNCT = 12;
  private static final int NAME_AFTER_TITLE = 60;
  /** What a country's name may add to the stem of its people's plural: ایران، آمریکا، ترکیه، روسیه. */
  private static final List<String> PEOPLE_ENDINGS = List.of("", "ا", "ه", "يه");
  /** The most tokens of a name in guillemets, the marks included. */
  private static final int QUOTED_NAME = 7;
  private static final java.util.regex.Pattern PERSIAN_LETTERS = java.util.regex.Pattern.compile("[پچژگیک\u200c]");

  private final CueLexicon cues = CueLexicon.load();
  private final AgentNouns agentNouns = AgentNouns.load();
  private final ActingParty bodies = ActingParty.load();
  private final Set<String> countries = new HashSet<>();
  /** Arabic country names of several words (الولايات المتحدة، المملكة العربية السعودية), as folded words. */
  private final List<List<String>> longCountries = new java.util.ArrayList<>();
  private final WordTokenizer tokenizer = new WordTokenizer();
  private final PartyAnaphora anaphora = new PartyAnaphora(countries);

  ActingSubject() {
    countries.addAll(CountryShortNames.load());
    for (String lang : List.of("ar", "fa")) {
      for (String iso : ULocale.getISOCountries()) {
        String name = new ULocale("", iso).getDisplayCountry(new ULocale(lang));
        if (!name.isBlank() && !name.equals(iso) && !name.contains(" ")) {
          countries.add(FOLD.apply(name));
        } else if ("ar".equals(lang) && !name.isBlank() && !name.equals(iso)) {
          longCountries.add(List.of(FOLD.apply(name).split(" ")));
        }
      }
    }
  }

  /**
   * The holder written as the subject of the clause at {@code span} of {@code text}, or null. In Persian, when the
   * first cue has no subject of its own, a later باید's may hold it ("... مورد بررسی قرار خواهد گرفت به همین دلیل هیأت
   * رئیسه باید ...").
   */
  Subject in(String text, Span span, List<Party> officials) {
    String clause = span.in(text);
    List<Token> tokens = tokenizer.tokenize(clause, new Sentence(clause, 0, clause.length()));
    Subject agent = nounAgent(text, span, tokens, officials);
    if (agent != null) {
      return agent;
    }
    CueLexicon.Hit first = cueAt(tokens);
    Subject found = subjectOf(text, span, tokens, officials, first);
    if (found != null || first == null || !CueRules.isPersian(tokens)) {
      return found;
    }
    for (CueLexicon.Hit later : laterCues(tokens, first)) {
      found = subjectOf(text, span, tokens, officials, later);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The Persian modals of necessity (باید) after {@code first}, in order. */
  private List<CueLexicon.Hit> laterCues(List<Token> tokens, CueLexicon.Hit first) {
    return cues.find(tokens).stream()
        .filter(h -> h.feature().equals("obligation") && MUST.contains(tokens.get(h.token()).form())
            && h.token() >= first.token() + first.length())
        .sorted(java.util.Comparator.comparingInt(CueLexicon.Hit::token)).toList();
  }

  private Subject subjectOf(String text, Span span, List<Token> tokens, List<Party> officials, CueLexicon.Hit hit) {
    String clause = span.in(text);
    // a commitment the model finds without a cue word ("ايران آماده همكاري است"): its subject opens the clause
    int cue = hit == null ? tokens.size() : hit.token();
    boolean binds = hit != null && hit.feature().equals("obligation");
    int from = 0;
    for (int i = 0; i < cue; i++) {
      String form = tokens.get(i).form();
      boolean joined = form.length() > 2 && (form.charAt(0) == 'و' || form.charAt(0) == 'ف');
      from = BOUNDARIES.contains(form) || joined && BOUNDARIES.contains(form.substring(1))
          || PersianSpeech.endsAt(tokens, i) ? i + 1 : from;
    }
    Subject quotedName = quotedName(clause, tokens, from, cue, binds);
    if (quotedName != null) {
      return quotedName;
    }
    while (from < cue && (!Character.isLetterOrDigit(tokens.get(from).text().charAt(0))
        || tokens.get(from).form().equals("و"))) {
      from++;
    }
    // an adjunct closed by a comma before the subject ("در این شرایط، همه کشورهای منطقه باید بکوشند")
    if (from < cue && ENDS.contains(tokens.get(from).form())) {
      for (int i = from; i < Math.min(cue, from + LEAD_ADJUNCT); i++) {
        if (tokens.get(i).text().equals("،") || tokens.get(i).text().equals(",")) {
          from = i + 1;
          break;
        }
      }
    }
    while (from < cue && QUANTIFIERS.contains(tokens.get(from).form())) {
      from++;
    }
    int to = cue;
    if (from == cue && !CueRules.isPersian(tokens)) {
      // an Arabic relative's subject follows its verb ("التي تعتزم الكويت بناءها"، "التي سيقوم بها أعضاء اللجان")
      from = cue + 1 < tokens.size() && RESUMPTIVE.contains(tokens.get(cue + 1).form()) ? cue + 2 : cue + 1;
      to = Math.min(tokens.size(), cue + FIRST_WORDS);
    } else if (from == cue && hit != null) {
      // "قرار است پس از اتمام مذاكرات، هيات كارشناسي هند ... سفر كند": the subject follows the cue and its adjunct
      from = cue + hit.length();
      to = tokens.size();
      for (int i = from; i < Math.min(to, from + LEAD_ADJUNCT); i++) {
        from = tokens.get(i).text().equals("،") ? i + 1 : from;
      }
      // "ضروری است تا کشورهای منطقه ..."، "لازم است که دولت ...": the subject follows the conjunction
      while (from < to && AFTER_CUE_CONJUNCTIONS.contains(tokens.get(from).form())) {
        from++;
      }
    }
    Subject found = phrase(text, span, tokens, from, to, officials, binds);
    if (found == null && hit != null && from < cue && !CueRules.isPersian(tokens)
        && officialIn(officials, new Span(span.start() + tokens.get(from).start(),
            span.start() + tokens.get(cue - 1).end())) == null) {
      // Arabic puts the subject after its verb too ("التي تعتزم الكويت بناءها"، "توقيع البنك الأهلي"); an official
      // named before the verb ("أبدى رئيس الغرفة سامي العبيدي استعداد الغرفة") is its subject still
      int after = cue + hit.length();
      found = phrase(text, span, tokens, after, Math.min(tokens.size(), after + FIRST_WORDS), officials, binds);
    }
    if (found == null && hit != null && CueRules.isPersian(tokens)) {
      // "پیرو این موضوع، شورای مرکزی انجمن ... تصمیم گرفت": the subject follows the last comma before the cue
      for (int i = cue - 1; i > from; i--) {
        if (tokens.get(i).text().equals("،")) {
          found = objectMarked(tokens, i + 1, cue) ? null : phrase(text, span, tokens, i + 1, cue, officials, binds);
          break;
        }
      }
    }
    if (found == null && binds && CueRules.isPersian(tokens)) {
      found = persianSubjectAround(text, span, tokens, officials, hit);
    }
    return found;
  }

  /**
   * The subject of a Persian obligation written right before باید after other words of the clause ("... به همین دلیل
   * هیأت رئیسه باید ...": the nearest words before the cue that name a party) or right after it ("حالا باید دولت
   * ..."، "باید آحاد مردم جامعه ... همیار منابع طبیعی باشند"), unless را marks it as the object.
   */
  private Subject persianSubjectAround(String text, Span span, List<Token> tokens, List<Party> officials,
      CueLexicon.Hit hit) {
    int cue = hit.token();
    int start = cue;
    while (start > 0 && cue - start < FIRST_WORDS && !ENDS.contains(tokens.get(start - 1).form())
        && !BOUNDARIES.contains(tokens.get(start - 1).form()) && !PersianSpeech.endsAt(tokens, start - 1)) {
      start--;
    }
    // the word right after a preposition is its object ("خدمت رسانی به مردم باید شتاب بگیرد")
    boolean governed = start > 0 && OBJECT_PREPOSITIONS.contains(tokens.get(start - 1).form());
    for (int from = governed ? start + 1 : start; from < cue; from++) {
      Subject found = phrase(text, span, tokens, from, cue, officials, true);
      // inside the words, a country or a pair is a genitive ("مرز مشترک ... دو کشور باید"، "بانک‌های دو کشور")
      if (found != null && (from == start || found.type() == Type.BODY || found.type() == Type.OFFICIAL)) {
        return found;
      }
    }
    int after = cue + hit.length();
    if (after < tokens.size() && !objectMarked(tokens, after, tokens.size())) {
      int end = after;
      while (end < tokens.size() && !ENDS.contains(tokens.get(end).form())) {
        end++;
      }
      Subject found = phrase(text, span, tokens, after, end, officials, true);
      return found != null && found.type() != Type.TITLE ? found : null;
    }
    return null;
  }

  /**
   * The party written as the genitive of a verbal noun of commitment ("ضرورة مساهمة المجتمع الدولي"، "آمادگی کامل
   * کشورش"، "ضرورت نقش‌آفرینی «شانگهای»"): starting within the four words after the noun, before a preposition, a
   * punctuation mark or a transitive verbal noun whose genitive is its object ("ضرورة دعم الحكومة"); null when there
   * is none, when it is an indefinite Arabic phrase ("دول كبرى": no party named), or when an official named before
   * the noun declares his own country ready ("سفير ... أبدى استعداد بلاده"، "از آمادگی ایران خبر داد"): he holds it.
   */
  private Subject nounAgent(String text, Span span, List<Token> tokens, List<Party> officials) {
    int noun = agentNouns.firstAgentNoun(tokens);
    if (noun < 0) {
      return null;
    }
    boolean binds = agentNouns.role(tokens.get(noun).form()).equals("obligation");
    for (int k = noun + 1; k < Math.min(tokens.size(), noun + 5); k++) {
      Token word = tokens.get(k);
      if (word.text().equals("«")) {
        int close = k + 1;
        while (close < Math.min(tokens.size(), k + FIRST_WORDS) && !tokens.get(close).text().equals("»")) {
          close++;
        }
        return close < tokens.size() ? quotedName(span.in(text), tokens, k, close + 1, binds) : null;
      }
      if (ENDS.contains(word.form()) || BETWEEN.contains(word.form()) || "object".equals(agentNouns.role(word.form()))
          || !Character.isLetterOrDigit(word.text().charAt(0))) {
        return null;
      }
      Subject found = phrase(text, span, tokens, k, Math.min(tokens.size(), k + FIRST_WORDS), officials, binds);
      if (found != null) {
        boolean ownCountry = !binds && found.type() == Type.COUNTRY && officialIn(officials,
            new Span(span.start(), span.start() + tokens.get(noun).start())) != null;
        return found.type() == Type.BODY && indefinite(tokens, k) || ownCountry ? null : found;
      }
    }
    return null;
  }

  /** A Persian noun phrase at {@code from} that را closes: the object ("وزیران ... را در جریان قرار خواهد داد"). */
  private static boolean objectMarked(List<Token> tokens, int from, int to) {
    int end = from;
    while (end < to && !ENDS.contains(tokens.get(end).form())) {
      end++;
    }
    return end < to && tokens.get(end).form().equals(FOLD.apply("را"));
  }

  /** An Arabic phrase at {@code from} of which neither of the first two words has the article (دول كبرى). */
  private static boolean indefinite(List<Token> tokens, int from) {
    if (CueRules.isPersian(tokens)) {
      return false;
    }
    for (int k = from; k < Math.min(tokens.size(), from + 2); k++) {
      String form = tokens.get(k).form();
      if (form.startsWith("ال") || form.startsWith("وال")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A name in guillemets right before the cue ("أن «إطعام» تسعى"): the press so writes bodies' names; a longer span
   * in guillemets is a quote.
   */
  private static Subject quotedName(String clause, List<Token> tokens, int from, int cue, boolean binds) {
    if (from + 2 < cue && cue - from <= QUOTED_NAME && tokens.get(from).text().equals("«")
        && tokens.get(cue - 1).text().equals("»")) {
      String name = clause.substring(tokens.get(from + 1).start(), tokens.get(cue - 2).end());
      return name.indexOf('»') < 0 ? new Subject(name, Type.BODY, binds) : null;
    }
    return null;
  }

  /** The party named by the first noun phrase of tokens {@code from} to {@code to} of the clause, or null. */
  private Subject phrase(String text, Span span, List<Token> tokens, int from, int to, List<Party> officials,
      boolean binds) {
    String clause = span.in(text);
    if (from >= to) {
      return null;
    }
    // a second conjunct with its own collective subject ("... و دو طرف بر ضرورت ...") starts there
    for (int i = to - 1; i > from; i--) {
      if (tokens.get(i - 1).form().equals("و") && NUMBERS.contains(tokens.get(i).form()) && i + 1 < to
          && COUNTABLE.contains(tokens.get(i + 1).form())) {
        from = i;
        break;
      }
    }
    while (from < to - 1 && TIME_ADVERBS.contains(tokens.get(from).form())) {
      from++;
    }
    int end = from;
    while (end < to && end - from < FIRST_WORDS && !ENDS.contains(tokens.get(end).form())) {
      end++;
    }
    if (end == from) {
      return null;
    }
    Span phrase = new Span(span.start() + tokens.get(from).start(), span.start() + tokens.get(end - 1).end());
    String named = officialIn(officials, phrase);
    if (named != null) {
      return new Subject(named, Type.OFFICIAL, binds);
    }
    String written = text.substring(phrase.start(), phrase.end());
    List<Token> words = tokens.subList(from, end);
    if (words.size() >= 2 && NUMBERS.contains(words.get(0).form()) && COUNTABLE.contains(words.get(1).form())) {
      return new Subject(clause.substring(words.get(0).start(), words.get(1).end()), Type.COLLECTIVE, binds);
    }
    int countryWords = longCountry(tokens, from, to);
    if (countryWords > 0) {
      int last = from + countryWords - 1;
      String next = last + 1 < to ? tokens.get(last + 1).form() : "";
      last = next.length() > 2 && next.charAt(0) == 'و' && countries.contains(next.substring(1)) ? last + 1 : last;
      return new Subject(clause.substring(tokens.get(from).start(), tokens.get(last).end()), Type.COUNTRY, binds);
    }
    String antecedent = anaphora.resolve(text, phrase.start(), words);
    if (antecedent != null) {
      return new Subject(antecedent, Type.COUNTRY, binds);
    }
    if (countries.contains(words.get(0).form())) {
      boolean pair = to > end + 1 && tokens.get(end).form().equals("و") && countries.contains(tokens.get(end + 1).form());
      return new Subject(pair ? clause.substring(words.get(0).start(), tokens.get(end + 1).end())
          : words.get(0).text(), Type.COUNTRY, binds);
    }
    if (people(words.get(0).form())) {
      return new Subject(words.get(0).text(), Type.PEOPLE, binds);
    }
    // the rest of the clause too: its words tell Persian from Arabic
    String body = bodies.in(text.substring(phrase.start(), span.end()));
    body = body != null && written.startsWith(body.substring(0, Math.min(body.length(), 3))) ? body : null;
    if (body != null) {
      return new Subject(body, Type.BODY, binds);
    }
    String titled = TITLES.contains(words.get(0).form()) ? besideTitle(text, words, officials) : null;
    return titled == null ? null : new Subject(titled, Type.TITLE, binds);
  }

  /**
   * A people named by the plural of its country's adjective, which news write for its state or side: ایرانی‌ها،
   * روس‌ها، اروپایی‌ها / الإيرانيون، اليمنيون (the country name, with or without ال, or it with ا / ه / یه added,
   * left once the plural and the adjective's ی are taken off).
   */
  private boolean people(String form) {
    String base = null;
    if (form.endsWith("\u200cها") || form.endsWith("ها") && form.length() > 4) {
      base = form.substring(0, form.length() - (form.endsWith("\u200cها") ? 3 : 2));
      // the adjective's ی, after a vowel written یی (اروپایی)
      for (int k = 0; k < 2 && base.endsWith("ي"); k++) {
        base = base.substring(0, base.length() - 1);
      }
    } else if (form.startsWith("ال") && (form.endsWith("يون") || form.endsWith("يين")) && form.length() > 6) {
      base = form.substring(2, form.length() - 3);
    }
    if (base == null || base.length() < 3) {
      return false;
    }
    for (String ending : PEOPLE_ENDINGS) {
      if (countries.contains(base + ending) || countries.contains("ال" + base + ending)) {
        return true;
      }
    }
    return false;
  }

  /** The number of words of a multi-word Arabic country name at {@code from}, or 0. */
  private int longCountry(List<Token> tokens, int from, int to) {
    for (List<String> name : longCountries) {
      boolean same = from + name.size() <= to;
      for (int k = 0; k < name.size() && same; k++) {
        String form = tokens.get(from + k).form();
        same = form.equals(name.get(k));
      }
      if (same) {
        return name.size();
      }
    }
    return 0;
  }

  /** The first commitment cue: a cue word of a kind, or an Arabic future verb (an intent); null if none. */
  private CueLexicon.Hit cueAt(List<Token> tokens) {
    CueLexicon.Hit at = null;
    for (CueLexicon.Hit hit : cues.find(tokens)) {
      if (KINDS.contains(hit.feature()) && (at == null || hit.token() < at.token())) {
        at = hit;
      }
    }
    for (int i = 0; i < tokens.size() && (at == null || i < at.token()); i++) {
      if (CueRules.isArabicFuture(tokens.get(i).text(), tokens.get(i).form())) {
        return new CueLexicon.Hit("intent", i, 1);
      }
    }
    return at;
  }

  private static String officialIn(List<Party> officials, Span phrase) {
    String best = null;
    int bestStart = Integer.MAX_VALUE;
    for (Party p : officials) {
      for (Span s : p.spans()) {
        if (phrase.contains(s) && s.start() < bestStart) {
          best = p.name();
          bestStart = s.start();
        }
      }
    }
    return best;
  }

  /** The official whose mention follows or precedes the title's words elsewhere in the document, or null. */
  private String besideTitle(String text, List<Token> title, List<Party> officials) {
    int n = title.size();
    List<Token> all = tokenizer.tokenize(text, new Sentence(text, 0, text.length()));
    for (int at = 0; at + n <= all.size(); at++) {
      boolean same = true;
      for (int k = 0; k < n && same; k++) {
        same = all.get(at + k).form().equals(title.get(k).form());
      }
      int before = same ? all.get(at).start() : -1;
      int after = same ? all.get(at + n - 1).end() : -1;
      for (Party p : same ? officials : List.<Party>of()) {
        for (Span s : p.spans()) {
          String between = s.start() >= after ? text.substring(after, s.start())
              : s.end() <= before ? text.substring(s.end(), before) : "\n";
          if (between.length() <= NAME_AFTER_TITLE && between.indexOf('،') < 0 && between.indexOf('.') < 0
              && between.indexOf('\n') < 0 && (s.start() >= after || between.isBlank())
              && !arabicClauseBetween(between)) {
            return p.name();
          }
        }
      }
    }
    return null;
  }

  /**
   * Arabic words between a title and a name that make them two phrases ("رئيس الوزراء الروسي سيلتقي خلال زيارته مع
   * الرئيس عبدالفتاح السيسي"): more than an honorific or two stand there.
   */
  private static boolean arabicClauseBetween(String between) {
    String words = between.strip();
    return !words.isEmpty() && !PERSIAN_LETTERS.matcher(words).find() && words.split("\\s+").length > 2;
  }
}
