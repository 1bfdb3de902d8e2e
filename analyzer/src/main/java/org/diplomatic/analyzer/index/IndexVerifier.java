package org.diplomatic.analyzer.index;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Checks an index with Lucene's {@link CheckIndex}: every file's checksum and every segment's structures, read-only.
 * The verdict is one line: healthy with its counts, or the first problem found (a flipped byte in a segment file is
 * a checksum mismatch naming the file).
 */
public final class IndexVerifier {
  private IndexVerifier() {}

  /** Whether the index is healthy, and one line saying so or what is wrong. */
  public record Verdict(boolean healthy, String message) {}

  public static Verdict verify(Path dir) {
    if (!Files.isDirectory(dir)) {
      return new Verdict(false, "no index at " + dir);
    }
    PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
    try (Directory directory = FSDirectory.open(dir); CheckIndex check = new CheckIndex(directory)) {
      check.setInfoStream(silent, false);
      CheckIndex.Status status = check.checkIndex();
      if (status.clean) {
        long docs = status.segmentInfos.stream().mapToLong(s -> s.maxDoc).sum();
        return new Verdict(true, "index at " + dir + " is healthy: " + status.numSegments + " segment(s), " + docs
            + " Lucene documents, checksums verified");
      }
      return new Verdict(false, "index at " + dir + " is corrupt: " + problem(status));
    } catch (IndexNotFoundException e) {
      return new Verdict(false, "no index at " + dir);
    } catch (LockObtainFailedException e) {
      return new Verdict(false, "index at " + dir + " is being written by another process; verify it after");
    } catch (IOException | RuntimeException e) {
      return new Verdict(false, "index at " + dir + " is corrupt: " + oneLine(e));
    }
  }

  private static String problem(CheckIndex.Status status) {
    if (status.missingSegments) {
      return "cannot read its list of segments";
    }
    for (CheckIndex.Status.SegmentInfoStatus segment : status.segmentInfos) {
      if (segment.error != null) {
        return "segment " + segment.name + ": " + oneLine(segment.error);
      }
    }
    return status.numBadSegments + " bad segment(s)";
  }

  private static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.replaceAll("\\s+", " ").strip();
  }
}
