package org.diplomatic.analyzer.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatic.analyzer.index.IndexedDocument;

/**
 * Reads the ledger's statements of one stored document: each commitment with its parties' countries, the figures
 * written in it and its content words; and each sentence outside the commitments that reports something done.
 * Needs no NLP model: everything comes from the stored analysis and bundled word lists.
 */
public final class StatementReader {
  /** A sentence ends at a line break or after . ؟ ! ؛ followed by white space (the corpus's rule, decimals kept). */
  private static final Pattern SENTENCE = Pattern.compile("[^\\n]+?(?:[.؟!؛](?=\\s)|$)", Pattern.MULTILINE);
  /** Where a clause of a sentence ends ({@link #clauseWith}). */
  private static final Pattern CLAUSE = Pattern.compile("[،؛:]");

  private final Parties parties;
  private final FulfilmentCues cues = FulfilmentCues.load();
  private final FulfilmentCues reached = FulfilmentCues.load("reach-cues.tsv");
  private final FulfilmentCues notDoneCues = FulfilmentCues.load("not-done.tsv");
  private final Events events = Events.load();
  private final Welcomes welcomes = Welcomes.load();
  private final ContentTerms contentTerms;
  private final DueDates dueDates = new DueDates();

  public StatementReader(Parties parties) {
    this(parties, new ContentTerms());
  }

  /** As {@link #StatementReader(Parties)}, with the content words of {@code contentTerms} (shared with the linker). */
  StatementReader(Parties parties, ContentTerms contentTerms) {
    this.parties = parties;
    this.contentTerms = contentTerms;
  }

  public List<Statement> read(IndexedDocument d) {
    List<Statement> statements = new ArrayList<>();
    List<String> docCountries = parties.countriesOf(d);
    Set<String> names = nameWords(d);
    int[] figureAt = figurePositions(d);
    List<int[]> taken = new ArrayList<>();
    int searchFrom = 0;
    for (int i = 0; i < d.commitments().size(); i++) {
      IndexedDocument.Commitment c = d.commitments().get(i);
      int start = d.text().indexOf(c.text(), searchFrom);
      if (start < 0) {
        start = d.text().indexOf(c.text());
      } else {
        searchFrom = start + 1;
      }
      int end = start < 0 ? -1 : start + c.text().length();
      if (start >= 0) {
        taken.add(new int[] {start, end});
      }
      LinkedHashSet<String> countries = new LinkedHashSet<>(parties.countriesOf(c.holder(), d));
      countries.addAll(namedParties(parties.countriesIn(c.text()), docCountries));
      DueDates.Due due = dueDates.of(c.text(), c.deadline(), c.deadlineIso(), d.date());
      statements.add(new Statement(d.id(), d.source(), d.lang(), d.date(), "c" + i, start, end, c.text(), c.kind(),
          c.holder(), due == null ? c.deadline() : due.written(), due == null ? null : due.iso(), c.areas(),
          first(countries, 2), amounts(d, figureAt, start, end),
          terms(withoutDueDate(promised(c.text()), c.deadline(), due),
              withWordsOf(withWordsOf(names, c.holder()), c.owner()))));
    }
    Matcher m = SENTENCE.matcher(d.text());
    for (int n = 0; m.find(); n++) {
      String sentence = m.group().strip();
      int start = m.start() + m.group().indexOf(sentence);
      int end = start + sentence.length();
      if (sentence.isEmpty() || overlaps(taken, start, end)) {
        continue;
      }
      List<Amount> amounts = amounts(d, figureAt, start, end);
      boolean progress = amounts.stream().anyMatch(a -> "percent".equals(a.unit()));
      String item = null;
      String kind = null;
      boolean notDone = notDoneCues.reportsDone(sentence);
      List<String> cue = notDone ? null : cues.cueIn(sentence);
      Events.Reported event = cue == null && !notDone ? events.reportedIn(sentence) : null;
      FulfilmentCues found = cues;
      Welcomes.Welcome welcome = cue == null && event == null && !notDone ? welcomes.in(sentence) : null;
      if (welcome != null && !welcome.reached()) {
        cue = welcome.cue();
        found = welcome.asCues();
      }
      if (event != null && !progress) {
        item = "e" + n;
        cue = event.cue();
      } else if (cue == null && !amounts.isEmpty()) {
        cue = notDone ? null : reached.cueIn(sentence);
        found = reached;
        if (cue == null && welcome != null) {
          // the welcome of a quantity reached (رحب الجانبان بوصول الكميات إلى) reports only a promise of its figure
          cue = welcome.cue();
          found = welcome.asCues();
        }
        // a bare count (3 اتفاقيات) restates nothing by itself: a restatement needs a unit or a period
        boolean measured = amounts.stream().anyMatch(a -> a.unit() != null || a.period() != null);
        item = cue != null ? "r" + n : progress || !measured ? null : "m" + n;
        kind = cue != null ? null : Statement.RESTATED;
      } else if (cue != null && !progress) {
        item = "s" + n;
      }
      if (item != null) {
        LinkedHashSet<String> countries = namedParties(parties.countriesIn(sentence), docCountries);
        DueDates.Due due = kind == null ? null : dueDates.of(sentence, null, null, d.date());
        List<String> terms = new ArrayList<>(terms(reported(sentence, cue, event != null, found), names));
        if (cue != null) {
          // the words that say it is done are in every report: they are not what was promised
          terms.removeAll(terms(String.join(" ", cue)));
        }
        statements.add(new Statement(d.id(), d.source(), d.lang(), d.date(), item, start, end, sentence, kind,
            null, due == null ? null : due.written(), due == null ? null : due.iso(), d.areas(), first(countries, 2),
            amounts, List.copyOf(terms)));
      }
    }
    return statements;
  }

