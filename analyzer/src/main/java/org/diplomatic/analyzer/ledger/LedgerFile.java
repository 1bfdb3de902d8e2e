package org.diplomatic.analyzer.ledger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Ledger} as two compact binary files in the index folder, each to a temporary file moved over the
 * old one, so a reader sees the old file or the new one, never half of one: {@code ledger-statements.bin} (every
 * document's date and statements, for incremental updates) and {@code ledger.bin}, read by queries: a header
 * (magic, version, offset of the table of contents), each promise's links as one block, then the table of contents
 * (index commit, latest date, one {@link PromiseSummary} and block position per promise), so a query reads the
 * summaries and only the blocks of the promises it shows ({@link LedgerView}).
 */
public final class LedgerFile {
  public static final String LEDGER = "ledger.bin";
  public static final String STATEMENTS = "ledger-statements.bin";
  static final int MAGIC = 0x4C444752; // "LDGR"
  /**
   * 2: content words stemmed, without names and holders; 3: sentences that may restate a promise, due dates read
   * against the document date; 4: the words of a length of time and the owner labels of minutes are no content words,
   * a length after لمدة no due date; 5: persian-arabic.tsv, a report's words from the clause of its cue (statements
   * kept by an older version are read again); 6: statements in the order they were linked, each with the number of the
   * promise it joined (an update replays them), word weights from a fixed table; 7: more report cues (handed over,
   * in service, a first run, a meeting held in the passive), seasons and double-calendar deadlines read as due dates.
   */
  static final int VERSION = 7;
  private static final int STATEMENTS_MAGIC = 0x4C445354; // "LDST"

  private LedgerFile() {}

  public static void write(Ledger ledger, Path dir) {
    atomically(dir.resolve(STATEMENTS), temp -> {
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
        out.writeInt(STATEMENTS_MAGIC);
        out.writeInt(VERSION);
        str(out, ledger.commit());
        str(out, ledger.latestDate());
        out.writeInt(ledger.documents().size());
        for (Map.Entry<String, String> d : ledger.documents().entrySet()) {
          str(out, d.getKey());
          str(out, d.getValue());
        }
        Map<Statement, Integer> promiseOf = new java.util.IdentityHashMap<>();
        for (int p = 0; p < ledger.promises().size(); p++) {
          for (Link l : ledger.promises().get(p).links()) {
            if (l.statement() != null) {
              promiseOf.put(l.statement(), p);
            }
          }
        }
        out.writeInt(ledger.statements().size());
        for (Statement s : ledger.statements()) {
          statement(out, s, true);
          out.writeInt(promiseOf.getOrDefault(s, -1));
        }
      }
    });
    atomically(dir.resolve(LEDGER), temp -> {
      long toc;
      List<long[]> blocks = new ArrayList<>();
      try (CountingOutput counting = new CountingOutput(Files.newOutputStream(temp));
          DataOutputStream out = new DataOutputStream(counting)) {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeLong(0);
        for (Promise p : ledger.promises()) {
          out.flush();
          long at = counting.count;
          out.writeInt(p.links().size());
          for (Link l : p.links()) {
            out.writeBoolean(l.statement() != null);
            if (l.statement() != null) {
              statement(out, l.statement(), false);
            }
            str(out, l.date());
            out.writeByte(l.label().ordinal());
            str(out, l.detail());
          }
          out.flush();
          blocks.add(new long[] {at, counting.count - at});
        }
        out.flush();
        toc = counting.count;
        str(out, ledger.commit());
        str(out, ledger.latestDate());
        out.writeInt(ledger.promises().size());
        for (int i = 0; i < ledger.promises().size(); i++) {
          summary(out, PromiseSummary.of(ledger.promises().get(i)));
          out.writeLong(blocks.get(i)[0]);
          out.writeInt((int) blocks.get(i)[1]);
        }
      }
      try (RandomAccessFile file = new RandomAccessFile(temp.toFile(), "rw")) {
        file.seek(8);
        file.writeLong(toc);
      }
    });
  }

  /**
   * What a ledger keeps for its next update: its documents and statements (no promises), the statements in the order
   * they were linked, and the number of the promise each joined (-1 for none).
   */
  public record Stored(Ledger ledger, int[] promiseOf) {}

  /** The documents and statements of the ledger in {@code dir} (no promises); a bad file is an IOException. */
  public static Ledger readStatements(Path dir) throws IOException {
    return readStored(dir).ledger();
  }

  /** The documents, statements and the promise of each statement in {@code dir}; a bad file is an IOException. */
  public static Stored readStored(Path dir) throws IOException {
    Path file = dir.resolve(STATEMENTS);
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != STATEMENTS_MAGIC || in.readInt() != VERSION) {
        throw new IOException(file + " is not a ledger of this version");
      }
      String commit = str(in);
      String latest = str(in);
      Map<String, String> documents = new LinkedHashMap<>();
      for (int n = in.readInt(); n > 0; n--) {
        documents.put(str(in), str(in));
      }
      int count = in.readInt();
      List<Statement> statements = new ArrayList<>(Math.min(count, 1 << 20));
      int[] promiseOf = new int[count];
      // one instance per repeated string (a document's id, a country, a word): an update holds every statement
      Map<String, String> instances = new java.util.HashMap<>();
      for (int i = 0; i < count; i++) {
        statements.add(statement(in, instances));
        promiseOf[i] = in.readInt();
      }
      return new Stored(new Ledger(commit, latest, documents, statements, List.of()), promiseOf);
    } catch (java.io.EOFException | RuntimeException e) {
      throw new IOException(file + " is truncated or corrupt", e);
    }
  }

  /** The links of one promise block, {@code in} positioned at its start. */
  static List<Link> links(DataInputStream in) throws IOException {
    List<Link> links = new ArrayList<>();
    LinkLabel[] labels = LinkLabel.values();
    for (int k = in.readInt(); k > 0; k--) {
      Statement s = in.readBoolean() ? statement(in) : null;
      links.add(new Link(s, str(in), labels[in.readByte()], str(in)));
    }
    return links;
  }

  private static void summary(DataOutputStream out, PromiseSummary p) throws IOException {
    str(out, p.id());
    strings(out, p.countries());
    strings(out, p.areas());
    str(out, p.status());
    str(out, p.firstDate());
    str(out, p.lastDate());
    strings(out, p.holders());
    out.writeInt(p.documents());
  }

  static PromiseSummary summary(DataInputStream in) throws IOException {
    return new PromiseSummary(str(in), strings(in), strings(in), str(in), str(in), str(in), strings(in), in.readInt());
  }

  private interface Writing {
    void to(Path temp) throws IOException;
  }

  private static void atomically(Path file, Writing writing) {
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      writing.to(temp);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the ledger " + file + " (" + e.getMessage() + ")", e);
    }
  }

  /** Counts the bytes written, for the blocks' positions. */
  private static final class CountingOutput extends java.io.FilterOutputStream {
    long count;

    CountingOutput(java.io.OutputStream out) {
      super(new BufferedOutputStream(out, 1 << 16));
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }

  /** A statement; without its content words when {@code withTerms} is false (a query never needs them). */
  private static void statement(DataOutputStream out, Statement s, boolean withTerms) throws IOException {
    str(out, s.docId());
    str(out, s.source());
    str(out, s.lang());
    str(out, s.date());
    str(out, s.item());
    out.writeInt(s.start());
    out.writeInt(s.end());
    str(out, s.text());
    str(out, s.kind());
    str(out, s.holder());
    str(out, s.deadline());
    str(out, s.deadlineIso());
    strings(out, s.areas());
    strings(out, s.countries());
    out.writeInt(s.amounts().size());
    for (Amount a : s.amounts()) {
      str(out, a.text());
      out.writeBoolean(a.value() != null);
      if (a.value() != null) {
        out.writeDouble(a.value());
      }
      str(out, a.unit());
      str(out, a.period());
    }
    strings(out, withTerms ? s.terms() : List.of());
  }

  static Statement statement(DataInputStream in) throws IOException {
    return statement(in, null);
  }

  /** A statement, its repeated strings taken from {@code instances} (when not null) and added to it. */
  private static Statement statement(DataInputStream in, Map<String, String> instances) throws IOException {
    String docId = str(in, instances);
    String source = str(in, instances);
    String lang = str(in, instances);
    String date = str(in, instances);
    String item = str(in, instances);
    int start = in.readInt();
    int end = in.readInt();
    String text = str(in);
    String kind = str(in, instances);
    String holder = str(in, instances);
    String deadline = str(in, instances);
    String deadlineIso = str(in, instances);
    List<String> areas = strings(in, instances);
    List<String> countries = strings(in, instances);
    List<Amount> amounts = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      String t = str(in);
      Double value = in.readBoolean() ? in.readDouble() : null;
      amounts.add(new Amount(t, value, str(in, instances), str(in, instances)));
    }
    return new Statement(docId, source, lang, date, item, start, end, text, kind, holder, deadline, deadlineIso,
        areas, countries, amounts, strings(in, instances));
  }

  private static String str(DataInputStream in, Map<String, String> instances) throws IOException {
    String s = str(in);
    return s == null || instances == null ? s : instances.computeIfAbsent(s, k -> k);
  }

  private static List<String> strings(DataInputStream in, Map<String, String> instances) throws IOException {
    List<String> list = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      list.add(str(in, instances));
    }
    return list;
  }

  private static void str(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      out.writeInt(b.length);
      out.write(b);
    }
  }

  static String str(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void strings(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      str(out, s);
    }
  }

  static List<String> strings(DataInputStream in) throws IOException {
    List<String> list = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      list.add(str(in));
    }
    return list;
  }
}
