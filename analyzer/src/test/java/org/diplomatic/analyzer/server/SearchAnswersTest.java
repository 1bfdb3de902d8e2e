package org.diplomatic.analyzer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.diplomatic.analyzer.bench.QueryWords;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.eval.GoldDocument;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.index.IndexSearch;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.index.SearchResult;
import org.diplomatic.analyzer.search.semantic.DocumentEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answers of {@code GET /api/search} (total, hits in order with their snippets, scores, officials, areas and
 * figures, the facets) to a fixed mix of searches over the written corpus, as the JSON the route writes, equal to
 * the answers recorded in {@code search-answers.tsv}: work on the cost of a search must not change what it finds.
 * The index is made from the corpus's gold annotations of the documents the file lists (not from the extractors,
 * whose answers change as they improve), with the word vectors of {@code models/}; the people facet (the registry's
 * grouping) is left out. Recorded by the search as it was on 2026-12-07 before the work on its CPU cost (issue 19);
 * to record again on purpose (a new ranking, new word vectors): {@code -Dsearch.answers.record=true}, from
 * {@code analyzer/}.
 */
class SearchAnswersTest {
  private static final Path ANSWERS = Path.of("src/test/resources/org/diplomatic/analyzer/server/search-answers.tsv");
  private static final String DOCUMENTS = "# documents\t";
  private static final List<String> KINDS = List.of("obligation", "intent", "proposal", "agreement", "decision");

  @TempDir Path dir;

  @Test
  void answersTheMixAsRecorded() throws IOException {
    boolean record = Boolean.getBoolean("search.answers.record");
    GoldCorpus corpus = GoldCorpus.open(ServedCorpus.corpus());
    List<String> lines = record ? List.of() : Files.readAllLines(resource(), StandardCharsets.UTF_8);
    List<String> ids = record ? corpus.ids() : List.of(lines.get(0).substring(DOCUMENTS.length()).split(","));
    List<GoldDocument> docs = ids.stream().map(corpus::read).toList();
    DocumentEmbedder embedding = DocumentEmbedder.fromModels(ServedCorpus.models());
    Path index = dir.resolve("index");
    try (DocumentIndexer indexer = DocumentIndexer.open(index, embedding)) {
      docs.forEach(d -> indexer.add(indexed(d)));
      indexer.commit();
    }
    List<String> queries = record ? queries(docs) : lines.stream().skip(1).map(l -> l.split("\t")[0]).toList();
    List<String> answers = new ArrayList<>();
    try (IndexSearch search = IndexSearch.open(index, embedding)) {
      for (String q : queries) {
        answers.add(q + "\t" + answer(search, q));
      }
    }
    if (record) {
      Files.writeString(ANSWERS, DOCUMENTS + String.join(",", ids) + "\n" + String.join("\n", answers) + "\n");
      return;
    }
    assertTrue(answers.size() > 500, "searches: " + answers.size());
    for (int i = 0; i < answers.size(); i++) {
      assertEquals(lines.get(i + 1), answers.get(i), "search " + (i + 1));
    }
  }

  private static Path resource() {
    return Files.isRegularFile(ANSWERS) ? ANSWERS : Path.of("analyzer").resolve(ANSWERS);
  }

  /** Total, the hits' ids in order and a digest of the whole JSON answer, as the route writes it. */
  private static String answer(IndexSearch search, String query) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String kv : query.split("&")) {
      int eq = kv.indexOf('=');
      params.computeIfAbsent(kv.substring(0, eq), k -> new ArrayList<>())
          .add(URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
    }
    SearchParameters p = SearchParameters.read(new RequestValues(n -> params.getOrDefault(n, List.of())),
        ServerConfig.Limits.DEFAULTS);
    SearchResult r = search.search(p.request());
    return r.total() + "\t" + String.join(",", r.hits().stream().map(SearchResult.Hit::id).toList()) + "\t"
        + sha256(SearchView.json(r, p));
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)))
          .substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static IndexedDocument indexed(GoldDocument d) {
    return new IndexedDocument(d.id(), "corpus/" + d.lang() + "/" + d.id() + ".txt", d.lang(), d.genre(), d.text(),
        d.officials().stream().map(o -> new IndexedDocument.Official(o.name(), o.country(), o.role())).toList(),
        d.areas(),
        d.figures().stream().map(f -> new IndexedDocument.Figure(f.text(), f.value(), f.min(), f.max(), f.unit(),
            f.period())).toList(),
        d.commitments().stream().map(c -> new IndexedDocument.Commitment(c.text(), c.kind(), c.holder(), c.owner(),
            c.deadline(), null, c.areas())).toList(),
        List.of(), d.date());
  }

  /**
   * Each of three modes times 240 searches drawn with a fixed seed, in the shapes of the bench's mix (a word, two
   * words, a phrase, a word in one language with facets, a word in one area, a country with facets and no text, an
   * official's surname, a figure range in its unit, a word with a commitment kind) and a few more (OR, NOT, a
   * prefix, newest first, a genre, a date range, a second page).
   */
  private static List<String> queries(List<GoldDocument> docs) {
    Random random = new Random(20261207);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 240; i++) {
      GoldDocument d = docs.get(random.nextInt(docs.size()));
      List<String> words = QueryWords.words(d.text());
      String word = words.get(random.nextInt(words.size()));
      int at = random.nextInt(Math.max(1, words.size() - 1));
      String next = words.size() > 1 ? words.get(at + 1) : word;
      GoldDocument.GoldOfficial official = d.officials().isEmpty() ? null
          : d.officials().get(random.nextInt(d.officials().size()));
      GoldDocument.GoldFigure figure = d.figures().stream().filter(f -> f.value() != null && f.unit() != null)
          .findFirst().orElse(null);
      String q = switch (i % 15) {
        case 0 -> "q=" + enc(word);
        case 1 -> "q=" + enc(word + " " + next);
        case 2 -> "q=" + enc("\"" + words.get(at) + " " + next + "\"");
        case 3 -> "q=" + enc(word) + "&lang=" + d.lang() + "&facets=true";
        case 4 -> "q=" + enc(word) + (d.areas().isEmpty() ? "" : "&area=" + d.areas().get(0));
        case 5 -> "q=&facets=true" + (official == null || official.country() == null ? ""
            : "&country=" + official.country());
        case 6 -> "q=" + (official == null ? enc(word) : "&official=" + enc(QueryWords.surname(official.name())));
        case 7 -> "q=" + (figure == null ? enc(word) : "&min-value=" + figure.value() / 2 + "&max-value="
            + figure.value() * 2 + "&unit=" + figure.unit());
        case 8 -> "q=" + enc(word) + "&kind=" + KINDS.get(random.nextInt(KINDS.size()));
        case 9 -> "q=" + enc(word + " OR " + next);
        case 10 -> "q=" + enc(word + " NOT " + next);
        case 11 -> "q=" + enc(word.substring(0, Math.min(4, word.length())) + "*");
        case 12 -> "q=" + enc(word) + "&sort=date&facets=true";
        case 13 -> "q=" + enc(word) + "&genre=" + (d.genre() == null ? "news" : d.genre()) + "&from=2020&to=2025";
        default -> "q=" + enc(word) + "&offset=10";
      };
      out.add(q);
    }
    List<String> all = new ArrayList<>();
    for (String mode : List.of("lexical", "hybrid", "semantic")) {
      out.forEach(q -> all.add("mode=" + mode + "&limit=10&" + q));
    }
    return all;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
