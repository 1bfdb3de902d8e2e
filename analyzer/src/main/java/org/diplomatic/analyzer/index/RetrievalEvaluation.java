package org.diplomatic.analyzer.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.diplomatic.analyzer.text.BundledResource;

/**
 * Measures how well each candidate analysis finds the documents of an area from a short query
 * ({@code retrieval-queries.tsv}; relevant = the documents of the query's language whose gold areas include the
 * query's area): mean average precision and precision at 10, per language. The analyses compared are the search
 * command's (light-stemmed body + exact field), each stemming alone, and Lucene's ArabicAnalyzer/PersianAnalyzer.
 */
public final class RetrievalEvaluation {
  /** A document of the evaluation collection. */
  public record Doc(String id, String lang, String text, Set<String> areas) {}

  /** One analysis' scores on one language. */
  public record Score(String analysis, String lang, int queries, double map, double precisionAt10) {
    @Override
    public String toString() {
      return String.format("%-26s %s  MAP %.3f  P@10 %.3f  (%d queries)", analysis, lang, map, precisionAt10, queries);
    }
  }

  private record Query3(String lang, String area, String text) {}

  private RetrievalEvaluation() {}

  public static List<Score> run(List<Doc> docs) {
    List<Query3> queries = queries();
    List<Score> out = new ArrayList<>();
    Map<String, Function<String, Analyzer>> analyses = new LinkedHashMap<>();
    analyses.put("search: light stem + exact", lang -> new ArabicPersianAnalyzer(ArabicPersianAnalyzer.Stemming.LIGHT));
    analyses.put("light stem only", lang -> new ArabicPersianAnalyzer(ArabicPersianAnalyzer.Stemming.LIGHT));
    analyses.put("clitics stripped only", lang -> new ArabicPersianAnalyzer(ArabicPersianAnalyzer.Stemming.CLITICS));
    analyses.put("folded, unstemmed", lang -> new ArabicPersianAnalyzer(ArabicPersianAnalyzer.Stemming.NONE));
    analyses.put("Lucene Arabic/Persian", lang -> lang.equals("ar") ? new ArabicAnalyzer() : new PersianAnalyzer());
    for (String lang : List.of("ar", "fa")) {
      List<Doc> collection = docs.stream().filter(d -> d.lang().equals(lang)).toList();
      List<Query3> qs = queries.stream().filter(q -> q.lang().equals(lang)).toList();
      for (Map.Entry<String, Function<String, Analyzer>> a : analyses.entrySet()) {
        boolean both = a.getKey().startsWith("search");
        out.add(score(a.getKey(), lang, collection, qs, a.getValue().apply(lang), both));
      }
    }
    return out;
  }

  private static Score score(String name, String lang, List<Doc> docs, List<Query3> queries, Analyzer analyzer,
      boolean bothFields) {
    Analyzer exact = new ArabicPersianAnalyzer(false);
    Analyzer perField = bothFields
        ? new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(analyzer, Map.of(Fields.EXACT, exact))
        : analyzer;
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(perField))) {
        for (Doc d : docs) {
          Document doc = new Document();
          doc.add(new StoredField("id", d.id()));
          doc.add(new TextField(Fields.BODY, d.text(), Field.Store.NO));
          if (bothFields) {
            doc.add(new TextField(Fields.EXACT, d.text(), Field.Store.NO));
          }
          w.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        double apSum = 0;
        double p10Sum = 0;
        for (Query3 q : queries) {
          Set<String> relevant = new java.util.HashSet<>();
          docs.stream().filter(d -> d.areas().contains(q.area())).forEach(d -> relevant.add(d.id()));
          ScoreDoc[] hits = searcher.search(parse(q.text(), perField, bothFields), docs.size()).scoreDocs;
          int found = 0;
          double ap = 0;
          for (int rank = 0; rank < hits.length; rank++) {
            String id = searcher.storedFields().document(hits[rank].doc).get("id");
            if (relevant.contains(id)) {
              found++;
              ap += (double) found / (rank + 1);
              if (rank < 10) {
                p10Sum += 0.1;
              }
            }
          }
          apSum += relevant.isEmpty() ? 0 : ap / relevant.size();
        }
        return new Score(name, lang, queries.size(), apSum / queries.size(), p10Sum / queries.size());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Query parse(String text, Analyzer analyzer, boolean bothFields) {
    try {
      if (bothFields) {
        return new MultiFieldQueryParser(new String[] {Fields.BODY, Fields.EXACT}, analyzer, Fields.TEXT_BOOSTS)
            .parse(text);
      }
      return new QueryParser(Fields.BODY, analyzer).parse(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad evaluation query " + text, e);
    }
  }

  private static List<Query3> queries() {
    List<Query3> out = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        BundledResource.open(RetrievalEvaluation.class, "retrieval-queries.tsv"), StandardCharsets.UTF_8))) {
      in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
        String[] c = l.split("\t");
        out.add(new Query3(c[0], c[1], c[2]));
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read retrieval-queries.tsv", e);
    }
    return out;
  }
}
