package org.diplomatic.analyzer.index;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * Stores an {@link IndexedDocument} in one stored field as compact binary (version byte, then fields in record
 * order; version 3 adds the document date at the end, version 4 each official's role after its country; versions 2
 * and 3 are still read, without them). Hand-written on
 * purpose: reading it with Jackson's databind cost a cold {@code search} about 0.15 s of class loading and
 * reflection, a sixth of its start-up.
 */
final class PayloadCodec {
  private static final int VERSION = 4;
  private static final int VERSION_WITHOUT_ROLE = 3;
  private static final int VERSION_WITHOUT_DATE = 2;

  private PayloadCodec() {}

  static BytesRef encode(IndexedDocument d) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      str(out, d.id());
      str(out, d.source());
      str(out, d.lang());
      str(out, d.genre());
      str(out, d.text());
      out.writeInt(d.officials().size());
      for (IndexedDocument.Official o : d.officials()) {
        str(out, o.name());
        str(out, o.country());
        str(out, o.role());
      }
      strings(out, d.areas());
      out.writeInt(d.figures().size());
      for (IndexedDocument.Figure f : d.figures()) {
        str(out, f.text());
        num(out, f.value());
        num(out, f.min());
        num(out, f.max());
        str(out, f.unit());
        str(out, f.period());
      }
      out.writeInt(d.commitments().size());
      for (IndexedDocument.Commitment c : d.commitments()) {
        str(out, c.text());
        str(out, c.kind());
        str(out, c.holder());
        str(out, c.owner());
        str(out, c.deadline());
        str(out, c.deadlineIso());
        strings(out, c.areas());
      }
      out.writeInt(d.years().size());
      for (int y : d.years()) {
        out.writeInt(y);
      }
      str(out, d.date());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BytesRef(bytes.toByteArray());
  }

  static IndexedDocument decode(BytesRef ref) {
    return decode(ref, true);
  }

  /**
   * {@code commitments}: whether to read them (a search hit shows none: their texts are skipped, not decoded, and
   * the document has none).
   */
  static IndexedDocument decode(BytesRef ref, boolean commitments) {
    try {
      Reader in = new Reader(ref);
      int version = in.readByte();
      if (version < VERSION_WITHOUT_DATE || version > VERSION) {
        throw new IOException("stored document format " + version + ", this analyzer reads "
            + VERSION_WITHOUT_DATE + " to " + VERSION);
      }
      String id = in.str();
      String source = in.str();
      String lang = in.str();
      String genre = in.str();
      String text = in.str();
      List<IndexedDocument.Official> officials = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        officials.add(new IndexedDocument.Official(in.str(), in.str(), version >= VERSION ? in.str() : null));
      }
      List<String> areas = in.strings();
      List<IndexedDocument.Figure> figures = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        figures.add(new IndexedDocument.Figure(in.str(), in.num(), in.num(), in.num(), in.str(), in.str()));
      }
      List<IndexedDocument.Commitment> kept = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        if (commitments) {
          kept.add(new IndexedDocument.Commitment(in.str(), in.str(), in.str(), in.str(), in.str(), in.str(),
              in.strings()));
        } else {
          for (int field = 0; field < 6; field++) {
            in.skipStr();
          }
          for (int a = in.readInt(); a > 0; a--) {
            in.skipStr();
          }
        }
      }
      List<Integer> years = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        years.add(in.readInt());
      }
      String date = version >= VERSION_WITHOUT_ROLE ? in.str() : null;
      return new IndexedDocument(id, source, lang, genre, text, officials, areas, figures, kept, years, date);
    } catch (IOException | IndexOutOfBoundsException e) {
      throw new UncheckedIOException("corrupt stored document (" + e.getMessage() + ")", new IOException(e));
    }
  }

  /**
   * Reads what {@link DataOutputStream} wrote (big-endian) straight from the stored bytes: strings are decoded in
   * place, where a stream copied each one into an array of its own first.
   */
  private static final class Reader {
    private final byte[] bytes;
    private final int end;
    private int at;

    Reader(BytesRef ref) {
      this.bytes = ref.bytes;
      this.at = ref.offset;
      this.end = ref.offset + ref.length;
    }

    int readByte() {
      check(1);
      return bytes[at++];
    }

    boolean readBoolean() {
      return readByte() != 0;
    }

    int readInt() {
      check(4);
      int v = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
          | (bytes[at + 3] & 0xff);
      at += 4;
      return v;
    }

    Double num() {
      if (!readBoolean()) {
        return null;
      }
      long high = readInt() & 0xffffffffL;
      long low = readInt() & 0xffffffffL;
      return Double.longBitsToDouble(high << 32 | low);
    }

    String str() {
      if (!readBoolean()) {
        return null;
      }
      int length = readInt();
      check(length);
      String s = new String(bytes, at, length, StandardCharsets.UTF_8);
      at += length;
      return s;
    }

    void skipStr() {
      if (readBoolean()) {
        int length = readInt();
        check(length);
        at += length;
      }
    }

    List<String> strings() {
      List<String> list = new ArrayList<>();
      for (int n = readInt(); n > 0; n--) {
        list.add(str());
      }
      return list;
    }

    private void check(int length) {
      if (length < 0 || at + length > end) {
        throw new IndexOutOfBoundsException("stored document cut short at byte " + at);
      }
    }
  }

  private static void str(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      out.writeInt(b.length);
      out.write(b);
    }
  }

  private static void num(DataOutputStream out, Double d) throws IOException {
    out.writeBoolean(d != null);
    if (d != null) {
      out.writeDouble(d);
    }
  }

  private static void strings(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      str(out, s);
    }
  }
}
