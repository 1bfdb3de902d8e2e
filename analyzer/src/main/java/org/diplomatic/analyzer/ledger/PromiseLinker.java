package org.diplomatic.analyzer.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Links statements into promises in time order (document date, then position in the document) and labels each
 * link: the first statement of a promise is first_made; a later one is changed when its figure (same unit and
 * period) or its due date differs from the promise's current one, else repeated; a report of something done is
 * fulfilled and closes the promise to commitments (a later mention that it was done joins it, fulfilled again). A
 * promise still open whose due date is before {@code latestDate} gets a last overdue link. Statements of one document
 * share the label of that document's first link to the promise. A statement joins no promise on a due date or holder
 * alone (content must agree, or the figure), nor a promise that another commitment of its document holds unless it
 * restates it; a report does not fulfil what its own document promises, and a figure reached fulfils only a promise
 * of that figure.
 */
public final class PromiseLinker {
  private static final int COMPARED_STATEMENTS = 5;
  /** Due dates closer than this are one deadline ({@link Open#moved}). */
  private static final int SAME_DEADLINE_DAYS = 15;
  private static final int ISO_DAY = "2025-03-20".length();
  private static final String PERCENT = "percent";
  /** How many of a statement's rarest content words look up candidate promises. */
  private static final int RAREST_TERMS = 6;
  private final ContentSimilarity similarity;
  private final LinkerSettings settings;
  private final PairScorer scorer;
  /** When set, receives every pair a replayed statement is scored in, and whether it joined that promise. */
  private PairSink pairs;

  /** Receives a statement, the first statement of a promise it could join, their features and whether it joined. */
  interface PairSink {
    void accept(Statement s, Statement first, PairFeatures f, boolean joined);
  }
  private final Events events = Events.load();
  private final Ordinals ordinals = Ordinals.load();
  /** Words saying a quantity reached a figure: a percentage beside them is progress (بلغت 60 في المئة). */
  private final FulfilmentCues reached = FulfilmentCues.load("reach-cues.tsv");

  /** The last statement whose cues were read, and its cues: one statement is scored against many promises. */
  private Statement cuesFor;
  private Cues cues;

  public PromiseLinker(ContentSimilarity similarity, LinkerSettings settings) {
    this(similarity, settings, PairScorer.rules(settings));
  }

  /** As above, with {@code scorer} deciding which promise a statement continues once the hard rules let it. */
  PromiseLinker(ContentSimilarity similarity, LinkerSettings settings, PairScorer scorer) {
    this.similarity = similarity;
    this.settings = settings;
    this.scorer = scorer;
  }

  /**
   * Sends {@code sink} each pair a replayed statement makes with the promises it could join and whether it joined
   * that one: the examples a {@link LogisticPairScorer} learns from, the replay being the gold linking.
   */
  PromiseLinker collectingPairs(PairSink sink) {
    this.pairs = sink;
    return this;
  }

  /**
   * The order statements are linked in: document date (undated last), document, a sentence that may restate a
   * promise after its document's commitments (it restates their figures), position in the document.
   */
  static final Comparator<Statement> ORDER = Comparator.comparing((Statement s) -> s.date() == null ? "~" : s.date())
      .thenComparing(Statement::docId).thenComparing(Statement::mayRestate).thenComparingInt(Statement::start)
      .thenComparing(Statement::item);

  /**
   * A linking: the statements in {@link #ORDER}, the promise each joined (its number in {@code promises}, -1 for
   * none) and the promises, in order of first statement.
   */
  record Linking(List<Statement> ordered, int[] promiseOf, List<Promise> promises) {}

  /** The promises, in order of first statement. */
  public List<Promise> link(List<Statement> statements, String latestDate) {
    List<Statement> ordered = new ArrayList<>(statements);
    ordered.sort(ORDER);
    return link(ordered, latestDate, new int[0]).promises();
  }

