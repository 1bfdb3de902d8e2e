package org.diplomatic.analyzer.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.index.PlainLuceneBaseline;
import org.diplomatic.analyzer.index.SearchLatency;
import org.diplomatic.analyzer.index.SearchMode;
import org.diplomatic.analyzer.index.SearchRequest;
import org.diplomatic.analyzer.search.semantic.DocumentEmbedder;
import org.diplomatic.analyzer.pipeline.AnalyzedDocument;
import org.diplomatic.analyzer.pipeline.IndexMapping;
import org.diplomatic.analyzer.pipeline.Pipeline;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.SentenceSplitter;
import org.diplomatic.analyzer.text.WordTokenizer;

/**
 * Runs the whole benchmark: generate the workload, load the models, time end-to-end (pipeline + index, T threads),
 * each stage alone, plain Lucene on the same texts, then build a search index of clones and time a query mix and a
 * cold-JVM search. Progress lines go to {@code progress}; scratch indexes are deleted at the end.
 */
public final class Benchmark {
  static final int DISTINCT_QUERIES = 90;
  static final int QUERY_ROUNDS = 5;
  static final int PLAIN_MIN_DOCS = 20_000;

  private final BenchConfig config;
  private final PrintWriter progress;

  public Benchmark(BenchConfig config, PrintWriter progress) {
    this.config = config;
    this.progress = progress;
  }

  public BenchReport run() {
    PeakHeap.reset();
    Workload workload = WorkloadGenerator.fromCorpus(config.corpus()).generate(config.docs(), config.seed());
    long[] perDoc = wordTokens(workload);
    long tokens = Arrays.stream(perDoc).sum();
    say("workload: %d documents (%d ar, %d fa), %d tokens", workload.size(), workload.count(Language.ARABIC),
        workload.count(Language.PERSIAN), tokens);
    StageComponents components = new StageComponents(config.models());
    say("models loaded: %s ms", components.loadMillis());
    StageTimer timer = new StageTimer(config.repeat());
    try (TempDirs dirs = new TempDirs()) {
      List<List<AnalyzedDocument>> analyzed = new ArrayList<>();
      // untimed passes over the whole workload let the JIT compile the hot code (JMH's warm-up iterations); the
      // first one is reported as what a batch sees in a new JVM
      StageResult firstPass = null;
      for (int w = 0; w < config.warmup(); w++) {
        StageResult pass = new StageTimer(1).time("first_pass", workload.size(), tokens, components::newPipeline,
            pipeline -> EndToEndRun.run(pipeline, workload, dirs.fresh("warmup"), config.threads()).size());
        firstPass = firstPass == null ? pass : firstPass;
        say("warm-up pass %d: %.1f docs/s", w + 1, pass.docsPerSecond());
      }
      // a new pipeline per timed run: its caches start empty, as they would for a new batch of documents
      StageResult endToEnd = timer.time("end_to_end", workload.size(), tokens, components::newPipeline, pipeline -> {
        List<AnalyzedDocument> run = EndToEndRun.run(pipeline, workload, dirs.fresh("e2e"), config.threads());
        if (analyzed.isEmpty()) {
          analyzed.add(run);
        }
        return run.size();
      });
      say("end to end: %.1f docs/s, %.0f tokens/s", endToEnd.docsPerSecond(), endToEnd.tokensPerSecond());
      BenchReport.OpenVocabulary open = openVocabulary(components, timer, dirs);
      List<AnalyzedDocument> docs = analyzed.get(0);
      StageResult plain = plainLucene(docs, perDoc, timer, dirs);
      say("plain Lucene: %.1f docs/s (%d docs)", plain.docsPerSecond(), plain.docs());
      List<StageResult> stages = new StageBench(components, timer, dirs).run(workload, docs, perDoc);
      stages.forEach(s -> say("stage %-12s %10.1f docs/s", s.stage(), s.docsPerSecond()));
      BenchReport.SearchStats search = search(components, docs, dirs);
      BenchReport.IndexCommandStats indexCommand = indexCommand(dirs);
      BenchReport.WorkloadStats stats = new BenchReport.WorkloadStats(workload.size(),
          workload.count(Language.ARABIC), workload.count(Language.PERSIAN), tokens, workload.bytes(),
          arabicWordTypes(workload));
      return new BenchReport(config, stats, components.loadMillis(), stages, endToEnd, firstPass, open, plain, search,
          indexCommand,
          PeakHeap.megabytes(), PeakHeap.maxMegabytes());
    }
  }

