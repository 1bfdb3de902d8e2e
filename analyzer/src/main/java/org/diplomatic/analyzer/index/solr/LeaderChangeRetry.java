package org.diplomatic.analyzer.index.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;

/**
 * Repeats a SolrCloud request that failed for a passing reason (a node down, a shard between leaders: HTTP 5xx, no
 * live server, a broken connection) with doubling pauses, up to a time limit; any other failure at once. Requests
 * retried must be idempotent (documents replace by id).
 */
final class LeaderChangeRetry {
  /** One request to SolrCloud. */
  interface Call<T> {
    T run() throws SolrServerException, IOException;
  }

  private static final long FIRST_PAUSE_MS = 250;
  private static final long LONGEST_PAUSE_MS = 4_000;

  private final Duration limit;
  private final AtomicLong retries = new AtomicLong();

  LeaderChangeRetry(Duration limit) {
    this.limit = limit;
  }

  /** Retries made so far. */
  long retries() {
    return retries.get();
  }

  <T> T run(String what, Call<T> call) {
    long deadline = System.nanoTime() + limit.toNanos();
    long pause = FIRST_PAUSE_MS;
    while (true) {
      try {
        return call.run();
      } catch (SolrServerException | IOException | SolrException e) {
        if (!passing(e) || System.nanoTime() + pause * 1_000_000 > deadline) {
          throw new SolrWriteException("SolrCloud: " + what + " failed (" + oneLine(e) + ")"
              + (passing(e) ? " after retrying for " + limit.toSeconds() + " s" : ""), e);
        }
        retries.incrementAndGet();
        try {
          Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new SolrWriteException("SolrCloud: " + what + " interrupted", interrupted);
        }
        pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
      }
    }
  }

  private static boolean passing(Exception e) {
    if (e instanceof SolrException s) {
      return s.code() >= 500 || s.code() <= 0;
    }
    return true;
  }

  static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    String line = message.replaceAll("\\s+", " ").strip();
    return line.length() > 240 ? line.substring(0, 240) + " …" : line;
  }
}