  /**
   * Links {@code ordered} (in {@link #ORDER}); the first {@code replayed.length} statements join the promise
   * {@code replayed} gives (as {@link Linking#promiseOf}) without being scored: each decision depends only on the
   * statements before it, so a ledger extended by later statements replays what it linked before and links only
   * those.
   */
  Linking link(List<Statement> ordered, String latestDate, int[] replayed) {
    similarity.forget();
    List<Open> promises = new ArrayList<>();
    Map<String, Set<Open>> byKey = new HashMap<>();
    int[] promiseOf = new int[ordered.size()];
    int clock = 0;
    for (int i = 0; i < ordered.size(); i++) {
      Statement s = ordered.get(i);
      clock++;
      Open joined = null;
      if (i < replayed.length) {
        int p = replayed[i];
        if (p > promises.size()) {
          throw new IllegalArgumentException("statement " + i + " replays promise " + p + " of " + promises.size());
        }
        if (pairs != null && p >= 0) {
          for (Open o : candidates(byKey, s)) {
            PairFeatures f = features(s, o);
            if (f != null) {
              pairs.accept(s, o.first, f, o.number == p);
            }
          }
        }
        if (p == promises.size()) {
          joined = new Open(s, clock, p, cuesOf(s));
          promises.add(joined);
        } else if (p >= 0) {
          joined = promises.get(p);
          joined.add(s, clock, cuesOf(s));
        }
      } else {
        Open best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Open p : candidates(byKey, s)) {
          PairFeatures f = features(s, p);
          double score = f == null ? Double.NEGATIVE_INFINITY : scorer.score(f);
          if (score > bestScore) {
            bestScore = score;
            best = p;
          }
        }
        if (best != null && bestScore >= scorer.threshold()) {
          joined = best;
          best.add(s, clock, cuesOf(s));
        } else if (!s.isReport() && !s.mayRestate()) {
          joined = new Open(s, clock, promises.size(), cuesOf(s));
          promises.add(joined);
        }
      }
      promiseOf[i] = joined == null ? -1 : joined.number;
      if (joined != null) {
        for (String key : keys(s)) {
          byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(joined);
        }
      }
    }
    similarity.forget();
    return new Linking(ordered, promiseOf, promises.stream().map(p -> p.toPromise(latestDate)).toList());
  }

  /**
   * The open promises that share one of the statement's rarest content words, a figure or a due date with it and
   * whose parties are compatible, the most recently touched first, at most {@code recent} of them. A sentence that
   * joins only a promise of its figure (a restatement, a figure reached) looks up by the figure's value alone.
   */
  private List<Open> candidates(Map<String, Set<Open>> byKey, Statement s) {
    Set<Open> found = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Set<Open> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<String> lookup = lookupKeys(s, byKey);
    if (s.mayRestate() || s.reportsAFigureReached()) {
      lookup = lookup.stream().filter(k -> k.startsWith("v:")).toList();
    }
    for (String key : lookup) {
      for (Open p : byKey.getOrDefault(key, Set.of())) {
        if (seen.add(p) && p.acceptsFrom(s) && compatible(s.countries(), p.countryList)) {
          found.add(p);
        }
      }
    }
    List<Open> ordered = new ArrayList<>(found);
    ordered.sort(Comparator.comparingInt((Open p) -> -p.touched));
    return ordered.size() > settings.recent() ? ordered.subList(0, settings.recent()) : ordered;
  }

  /**
   * The keys a statement looks up promises by: its {@value #RAREST_TERMS} rarest content words that a statement
   * linked before also has (a word no promise has can find nothing), its figures and its due date.
   */
  private List<String> lookupKeys(Statement s, Map<String, Set<Open>> byKey) {
    List<String> keys = new ArrayList<>();
    similarity.termsOf(s).stream().filter(t -> byKey.containsKey("w:" + t))
        .sorted(Comparator.comparingDouble((String t) -> -similarity.weight(t))).limit(RAREST_TERMS)
        .forEach(t -> keys.add("w:" + t));
    keys.addAll(figureKeys(s));
    return keys;
  }

  /** The keys a statement files its promise under: every content word, its figures and its due date. */
  private List<String> keys(Statement s) {
    List<String> keys = new ArrayList<>();
    similarity.termsOf(s).forEach(t -> keys.add("w:" + t));
    keys.addAll(figureKeys(s));
    return keys;
  }

  /** Its figures (with their period, and by unit and value alone) and its due date. */
  private static List<String> figureKeys(Statement s) {
    List<String> keys = new ArrayList<>();
    s.measures().forEach(a -> {
      keys.add("f:" + a.unit() + "/" + a.period() + "/" + a.value());
      keys.add("v:" + a.unit() + "/" + a.value());
    });
    if (s.deadlineIso() != null) {
      keys.add("d:" + s.deadlineIso());
    }
    return keys;
  }

  private static boolean inNoCommonCurrency(List<Amount> mine, List<Amount> its) {
    Set<String> a = mine.stream().filter(Amount::isMoney).map(Amount::unit).collect(Collectors.toSet());
    Set<String> b = its.stream().filter(Amount::isMoney).map(Amount::unit).collect(Collectors.toSet());
    return !a.isEmpty() && !b.isEmpty() && Collections.disjoint(a, b);
  }

  /**
   * True when a rate (a figure with a period: 10 million tonnes a year) has the unit and period of one of the
   * promise's: a target moved is written in its own unit and period. A sum or length without a period is not enough
   * (a loan and a project's value, two cables of one relationship), nor a percentage (progress, shares).
   */
  private static boolean movesAFigure(List<Amount> mine, List<Amount> its) {
    return mine.stream().anyMatch(a -> a.unit() != null && a.period() != null && !PERCENT.equals(a.unit())
        && its.stream().anyMatch(b -> a.unit().equals(b.unit()) && a.period().equals(b.period())));
  }

  /** The pair's features, or null when a hard rule keeps the statement out of the promise. */
  private PairFeatures features(Statement s, Open p) {
    // a report or a restatement has only its document's areas, which need not include the promise's own
    if (!s.isReport() && !s.mayRestate() && !p.areas.isEmpty() && !s.areas().isEmpty()
        && s.areas().stream().noneMatch(p.areas::contains)) {
      return null;
    }
    if (s.isReport() ? promisedIn(s.docId(), p) : !restatesItsDocument(s, p)) {
      return null;
    }
    Cues c = cuesOf(s);
    if (s.reportsAnEvent() && !p.acts.contains(c.reportedAct())) {
      return null;
    }
    if (anotherMeeting(s, p, c) || !p.ranks.containsAll(c.ranks()) && !heldAnUnnumberedMeeting(s, p, c)) {
      // a second railway, line or phase of the same towns is not the first
      return null;
    }
    List<Amount> measures = s.measures();
    List<Amount> agreeing = measures.stream().filter(a -> p.amountsSeen.stream().anyMatch(a::compatibleWith))
        .toList();
    // a session's number names it as a figure names a target: the fourteenth session held is the one promised
    boolean sameSession = sameSession(s, p, c);
    boolean sameFigure = !agreeing.isEmpty() || sameSession;
    if ((s.reportsAFigureReached() || s.mayRestate()) && agreeing.isEmpty()) {
      return null;
    }
    if (agreeing.isEmpty() && inNoCommonCurrency(measures, p.amountsSeen)) {
      // a promise's sum moves in its own currency: a threshold in dinars is no trade target in dollars
      return null;
    }
    // percentages coincide by chance (a share of 12% is no tariff cut by 12%): they count as no figure agreeing
    boolean percentOnly = !agreeing.isEmpty() && !sameSession
        && agreeing.stream().allMatch(a -> PERCENT.equals(a.unit()));
    double content = 0;
    List<Statement> recent = p.statements.subList(Math.max(0, p.statements.size() - COMPARED_STATEMENTS),
        p.statements.size());
    for (Statement t : recent) {
      if (!sameFigure && !similarity.sharesAnObject(s, t)) {
        continue;
      }
      // one word in common is chance, unless the figure agrees too (in a commitment: a sentence's figure may agree
      // by chance)
      content = Math.max(content, sameFigure && !s.mayRestate() && !percentOnly ? similarity.of(s, t, 1)
          : similarity.of(s, t));
    }
    if (s.mayRestate() && content < settings.leastContent()) {
      return null;
    }
    if (s.isReport() && percentOnly && content < settings.leastContent()) {
      return null;
    }
    boolean moved = false;
    if (!sameFigure && content < settings.leastContent()) {
      // a due date or a holder alike is no promise alike: many of one text's promises share them
      return null;
    } else if (!sameFigure && !s.isReport()) {
      moved = movesAFigure(measures, p.amountsSeen);
    }
    boolean sameDeadline = s.deadlineIso() != null && p.deadlinesSeen.contains(s.deadlineIso());
    boolean sameHolder = c.holderKey() != null && p.holders.contains(c.holderKey());
    return new PairFeatures(content, sameFigure, moved, sameDeadline, sameHolder, s.isReport(),
        !java.util.Objects.equals(s.lang(), p.first.lang()));
  }

  /**
   * True unless the promise already holds a commitment of the statement's document that the statement does not
   * restate: one text lists distinct promises side by side (their due dates often alike), and states one promise
   * twice only by restating it (a headline and its body), with the same figure (a headline may drop its period) or
   * most of the same words.
   */
  private boolean restatesItsDocument(Statement s, Open p) {
    for (Statement t : p.commitmentsOf.getOrDefault(s.docId(), List.of())) {
      if (similarity.of(s, t) < settings.restated()
          && s.measures().stream().noneMatch(a -> t.measures().stream().anyMatch(a::sameValueAs))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code s} promises a meeting and {@code p} is a meeting due before {@code s}'s document: that meeting
   * was held or missed by then, and "the next session" of a later text is another one; unless both name the same
   * rank (the third meeting, moved), which numbers one meeting.
   */
  private static boolean anotherMeeting(Statement s, Open p, Cues c) {
    return !s.isReport() && p.acts.contains(Events.MEETING) && p.deadlineIso != null && s.date() != null
        && p.deadlineIso.compareTo(s.date()) < 0 && c.promisedActs().contains(Events.MEETING)
        && (c.ranks().isEmpty() || !p.ranks.containsAll(c.ranks()));
  }

  /**
   * True when {@code s} promises or reports held a meeting of the promise's meetings and names the same ranks (the
   * fourteenth session, چهاردهمین نشست / الدورة الرابعة عشرة): the number tells which session, whatever the words
   * for the body (کمیسیون / اللجنة).
   */
  private static boolean sameSession(Statement s, Open p, Cues c) {
    boolean meeting = s.isReport() ? Events.MEETING.equals(c.reportedAct()) : c.promisedActs().contains(Events.MEETING);
    return meeting && p.acts.contains(Events.MEETING) && !c.ranks().isEmpty() && p.ranks.equals(c.ranks());
  }

  /**
   * True when {@code s} reports held a meeting and {@code p} promises one by no number ("the next session") and is
   * not yet reported held: the report may number the session it holds (the twelfth session was held); a numbered
   * promise needs the same number, and one already held was another session.
   */
  private static boolean heldAnUnnumberedMeeting(Statement s, Open p, Cues c) {
    return s.reportsAnEvent() && Events.MEETING.equals(c.reportedAct()) && p.ranks.isEmpty() && p.fulfilledIn == null;
  }

  /** What a statement's text says beyond its fields, read once per statement. */
  private record Cues(Set<Integer> ranks, Set<String> promisedActs, String reportedAct, String holderKey,
      boolean progress) {}

  private Cues cuesOf(Statement s) {
    if (s != cuesFor) {
      cues = new Cues(ordinals.in(s.text()), events.promisedIn(s.text()),
          s.reportsAnEvent() ? events.reportedIn(s.text()).act() : null,
          s.holder() == null ? null : String.join(" ", FoldedWords.of(s.holder())), reached.reportsDone(s.text()));
      cuesFor = s;
    }
    return cues;
  }

  /** True when the promise has a commitment of {@code docId}: a text does not report done what it still promises. */
  private static boolean promisedIn(String docId, Open p) {
    return p.commitmentsOf.containsKey(docId);
  }

  /** Two country lists are compatible when the shorter one's codes are all in the longer (empty: unknown, any). */
  static boolean compatible(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty() || (b.size() == 1 && b.get(0).isEmpty())) {
      return true;
    }
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = a.size() <= b.size() ? b : a;
    return longer.containsAll(shorter);
  }

  /** A promise being built. */
  private static final class Open {
    final Statement first;
    final Set<String> countries = new TreeSet<>();
    /** {@link #countries} as a list, fixed by the first statement. */
    final List<String> countryList;
    final Set<String> areas = new LinkedHashSet<>();
    final List<Statement> statements = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final List<Amount> amountsSeen = new ArrayList<>();
    final Set<String> deadlinesSeen = new LinkedHashSet<>();
    final Set<String> holders = new LinkedHashSet<>();
    /** The acts its commitments promise ({@link Events}: a meeting, a signing). */
    final Set<String> acts = new TreeSet<>();
    /** The ranks from the second on its statements name ({@link Ordinals}). */
    final Set<Integer> ranks = new TreeSet<>();
    final Map<String, Amount> current = new LinkedHashMap<>();
    final Map<String, LinkLabel> labelOfDoc = new HashMap<>();
    /** The promise's commitments (not reports) by document. */
    final Map<String, List<Statement>> commitmentsOf = new HashMap<>();
    /** The document that set each current figure (by unit and period) and the current due date. */
    final Map<String, String> currentFrom = new HashMap<>();
    /** The document in which each figure ("f:" value, unit and period) and due date ("d:" date) was first seen. */
    final Map<String, String> firstSeen = new HashMap<>();
    /** Its number in order of first statement. */
    final int number;
    String deadlineIso;
    String deadline;
    String deadlineFrom;
    String fulfilledIn;
    int touched;

    Open(Statement s, int clock, int number, Cues cues) {
      first = s;
      this.number = number;
      countries.addAll(s.countries());
      countryList = List.copyOf(countries);
      areas.addAll(s.areas());
      add(s, clock, cues);
    }

    /** Closed once reported done, except to reports: a later text may mention again that it was done. */
    boolean acceptsFrom(Statement s) {
      return fulfilledIn == null || s.isReport();
    }

    void add(Statement s, int clock, Cues cues) {
      touched = clock;
      ranks.addAll(cues.ranks());
      if (!s.isReport()) {
        acts.addAll(cues.promisedActs());
      }
      LinkLabel label;
      String detail = null;
      if (s.isReport()) {
        label = LinkLabel.FULFILLED;
        fulfilledIn = s.docId();
      } else if (statements.isEmpty()) {
        label = LinkLabel.FIRST_MADE;
      } else {
        detail = change(s, cues.progress());
        label = detail == null ? LinkLabel.REPEATED : LinkLabel.CHANGED;
        LinkLabel before = labelOfDoc.get(s.docId());
        if (before == LinkLabel.REPEATED && label == LinkLabel.CHANGED) {
          relabel(s.docId(), label);
        } else if (before != null) {
          label = before;
          detail = null;
        }
      }
      labelOfDoc.put(s.docId(), label);
      statements.add(s);
      if (!s.isReport()) {
        commitmentsOf.computeIfAbsent(s.docId(), k -> new ArrayList<>()).add(s);
      }
      links.add(new Link(s, s.date(), label, detail));
      for (Amount a : s.measures()) {
        if (amountsSeen.stream().noneMatch(a::sameAs)) {
          amountsSeen.add(a);
        }
        String key = a.unit() + "/" + a.period();
        if (!recalled(s, currentFrom.get(key), firstSeen.get("f:" + a.value() + key))) {
          current.put(key, a);
          currentFrom.put(key, s.docId());
        }
        firstSeen.putIfAbsent("f:" + a.value() + key, s.docId());
      }
      if (s.deadlineIso() != null) {
        deadlinesSeen.add(s.deadlineIso());
        if (!recalled(s, deadlineFrom, firstSeen.get("d:" + s.deadlineIso()))) {
          deadlineIso = s.deadlineIso();
          deadline = s.deadline();
          deadlineFrom = s.docId();
        }
        firstSeen.putIfAbsent("d:" + s.deadlineIso(), s.docId());
      }
      if (cues.holderKey() != null) {
        holders.add(cues.holderKey());
      }
    }

    /**
     * True when {@code s} recalls a value an earlier document gave ({@code seenIn}) after its own document set a new
     * one ({@code currentFrom}): "they had agreed to open it by 2022", beside "it will open by 2024", keeps 2024.
     */
    private static boolean recalled(Statement s, String currentFrom, String seenIn) {
      return s.docId().equals(currentFrom) && seenIn != null && !seenIn.equals(s.docId());
    }

    /** Gives every link of document {@code docId} the label {@code label}: one text does one thing to a promise. */
    private void relabel(String docId, LinkLabel label) {
      for (int i = 0; i < links.size(); i++) {
        Link l = links.get(i);
        if (l.statement() != null && l.statement().docId().equals(docId) && l.label() != LinkLabel.FULFILLED) {
          links.set(i, new Link(l.statement(), l.date(), label, l.detail()));
        }
      }
    }

    /**
     * What moved from the promise's current state, or null: the last figure of a unit, else the due date. A
     * percentage of a statement that says how far the work has come ({@code progress}: بلغت 60 في المئة، به ۷۵ درصد
     * رسیده) is progress, not what was promised.
     */
    private String change(Statement s, boolean progress) {
      Map<String, Amount> last = new LinkedHashMap<>();
      s.measures().stream().filter(a -> !(progress && PERCENT.equals(a.unit())))
          .forEach(a -> last.put(a.unit() + "/" + a.period(), a));
      for (Map.Entry<String, Amount> e : last.entrySet()) {
        Amount before = current.get(e.getKey());
        if (before != null && e.getValue().differsFrom(before)) {
          return before.text() + " -> " + e.getValue().text();
        }
      }
      if (s.deadlineIso() != null && deadlineIso != null && moved(deadlineIso, s.deadlineIso())) {
        return "deadline " + deadlineIso + " (" + deadline + ") -> " + s.deadlineIso() + " (" + s.deadline() + ")";
      }
      return null;
    }

    /**
     * True when two due dates are more than {@value #SAME_DEADLINE_DAYS} days apart: one deadline written in two
     * calendars (the end of 1403 and March 2025) or as a month and its last days is not moved.
     */
    private static boolean moved(String before, String after) {
      if (before.length() != ISO_DAY || after.length() != ISO_DAY) {
        return !before.equals(after);
      }
      long days = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(before),
          java.time.LocalDate.parse(after)));
      return days > SAME_DEADLINE_DAYS;
    }

    Promise toPromise(String latestDate) {
      List<Link> all = new ArrayList<>(links);
      String status = "open";
      if (fulfilledIn != null) {
        status = "fulfilled";
      } else if (deadlineIso != null && latestDate != null && deadlineIso.compareTo(latestDate) < 0) {
        status = "overdue";
        all.add(new Link(null, deadlineIso, LinkLabel.OVERDUE,
            "deadline " + deadlineIso + " (" + deadline + ") passed by " + latestDate + " (latest document)"));
      }
      return new Promise(id(first), List.copyOf(countries), List.copyOf(areas), all, status);
    }
  }

  /** A promise's id: stable across rebuilds as long as its first statement stays first. */
  static String id(Statement first) {
    String key = first.docId() + "/" + first.item();
    return "p" + String.format("%08x", key.hashCode());
  }
}
