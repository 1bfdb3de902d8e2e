package org.diplomatic.analyzer.ledger;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * An open {@code ledger.bin}: the table of contents in memory (index commit, latest date, every promise's
 * {@link PromiseSummary}), each promise's links read from the file when asked for.
 */
public final class LedgerView implements Closeable {
  private final FileChannel channel;
  private final String commit;
  private final String latestDate;
  private final List<PromiseSummary> summaries;
  private final long[] offsets;
  private final int[] lengths;

  private LedgerView(FileChannel channel, String commit, String latestDate, List<PromiseSummary> summaries,
      long[] offsets, int[] lengths) {
    this.channel = channel;
    this.commit = commit;
    this.latestDate = latestDate;
    this.summaries = summaries;
    this.offsets = offsets;
    this.lengths = lengths;
  }

  /** Opens {@code file}; a missing, truncated or foreign file is an {@link IOException}. */
  public static LedgerView open(Path file) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    try {
      ByteBuffer head = ByteBuffer.allocate(16);
      while (head.hasRemaining() && channel.read(head) >= 0) {
        // reads the fixed header
      }
      head.flip();
      if (head.remaining() < 16 || head.getInt() != LedgerFile.MAGIC || head.getInt() != LedgerFile.VERSION) {
        throw new IOException(file + " is not a ledger of this version");
      }
      long toc = head.getLong();
      channel.position(toc);
      DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16));
      String commit = LedgerFile.str(in);
      String latest = LedgerFile.str(in);
      int n = in.readInt();
      List<PromiseSummary> summaries = new ArrayList<>(n);
      long[] offsets = new long[n];
      int[] lengths = new int[n];
      for (int i = 0; i < n; i++) {
        summaries.add(LedgerFile.summary(in));
        offsets[i] = in.readLong();
        lengths[i] = in.readInt();
      }
      return new LedgerView(channel, commit, latest, summaries, offsets, lengths);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e instanceof IOException io ? io : new IOException(file + " is truncated or corrupt", e);
    }
  }

  public String commit() {
    return commit;
  }

  public String latestDate() {
    return latestDate;
  }

  public List<PromiseSummary> summaries() {
    return summaries;
  }

  /** The promise of summary {@code i}, its links read from the file. */
  public Promise promise(int i) {
    try {
      ByteBuffer block = ByteBuffer.allocate(lengths[i]);
      long at = offsets[i];
      while (block.hasRemaining()) {
        int read = channel.read(block, at + block.position());
        if (read < 0) {
          throw new IOException("ledger truncated");
        }
      }
      PromiseSummary s = summaries.get(i);
      List<Link> links = LedgerFile.links(new DataInputStream(new ByteArrayInputStream(block.array())));
      return new Promise(s.id(), s.countries(), s.areas(), links, s.status());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ledger (" + e.getMessage() + ")", e);
    }
  }

  /** The promises {@code query} selects, in ledger order. */
  public List<Promise> select(LedgerQuery query) {
    List<Promise> selected = new ArrayList<>();
    for (int i = 0; i < summaries.size(); i++) {
      if (query.matches(summaries.get(i))) {
        selected.add(promise(i));
      }
    }
    return selected;
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
