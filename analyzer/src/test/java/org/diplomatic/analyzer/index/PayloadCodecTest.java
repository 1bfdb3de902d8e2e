package org.diplomatic.analyzer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class PayloadCodecTest {
  @Test
  void roundTripsEveryFieldIncludingNullsAndRanges() {
    for (IndexedDocument d : new IndexedDocument[] {IndexFixtures.iraqIranTelecom("ar/a.txt"),
        IndexFixtures.pilgrimsPersian("fa/b.txt"), IndexFixtures.gasOman("ar/c.txt")}) {
      assertEquals(d, PayloadCodec.decode(PayloadCodec.encode(d)));
    }
  }

  @Test
  void aSearchHitSkipsTheCommitmentsAndReadsEverythingElse() {
    IndexedDocument d = IndexFixtures.iraqIranTelecom("ar/a.txt");
    assertEquals(false, d.commitments().isEmpty());
    IndexedDocument hit = PayloadCodec.decode(PayloadCodec.encode(d), false);
    assertEquals(java.util.List.of(), hit.commitments());
    assertEquals(new IndexedDocument(d.id(), d.source(), d.lang(), d.genre(), d.text(), d.officials(), d.areas(),
        d.figures(), java.util.List.of(), d.years(), d.date()), hit);
  }

  @Test
  void refusesAStoredDocumentCutShort() {
    BytesRef whole = PayloadCodec.encode(IndexFixtures.gasOman("x.txt"));
    BytesRef cut = new BytesRef(whole.bytes, whole.offset, whole.length - 3);
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> PayloadCodec.decode(cut));
    assertEquals(true, e.getMessage().startsWith("corrupt stored document (stored document cut short at byte "),
        e.getMessage());
  }

  @Test
  void refusesAStoredDocumentOfAnotherFormatVersion() {
    BytesRef bytes = PayloadCodec.encode(IndexFixtures.gasOman("x.txt"));
    bytes.bytes[bytes.offset] = 9;
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> PayloadCodec.decode(bytes));
    assertEquals("corrupt stored document (stored document format 9, this analyzer reads 2 to 4)", e.getMessage());
  }

  @Test
  void keepsEachOfficialsRole() {
    IndexedDocument d = new IndexedDocument("id", "a.txt", "ar", "news", "قال وزير الخارجية السعودي عادل الجبير",
        java.util.List.of(new IndexedDocument.Official("عادل الجبير", "SA", "وزير الخارجية السعودي"),
            new IndexedDocument.Official("جون كيري", "US")),
        java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), "2015-08-11");
    assertEquals(d, PayloadCodec.decode(PayloadCodec.encode(d)));
    assertEquals("وزير الخارجية السعودي", PayloadCodec.decode(PayloadCodec.encode(d)).officials().get(0).role());
  }
}
