package org.diplomatic.analyzer.index;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(ref.bytes, ref.offset, ref.length))) {
      int version = in.readByte();
      if (version < VERSION_WITHOUT_DATE || version > VERSION) {
        throw new IOException("stored document format " + version + ", this analyzer reads "
            + VERSION_WITHOUT_DATE + " to " + VERSION);
      }
      String id = str(in);
      String source = str(in);
      String lang = str(in);
      String genre = str(in);
      String text = str(in);
      List<IndexedDocument.Official> officials = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        officials.add(new IndexedDocument.Official(str(in), str(in), version >= VERSION ? str(in) : null));
      }
      List<String> areas = strings(in);
      List<IndexedDocument.Figure> figures = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        figures.add(new IndexedDocument.Figure(str(in), num(in), num(in), num(in), str(in), str(in)));
      }
      List<IndexedDocument.Commitment> commitments = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        commitments.add(new IndexedDocument.Commitment(str(in), str(in), str(in), str(in), str(in), str(in),
            strings(in)));
      }
      List<Integer> years = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        years.add(in.readInt());
      }
      String date = version >= VERSION_WITHOUT_ROLE ? str(in) : null;
      return new IndexedDocument(id, source, lang, genre, text, officials, areas, figures, commitments, years, date);
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt stored document (" + e.getMessage() + ")", e);
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

  private static String str(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void num(DataOutputStream out, Double d) throws IOException {
    out.writeBoolean(d != null);
    if (d != null) {
      out.writeDouble(d);
    }
  }

  private static Double num(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readDouble() : null;
  }

  private static void strings(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      str(out, s);
    }
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    List<String> list = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      list.add(str(in));
    }
    return list;
  }
}
