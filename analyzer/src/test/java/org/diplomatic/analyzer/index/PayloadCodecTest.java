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
  void refusesAStoredDocumentOfAnotherFormatVersion() {
    BytesRef bytes = PayloadCodec.encode(IndexFixtures.gasOman("x.txt"));
    bytes.bytes[bytes.offset] = 9;
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> PayloadCodec.decode(bytes));
    assertEquals("corrupt stored document (stored document format 9, this analyzer reads 2 or 3)", e.getMessage());
  }
}
