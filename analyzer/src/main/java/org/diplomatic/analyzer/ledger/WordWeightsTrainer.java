package org.diplomatic.analyzer.ledger;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.extract.commitments.DeadlineDates;

/**
 * Counts in how many text units each content word occurs, for {@link WordWeights}: the statements of the corpus
 * train split (read from its gold analysis, as the ledger reads a stored document) and the sentences of published
 * news paragraphs. Neither dev nor test documents are read.
 */
public final class WordWeightsTrainer {
  /** A sentence of a paragraph ends after . ؟ ! ؛ followed by white space. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.؟!؛])\\s+");
  private final ContentTerms terms = new ContentTerms();
  private final Map<String, Integer> df = new HashMap<>();
  private long units;
  private long statements;

  /** Counts the statements of the corpus's train split. */
  public void addTrainSplit(GoldCorpus gold) {
    StatementReader reader = new StatementReader(new DocumentParties(), terms);
    DeadlineDates deadlines = DeadlineDates.load();
    gold.documents(GoldCorpus.Split.TRAIN).forEach(d -> reader.read(LedgerEvaluator.fromGold(d, deadlines))
        .forEach(s -> {
          count(s.terms());
          statements++;
        }));
  }

  /** Counts each sentence of a news paragraph. */
  public void addParagraph(String paragraph) {
    for (String sentence : SENTENCE_END.split(paragraph)) {
      if (!sentence.isBlank()) {
        count(terms.of(sentence, Set.of()));
      }
    }
  }

  private void count(List<String> words) {
    units++;
    new HashSet<>(words).forEach(w -> df.merge(w, 1, Integer::sum));
  }

  /** Writes the table under {@code models} and says what it counted. */
  public String save(Path models, String news) {
    Map<String, Integer> kept = new HashMap<>();
    df.forEach((w, n) -> {
      if (n > 1) {
        kept.put(w, n);
      }
    });
    String source = String.format("%,d units: %,d statements of the corpus train split, %,d sentences of %s",
        units, statements, units - statements, news);
    new WordWeights(units, kept).save(models, source);
    return String.format("ledger word weights: %,d words of %s", kept.size(), source);
  }
}
