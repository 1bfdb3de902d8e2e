package org.diplomatic.analyzer.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.eval.GoldDocument;
import org.diplomatic.analyzer.extract.commitments.DeadlineDates;
import org.diplomatic.analyzer.index.IndexedDocument;

/**
 * Fits a {@link LogisticPairScorer} to labelled pairs ({@link LedgerEvaluator#pairExamples}): L2-regularised logistic
 * regression by Newton's method (a handful of features, a few hundred pairs: exact and quick, no learning rate).
 * {@link #train} fits it to the series of the corpus's dev split (the ledger series sit in dev and test only; test is
 * never read), each series' pairs from its own documents linked as the gold links them, from gold commitments.
 */
public final class PairScorerTrainer {
  /** One labelled pair. */
  record Example(double[] x, boolean joined) {}

  /** Weight of the L2 penalty (not on the bias): keeps rare flags from taking extreme weights. */
  private static final double RIDGE = 1.0;
  private static final int ITERATIONS = 30;
  private final List<Example> examples = new ArrayList<>();

  /**
   * Writes the scorer trained on the dev series of {@code gold} under {@code models} (whose word weights it reads)
   * and says what it was trained on; nothing when the corpus has no ledger series.
   */
  public static String train(GoldCorpus gold, Optional<GoldCorpus> real, Path models) {
    Path dir = gold.root().resolve("ledger");
    if (!Files.isRegularFile(dir.resolve("series.tsv"))) {
      return "ledger pair scorer: not trained (no " + dir.resolve("series.tsv") + ")";
    }
    LedgerGold series = LedgerGold.read(dir);
    DeadlineDates deadlines = DeadlineDates.load();
    List<GoldDocument> docs = series.documentsIn(gold, GoldCorpus.Split.DEV);
    List<IndexedDocument> fromGold = docs.stream().map(d -> LedgerEvaluator.fromGold(d, deadlines)).toList();
    List<Set<String>> groups = PairScorerValidation.series(series, Set.copyOf(docs.stream().map(GoldDocument::id)
        .toList()));
    PairScorerTrainer all = new PairScorerTrainer();
    StatementReader reader = new StatementReader(new DocumentParties());
    WordWeights weights = WordWeights.load(models);
    perSeries(series, docs, fromGold, groups, reader, weights, LinkerSettings.defaults()).forEach(all::addAll);
    PairScorerTrainer apart = apart(real, reader, weights, LinkerSettings.defaults());
    all.addAll(apart);
    LogisticPairScorer scorer = all.fit();
    String how = String.format("trained on the %d dev series of corpus/ledger (%d documents, gold commitments) and, "
        + "as pairs that must not join, the real set's dev split (%d pairs): %d pairs, %d joined; L2 %.1f",
        groups.size(), docs.size(), apart.size(), all.size(), all.positives(), RIDGE);
    scorer.save(models, List.of(how, "measured leaving one series out: 'analyzer evaluate --ledger-only --split dev "
        + "--ledger-cv'"));
    return "ledger pair scorer: " + how + "; " + PairScorerValidation.describe(scorer);
  }

  /** Each series' pairs ({@link LedgerEvaluator#pairExamples} of its documents alone), in the order of {@code groups}. */
  static List<PairScorerTrainer> perSeries(LedgerGold gold, List<GoldDocument> golds, List<IndexedDocument> input,
      List<Set<String>> groups, StatementReader reader, WordWeights weights, LinkerSettings settings) {
    List<PairScorerTrainer> pairs = new ArrayList<>();
    for (Set<String> docs : groups) {
      PairScorerTrainer t = new PairScorerTrainer();
      LedgerEvaluator.pairExamples(
          gold.subset(docs),
          golds.stream().filter(g -> docs.contains(g.id())).toList(),
          input.stream().filter(d -> docs.contains(d.source())).toList(), Set.of(), reader,
          new ContentSimilarity(weights), settings, t::add);
      pairs.add(t);
    }
    return pairs;
  }

  /**
   * The pairs of the dev split of the real set (it has no train split), every statement a promise of its own (single
   * days of unrelated published news): what the hard rules let join across two of its documents must not join.
   */
  static PairScorerTrainer apart(Optional<GoldCorpus> real, StatementReader reader, WordWeights weights,
      LinkerSettings settings) {
    PairScorerTrainer t = new PairScorerTrainer();
    real.ifPresent(r -> {
      DeadlineDates deadlines = DeadlineDates.load();
      List<GoldDocument> docs = r.documents(GoldCorpus.Split.DEV);
      List<IndexedDocument> input = docs.stream().map(d -> LedgerEvaluator.fromGold(d, deadlines)).toList();
      LedgerEvaluator.pairExamples(new LedgerGold(List.of(), java.util.Map.of()), docs, input,
          Set.copyOf(input.stream().map(IndexedDocument::id).toList()), reader, new ContentSimilarity(weights),
          settings, t::add);
    });
    return t;
  }

  void add(PairFeatures f, boolean joined) {
    examples.add(new Example(f.vector(), joined));
  }

  void addAll(PairScorerTrainer other) {
    examples.addAll(other.examples);
  }

  int size() {
    return examples.size();
  }

  long positives() {
    return examples.stream().filter(Example::joined).count();
  }

  LogisticPairScorer fit() {
    int d = PairFeatures.NAMES.size() + 1;
    double[] w = new double[d];
    for (int it = 0; it < ITERATIONS; it++) {
      double[] g = new double[d];
      double[][] h = new double[d][d];
      for (Example e : examples) {
        double[] x = withBias(e.x());
        double z = 0;
        for (int i = 0; i < d; i++) {
          z += w[i] * x[i];
        }
        double p = 1 / (1 + Math.exp(-z));
        double r = (e.joined() ? 1 : 0) - p;
        double v = p * (1 - p);
        for (int i = 0; i < d; i++) {
          g[i] += r * x[i];
          for (int j = 0; j < d; j++) {
            h[i][j] += v * x[i] * x[j];
          }
        }
      }
      for (int i = 1; i < d; i++) {
        g[i] -= RIDGE * w[i];
        h[i][i] += RIDGE;
      }
      h[0][0] += 1e-6;
      double[] step = solve(h, g);
      double size = 0;
      for (int i = 0; i < d; i++) {
        w[i] += step[i];
        size = Math.max(size, Math.abs(step[i]));
      }
      if (size < 1e-8) {
        break;
      }
    }
    return new LogisticPairScorer(w[0], java.util.Arrays.copyOfRange(w, 1, d));
  }

  private static double[] withBias(double[] x) {
    double[] b = new double[x.length + 1];
    b[0] = 1;
    System.arraycopy(x, 0, b, 1, x.length);
    return b;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting ({@code a} is positive definite). */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = java.util.Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      double[] t = m[c];
      m[c] = m[pivot];
      m[pivot] = t;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) {
          m[r][k] -= f * m[c][k];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = m[r][n];
      for (int k = r + 1; k < n; k++) {
        s -= m[r][k] * x[k];
      }
      x[r] = s / m[r][r];
    }
    return x;
  }
}
