package org.diplomatic.analyzer.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.pipeline.AnalyzedDocument;
import org.diplomatic.analyzer.pipeline.IndexMapping;
import org.diplomatic.analyzer.text.CachingArabicSegmenter;
import org.diplomatic.analyzer.text.InputRejectedException;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.SentenceSplitter;
import org.diplomatic.analyzer.text.TextNormalizer;
import org.diplomatic.analyzer.text.TextReader;
import org.diplomatic.analyzer.text.Tokenizer;
import org.diplomatic.analyzer.text.WordTokenizer;

/**
 * Times each stage alone, one thread, over the whole workload, in pipeline order: read, normalize, language,
 * sentences, tokens (the pipeline's word-cached segmenter for Arabic, plain words for Persian; then CoreNLP's
 * segmenter uncached on the Arabic documents alone), figures, officials, commitments, areas, index. Stages after
 * {@code sentences} take the sentences, genres and analyzed documents of a previous pipeline run as input, so each
 * timing holds only its own stage.
 */
final class StageBench {
  private static final int CACHE_ENTRIES = 500_000;
  private static final int SEGMENTER_DOCS = 250;
  private final StageComponents components;
  private final StageTimer timer;
  private final TempDirs dirs;

  StageBench(StageComponents components, StageTimer timer, TempDirs dirs) {
    this.components = components;
    this.timer = timer;
    this.dirs = dirs;
  }

  /** {@code perDoc}: the {@code WordTokenizer} tokens of each workload document. */
  List<StageResult> run(Workload workload, List<AnalyzedDocument> analyzed, long[] perDoc) {
    List<SyntheticDocument> docs = workload.documents();
    int n = docs.size();
    long tokens = Arrays.stream(perDoc).sum();
    List<byte[]> bytes = docs.stream().map(SyntheticDocument::bytes).toList();
    TextReader reader = new TextReader();
    TextNormalizer folding = TextNormalizer.folding();
    Tokenizer words = new WordTokenizer();
    SentenceSplitter splitter = new SentenceSplitter();
    List<StageResult> out = new ArrayList<>();
    out.add(timer.time("read", n, tokens, () -> {
      long sum = 0;
      for (int i = 0; i < n; i++) {
        sum += decode(reader, docs.get(i).source(), bytes.get(i)).length();
      }
      return sum;
    }));
    out.add(timer.time("normalize", n, tokens, () -> {
      long sum = 0;
      for (SyntheticDocument d : docs) {
        sum += folding.normalize(d.text()).normalized().length();
      }
      return sum;
    }));
    out.add(timer.time("language", n, tokens, () -> {
      long sum = 0;
      for (SyntheticDocument d : docs) {
        sum += components.languages.detect(d.text()).ordinal();
      }
      return sum;
    }));
    out.add(timer.time("sentences", n, tokens, () -> {
      long sum = 0;
      for (SyntheticDocument d : docs) {
        sum += splitter.split(d.text()).size();
      }
      return sum;
    }));
    // a new cache per run, as the pipeline's starts empty for each batch
    out.add(timer.time("tokens", n, tokens, () -> new CachingArabicSegmenter(components.segmenter, CACHE_ENTRIES),
        cached -> tokenize(analyzed, cached, words)));
    out.add(arabicSegmenter(analyzed, perDoc));
    out.add(timer.time("figures", n, tokens, () -> {
      long sum = 0;
      for (AnalyzedDocument a : analyzed) {
        sum += components.figures.extract(a.text(), a.sentences(), a.lang()).size();
      }
      return sum;
    }));
    out.add(timer.time("officials", n, tokens, () -> {
      long sum = 0;
      for (AnalyzedDocument a : analyzed) {
        sum += components.officials.extract(a.text(), a.sentences(), a.lang()).size();
      }
      return sum;
    }));
    out.add(timer.time("commitments", n, tokens, () -> {
      long sum = 0;
      for (AnalyzedDocument a : analyzed) {
        sum += components.commitments.extract(a.text(), a.sentences(), a.genre(), List.of(), List.of()).size();
      }
      return sum;
    }));
    out.add(timer.time("areas", n, tokens, () -> {
      long sum = 0;
      for (AnalyzedDocument a : analyzed) {
        List<String> texts = a.sentences().stream().map(Sentence::text).toList();
        // the pipeline's call: network scores blended with the keyword counts, the language's thresholds
        sum += components.areas.documentAreas(a.lang().code(), texts, components.areas.scores(texts)).size();
      }
      return sum;
    }));
    out.add(timer.time("index", n, tokens, () -> {
      long sum = 0;
      try (DocumentIndexer indexer = DocumentIndexer.open(dirs.fresh("stage-index"))) {
        for (AnalyzedDocument a : analyzed) {
          sum += indexer.add(IndexMapping.of(a)).ordinal();
        }
        indexer.commit();
      }
      return sum;
    }));
    return out;
  }

  /**
   * CoreNLP's segmenter alone, no cache, on the first {@value #SEGMENTER_DOCS} Arabic documents: the raw cost the
   * cache saves (at ~5,000 tokens/s, more documents would only lengthen the run).
   */
  private StageResult arabicSegmenter(List<AnalyzedDocument> analyzed, long[] perDoc) {
    List<AnalyzedDocument> arabic = new ArrayList<>();
    long tokens = 0;
    for (int i = 0; i < analyzed.size() && arabic.size() < SEGMENTER_DOCS; i++) {
      if (analyzed.get(i).lang() == Language.ARABIC) {
        arabic.add(analyzed.get(i));
        tokens += perDoc[i];
      }
    }
    return timer.time("segmenter_ar_uncached", arabic.size(), tokens,
        () -> tokenize(arabic, components.segmenter, components.segmenter));
  }

  private static long tokenize(List<AnalyzedDocument> analyzed, Tokenizer arabic, Tokenizer persian) {
    long sum = 0;
    for (AnalyzedDocument a : analyzed) {
      Tokenizer t = a.lang() == Language.ARABIC ? arabic : persian;
      for (Sentence s : a.sentences()) {
        sum += t.tokenize(a.text(), s).size();
      }
    }
    return sum;
  }

  private static String decode(TextReader reader, String source, byte[] bytes) {
    try {
      return reader.decode(source, bytes).text();
    } catch (InputRejectedException e) {
      throw new IllegalStateException("workload document rejected: " + source, e);
    }
  }
}