  /**
   * The clause of a report that holds its cue (between ، ؛ or : ), where what is done is named: the clause before it
   * often names another thing (استعرض المجتمعون ما تحقق منذ اجتماع اللجنة ...، وأفيد بأن الخط الملاحي ... يعمل منذ).
   */
  private static String clauseWith(String sentence, FulfilmentCues cues) {
    for (String clause : CLAUSE.split(sentence)) {
      if (cues.cueIn(clause) != null) {
        return clause;
      }
    }
    return sentence;
  }

  /**
   * Where a report names what is done: the clause of its cue ({@link #clauseWith}); for a meeting or a signing, or
   * when that clause names nothing (ودخل ملحق تمديد اتفاقية ...، الذي وقعه الوزيران ...، حيز التنفيذ مطلع الشهر
   * الجاري), the sentence up to the end of that clause ({@link #upToClauseWith}).
   */
  private String reported(String sentence, List<String> cue, boolean event, FulfilmentCues found) {
    if (cue == null) {
      return sentence;
    }
    if (!event) {
      String clause = clauseWith(sentence, found);
      List<String> words = new ArrayList<>(terms(clause));
      words.removeAll(terms(String.join(" ", cue)));
      if (words.size() >= 2) {
        return clause;
      }
    }
    return upToClauseWith(sentence, cue);
  }

  /**
   * The sentence up to the end of the clause that holds {@code cue}: a meeting or a signing is named far before its
   * verb (دوازدهمین دور کمیسیون مشترک ...، در بغداد برگزار شد), and what follows is another matter.
   */
  private static String upToClauseWith(String sentence, List<String> cue) {
    FulfilmentCues one = FulfilmentCues.of(List.of(String.join(" ", cue)));
    Matcher boundary = CLAUSE.matcher(sentence);
    int from = 0;
    while (boundary.find()) {
      if (one.reportsDone(sentence.substring(from, boundary.start()))) {
        return sentence.substring(0, boundary.start());
      }
      from = boundary.end();
    }
    return sentence;
  }

