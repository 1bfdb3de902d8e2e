package org.diplomatic.analyzer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.diplomatic.analyzer.classify.Area;
import org.diplomatic.analyzer.classify.AreaClassifier;
import org.diplomatic.analyzer.classify.AreaDocument;
import org.diplomatic.analyzer.classify.AreaEvaluator;
import org.diplomatic.analyzer.classify.AreaModel;
import org.diplomatic.analyzer.classify.AreaTraining;
import org.diplomatic.analyzer.classify.DocumentAreaPredictor;
import org.diplomatic.analyzer.dates.DateEvaluator;
import org.diplomatic.analyzer.dates.DocumentDater;
import org.diplomatic.analyzer.eval.FMeasure;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.eval.GoldDocument;
import org.diplomatic.analyzer.eval.ScoreTable;
import org.diplomatic.analyzer.eval.TextLayerEvaluator;
import org.diplomatic.analyzer.extract.commitments.ClauseClassifier;
import org.diplomatic.analyzer.extract.commitments.CommitmentEvaluator;
import org.diplomatic.analyzer.extract.commitments.CommitmentExtractor;
import org.diplomatic.analyzer.extract.commitments.CommitmentModel;
import org.diplomatic.analyzer.extract.commitments.CommitmentTraining;
import org.diplomatic.analyzer.extract.figures.FigureEvaluation;
import org.diplomatic.analyzer.extract.figures.FigureEvaluator;
import org.diplomatic.analyzer.extract.figures.FigureExtractor;
import org.diplomatic.analyzer.extract.officials.OfficialsEvaluator;
import org.diplomatic.analyzer.extract.officials.OfficialsExtractor;
import org.diplomatic.analyzer.extract.officials.PersonNameEvaluator;
import org.diplomatic.analyzer.extract.officials.PersonNameFinder;
import org.diplomatic.analyzer.extract.officials.PersonNameTrainer;
import org.diplomatic.analyzer.extract.quotes.QuoteEvaluator;
import org.diplomatic.analyzer.extract.quotes.QuoteExtractor;
import org.diplomatic.analyzer.index.RetrievalEvaluation;
import org.diplomatic.analyzer.pipeline.GenreDetector;
import org.diplomatic.analyzer.registry.ClusterEvaluation;
import org.diplomatic.analyzer.search.semantic.DocumentEmbedder;
import org.diplomatic.analyzer.search.semantic.RelevanceJudgements;
import org.diplomatic.analyzer.search.semantic.SemanticSearchEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate}: scores every component on the split that training never sees (test; {@code --split dev} for
 * tuning) of the written corpus and of the real set of published news, per language, beside its baselines, and
 * ends with the two sets side by side.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Score the text layer, extractors and area classifier on the held-back test split of the corpus "
        + "and of the real set of published news, side by side.")
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--corpus", description = "corpus folder (default: corpus)", defaultValue = "corpus")
  Path corpus;

  @Option(names = "--models", description = "folder of trained models (default: models/)")
  Path models;

  @Option(names = "--split", description = "test (default) or dev", defaultValue = "test")
  String split;

  @Option(names = "--set", description = "corpus, real or both (default: ${DEFAULT-VALUE})", defaultValue = "both")
  String set;

  @Mixin RealSetOptions realSet;

  @Option(names = "--ner", description = "public NER corpora, scored on their held-out part when present "
      + "(default: ${DEFAULT-VALUE})", defaultValue = "../shared/data/ner")
  Path ner;

  @Option(names = "--search-only", description = "only the section on search by terms and by meaning "
      + "(corpus/relevance judgements; loads no NLP model)")
  boolean searchOnly;

  @Option(names = "--ledger-only", description = "only the section on the ledger of commitments (corpus/ledger)")
  boolean ledgerOnly;

  @Option(names = "--ledger-pairs", description = "with --ledger-only --split dev: also print each dev item the "
      + "ledger put in the wrong promise")
  boolean ledgerPairs;

  @Option(names = "--ledger-cv", description = "with --ledger-only --split dev: leave-one-series-out "
      + "cross-validation of the ledger's hand-set and trained pair scorers on the dev series")
  boolean ledgerCv;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    GoldCorpus.Split which = GoldCorpus.Split.valueOf(split.toUpperCase());
    if (which == GoldCorpus.Split.TRAIN) {
      throw new IllegalArgumentException("--split must be test or dev");
    }
    if (!List.of("corpus", "real", "both").contains(set)) {
      throw new IllegalArgumentException("--set must be corpus, real or both");
    }
    GoldCorpus gold = GoldCorpus.open(corpus);
    Map<String, List<GoldDocument>> sets = new LinkedHashMap<>();
    if (!set.equals("real") && !searchOnly) {
      sets.put("corpus", gold.documents(which));
    }
    java.util.Optional<GoldCorpus> real =
        set.equals("corpus") ? java.util.Optional.empty() : realSet.open(spec.commandLine().getErr());
    if (!searchOnly) {
      real.ifPresent(r -> sets.put("real", r.documents(which)));
    }
    Path modelsDir = ModelsDir.resolve(models);
    if (ledgerOnly) {
      ScoreTable ledgerTable = new ScoreTable();
      if ((ledgerPairs || ledgerCv) && which != GoldCorpus.Split.DEV) {
        throw new IllegalArgumentException("--ledger-pairs and --ledger-cv need --split dev");
      }
      if (ledgerCv) {
        LedgerSection.crossValidate(gold, real, modelsDir, out, spec.commandLine().getErr());
        out.flush();
        return ExitCode.OK;
      }
      LedgerSection.run(gold, which, real, modelsDir, ledgerTable, ledgerPairs, out, spec.commandLine().getErr());
      out.print(ledgerTable.format());
      out.flush();
      return ExitCode.OK;
    }
    if (searchOnly) {
      searchByMeaning(gold, real, modelsDir, out);
      out.flush();
      return ExitCode.OK;
    }
    Components components = new Components(modelsDir, gold);
    ScoreTable table = new ScoreTable();
    for (Map.Entry<String, List<GoldDocument>> e : sets.entrySet()) {
      out.printf("==== %s, %s split: %d documents%n%n", e.getKey(), split, e.getValue().size());
      evaluate(e.getKey(), e.getValue(), components, table, out);
      dates(e.getKey(), e.getValue(), which == GoldCorpus.Split.DEV, table, out);
    }
    if (which == GoldCorpus.Split.DEV && sets.containsKey("real")) {
      crossValidatedAreas(modelsDir, table, out);
    }
    if (sets.containsKey("corpus")) {
      out.println("== index analysis: retrieval of area documents from short queries (all corpus documents)");
      List<RetrievalEvaluation.Doc> collection = gold.all().stream()
          .map(d -> new RetrievalEvaluation.Doc(d.id(), d.lang(), d.text(), Set.copyOf(d.areas())))
          .toList();
      RetrievalEvaluation.run(collection).forEach(out::println);
    }
    searchByMeaning(gold, real, modelsDir, out);
    LedgerSection.run(gold, which, real, modelsDir, table, out, spec.commandLine().getErr());
    registryOfOfficials(gold, real, components.officials(), out);
    nerHeldOut(components.officials(), table, out);
    out.printf("%n==== side by side, %s split%n", split);
    out.print(table.format());
    out.flush();
    return ExitCode.OK;
  }

  /**
   * MAP and recall@10 of search by terms, by meaning and both on the judged concept and cross-lingual queries of
   * {@code corpus/relevance}, over all corpus documents and the real set's dev articles (when present).
   */
  private void searchByMeaning(GoldCorpus gold, java.util.Optional<GoldCorpus> real, Path modelsDir,
      PrintWriter out) {
    PrintWriter err = spec.commandLine().getErr();
    Path relevance = corpus.resolve("relevance");
    if (!Files.isRegularFile(relevance.resolve("queries.tsv"))) {
      err.println("analyzer: search-by-meaning evaluation skipped: no " + relevance.resolve("queries.tsv"));
      return;
    }
    // each document with the areas the classifier gives it, as an index made by 'index' holds
    AreaClassifier areas = new AreaClassifier(AreaModel.load(modelsDir.resolve("areas")));
    List<GoldDocument> judged = new java.util.ArrayList<>(gold.all());
    real.ifPresent(r -> judged.addAll(r.documents(GoldCorpus.Split.DEV)));
    List<SemanticSearchEvaluation.Doc> docs = judged.stream().map(d -> new SemanticSearchEvaluation.Doc(d.id(),
        d.lang(), d.text(), areas.classifyDocument(d.lang(), d.sentences().isEmpty() ? List.of(d.text())
            : d.sentences().stream().map(GoldDocument.GoldSentence::text).toList())
            .stream().map(Area::label).toList())).toList();
    DocumentEmbedder embedder = DocumentEmbedder.fromModels(modelsDir);
    if (embedder == null) {
      err.println("analyzer: semantic search is off: no word vectors at "
          + modelsDir.resolve(DocumentEmbedder.VECTORS) + "; search by terms only is scored");
    }
    out.printf("%n== search by terms and by meaning: %s judged queries over %d documents (corpus%s); halves of "
        + "corpus/relevance/split.tsv and the fresh queries apart, the variants on the tuning half only%n",
        RelevanceJudgements.read(relevance).queries().size(), docs.size(),
        real.isPresent() ? " and real dev" : "; real dev skipped");
    SemanticSearchEvaluation.run(docs, RelevanceJudgements.read(relevance), embedder).forEach(out::println);
  }

  /**
   * The registry of officials' grouping of the gold officials of the corpus and the real set into people, against
   * the clusters written by hand in {@code corpus/registry/clusters.tsv} (read alone: no article text needed).
   */
  private void registryOfOfficials(GoldCorpus gold, java.util.Optional<GoldCorpus> real, OfficialsExtractor officials,
      PrintWriter out) {
    Path clusters = corpus.resolve("registry").resolve("clusters.tsv");
    if (!Files.isRegularFile(clusters)) {
      spec.commandLine().getErr().println("analyzer: registry of officials skipped: no " + clusters);
      return;
    }
    List<ClusterEvaluation.Row> rows = ClusterEvaluation.read(clusters);
    out.println("\n== registry of officials: gold officials grouped into people (corpus/registry/clusters.tsv)");
    ClusterEvaluation.evaluate(rows).forEach(out::println);
    List<GoldDocument> docs = new java.util.ArrayList<>(gold.all());
    real.ifPresent(r -> docs.addAll(r.all()));
    List<ClusterEvaluation.Row> found = new java.util.ArrayList<>();
    for (GoldDocument d : docs) {
      found.addAll(ClusterEvaluation.matched(rows, d.id(), officials.extract(d.text(),
              PersonNameEvaluator.goldSentences(d), org.diplomatic.analyzer.text.Language.fromCode(d.lang())).stream()
          .map(o -> new ClusterEvaluation.Found(o.name(), o.role(), o.country())).toList()));
    }
    out.printf("-- end to end: the officials the extractor finds (gold sentences; %s), each scored with the person of "
        + "the gold official it names, or alone%n", real.isPresent() ? "corpus and real set" : "corpus only");
    ClusterEvaluation.evaluate(found).forEach(out::println);
  }

  /** The document date; the documents missed are named on the dev split only. */
  private static void dates(String name, List<GoldDocument> docs, boolean dev, ScoreTable table, PrintWriter out) {
    out.println("\n== document date (dateline, first sentence, then metadata: the archive's date for real articles)");
    List<DateEvaluator.Sample> samples = docs.stream()
        .map(d -> new DateEvaluator.Sample(d.id(), d.lang(), d.text(), d.date(), d.publishedDate())).toList();
    for (DateEvaluator.Scores s : DateEvaluator.evaluate(DocumentDater.load(), samples)) {
      out.println(s + (dev && !s.errors().isEmpty() ? "; wrong: " + s.errors() : ""));
      if (s.dated() > 0) {
        table.put("document date accuracy (dated documents)", name + " " + s.lang(), s.accuracy());
      }
      if (s.undated() > 0) {
        table.put("null-gold documents dated from the text (share)", name + " " + s.lang(),
            s.undatedFromText() / (double) s.undated());
      }
    }
    out.println();
  }

  /** Person names on the held-out tenth of ANERcorp + AQMAR and of Arman, which training never reads. */
  private void nerHeldOut(OfficialsExtractor officials, ScoreTable table, PrintWriter out) {
    if (!Files.isDirectory(ner)) {
      spec.commandLine().getErr().println("analyzer: NER held-out scores skipped: no " + ner);
      return;
    }
    out.println("\n== person names on the public NER corpora's held-out part (exact token spans)");
    PersonNameTrainer.nerFiles(ner).forEach((lang, files) -> {
      PersonNameFinder finder = officials.finder(lang);
      Map<String, List<Path>> byCorpus = files.stream()
          .collect(Collectors.groupingBy(f -> f.getParent().getFileName().toString(), TreeMap::new,
              Collectors.toList()));
      byCorpus.forEach((name, corpusFiles) -> {
        if (finder != null) {
          FMeasure f = PersonNameEvaluator.evaluate(finder, PersonNameTrainer.heldOut(corpusFiles));
          out.printf("%s %-9s  %s%n", lang.code(), name, f);
          table.put("person names F1, NER held-out", name, f.f1());
        }
      });
    });
  }

  /**
   * The real dev articles train the area network, so its line on them above is not a held-out score: the honest one
   * is the cross-validation recorded with the model (each fold predicted by decisions and a network that never saw it).
   */
  private static void crossValidatedAreas(Path modelsDir, ScoreTable table, PrintWriter out) {
    List<AreaTraining.CrossValidated> cv = AreaTraining.crossValidated(modelsDir.resolve("areas"));
    out.println("== areas, real dev cross-validated as recorded in models/areas/metrics.json");
    for (AreaTraining.CrossValidated s : cv) {
      out.printf("%s  network micro-F1 %.3f macro-F1 %.3f%n", s.lang(), s.microF1(), s.macroF1());
      table.put("areas micro-F1, real dev cross-validated", "real " + s.lang(), s.microF1());
    }
    out.println();
  }

  /** The loaded models and the area predictors, shared by every evaluated set. */
  private record Components(
      FigureExtractor figures,
      OfficialsExtractor officials,
      Map<String, ClauseClassifier> commitmentSystems,
      Map<String, DocumentAreaPredictor> areaPredictors) {
    Components(Path modelsDir, GoldCorpus gold) {
      this(FigureExtractor.load(), OfficialsExtractor.load(modelsDir.resolve("ner")),
          CommitmentTraining.systems(CommitmentModel.load(modelsDir.resolve("commitments"))),
          AreaTraining.predictors(AreaModel.load(modelsDir.resolve("areas")),
              AreaDocument.of(gold, GoldCorpus.Split.TRAIN), AreaDocument.of(gold, GoldCorpus.Split.DEV)));
    }
  }

  private static void evaluate(
      String name, List<GoldDocument> docs, Components c, ScoreTable table, PrintWriter out) {
    out.println("== text layer");
    TextLayerEvaluator.evaluate(docs).forEach((lang, s) -> {
      out.printf("%s  %s%n", lang, s);
      table.put("language id, single sentences", name + " " + lang, s.sentenceAccuracy());
      table.put("sentence splitting F1", name + " " + lang, s.splitting().f1());
    });

    out.println("\n== genre (from the document's opening)");
    GenreDetector genres = new GenreDetector();
    Map<String, List<String>> wrongGenre = new TreeMap<>();
    Map<String, Integer> byLang = new TreeMap<>();
    for (GoldDocument d : docs) {
      byLang.merge(d.lang(), 1, Integer::sum);
      String guess = genres.detect(d.text());
      List<String> wrong = wrongGenre.computeIfAbsent(d.lang(), k -> new java.util.ArrayList<>());
      if (!guess.equals(d.genre())) {
        wrong.add(d.id() + " " + d.genre() + "->" + guess);
      }
    }
    byLang.forEach((lang, n) -> {
      double accuracy = (n - wrongGenre.get(lang).size()) / (double) n;
      out.printf("%s  genre accuracy %.3f of %d documents; wrong: %s%n", lang, accuracy, n, wrongGenre.get(lang));
      table.put("genre accuracy", name + " " + lang, accuracy);
    });

    out.println("\n== figures (gold sentences as input)");
    FigureEvaluation figures = FigureEvaluator.evaluate(c.figures(), docs);
    out.println(figures.summary());
    figures.exact().forEach((lang, f) -> table.put("figures exact F1", name + " " + lang, f.f1()));

    out.println("\n== officials and quotes (gold sentences as input)");
    for (OfficialsEvaluator.Scores s : OfficialsEvaluator.evaluate(c.officials(), docs)) {
      out.println(s);
      String column = name + " " + s.lang().code();
      table.put("officials F1", column, s.officials().f1());
      table.put("officials role accuracy", column, s.roleAccuracy());
      table.put("officials country accuracy", column, s.countryAccuracy());
      table.put("person mentions F1", column, s.mentions().f1());
      table.put("person mentions F1, name finder alone", column, s.finderMentions().f1());
    }
    for (QuoteEvaluator.Scores s :
        QuoteEvaluator.evaluate(c.officials(), new QuoteExtractor(c.officials().lexicon()), docs)) {
      out.println(s);
      table.put("quotes F1", name + " " + s.lang().code(), s.quotes().f1());
      table.put("quote speaker accuracy", name + " " + s.lang().code(), s.speakerAccuracy());
    }

    out.println("\n== commitments (gold sentences, officials and quotes as input)");
    for (Map.Entry<String, ClauseClassifier> system : c.commitmentSystems().entrySet()) {
      CommitmentEvaluator.evaluate(new CommitmentExtractor(system.getValue()), docs).forEach((lang, s) -> {
        out.printf("%-6s %s  %s%n", system.getKey(), lang, s);
        if (system.getKey().equals("model")) {
          table.put("commitments F1", name + " " + lang, s.detection.f1());
          table.put("commitment kind accuracy", name + " " + lang, s.kind.value());
          table.put("commitment holder accuracy", name + " " + lang, s.holder.value());
          table.put("commitment holder present", name + " " + lang, s.holderPresent.value());
        }
      });
    }

    out.println("\n== areas (documents; baselines trained on the corpus train split)");
    List<AreaDocument> evaluated = docs.stream().map(AreaDocument::of).toList();
    List<AreaEvaluator.Result> areas = AreaEvaluator.compare(c.areaPredictors(), evaluated);
    out.println(AreaEvaluator.format(areas));
    areas.stream().filter(r -> r.predictor().equals("network")).forEach(r -> {
      table.put("areas micro-F1 (documents)", name + " " + r.lang(), r.scores().microF1());
      table.put("areas macro-F1 (documents)", name + " " + r.lang(), r.scores().macroF1());
    });
  }
}
