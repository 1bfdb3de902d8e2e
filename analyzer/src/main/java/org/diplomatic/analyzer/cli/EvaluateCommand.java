package org.diplomatic.analyzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diplomatic.analyzer.classify.AreaDocument;
import org.diplomatic.analyzer.classify.AreaEvaluator;
import org.diplomatic.analyzer.classify.AreaModel;
import org.diplomatic.analyzer.classify.AreaTraining;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.index.RetrievalEvaluation;
import org.diplomatic.analyzer.eval.GoldDocument;
import org.diplomatic.analyzer.eval.TextLayerEvaluator;
import org.diplomatic.analyzer.extract.commitments.ClauseClassifier;
import org.diplomatic.analyzer.extract.commitments.CommitmentEvaluator;
import org.diplomatic.analyzer.extract.commitments.CommitmentExtractor;
import org.diplomatic.analyzer.extract.commitments.CommitmentModel;
import org.diplomatic.analyzer.extract.commitments.CommitmentTraining;
import org.diplomatic.analyzer.extract.figures.FigureEvaluator;
import org.diplomatic.analyzer.extract.figures.FigureExtractor;
import org.diplomatic.analyzer.extract.officials.OfficialsEvaluator;
import org.diplomatic.analyzer.extract.officials.OfficialsExtractor;
import org.diplomatic.analyzer.extract.quotes.QuoteEvaluator;
import org.diplomatic.analyzer.extract.quotes.QuoteExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate}: scores every component on the corpus split that training never sees (test; {@code --split dev}
 * for tuning), per language, beside its baselines.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Score the text layer, extractors and area classifier on the held-back test split.")
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--corpus", description = "corpus folder (default: corpus)", defaultValue = "corpus")
  Path corpus;

  @Option(names = "--models", description = "folder of trained models (default: models/)")
  Path models;

  @Option(names = "--split", description = "test (default) or dev", defaultValue = "test")
  String split;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    GoldCorpus gold = GoldCorpus.open(corpus);
    GoldCorpus.Split which = GoldCorpus.Split.valueOf(split.toUpperCase());
    if (which == GoldCorpus.Split.TRAIN) {
      throw new IllegalArgumentException("--split must be test or dev");
    }
    Path modelsDir = ModelsDir.resolve(models);
    List<GoldDocument> docs = gold.documents(which);
    out.printf("== evaluation on the %s split: %d documents%n%n", split, docs.size());

    out.println("== text layer");
    TextLayerEvaluator.evaluate(docs).forEach((lang, s) -> out.printf("%s  %s%n", lang, s));

    out.println("\n== figures (gold sentences as input)");
    out.println(FigureEvaluator.evaluate(FigureExtractor.load(), docs).summary());

    out.println("\n== officials and quotes (gold sentences as input)");
    OfficialsExtractor officials = OfficialsExtractor.load(modelsDir.resolve("ner"));
    OfficialsEvaluator.evaluate(officials, docs).forEach(out::println);
    QuoteEvaluator.evaluate(officials, new QuoteExtractor(officials.lexicon()), docs).forEach(out::println);

    out.println("\n== commitments (gold sentences, officials and quotes as input)");
    CommitmentModel commitmentModel = CommitmentModel.load(modelsDir.resolve("commitments"));
    for (Map.Entry<String, ClauseClassifier> system : CommitmentTraining.systems(commitmentModel).entrySet()) {
      CommitmentEvaluator.evaluate(new CommitmentExtractor(system.getValue()), docs)
          .forEach((lang, s) -> out.printf("%-6s %s  %s%n", system.getKey(), lang, s));
    }

    out.println("\n== areas (documents; baselines trained on the train split)");
    AreaModel areaModel = AreaModel.load(modelsDir.resolve("areas"));
    List<AreaDocument> train = AreaDocument.of(gold, GoldCorpus.Split.TRAIN);
    List<AreaDocument> dev = AreaDocument.of(gold, GoldCorpus.Split.DEV);
    List<AreaDocument> evaluated = docs.stream().map(AreaDocument::of).toList();
    out.println(AreaEvaluator.format(
        AreaEvaluator.compare(AreaTraining.predictors(areaModel, train, dev), evaluated)));

    out.println("== index analysis: retrieval of area documents from short queries (all 160 documents)");
    List<RetrievalEvaluation.Doc> collection = gold.all().stream()
        .map(d -> new RetrievalEvaluation.Doc(d.id(), d.lang(), d.text(), java.util.Set.copyOf(d.areas())))
        .toList();
    RetrievalEvaluation.run(collection).forEach(out::println);
    out.flush();
    return ExitCode.OK;
  }
}