  /** Where each figure is in the text: the stored figures are in text order, each found after the one before. */
  private static int[] figurePositions(IndexedDocument d) {
    int[] at = new int[d.figures().size()];
    int from = 0;
    for (int i = 0; i < at.length; i++) {
      at[i] = d.text().indexOf(d.figures().get(i).text(), from);
      if (at[i] >= 0) {
        from = at[i] + 1;
      }
    }
    return at;
  }

  /** The figures of the document written between {@code start} and {@code end}. */
  private static List<Amount> amounts(IndexedDocument d, int[] figureAt, int start, int end) {
    List<Amount> amounts = new ArrayList<>();
    for (int i = 0; i < figureAt.length; i++) {
      IndexedDocument.Figure f = d.figures().get(i);
      if (figureAt[i] >= start && figureAt[i] < end && f.magnitude() != null) {
        amounts.add(new Amount(f.text(), f.magnitude(), f.unit(), f.period()));
      }
    }
    return amounts;
  }

  /**
   * What a commitment promises: the words inside its quotation marks when it quotes its holder (the words around
   * them name the speaker, the place and the day), else the whole text.
   */
  static String promised(String text) {
    int open = text.indexOf('«');
    int close = text.lastIndexOf('»');
    return open >= 0 && close > open + 1 ? text.substring(open + 1, close) : text;
  }

  /**
   * {@code text} without its due date as written (خلال الربع الأول من عام 2024، تا پایان سال ۲۰۲۰ میلادی): a due date
   * is compared as a date, and its words (first, quarter, half) are in many promises.
   */
  private static String withoutDueDate(String text, String deadline, DueDates.Due due) {
    String rest = text;
    for (String written : new String[] {deadline, due == null ? null : due.written()}) {
      if (written != null && !written.isBlank()) {
        rest = rest.replace(written, " ");
      }
    }
    return rest;
  }

  /** The folded words of the document's officials' names: parties, not what was promised. */
  private static Set<String> nameWords(IndexedDocument d) {
    Set<String> words = new HashSet<>();
    d.officials().forEach(o -> addWords(words, o.name()));
    return words;
  }

  /**
   * {@code names} and the words of a commitment's holder (الحكومة العراقية، وزارت تجارت عراق) or owner in minutes (على
   * أن تتولى قطر للطاقة والشركة الوطنية الإيرانية للنفط تنفيذها): who, not what.
   */
  private static Set<String> withWordsOf(Set<String> names, String holder) {
    if (holder == null) {
      return names;
    }
    Set<String> words = new HashSet<>(names);
    addWords(words, holder);
    return words;
  }

  private static void addWords(Set<String> words, String text) {
    for (String w : FoldedWords.of(text)) {
      words.add(w);
      words.add(FoldedWords.stripped(w));
    }
  }

  /** The content words of {@code text} ({@link ContentTerms}). */
  List<String> terms(String text) {
    return contentTerms.of(text, Set.of());
  }

  private List<String> terms(String text, Set<String> names) {
    return contentTerms.of(text, names);
  }

  private static boolean overlaps(List<int[]> spans, int start, int end) {
    return spans.stream().anyMatch(s -> s[0] < end && start < s[1]);
  }

  /**
   * The countries a statement names, then the document's: when it names both of the document's two parties and a
   * third state, the parties first, so that the state the promise is about (gas swapped to Azerbaijan through Iran)
   * does not take a party's place.
   */
  private static LinkedHashSet<String> namedParties(List<String> named, List<String> docCountries) {
    LinkedHashSet<String> countries = new LinkedHashSet<>();
    if (docCountries.size() >= 2 && named.containsAll(docCountries.subList(0, 2))) {
      named.stream().filter(docCountries.subList(0, 2)::contains).forEach(countries::add);
    }
    countries.addAll(named);
    countries.addAll(docCountries);
    return countries;
  }

  private static List<String> first(Set<String> codes, int n) {
    return codes.stream().limit(n).toList();
  }
}
