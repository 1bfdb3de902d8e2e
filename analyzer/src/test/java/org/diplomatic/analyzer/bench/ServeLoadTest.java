package org.diplomatic.analyzer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.index.SearchMode;
import org.diplomatic.analyzer.index.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeLoadTest {
  private static IndexedDocument doc(String id, String lang, String text, String official, String country) {
    return new IndexedDocument(id, id + ".txt", lang, "news", text,
        List.of(new IndexedDocument.Official(official, country, "وزير")), List.of("telecom"),
        List.of(new IndexedDocument.Figure("مليار دولار", 1.0e9, null, null, "USD", null)), List.of(), List.of());
  }

  @Test
  void everyClientGetsEveryAnswerWholeOverItsOwnConnection(@TempDir Path dir) {
    Path index = dir.resolve("index");
    SearchCorpus.index(List.of(
        doc("a", "ar", "بحث وزير الاتصالات العراقي مع نظيره الإيراني التعاون في مجال الكابلات البحرية.", "هيام الياسري",
            "IQ"),
        doc("b", "fa", "وزیر ارتباطات ایران بر گسترش همکاری در حوزه فیبر نوری با عراق تأکید کرد.", "عیسی زارع‌پور",
            "IR")), index, 1);
    // facets make the longest answers, which the server sends in chunks
    List<SearchRequest> mix = List.of(
        new SearchRequest("الاتصالات", 10, null, null, null, null, null, null, null, null, true),
        new SearchRequest("", 10, null, null, null, "IR", null, null, null, null, false));

    ServeLoad.Stats s = ServeLoad.measure(index, mix, 2, () -> null, List.of(SearchMode.LEXICAL)).get(0);

    assertEquals("lexical", s.mode());
    assertEquals(ServeLoad.CLIENTS * mix.size() * 2, s.requests());
    assertTrue(s.p50Ms() > 0 && s.p99Ms() >= s.p50Ms(), s.toString());
  }
}
