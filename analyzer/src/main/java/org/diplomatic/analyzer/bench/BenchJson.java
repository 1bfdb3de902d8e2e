package org.diplomatic.analyzer.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The report as one JSON object: {@code end_to_end}, {@code plain_lucene} and {@code search} objects, top-level
 * {@code ratio} and {@code peak_heap_mb}, plus {@code stages}, {@code model_load_ms}, {@code workload} and
 * {@code config}.
 */
public final class BenchJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BenchJson() {}

  public static ObjectNode of(BenchReport r) {
    ObjectNode root = MAPPER.createObjectNode();
    BenchConfig c = r.config();
    ObjectNode config = root.putObject("config");
    config.put("docs", c.docs()).put("search_docs", c.searchDocs()).put("index_docs", c.indexDocs())
        .put("warmup", c.warmup()).put("repeat", c.repeat())
        .put("threads", c.threads()).put("cold_runs", c.coldRuns()).put("seed", c.seed())
        .put("max_heap_mb", round(r.maxHeapMb())).put("processors", Runtime.getRuntime().availableProcessors())
        .put("java", System.getProperty("java.version"));
    BenchReport.WorkloadStats w = r.workload();
    root.putObject("workload").put("docs", w.docs()).put("ar_docs", w.arabicDocs()).put("fa_docs", w.persianDocs())
        .put("tokens", w.tokens()).put("bytes", w.bytes()).put("ar_word_types", w.arabicWordTypes())
        .put("tokens_counted_by", "WordTokenizer");
    root.set("end_to_end", throughput(r.endToEnd()).put("threads", c.threads()));
    root.set("first_pass", throughput(r.firstPass()).put("threads", c.threads()));
    if (r.openVocabulary() != null) {
      root.set("end_to_end_open_vocabulary", throughput(r.openVocabulary().endToEnd()).put("threads", c.threads())
          .put("ar_word_types", r.openVocabulary().arabicWordTypes()).put("text", "ANERcorp + Arman sentences"));
    }
    root.set("plain_lucene", throughput(r.plainLucene()).put("threads", c.threads()));
    root.put("ratio", Math.round(r.ratio() * 1e6) / 1e6);
    BenchReport.SearchStats s = r.search();
    root.putObject("search").put("docs", s.docs()).put("index_seconds", round(s.indexSeconds()))
        .put("queries", s.queries()).put("p50_ms", round(s.p50Ms())).put("p99_ms", round(s.p99Ms()))
        .put("mean_ms", round(s.meanMs())).put("cold_start_ms", round(s.coldStartMs()));
    s.byMode().forEach(m -> ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("search"))
        .putObject(m.mode()).put("p50_ms", round(m.p50Ms())).put("p99_ms", round(m.p99Ms()))
        .put("cold_start_ms", round(m.coldStartMs())));
    BenchReport.IndexCommandStats ic = r.indexCommand();
    if (ic != null) {
      root.putObject("index_command").put("docs", ic.docs()).put("tokens", ic.tokens())
          .put("seconds", round(ic.seconds())).put("docs_per_second", round(ic.docsPerSecond()))
          .put("tokens_per_second", round(ic.tokensPerSecond())).put("heap_mb", ic.heapMb())
          .put("max_live_mb", ic.maxLiveMb());
    }
    root.put("peak_heap_mb", round(r.peakHeapMb()));
    ArrayNode stages = root.putArray("stages");
    r.stages().forEach(st -> stages.add(MAPPER.createObjectNode().put("stage", st.stage()).setAll(throughput(st))));
    ObjectNode loads = root.putObject("model_load_ms");
    r.loadMillis().forEach((k, v) -> loads.put(k, round(v)));
    return root;
  }

  public static String pretty(BenchReport r) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(of(r));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report as JSON", e);
    }
  }

  private static ObjectNode throughput(StageResult s) {
    return MAPPER.createObjectNode().put("docs_per_second", round(s.docsPerSecond()))
        .put("tokens_per_second", round(s.tokensPerSecond())).put("seconds", round(s.seconds()));
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
