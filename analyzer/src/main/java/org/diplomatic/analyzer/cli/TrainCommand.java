package org.diplomatic.analyzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.diplomatic.analyzer.classify.AreaDocument;
import org.diplomatic.analyzer.classify.AreaTrainer;
import org.diplomatic.analyzer.classify.AreaTraining;
import org.diplomatic.analyzer.classify.LabelledArticles;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.eval.NewsArchive;
import org.diplomatic.analyzer.extract.commitments.CommitmentTraining;
import org.diplomatic.analyzer.extract.names.NewsParagraphs;
import org.diplomatic.analyzer.extract.officials.PersonNameTrainer;
import org.diplomatic.analyzer.ledger.PairScorerTrainer;
import org.diplomatic.analyzer.ledger.WordWeightsTrainer;
import org.diplomatic.analyzer.search.semantic.EmbeddingTrainer;
import org.diplomatic.analyzer.search.semantic.EmbeddingTraining;
import org.diplomatic.analyzer.search.semantic.LanguageVectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code train}: trains every model from the corpus (train split; dev for tuning) into the models folder; the area
 * classifier also from the real set's dev documents when the published news are present.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train the models from the corpus (train split, tuned on dev) into models/.")
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--corpus", description = "corpus folder (default: corpus)", defaultValue = "corpus")
  Path corpus;

  @Option(names = "--out", description = "models folder to write (default: models)", defaultValue = "models")
  Path out;

  @Option(names = "--ner", description = "public NER corpora (default: ../shared/data/ner)",
      defaultValue = "../shared/data/ner")
  Path ner;

  @Mixin RealSetOptions realSet;

  @Option(names = "--skip-ner", description = "keep the existing person-name models (their training takes ~12 min)")
  boolean skipNer;

  @Option(names = "--skip-embeddings", description = "keep the existing word vectors of semantic search")
  boolean skipEmbeddings;

  @Option(names = "--embeddings-only", description = "train only the word vectors of semantic search")
  boolean embeddingsOnly;

  @Option(names = "--areas-only", description = "train only the area classifier (5-10 min)")
  boolean areasOnly;

  // none by default: training on them did not win on both the real dev OOF and sample F (models/areas/README.md)
  @Option(names = "--area-articles", description = "published articles labelled at document level (such as "
      + "models/areas/unseen-samples.tsv: its samples A, C, D, E and G) the area network also trains on "
      + "(default: ${DEFAULT-VALUE})", defaultValue = "none")
  String areaArticles;

  @Option(names = "--article-labels", description = "how an article's areas reach its sentences: "
      + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})", defaultValue = "KEYWORD_OR_LEAD")
  LabelledArticles.SentenceLabels articleLabels;

  @Option(names = "--article-repeats", description = "times each labelled article is repeated in training "
      + "(default: ${DEFAULT-VALUE})", defaultValue = "" + AreaTraining.ARTICLE_REPEATS)
  int articleRepeats;

  @Option(names = "--area-seed", description = "seed of the area network's initial weights and shuffle, to measure how "
      + "much a result moves with it (default: ${DEFAULT-VALUE})", defaultValue = "42")
  long areaSeed;

  @Option(names = "--tune-on-articles", description = "tune the area decisions on the labelled articles too (with "
      + "--article-repeats 0: they must not be trained on)")
  boolean tuneOnArticles;

  @Option(names = "--ledger-only", description = "only the ledger's word weights (train split and --news) and its pair "
      + "scorer (dev series)")
  boolean ledgerOnly;

  /** What {@link PersonNameTrainer#nerFiles} reads under the NER folder. */
  private static final List<String> NER_PARTS = List.of("anercorp/train.txt", "aqmar", "arman/train.txt");

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    checkInputs();
    if (ledgerOnly) {
      trainLedgerWeights(err, stdout);
      stdout.flush();
      return ExitCode.OK;
    }
    if (!embeddingsOnly) {
      trainModels(err, stdout);
    }
    if (!skipEmbeddings && !areasOnly) {
      trainEmbeddings(err, stdout);
    }
    stdout.flush();
    return ExitCode.OK;
  }

  private void trainModels(PrintWriter err, PrintWriter stdout) {
    GoldCorpus gold = GoldCorpus.open(corpus);
    err.println("analyzer: training the area classifier ...");
    AreaTrainer.Settings d = AreaTrainer.Settings.defaults();
    AreaTrainer.Settings settings = new AreaTrainer.Settings(d.featurizer(), d.hidden(), d.epochs(), d.batchSize(),
        d.learningRate(), d.l2(), areaSeed);
    String areas = AreaTraining.run(gold, realDev(err), labelledArticles(err), out, settings,
        AreaTraining.REAL_REPEATS, articleRepeats, tuneOnArticles);
    stdout.println("== areas (tuning documents)");
    stdout.println(areas);
    if (areasOnly) {
      return;
    }
    err.println("analyzer: training the commitment model ...");
    stdout.println("== commitments (test split)");
    stdout.println(CommitmentTraining.run(gold, out));
    trainLedgerWeights(err, stdout);
    if (!skipNer) {
      err.println("analyzer: training the person-name finders ...");
      stdout.println("== person-name finders");
      PersonNameTrainer.trainAll(ner, gold, out.resolve("ner")).forEach(stdout::println);
    }
  }

  /** The ledger's fixed word weights (models/ledger): the train split's statements and the news sentences. */
  private void trainLedgerWeights(PrintWriter err, PrintWriter stdout) {
    err.println("analyzer: counting the ledger's word weights ...");
    WordWeightsTrainer weights = new WordWeightsTrainer();
    weights.addTrainSplit(GoldCorpus.open(corpus));
    List<Path> news = NewsParagraphs.files(realSet.news);
    if (news.isEmpty()) {
      err.println("analyzer: no published news at " + realSet.news
          + ": the ledger's word weights count the corpus alone");
    }
    NewsParagraphs.read(news, weights::addParagraph);
    stdout.println(weights.save(out, "the published news at " + realSet.news + " (" + news.size() + " files)"));
    err.println("analyzer: training the ledger's pair scorer on the dev series ...");
    stdout.println(PairScorerTrainer.train(GoldCorpus.open(corpus), realSet.open(err), out));
  }

  /** One Word2Vec model over both languages' published news, NER corpora text and corpus; Persian then aligned. */
  private void trainEmbeddings(PrintWriter err, PrintWriter stdout) {
    if (!Files.isDirectory(realSet.news)) {
      err.println("analyzer: no published news at " + realSet.news
          + ": the word vectors train from the NER corpora and the corpus alone");
    }
    err.println("analyzer: training the word vectors (Word2Vec, both languages) ...");
    Path work;
    try {
      work = Files.createTempDirectory("analyzer-embeddings");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder", e);
    }
    try {
      StringBuilder log = new StringBuilder();
      List<LanguageVectors> both = EmbeddingTraining.train(realSet.news, ner, corpus, work,
          EmbeddingTrainer.Settings.defaults(), log);
      stdout.println("== word vectors (held-out seed lexicon)");
      stdout.print(EmbeddingTraining.alignAndSave(both.get(0), both.get(1), out.resolve("embeddings"), log));
    } finally {
      try (var files = Files.list(work)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
        Files.delete(work);
      } catch (IOException e) {
        err.println("analyzer: could not remove " + work);
      }
    }
  }

  /** A file only the Linux x86-64 native ND4J jar holds. */
  private static final String ND4J_NATIVE_MARKER =
      "META-INF/native-image/linux-x86_64/jnind4jcpu/reflect-config.json";

  /** Every input is checked before any training starts, so a missing one never costs minutes of work first. */
  private void checkInputs() {
    // the run-time distribution leaves ND4J's native code out; the checkout's build has it
    if (!ledgerOnly && TrainCommand.class.getClassLoader().getResource(ND4J_NATIVE_MARKER) == null) {
      throw new ParameterException(spec.commandLine(), "train needs ND4J's native libraries, which the run-time "
          + "distribution leaves out; run it from the checkout: java -jar analyzer/target/analyzer.jar train");
    }
    if (!Files.isRegularFile(corpus.resolve("split.tsv"))) {
      throw new ParameterException(spec.commandLine(),
          "no corpus at " + corpus + " (" + corpus.resolve("split.tsv") + " missing); give --corpus DIR");
    }
    if (!skipNer && !embeddingsOnly && !areasOnly && !ledgerOnly) {
      for (String part : NER_PARTS) {
        if (!Files.exists(ner.resolve(part))) {
          throw new ParameterException(spec.commandLine(), "no NER corpora at " + ner + " (" + ner.resolve(part)
              + " missing); give --ner DIR, or --skip-ner to keep the existing person-name models");
        }
      }
    }
    Path existing = out.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
      throw new ParameterException(spec.commandLine(), "cannot write the models to " + out + "; give --out DIR");
    }
  }

  /** The labelled articles of {@link AreaTraining#ARTICLE_SAMPLES}, or none after one line saying why. */
  private List<AreaDocument> labelledArticles(PrintWriter err) {
    if (areaArticles.equals("none")) {
      return List.of();
    }
    Optional<NewsArchive> news = NewsArchive.at(realSet.news);
    if (news.isEmpty() || !Files.isRegularFile(Path.of(areaArticles))) {
      err.println("analyzer: no labelled articles (" + areaArticles + " and " + realSet.news
          + " are needed): the area network trains without them");
      return List.of();
    }
    List<AreaDocument> articles = LabelledArticles.load(Path.of(areaArticles), AreaTraining.ARTICLE_SAMPLES,
        news.get(), articleLabels);
    err.println("analyzer: " + articles.size() + " labelled articles: trained on x" + articleRepeats
        + " (sentences labelled " + articleLabels + ")" + (tuneOnArticles ? ", decisions tuned on them" : ""));
    return articles;
  }

  /** The real set's dev documents, or none after one line saying the areas train from the corpus alone. */
  private List<AreaDocument> realDev(PrintWriter err) {
    if (!Files.isDirectory(realSet.news)) {
      err.println("analyzer: no published news at " + realSet.news
          + ": the area classifier trains from the corpus alone");
      return List.of();
    }
    return realSet.open(err).map(real -> AreaDocument.of(real, GoldCorpus.Split.DEV)).orElse(List.of());
  }
}
