package org.diplomatic.analyzer.extract.officials;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.Span;
import org.diplomatic.analyzer.text.Token;

/**
 * Finds the officials of a document: names next to titles (either order), attendee lines of minutes, merged per
 * person with every later mention (full name or surname); needs sentences and, optionally, a person-name finder per
 * language. Thread-safe after construction.
 */
public final class OfficialsExtractor {
  private final OfficialsLexicon lex;
  private final Map<Language, PersonNameFinder> finders;
  private static final int TITLE_LOOKAHEAD = 30;
  /** How many words a news agency's name may take between "وكالة" and "عن". */
  private static final int SOURCE_WINDOW = 6;
  private static final String FROM = MatchFold.fold("عن");
  private static final String AGENCY = MatchFold.fold("وكالة");
  /** Characters looked back from a name for the place noun and rank before it ("مستشفى الملك"). */
  private static final int PLACE_LOOKBEHIND = 40;
  private final NameTokenizer tokenizer = new NameTokenizer();
  private final PersianMentionEdges persianEdges;
  private final ArabicMentionEdges arabicEdges;

  /** An extractor over the given finders (a language without one uses the rules alone). */
  public OfficialsExtractor(OfficialsLexicon lex, Map<Language, PersonNameFinder> finders) {
    this.lex = lex;
    this.finders = Map.copyOf(finders);
    this.persianEdges = new PersianMentionEdges(lex);
    this.arabicEdges = new ArabicMentionEdges(lex);
  }