  private BenchReport.SearchStats search(StageComponents components, List<AnalyzedDocument> docs, TempDirs dirs) {
    List<IndexedDocument> base = docs.stream().map(IndexMapping::of).toList();
    List<IndexedDocument> clones = SearchCorpus.clones(base, config.searchDocs(), config.seed());
    Path index = dirs.fresh("search");
    DocumentEmbedder embedder = DocumentEmbedder.fromModels(config.models());
    if (embedder == null) {
      say("semantic search is off: no word vectors at %s; search by terms only",
          config.models().resolve(DocumentEmbedder.VECTORS));
    }
    long start = System.nanoTime();
    SearchCorpus.index(clones, index, config.threads(), embedder);
    double indexSeconds = (System.nanoTime() - start) / 1e9;
    say("search index: %d documents in %.1f s", clones.size(), indexSeconds);
    List<SearchRequest> mix = QueryMix.of(base, DISTINCT_QUERIES, config.seed());
    double[] p50 = new double[config.repeat()];
    double[] p99 = new double[config.repeat()];
    double[] mean = new double[config.repeat()];
    for (int r = 0; r < config.repeat(); r++) {
      double[] millis = SearchLatency.measure(index, mix, mix.size(), QUERY_ROUNDS);
      p50[r] = Percentiles.of(millis, 50);
      p99[r] = Percentiles.of(millis, 99);
      mean[r] = Arrays.stream(millis).average().orElse(0);
    }
    double cold = config.coldRuns() == 0 ? 0 : ColdStart.medianMillis(index, mix.get(0).query(), config.coldRuns());
    say("search: p50 %.2f ms, p99 %.2f ms, cold start %.0f ms", Percentiles.median(p50), Percentiles.median(p99),
        cold);
    List<BenchReport.ModeStats> byMode = new ArrayList<>();
    for (SearchMode mode : embedder == null ? List.<SearchMode>of() : List.of(SearchMode.SEMANTIC, SearchMode.HYBRID)) {
      List<SearchRequest> ranked = mix.stream().map(q -> q.withMode(mode)).toList();
      double[] modeP50 = new double[config.repeat()];
      double[] modeP99 = new double[config.repeat()];
      for (int r = 0; r < config.repeat(); r++) {
        double[] millis = SearchLatency.measure(index, ranked, ranked.size(), QUERY_ROUNDS, embedder);
        modeP50[r] = Percentiles.of(millis, 50);
        modeP99[r] = Percentiles.of(millis, 99);
      }
      String name = mode.name().toLowerCase(java.util.Locale.ROOT);
      double modeCold = config.coldRuns() == 0 ? 0
          : ColdStart.medianMillis(index, mix.get(0).query(), config.coldRuns(), name);
      byMode.add(new BenchReport.ModeStats(name, Percentiles.median(modeP50), Percentiles.median(modeP99), modeCold));
      say("search --mode %s: p50 %.2f ms, p99 %.2f ms, cold start %.0f ms", name, Percentiles.median(modeP50),
          Percentiles.median(modeP99), modeCold);
    }
    ServeLoad.measure(index, mix, 1, () -> embedder, embedder == null ? List.of(SearchMode.LEXICAL)
        : List.of(SearchMode.LEXICAL, SearchMode.HYBRID)).forEach(s -> say("serve: GET /api/search --mode %s, %d "
        + "clients, %d requests: p50 %.2f ms, p99 %.2f ms, %.0f requests/s, %.1f ms CPU per request", s.mode(),
        ServeLoad.CLIENTS, s.requests(), s.p50Ms(), s.p99Ms(), s.perSecond(), s.cpuMs()));
    if (embedder != null) {
      // the semantic mode again, passages re-read from the stored text as before the index kept their vectors
      List<SearchRequest> ranked = mix.stream().map(q -> q.withMode(SearchMode.SEMANTIC)).toList();
      double[] oldP50 = new double[config.repeat()];
      double[] oldP99 = new double[config.repeat()];
      for (int r = 0; r < config.repeat(); r++) {
        double[] millis = SearchLatency.measure(index, ranked, ranked.size(), QUERY_ROUNDS, embedder, true);
        oldP50[r] = Percentiles.of(millis, 50);
        oldP99[r] = Percentiles.of(millis, 99);
      }
      byMode.add(new BenchReport.ModeStats("semantic_passages_from_text", Percentiles.median(oldP50),
          Percentiles.median(oldP99), 0));
      say("search --mode semantic, passages from text: p50 %.2f ms, p99 %.2f ms", Percentiles.median(oldP50),
          Percentiles.median(oldP99));
    }
    return new BenchReport.SearchStats(clones.size(), indexSeconds, mix.size() * QUERY_ROUNDS,
        Percentiles.median(p50), Percentiles.median(p99), Percentiles.median(mean), cold, byMode);
  }


