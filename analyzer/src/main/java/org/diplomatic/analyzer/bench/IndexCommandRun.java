package org.diplomatic.analyzer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real {@code index} command over workload documents written as files, in a fresh JVM with a fixed heap
 * ({@value #HEAP_MB} MB): wall time from JVM start to exit (model load and JIT warm-up included), and the most heap
 * still live after any collection, read from the child's GC log.
 */
final class IndexCommandRun {
  static final int HEAP_MB = 512;
  // G1's log line of a collection: "... Pause Young (Normal) (G1 Evacuation Pause) 246M->95M(280M) 2.845ms"; its
  // Remark and Cleanup pauses print the occupancy of a concurrent cycle, young garbage included, and collect nothing
  private static final Pattern AFTER_GC = Pattern.compile("Pause (?:Young|Full).*?\\d+M->(\\d+)M\\(\\d+M\\)");

  /**
   * What one run measured; {@code maxLiveMb}: the largest heap occupancy right after a young, mixed or full
   * collection.
   */
  record Result(int docs, double seconds, int heapMb, long maxLiveMb) {}

  private IndexCommandRun() {}

  static Result run(Workload workload, Path models, TempDirs dirs) {
    Path input = dirs.fresh("index-input");
    Path index = dirs.fresh("index-output");
    Path gcLog = dirs.fresh("index-gc-log");
    try {
      Files.createDirectories(input);
      int i = 0;
      for (SyntheticDocument d : workload.documents()) {
        Files.writeString(input.resolve(String.format("doc-%06d.txt", i++)), d.text());
      }
      List<String> command = ChildJvm.command(List.of("-Xmx" + HEAP_MB + "m", "-Xlog:gc:file=" + gcLog),
          List.of("index", "--index", index.toString(), "--models", models.toString(), input.toString()));
      double ms = ChildJvm.runMillis(command);
      return new Result(workload.size(), ms / 1000, HEAP_MB, maxLiveMb(Files.readAllLines(gcLog)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare or read the index run under " + input.getParent(), e);
    }
  }

  static long maxLiveMb(List<String> gcLog) {
    long max = 0;
    for (String line : gcLog) {
      Matcher m = AFTER_GC.matcher(line);
      if (m.find()) {
        max = Math.max(max, Long.parseLong(m.group(1)));
      }
    }
    return max;
  }
}
