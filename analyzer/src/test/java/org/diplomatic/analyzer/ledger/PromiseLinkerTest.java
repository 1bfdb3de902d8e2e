package org.diplomatic.analyzer.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.junit.jupiter.api.Test;

class PromiseLinkerTest {
  private static final StatementReader READER = new StatementReader(new DocumentParties());

  private static List<Promise> ledger(IndexedDocument... docs) {
    Map<String, String> dates = new LinkedHashMap<>();
    List<Statement> statements = new ArrayList<>();
    for (IndexedDocument d : docs) {
      dates.put(d.id(), d.date());
      statements.addAll(READER.read(d));
    }
    return LedgerStore.build(null, dates, statements, new ContentSimilarity(), LinkerSettings.defaults())
        .promises();
  }

  private static List<String> labels(Promise p) {
    return p.links().stream().map(l -> l.label().label()).toList();
  }

  @Test
  void linksAPersianPromiseRepeatedInArabic() {
    List<Promise> promises = ledger(LedgerDocuments.trade2019(), LedgerDocuments.trade2021());
    assertEquals(1, promises.size());
    assertEquals(List.of("IQ", "IR"), promises.get(0).countries());
    assertEquals(List.of("first_made", "repeated"), labels(promises.get(0)));
    assertEquals(List.of("2019-03-12", "2021-06-14"), promises.get(0).links().stream().map(Link::date).toList());
    assertEquals("open", promises.get(0).status());
  }

  @Test
  void saysFromWhatToWhatAFigureChanged() {
    Promise p = ledger(LedgerDocuments.trade2019(), LedgerDocuments.trade2021(), LedgerDocuments.trade2023())
        .get(0);
    assertEquals(List.of("first_made", "repeated", "changed"), labels(p));
    assertEquals("20 مليار دولار سنويا -> 30 مليار دولار سنويا", p.links().get(2).detail());
  }

  @Test
  void saysFromWhatToWhatADeadlineMovedAndMarksItOverdue() {
    IndexedDocument later = new IndexedDocument("x", "ar/x.txt", "ar", "news", "بغداد، 1 آب 2025\n", List.of(),
        List.of(), List.of(), List.of(), List.of(), "2025-08-01");
    Promise p = ledger(LedgerDocuments.pipeline2020(), LedgerDocuments.pipeline2024(), later).get(0);
    assertEquals(List.of("first_made", "changed", "overdue"), labels(p));
    assertEquals("deadline 2022-12-31 (قبل نهاية عام 2022) -> 2024-12-31 (قبل نهاية عام 2024)",
        p.links().get(1).detail());
    assertEquals("deadline 2024-12-31 (قبل نهاية عام 2024) passed by 2025-08-01 (latest document)",
        p.links().get(2).detail());
    assertNull(p.links().get(2).statement());
    assertEquals("overdue", p.status());
  }

  @Test
  void aReportOfOpeningFulfilsThePromiseAndIsNotOverdue() {
    Promise p = ledger(LedgerDocuments.pipeline2020(), LedgerDocuments.opened2025()).get(0);
    assertEquals(List.of("first_made", "fulfilled"), labels(p));
    assertEquals("تم اليوم افتتاح خط أنبوب النفط الممتد من البصرة إلى العقبة.", p.links().get(1).statement().text());
    assertEquals("s1", p.links().get(1).statement().item());
    assertEquals("fulfilled", p.status());
  }

  @Test
  void promisesOfAnotherCountryPairStayApart() {
    List<Promise> promises = ledger(LedgerDocuments.trade2019(), LedgerDocuments.pipeline2020());
    assertEquals(2, promises.size());
    assertEquals(List.of("IQ", "IR"), promises.get(0).countries());
    assertEquals(List.of("IQ", "JO"), promises.get(1).countries());
  }
}
