package org.diplomatic.analyzer.extract.commitments;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.Span;

/**
 * Finds commitments sentence by sentence: the classifier (learned model or cue baseline) decides whether a sentence
 * is one and of which kind; a sentence whose clauses hold two or more commitments yields one per clause. A list
 * number opening a minutes item is left out of the text. Holder, owner and deadline come from {@link PartyRules}.
 */
public final class CommitmentExtractor {
  private static final Pattern LIST_MARKER = Pattern.compile(
      "^\\s*(?:[0-9٠-٩۰-۹]{1,3}|[أ-ي]|أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|اول|دوم|سوم|چهارم|پنجم|ششم)"
          + "\\s*[-.)–:]\\s*");

  private final ClauseClassifier classifier;
  private final ClauseSplitter clauses = new ClauseSplitter();
  private final PartyRules parties = new PartyRules();
  private final CueRules leadInRules = new CueRules();
  private final DeadlineDates dates = DeadlineDates.load();
  private final MeetingDate meetingDates = MeetingDate.load();
  private final CommitmentFeatures words = new CommitmentFeatures(CueLexicon.load());
  private static final PersianFinalVerb PERSIAN_VERBS = PersianFinalVerb.load();

  public CommitmentExtractor(ClauseClassifier classifier) {
    this.classifier = new RuledClassifier(classifier);
  }

  /** The extractor over the trained model in {@code modelsDir/commitments/}. */
  public static CommitmentExtractor load(Path modelsDir) {
    return new CommitmentExtractor(CommitmentModel.load(modelsDir.resolve("commitments")));
  }

  public List<Commitment> extract(
      String text, List<Sentence> sentences, String genre, List<Party> officials, List<Party> quotes) {
    List<Commitment> out = new ArrayList<>();
    // Relative deadlines of minutes (خلال شهر) count from the meeting's date line.
    LocalDate meeting = "minutes".equals(genre) ? meetingDates.find(text) : null;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      String kind = classifier.kind(s.text(), genre);
      List<Span> positives = new ArrayList<>();
      List<String> kinds = new ArrayList<>();
      List<Span> parts = clauses.split(s.text());
      if (parts.size() > 1) {
        for (Span c : parts) {
          if (ClauseSplitter.relative(c.in(s.text()))) {
            continue;
          }
          String k = classifier.kind(c.in(s.text()), genre);
          if (!k.equals(ClauseClassifier.NONE)) {
            positives.add(new Span(s.start() + c.start(), s.start() + c.end()));
            kinds.add(k);
          }
        }
      }
      if (positives.size() >= 2 && !kind.equals(ClauseClassifier.NONE) && ownClauses(text, positives)) {
        for (int k = 0; k < positives.size(); k++) {
          out.add(build(text, i, s, positives.get(k), kinds.get(k), officials, quotes, meeting));
        }
      } else if (!kind.equals(ClauseClassifier.NONE)) {
        out.add(build(text, i, s, withoutListMarker(s), listedKind(text, s, genre, kind), officials, quotes, meeting));
      }
    }
    return out;
  }

  /** Persian clauses cut at و must each end in a verb ("بین سازمان منطقه آزاد اروند و کمیسیون ... منعقد شد" is one). */
  private boolean ownClauses(String text, List<Span> clauses) {
    for (Span c : clauses) {
      List<org.diplomatic.analyzer.text.Token> tokens = words.tokens(c.in(text));
      if (CueRules.isPersian(tokens) && !PERSIAN_VERBS.endsInVerb(tokens)) {
        return false;
      }
    }
    return true;
  }

  /**
   * An item listed under an Arabic lead-in that agrees or decides ("اتفق الطرفان على ما يلي:"، "قرر المجتمعون ما
   * يلي:") is of the lead-in's kind; in a statement a body's adoption (أقر الوزراء البنود التالية) is an agreement.
   */
  private String listedKind(String text, Sentence s, String genre, String kind) {
    String leadIn = PartyRules.leadIn(text, s.span());
    String lead = leadIn == null ? ClauseClassifier.NONE : leadInRules.judge(leadIn.replace(":", ""), "minutes").kind();
    if (lead.equals("decision")) {
      return "statement".equals(genre) ? "agreement" : lead;
    }
    return lead.equals("agreement") ? lead : kind;
  }

  private static Span withoutListMarker(Sentence s) {
    Matcher m = LIST_MARKER.matcher(s.text());
    return m.find() && m.end() < s.text().length() ? new Span(s.start() + m.end(), s.end()) : s.span();
  }

  private Commitment build(String text, int index, Sentence s, Span span, String kind, List<Party> officials,
      List<Party> quotes, LocalDate meeting) {
    String clause = span.in(text);
    String holder = parties.holder(text, span, quotes, officials, s.span());
    // Owner and deadline fields of minutes often sit in the item's closing parentheses: read the whole sentence.
    String owner = parties.owner(s.text());
    String deadline = parties.deadline(s.text());
    String reporter = parties.reporter(text, span, quotes, officials, s.span());
    LocalDate due = deadline == null ? null : meeting == null ? dates.resolve(deadline) : dates.resolve(deadline, meeting);
    return new Commitment(clause, index, span.start(), span.end(), kind, holder, reporter, owner, deadline,
        due == null ? null : due.toString(), List.of(), List.of());
  }
}