  /** Loads {@code <lang>-person.bin} from {@code modelsDir} (models/ner) for each language whose file exists. */
  public static OfficialsExtractor load(Path modelsDir) {
    Map<Language, PersonNameFinder> finders = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      Path file = modelsDir.resolve(l.code() + "-person.bin");
      if (Files.isRegularFile(file)) {
        finders.put(l, PersonNameFinder.load(file));
      }
    }
    return new OfficialsExtractor(OfficialsLexicon.load(), finders);
  }

  /** The person-name finder of {@code lang}, or null when no model was loaded for it. */
  public PersonNameFinder finder(Language lang) {
    return finders.get(lang);
  }

  public OfficialsLexicon lexicon() {
    return lex;
  }

  /** The officials of one document, in order of first mention. */
  public List<Official> extract(String text, List<Sentence> sentences, Language lang) {
    return officials(text, sentences, lang, finderMentions(text, sentences, lang));
  }

  /**
   * Every person-name mention: the name finder's (without honorifics) and the officials' mentions, the latter
   * winning where they overlap.
   */
  public List<PersonMention> persons(String text, List<Sentence> sentences, Language lang) {
    return analyze(text, sentences, lang).persons();
  }

  /** The officials and the person-name mentions of one document in one pass (the finder runs once). */
  public People analyze(String text, List<Sentence> sentences, Language lang) {
    List<PersonMention> found = finderMentions(text, sentences, lang);
    List<Official> officials = officials(text, sentences, lang, found);
    List<PersonMention> all = new ArrayList<>();
    List<Span> officialSpans = new ArrayList<>();
    for (Official o : officials) {
      o.mentions().forEach(m -> all.add(new PersonMention(m.in(text), m.start(), m.end())));
      officialSpans.addAll(o.mentions());
    }
    SpanSweep taken = new SpanSweep(officialSpans);
    for (PersonMention p : found) {
      // the namesake of a place stays in the found mentions: it still bounds the titles around it
      if (!taken.overlaps(p.start(), p.end()) && !(lang == Language.ARABIC && namesPlace(text, p.start()))) {
        all.add(p);
      }
    }
    all.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new People(officials, all);
  }

  /** The name finder's mentions alone, honorifics trimmed off; empty without a finder for the language. */
  public List<PersonMention> finderMentions(String text, List<Sentence> sentences, Language lang) {
    PersonNameFinder finder = finders.get(lang);
    if (finder == null) {
      return List.of();
    }
    List<PersonMention> out = new ArrayList<>();
    for (PersonMention found : finder.find(text, sentences)) {
      PersonMention m = lang == Language.PERSIAN ? persianEdges.mend(text, found) : found;
      // a few words past the mention show a title that starts inside it ("... العزيز ولي | ولي العهد")
      List<Token> tokens = tokenizer.tokenize(text, m.start(), Math.min(text.length(), m.end() + TITLE_LOOKAHEAD));
      List<String> folded = tokens.stream().map(t -> MatchFold.fold(t.text())).toList();
      int i = 0;
      int end = 0;
      while (end < tokens.size() && tokens.get(end).end() <= m.end()) {
        end++;
      }
      int size = end;
      while (i < end && (notAName(tokens, folded, i, size, lang) || gluedAnd(folded.get(i), lang) != null
          && lex.honorifics(lang).longestAt(folded, i, gluedAnd(folded.get(i), lang)) > 0)) {
        i += Math.max(1, lex.honorifics(lang).longestAt(folded, i));
      }
      // a title the finder read into the name ("محمد بن نايف ولي العهد", "رونالد لويس كبير المساعدين العسكريين")
      for (int k = i + 1; k < end; k++) {
        if (lex.titles(lang).longestAt(folded, k) > 0 && !lex.isParticle(lang, folded.get(k - 1))) {
          end = k;
        }
      }
      while (end > i && notAName(tokens, folded, end - 1, size, lang)) {
        end--;
      }
      if (lang == Language.ARABIC) {
        end = arabicEdges.end(folded, tokens.stream().map(Token::text).toList(), i, end);
        i = arabicEdges.start(folded, tokens.stream().map(Token::text).toList(), i, end);
        if (end - i == 1 && arabicEdges.noName(folded, i) || i < end && lex.isNameHead(lang, folded.get(i))) {
          // a place's name ("مقاطعة سانت لويس"، "مطار الملك خالد") is no person's
          continue;
        }
      }
      if (i < end) {
        int start = tokens.get(i).start() + (andBeforeName(text, tokens.get(i).start(), folded.get(i), lang) ? 1 : 0);
        int stop = tokens.get(end - 1).end();
        out.add(new PersonMention(text.substring(start, stop), start, stop));
      }
    }
    return out;
  }

  /**
   * True when the name at {@code start} follows a noun that opens a place or body's name and a royal rank or title
   * ("مركز الملك سلمان للإغاثة"، "لمطار الأمير محمد بن عبدالعزيز"): the person is the place's namesake, not named.
   */
  private boolean namesPlace(String text, int start) {
    List<Token> before = tokenizer.tokenize(text, Math.max(0, start - PLACE_LOOKBEHIND), start);
    int k = before.size() - 1;
    if (k < 1) {
      return false;
    }
    List<String> folded = before.stream().map(t -> MatchFold.fold(t.text())).toList();
    if (lex.honorifics(Language.ARABIC).longestAt(folded, k) != 1 && lex.titles(Language.ARABIC).longestAt(folded, k) != 1) {
      return false;
    }
    String head = folded.get(k - 1);
    return lex.isNameHead(Language.ARABIC, head) || head.length() > 3 && "\u0648\u0628\u0644".indexOf(head.charAt(0)) >= 0
        && lex.isNameHead(Language.ARABIC, head.substring(1));
  }

  /** The word without a glued و (Arabic), or null when it has none. */
  private static String gluedAnd(String folded, Language lang) {
    return lang == Language.ARABIC && folded.length() > 3 && folded.charAt(0) == '\u0648' ? folded.substring(1) : null;
  }

  /**
   * True for a name's first word written with a glued و that is the conjunction: the rest is a known name word
   * ("وعادل"), or the word opens the next item of a list after a comma ("، ورونالد لويس"); a short rest proves
   * nothing ("وائل" is no "و" + "ائل").
   */
  private boolean andBeforeName(String text, int at, String folded, Language lang) {
    String bare = folded.length() > 3 ? gluedAnd(folded, lang) : null;
    if (bare == null || lex.isNameWord(lang, folded)) {
      return false;
    }
    int k = at - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    // after a comma even a short rest is the next item's name ("، وريك بيري")
    return bare.length() >= 4 && lex.isNameWord(lang, bare)
        || k >= 0 && (text.charAt(k) == '\u060C' || text.charAt(k) == ',');
  }

  /**
   * A word the finder took into a name that is none: an honorific, title, country or stop word, or an article word
   * leading a name or standing alone (a lone nisba such as "الدليمي" stays).
   */
  private boolean notAName(List<Token> tokens, List<String> folded, int i, int size, Language lang) {
    String t = tokens.get(i).text();
    return !Character.isLetter(t.charAt(0))
        || NameScanner.accusative(t, lang)
        || lex.honorifics(lang).longestAt(folded, i) > 0
        || gluedHonorific(folded, i, lang)
        || lex.titles(lang).longestAt(folded, i) > 0
        || lex.countries(lang).longestAt(folded, i) > 0 && !beforePatronymic(folded, i, lang)
        || lex.isStopWord(lang, folded.get(i))
        || (lang == Language.ARABIC && t.startsWith("ال") && (size > 1 ? i == 0 : !folded.get(i).endsWith("ي")));
  }

  /** True when بن / ابن follows word {@code i}: "تركي بن محمد" is a given name, not the adjective "Turkish". */
  static boolean beforePatronymic(List<String> folded, int i, Language lang) {
    return lang == Language.ARABIC && i + 1 < folded.size()
        && (folded.get(i + 1).equals("\u0628\u0646") || folded.get(i + 1).equals("\u0627\u0628\u0646"));
  }

  /**
   * True when an official found before already holds the office as written ("وزير تعاون گفت" after "محمد عباسي"
   * was read as the minister): a later subject use of it points back to him, and waits for no new holder. Holders
   * read in the headline (before {@code bodyStart}) do not count: a headline's noun is often read as the name before
   * a title ("گلایه فرماندار قاینات از ...").
   */
  private static boolean heldAlready(List<OfficialCandidate> candidates, RoleMatch role, int bodyStart) {
    String office = MatchFold.fold(role.role());
    return !office.isEmpty() && candidates.stream()
        .anyMatch(c -> c.start() >= bodyStart && MatchFold.fold(c.role().role()).equals(office));
  }

  /** An Arabic honorific behind a glued preposition ("لفخامة الرئيس"، "بسمو الأمير"): no name either. */
  private boolean gluedHonorific(List<String> folded, int i, Language lang) {
    String f = folded.get(i);
    return lang == Language.ARABIC && f.length() > 3 && (f.charAt(0) == '\u0644' || f.charAt(0) == '\u0628')
        && lex.honorifics(lang).longestAt(folded, i, f.substring(1)) > 0;
  }

  private List<Official> officials(String text, List<Sentence> sentences, Language lang, List<PersonMention> found) {
    List<int[]> attendeeLines = new ArrayList<>();
    List<OfficialCandidate> candidates = new ArrayList<>(new AttendeeList(lex, lang).read(text, attendeeLines));
    SpanSweep attendees = new SpanSweep(attendeeLines.stream().map(l -> new Span(l[0], l[1])).toList());
    SpanSweep persons = new SpanSweep(found.stream().map(PersonMention::span).toList());
    Set<String> known = new HashSet<>();
    candidates.forEach(c -> known.addAll(c.words()));
    RoleFinder roles = new RoleFinder(lex, lang);
    PersonNameFinder finder = finders.get(lang);
    NameScanner names = new NameScanner(lex, lang, finder == null ? w -> false : finder::isFrequentWord);
    LeadTitle lead = new LeadTitle();
    LaterTitle later = new LaterTitle();
    Map<Integer, LeadTitle.Office> held = new HashMap<>();
    List<List<String>> dead = new ArrayList<>();
    for (int index = 0; index < sentences.size(); index++) {
      Sentence sentence = sentences.get(index);
      if (attendees.covers(sentence.start(), sentence.end())) {
        continue;
      }
      SentenceTokens s = sentenceTokens(text, sentence, persons);
      boolean[] claimed = new boolean[s.size()];
      int sentenceFirst = candidates.size();
      LeadTitle.Office waiting = lang == Language.PERSIAN ? lead.waiting(index) : null;
      List<RoleMatch> titles = roles.find(s);
      for (int r = 0; r < titles.size(); r++) {
        RoleMatch read = titles.get(r);
        RoleMatch role = unknown(read.country()) ? withSide(read, sideCountry(s, read.start(), lang)) : read;
        role = unknown(role.country()) ? withSide(role, sourceCountry(s, role.start(), lang)) : role;
        NameScanner.Found name = pick(s, role, names, known, claimed, lang);
        if (name == null && lang == Language.ARABIC && role.role().isEmpty()) {
          name = free(names.enclosedAfter(s, role.end(), known), claimed);
        }
        if (name == null && lang == Language.ARABIC) {
          RoleMatch bridged = roles.bridge(s, role);
          name = bridged == role ? null : free(names.after(s, bridged.end(), known), claimed);
          role = name == null ? role : bridged;
        }
        LaterTitle.Speaker named = name == null && lang == Language.PERSIAN
            && !heldAlready(candidates, role, sentences.get(0).end()) ? later.pointedBy(s, role, index) : null;
        if (named != null && free(named.name(), named.claimed()) != null) {
          candidates.add(candidate(named.sentence(), named.name(), role, named.claimed(), known, lang));
          continue;
        }
        if (name == null) {
          if (!heldAlready(candidates, role, sentences.get(0).end())) {
            lead.offer(s, role, index);
          }
          continue;
        }
        if (mourned(s, name.end(), lang) || lateBetween(s, role.end(), name.start(), lang)) {
          dead.add(s.folded().subList(name.start(), name.end()));
          continue;
        }
        if (unknown(role.country()) && r + 1 < titles.size() && name.start() >= role.end()) {
          role = withSide(role, appositionCountry(s, name, titles.get(r + 1), names, known));
        }
        if (OfficialMerger.FOREIGN.equals(role.country()) && !candidates.isEmpty()) {
          role = withSide(role, OfficialMerger.FOREIGN + partnerState(partnerBefore(s, role.start(), candidates)));
        }
        if (role.country() == null) {
          role = withSide(role, familyState(s, name, lang));
        }
        if (role.country() == null && lang == Language.ARABIC && !candidates.isEmpty()) {
          role = withSide(role, coordinatedState(s, role, candidates.get(candidates.size() - 1)));
        }
        boolean dual = dualTitle(s, role, roles);
        NameScanner.Found joined = dual ? joinedPartner(s, name) : null;
        if (joined != null) {
          // "الوزيران العبيدي وكارتر": the dual's second holder follows the first after و
          name = new NameScanner.Found(name.start(), joined.start(), name.comma());
        }
        candidates.add(candidate(s, name, role, claimed, known, lang));
        NameScanner.Found partner = joined != null ? joined : dual ? partnerOfDual(s, name, names, known, claimed) : null;
        if (partner != null) {
          OfficialCandidate second = candidate(s, partner,
              new RoleMatch(name.end(), partner.start(), "", null, joined == null ? partnerCountry(s, name, role) : null),
              claimed, known, lang);
          candidates.add(joined == null ? second : withoutAnd(second));
        }
      }
      if (lang == Language.PERSIAN) {
        listedState(s, candidates, sentenceFirst);
      }
      // an officer named with a rank and no office ("حضر من الجانب السعودي اللواء عائض القحطاني والعميد ...")
      for (int i = 0; i < s.size(); i++) {
        int rank = roles.rankAt(s, i);
        NameScanner.Found officer = rank == 0 ? null : free(names.after(s, i, known), claimed);
        boolean late = lex.isLate(lang, s.folded(officer == null ? i : officer.start() - 1))
            || i > 0 && lex.isLate(lang, s.folded(i - 1));
        if (officer != null && !officer.comma() && !late) {
          candidates.add(candidate(s, officer, new RoleMatch(i, i + rank, "", null, sideCountry(s, i, lang)),
              claimed, known, lang));
        }
        i += Math.max(0, rank - 1);
      }
      if (lang == Language.PERSIAN) {
        for (NameScanner.Found head : GovernmentHead.find(s, names, known)) {
          if (free(head, claimed) != null) {
            candidates.add(candidate(s, head, new RoleMatch(head.start(), head.start(), "", null, null),
                claimed, known, lang));
          }
        }
      }
      NameScanner.Found holder = waiting == null ? null : free(names.after(s, LeadTitle.holderStart(s), known), claimed);
      if (waiting != null && holder == null) {
        holder = free(names.beforeSpeech(s, LeadTitle.subjectStart(s)), claimed);
      }
      if (holder != null && !holder.comma() && (holder.end() >= s.size() || roles.titleAt(s, holder.end()) == 0)) {
        held.put(candidates.size(), waiting);
        candidates.add(candidate(s, holder, waiting.role(), claimed, known, lang));
        lead.taken();
      }
      if (lang == Language.PERSIAN) {
        // after the lead's office found its holder here: a holder is no speaker waiting for an office
        later.read(s, claimed, names, known, index);
      }
    }
    held.forEach((at, office) -> candidates.set(at, candidates.get(at).withRole(
        lead.role(office, text, w -> lex.institutions(lang).contains(w)))));
    // a king mourned once ("الملك فيصل بن عبدالعزيز - رحمه الله -") holds no office at his other mentions either
    candidates.removeIf(c -> dead.stream().anyMatch(d -> d.containsAll(c.words())));
    candidates.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<Token> all = tokenizer.tokenize(text, 0, text.length());
    MentionFinder mentions = new MentionFinder(lex, lang, found.stream().map(PersonMention::span).toList());
    HomeCountry homeCountry = new HomeCountry(lex, tokenizer);
    String home = homeCountry.of(text, all, lang);
    String other = homeCountry.mostNamedBesides(all, lang, home);
    if (home == null && lang == Language.ARABIC) {
      // no home shown: the officials whose roles name no state serve the state the text is about
      home = other;
      other = homeCountry.mostNamedBesides(all, lang, home);
    }
    List<OfficialCandidate> named = lang == Language.PERSIAN
        ? new PersianFullName(lex).complete(text, all, sentences, candidates) : candidates;
    return new OfficialMerger(mentions).merge(text, all, named, home, other);
  }

  private OfficialCandidate candidate(
      SentenceTokens s, NameScanner.Found name, RoleMatch role, boolean[] claimed, Set<String> known, Language lang) {
    for (int k = name.start(); k < name.end(); k++) {
      claimed[k] = true;
    }
    List<String> words = new ArrayList<>(s.folded().subList(name.start(), name.end()));
    int from = s.start(name.start());
    if (andBeforeName(s.text(), from, words.get(0), lang)) {
      words.set(0, words.get(0).substring(1));
      from++;
    }
    known.addAll(words);
    int to = s.end(name.end() - 1);
    return new OfficialCandidate(words, s.text().substring(from, to), from, to, role);
  }

  /** The state of the last side a sentence opened before token {@code before} ("من الجانب الأميركي"), or null. */
  private String sideCountry(SentenceTokens s, int before, Language lang) {
    String side = null;
    for (int j = 0; j + 1 < before; j++) {
      int n = lex.sideMarkers(lang).longestAt(s.folded(), j);
      if (n == 0 && lang == Language.ARABIC && s.folded(j).startsWith("\u0648")) {
        // "ومن الجانب الأمريكي ...": the side opens a sentence after و
        n = lex.sideMarkers(lang).longestAt(s.folded(), j, s.folded(j).substring(1));
      }
      int c = n > 0 && j + n < before ? lex.countries(lang).longestAt(s.folded(), j + n) : 0;
      if (c > 0) {
        String iso = lex.countries(lang).valueAt(s.folded(), j + n, c);
        side = iso.equals(OfficialMerger.INTERNATIONAL) ? side : iso;
      }
    }
    return side;
  }

  /**
   * The state of the office written right after a name that followed its title ("الرئيس فرانسوا هولاند رئيس
   * الجمهورية الفرنسية"): the second title is an apposition of the same person. Null when there is none, and when
   * the second title is another person's: joined by و or a preposition ("عادل الجبير، ووزير الخارجية الإيطالي"،
   * "الملك سلمان للرئيس الروسي") or followed by a
   * name of its own ("الأمير محمد بن نايف رئيس جمهورية الإكوادور رفائيل كوريا").
   */
  private String appositionCountry(
      SentenceTokens s, NameScanner.Found name, RoleMatch next, NameScanner names, Set<String> known) {
    int at = name.end() < s.size() && isComma(s, name.end()) ? name.end() + 1 : name.end();
    if (next.start() != at || lex.titles(Language.ARABIC).longestAt(s.folded(), at) == 0 && s.folded(at).length() > 1
        && "\u0648\u0644\u0628".indexOf(s.folded(at).charAt(0)) >= 0) {
      return null;
    }
    NameScanner.Found own = names.after(s, next.end(), known);
    return own == null || own.comma() ? next.country() : null;
  }

  /**
   * The state of the news agency a reported title is quoted from ("نقلت وكالة الأنباء الجزائرية عن وزير الطاقة",
   * "وكالة «إنترفاكس» الروسية للأنباء عن وزير"): a state's agency reports its own officials. Null when none.
   */
  private String sourceCountry(SentenceTokens s, int role, Language lang) {
    if (lang != Language.ARABIC || role < 3 || !s.folded(role - 1).equals(FROM)) {
      return null;
    }
    String country = null;
    for (int k = role - 2; k >= Math.max(0, role - 2 - SOURCE_WINDOW); k--) {
      int c = lex.countries(lang).longestAt(s.folded(), k);
      if (c > 0 && k + c < role && country == null) {
        country = lex.countries(lang).valueAt(s.folded(), k, c);
      }
      if (AGENCY.equals(MatchFold.fold(s.tokens().get(k).text()))) {
        return OfficialMerger.INTERNATIONAL.equals(country) ? null : country;
      }
    }
    return null;
  }

  /** The state of a ruling house whose family name ends the name ("خليفة بن سلمان آل خليفة" BH), or null. */
  private String familyState(SentenceTokens s, NameScanner.Found name, Language lang) {
    for (int k = name.start() + 1; k < name.end(); k++) {
      int n = lex.rulingFamilies(lang).longestAt(s.folded(), k);
      if (n > 0 && k + n == name.end()) {
        return lex.rulingFamilies(lang).valueAt(s.folded(), k, n);
      }
    }
    return null;
  }

  /**
   * The state of the official named right before a title joined to his name by و ("مستشار وزير العدل التركي بصري
   * باغجي ومدير عام السجون أنيس بيلدريم"): one side's officials are listed together. Null otherwise.
   */
  private static String coordinatedState(SentenceTokens s, RoleMatch role, OfficialCandidate before) {
    int at = role.start();
    String state = before.role().country();
    boolean joined = at > 0 && s.folded(at).length() > 3 && s.folded(at).charAt(0) == '\u0648'
        && s.end(at - 1) == before.end();
    return joined && state != null && !state.startsWith(OfficialMerger.FOREIGN)
        && !state.equals(OfficialMerger.INTERNATIONAL) ? state : null;
  }

  /**
   * A Persian list of officials of one state, each name before its title, the state written after the last title
   * only ("پراتیبها پاتیل رئیس جمهور، منموهان سینگ نخست وزیر و مورلی دئورا وزیر نفت هند"): the items before it that
   * name no state serve that one. {@code from} is the first candidate read in this sentence.
   */
  private static void listedState(SentenceTokens s, List<OfficialCandidate> candidates, int from) {
    for (int j = candidates.size() - 2; j >= from; j--) {
      RoleMatch role = candidates.get(j).role();
      String next = candidates.get(j + 1).role().country();
      int gap = role.end();
      boolean listed = gap + 1 < s.size() && (isComma(s, gap) || s.folded(gap).equals("و"))
          && candidates.get(j + 1).start() == s.start(gap + 1);
      if (role.country() == null && listed && next != null && !next.startsWith(OfficialMerger.FOREIGN)
          && !next.equals(OfficialMerger.INTERNATIONAL) && candidates.get(j + 1).role().start() > gap) {
        candidates.set(j, candidates.get(j).withRole(withSide(role, next)));
      }
    }
  }

  /** True when a word for the dead stands between a title and its name ("الملك الراحل فيصل"، "القائد الشهيد"). */
  private boolean lateBetween(SentenceTokens s, int from, int to, Language lang) {
    for (int i = from; i < to; i++) {
      if (lex.isLate(lang, s.folded(i))) {
        return true;
      }
    }
    return false;
  }

  /** True when a blessing for the dead follows the name, past a dash or comma ("فيصل بن عبدالعزيز - رحمه الله -"). */
  private boolean mourned(SentenceTokens s, int at, Language lang) {
    int k = at;
    while (k < s.size() && k - at < 2 && s.isPunctuation(k)) {
      k++;
    }
    int n = lex.honorifics(lang).longestAt(s.folded(), k);
    return n > 0 && "obituary".equals(lex.honorifics(lang).valueAt(s.folded(), k, n));
  }

  /**
   * An Arabic title in the dual ("وزيرا النقل"، "وزيري الخارجية"، "الرئيسان"): the head less its ending is a title,
   * or the title table says so.
   */
  private boolean dualTitle(SentenceTokens s, RoleMatch role, RoleFinder roles) {
    String head = s.folded(role.start());
    return head.length() > 3 && (head.endsWith("\u0627") || head.endsWith("\u064A"))
        && lex.titles(Language.ARABIC).longestAt(s.folded(), role.start(), head.substring(0, head.length() - 1)) > 0
        || roles.dual(s, role.start(), roles.titleAt(s, role.start()));
  }

  /**
   * The second holder of a dual title read into the first one's name: the finder's names after a word glued to و
   * inside it ("الوزيرين العبيدي وكارتر"); null when there is none.
   */
  private static NameScanner.Found joinedPartner(SentenceTokens s, NameScanner.Found name) {
    for (int k = name.start() + 1; k < name.end(); k++) {
      if (s.folded(k).length() > 2 && s.folded(k).charAt(0) == '\u0648' && s.person()[k]) {
        return new NameScanner.Found(k, name.end(), false);
      }
    }
    return null;
  }

  /**
   * The state of a dual's second holder: the nationality glued to و before his name ("الرئيسين الأميركي باراك أوباما
   * والكوبي راوول كاسترو"), else the first holder's ("وزيرا النقل ... والداخلية ...": one government).
   */
  private String partnerCountry(SentenceTokens s, NameScanner.Found first, RoleMatch role) {
    int at = first.end() < s.size() && isComma(s, first.end()) ? first.end() + 1 : first.end();
    String bare = at < s.size() && s.folded(at).length() > 3 ? s.folded(at).substring(1) : "";
    int n = bare.isEmpty() ? 0 : lex.countries(Language.ARABIC).longestAt(s.folded(), at, bare);
    String iso = n == 1 ? lex.countries(Language.ARABIC).valueAt(s.folded(), at, 1, bare) : null;
    return iso == null || OfficialMerger.INTERNATIONAL.equals(iso) ? role.country() : iso;
  }

  /** The candidate without the و glued to its first word. */
  private static OfficialCandidate withoutAnd(OfficialCandidate c) {
    List<String> words = new ArrayList<>(c.words());
    words.set(0, words.get(0).substring(1));
    return new OfficialCandidate(words, c.name().substring(1), c.start() + 1, c.end(), c.role());
  }

  /**
   * The second holder of a dual title, after the first one's name, a comma and the second office glued to و and
   * the article ("وزيرا النقل بدر باسلمة، والداخلية عبده الحذيفي"); null when the sentence goes on otherwise.
   */
  private static NameScanner.Found partnerOfDual(
      SentenceTokens s, NameScanner.Found first, NameScanner names, Set<String> known, boolean[] claimed) {
    int at = first.end() < s.size() && isComma(s, first.end()) ? first.end() + 1 : first.end();
    if (at + 1 >= s.size() || !s.tokens().get(at).text().startsWith("\u0648\u0627\u0644")) {
      return null;
    }
    NameScanner.Found partner = free(names.after(s, at + 1, known), claimed);
    return partner == null || partner.comma() ? null : partner;
  }

  private static boolean isComma(SentenceTokens s, int i) {
    String t = s.tokens().get(i).text();
    return t.equals("\u060C") || t.equals(",");
  }

  /** No state read yet: none, or only "not the state of ..." (a counterpart). */
  private static boolean unknown(String country) {
    return country == null || country.startsWith(OfficialMerger.FOREIGN);
  }

  /**
   * The official a counterpart (نظيره) is the partner of: the last one whose surname the sentence writes before it
   * ("سيعقد الجبير مع نظيره سيرجي لافروف" after "الرئيس الروسي فلاديمير بوتين" is the Saudi's counterpart), else the
   * last official read.
   */
  private static OfficialCandidate partnerBefore(SentenceTokens s, int role, List<OfficialCandidate> candidates) {
    for (int k = role - 1; k >= 0; k--) {
      for (int c = candidates.size() - 1; c >= 0; c--) {
        List<String> w = candidates.get(c).words();
        if (s.folded(k).equals(w.get(w.size() - 1))) {
          return candidates.get(c);
        }
      }
    }
    return candidates.get(candidates.size() - 1);
  }

  /** The state a counterpart's partner (the official named before) serves as far as read, or "" for the home state. */
  private static String partnerState(OfficialCandidate before) {
    String c = before.role().country();
    return c == null || c.startsWith(OfficialMerger.FOREIGN) || c.equals(OfficialMerger.INTERNATIONAL) ? "" : c;
  }

  private static RoleMatch withSide(RoleMatch role, String side) {
    return side == null ? role : new RoleMatch(role.start(), role.end(), role.role(), role.organization(), side);
  }

  private NameScanner.Found pick(
      SentenceTokens s, RoleMatch role, NameScanner names, Set<String> known, boolean[] claimed, Language lang) {
    // "تعيين بختي بلعايب وزيرا للتجارة خلفا لعمارة بن يونس": the appointee is named before, the predecessor after
    NameScanner.Found after = lang == Language.ARABIC && appointedTo(s, role.start()) ? null
        : free(names.after(s, role.end(), known), claimed);
    // "مسوول بنیاد احسان و نیکوکاری"، "مسئول ستاد کروبی": a name right after a Persian role's last body noun names
    // that body, not the holder
    if (lang == Language.PERSIAN && after != null && after.start() == role.end() && role.end() > role.start()
        && lex.isNameHead(lang, s.folded(role.end() - 1))) {
      after = null;
    }
    // "الأمير محمد بن سلمان ووزير الدفاع الأميركي": a title after "و" is another person's
    boolean coordinated = role.start() > 0 && s.folded(role.start() - 1).equals("\u0648")
        || lang == Language.ARABIC && s.folded(role.start()).startsWith("\u0648")
            && lex.titles(lang).longestAt(s.folded(), role.start()) == 0;
    // "قدم ماجد القصبي شكره لرئيس المدينة": a title behind a glued preposition is the object's, not the subject's
    boolean object = lang == Language.ARABIC && s.folded(role.start()).length() > 3
        && "\u0644\u0628".indexOf(s.folded(role.start()).charAt(0)) >= 0
        && lex.titles(lang).longestAt(s.folded(), role.start()) == 0;
    NameScanner.Found before = coordinated || object ? null : free(names.before(s, role.start(), known), claimed);
    if (before == null && !coordinated && !object) {
      before = free(names.appointed(s, role.start(), known), claimed);
    }
    // "الأمير محمد بن نايف ولي العهد ... وصاحب السمو الملكي الأمير محمد بن سلمان": a name behind "و" and an honorific
    // is the next person's, and the title is in apposition to the name before it
    if (lang == Language.ARABIC && before != null && !before.comma() && andHonorific(s, role.end())) {
      return before;
    }
    // "دیدار 29 آوریل رئیس جمهور محمود احمدی‌نژاد": a Persian word before the title that only its rarity made a name
    // gives way to a full name the finder marked after it ("خرم مشاور خاتمی شد": one word after it does not)
    if (lang == Language.PERSIAN && before != null && after != null && !after.comma() && !marked(s, before, true)
        && before.end() - before.start() == 1 && after.end() - after.start() > 1 && marked(s, after, false)) {
      return after;
    }
    // adjacent beats across a comma; then Arabic reads the name after the title, Persian before it
    NameScanner.Found first = lang == Language.ARABIC ? after : before;
    NameScanner.Found second = lang == Language.ARABIC ? before : after;
    for (NameScanner.Found f : new NameScanner.Found[] {first, second}) {
      if (f != null && !f.comma()) {
        return f;
      }
    }
    return first != null ? first : second;
  }

  /**
   * True when the name finder marked every word of the name ({@code any}: one word, or a word the name lists
   * know).
   */
  private boolean marked(SentenceTokens s, NameScanner.Found name, boolean any) {
    for (int k = name.start(); k < name.end(); k++) {
      boolean known = s.person()[k] || any && lex.isNameWord(Language.PERSIAN, s.folded(k));
      if (any && known) {
        return true;
      }
      if (!any && !known) {
        return false;
      }
    }
    return !any;
  }

  /**
   * True for an Arabic title in the accusative before a glued ل ("وزيرا للتجارة"، "رئيسا للجنة"): the office someone
   * is made or named to, whose holder is the name before it.
   */
  private boolean appointedTo(SentenceTokens s, int i) {
    String head = s.folded(i);
    String next = i + 1 < s.size() ? s.folded(i + 1) : "";
    return head.length() > 3 && head.endsWith("\u0627") && next.length() > 3 && next.charAt(0) == '\u0644'
        && lex.titles(Language.ARABIC).longestAt(s.folded(), i, head.substring(0, head.length() - 1)) > 0;
  }

  /** An honorific glued to "و" at {@code k} ("وصاحب السمو"، "ومعالي"): the next person of a list begins. */
  private boolean andHonorific(SentenceTokens s, int k) {
    String f = k < s.size() ? s.folded(k) : "";
    return f.length() > 3 && f.charAt(0) == '\u0648'
        && lex.honorifics(Language.ARABIC).longestAt(s.folded(), k, f.substring(1)) > 0;
  }

  private static NameScanner.Found free(NameScanner.Found f, boolean[] claimed) {
    if (f == null) {
      return null;
    }
    for (int k = f.start(); k < f.end(); k++) {
      if (claimed[k]) {
        return null;
      }
    }
    return f;
  }

  /** Sentences come in text order, so one sweep over the document's mentions marks every token. */
  private SentenceTokens sentenceTokens(String text, Sentence sentence, SpanSweep found) {
    List<Token> tokens = tokenizer.tokenize(text, sentence);
    List<String> folded = tokens.stream().map(t -> MatchFold.fold(t.text())).toList();
    boolean[] person = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      person[i] = found.overlaps(tokens.get(i).start(), tokens.get(i).end());
    }
    return new SentenceTokens(text, tokens, folded, person);
  }
}