  /**
   * End to end, as above, over as many documents recombined from the public NER corpora's news sentences: a vocabulary
   * far larger than the corpus's, so caches (the CPU's included) hit less. One untimed pass first; null without them.
   */
  private BenchReport.OpenVocabulary openVocabulary(StageComponents components, StageTimer timer, TempDirs dirs) {
    if (config.ner() == null) {
      return null;
    }
    Workload news = WorkloadGenerator.fromNer(config.ner()).generate(config.docs(), config.seed());
    long tokens = Arrays.stream(wordTokens(news)).sum();
    EndToEndRun.run(components.newPipeline(), news, dirs.fresh("news-warmup"), config.threads());
    StageResult run = timer.time("end_to_end_open_vocabulary", news.size(), tokens, components::newPipeline,
        pipeline -> EndToEndRun.run(pipeline, news, dirs.fresh("news"), config.threads()).size());
    say("end to end, public news text: %.1f docs/s, %.0f tokens/s", run.docsPerSecond(), run.tokensPerSecond());
    return new BenchReport.OpenVocabulary(run, arabicWordTypes(news));
  }

  /** The {@code index} command over a second generated workload written as files, in a new JVM; null for 0 docs. */
  private BenchReport.IndexCommandStats indexCommand(TempDirs dirs) {
    if (config.indexDocs() == 0) {
      return null;
    }
    Workload files = WorkloadGenerator.fromCorpus(config.corpus()).generate(config.indexDocs(), config.seed() + 1);
    IndexCommandRun.Result r = IndexCommandRun.run(files, config.models(), dirs);
    long tokens = Arrays.stream(wordTokens(files)).sum();
    say("index command: %d files in %.1f s, at most %d MB live of %d MB", r.docs(), r.seconds(), r.maxLiveMb(),
        r.heapMb());
    return new BenchReport.IndexCommandStats(r.docs(), tokens, r.seconds(), r.heapMb(), r.maxLiveMb());
  }

  /**
   * Plain Lucene over the same texts, cycled to at least {@value #PLAIN_MIN_DOCS} documents: at a few hundred
   * documents opening the writer and committing would dominate, and what the ratio compares is steady throughput.
   */
  private StageResult plainLucene(List<AnalyzedDocument> docs, long[] perDoc, StageTimer timer, TempDirs dirs) {
    int n = Math.max(PLAIN_MIN_DOCS, docs.size());
    List<String> langs = new ArrayList<>(n);
    List<String> texts = new ArrayList<>(n);
    long tokens = 0;
    for (int i = 0; i < n; i++) {
      AnalyzedDocument d = docs.get(i % docs.size());
      langs.add(d.lang().code());
      texts.add(d.text());
      tokens += perDoc[i % docs.size()];
    }
    PlainLuceneBaseline.index(dirs.fresh("plain-warmup"), langs, texts, config.threads());
    return timer.time("plain_lucene", n, tokens,
        () -> PlainLuceneBaseline.index(dirs.fresh("plain"), langs, texts, config.threads()));
  }

  /** Distinct Arabic word forms of the workload: how much a per-word cache can reuse. */
  private static long arabicWordTypes(Workload workload) {
    WordTokenizer words = new WordTokenizer();
    SentenceSplitter splitter = new SentenceSplitter();
    Set<String> types = new HashSet<>();
    for (SyntheticDocument d : workload.documents()) {
      if (d.lang() == Language.ARABIC) {
        for (Sentence s : splitter.split(d.text())) {
          words.tokenize(d.text(), s).forEach(t -> types.add(t.text()));
        }
      }
    }
    return types.size();
  }

  /** {@code WordTokenizer} tokens per workload document: the token count every tokens/s figure uses. */
  private static long[] wordTokens(Workload workload) {
    WordTokenizer words = new WordTokenizer();
    SentenceSplitter splitter = new SentenceSplitter();
    long[] n = new long[workload.size()];
    for (int i = 0; i < n.length; i++) {
      String text = workload.documents().get(i).text();
      for (Sentence s : splitter.split(text)) {
        n[i] += words.tokenize(text, s).size();
      }
    }
    return n;
  }

  private void say(String format, Object... args) {
    progress.println("bench: " + String.format(format, args));
    progress.flush();
  }
}
