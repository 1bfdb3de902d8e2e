package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Stream;
import org.diplomatic.analyzer.index.DocumentIndexer;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.pipeline.IndexMapping;
import org.diplomatic.analyzer.pipeline.Pipeline;
import org.diplomatic.analyzer.pipeline.PipelineConfig;
import org.diplomatic.analyzer.text.TextInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The index command when a document, a worker or the disk fails, when a file is slow, and --verify. */
class IndexFailuresTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARABIC = "استقبل وزير الكهرباء العراقي السفير الإيراني في بغداد. رقم ";
  private static Pipeline pipeline;

  @TempDir Path dir;

  @BeforeAll
  static void loadPipeline() {
    pipeline = new Pipeline(PipelineConfig.defaults(ModelsDir.resolve(null)));
  }

  private Path docs(int n) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("docs"));
    for (int i = 0; i < n; i++) {
      Files.writeString(folder.resolve(String.format("doc-%d.txt", i)), ARABIC + i);
    }
    return folder;
  }

  private static IndexedDocument analyzed(TextInput input) {
    return IndexMapping.of(pipeline.analyze(input));
  }

  private static CliRun run(IndexCommand command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return new CliRun(cl.execute(args), out.toString(), err.toString());
  }

  private static IndexCommand command(Function<TextInput, IndexedDocument> analyzer) {
    IndexCommand command = new IndexCommand();
    command.analyzer = analyzer;
    return command;
  }

  private static long total(Path index) throws Exception {
    CliRun run = CliRun.of("search", "--index", index.toString(), "--format", "json", "--limit", "0");
    return JSON.readTree(run.out()).get("total").asLong();
  }

  @Test
  void anErrorInOneDocumentIsCountedAndTheWorkersGoOn() throws Exception {
    Path docs = docs(4);
    Path index = dir.resolve("idx");
    CliRun run = run(command(input -> {
      if (input.source().endsWith("doc-1.txt")) {
        throw new OutOfMemoryError("Java heap space");
      }
      if (input.source().endsWith("doc-2.txt")) {
        throw new StackOverflowError();
      }
      return analyzed(input);
    }), "--index", index.toString(), "--threads", "1", docs.toString());
    assertEquals(1, run.exit());
    assertTrue(run.out().startsWith("indexed 2, replaced 0, unchanged 0, pruned 0, failed 2 in "), run.out());
    assertEquals(List.of(
        "analyzer: " + docs.resolve("doc-1.txt") + ": analysis failed (out of memory: java.lang.OutOfMemoryError: "
            + "Java heap space)",
        "analyzer: " + docs.resolve("doc-2.txt") + ": analysis failed (stack overflow: text nested or repeated too "
            + "deeply)"),
        // whether the word vectors are in models/ is another matter, said in a line of its own
        run.err().lines().filter(l -> !l.startsWith("analyzer: semantic search is off")).toList());
    assertEquals(2, total(index));
  }

  @Test
  void aFullDiskStopsTheBatchWithOneLineAndTheSummaryOfWhatWasCommitted() throws Exception {
    Path docs = docs(5); // one worker and a queue of four: the files go in order
    Path index = dir.resolve("idx");
    AtomicBoolean full = new AtomicBoolean();
    IndexCommand command = command(input -> {
      if (input.source().endsWith("doc-3.txt")) {
        full.set(true);
      }
      return analyzed(input);
    });
    command.opener = path -> DocumentIndexer.open(path, d -> new FullDiskDirectory(d, full));
    CliRun run = run(command, "--index", index.toString(), "--threads", "1", "--commit-every", "2",
        docs.toString());
    assertEquals(1, run.exit());
    assertEquals(List.of("analyzer: cannot write the index at " + index + " (No space left on device); stopped: 2 "
        + "analyzed document(s) since the last commit lost, 1 file(s) not reached"), run.err().lines().toList());
    assertTrue(run.out().startsWith("indexed 2, replaced 0, unchanged 0, pruned 0, failed 0 in "), run.out());
    assertEquals(2, total(index));
  }

  @Test
  void documentsAnalyzedBeforeASlowFileAreCommittedWithoutWaitingForIt() throws Exception {
    Path docs = docs(4);
    Path index = dir.resolve("idx");
    long[] seenWhileStalled = {-1};
    CliRun run = run(command(input -> {
      if (input.source().endsWith("doc-0.txt")) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline && seenWhileStalled[0] < 3) {
          sleep(100);
          seenWhileStalled[0] = committed(index);
        }
      }
      return analyzed(input);
    }), "--index", index.toString(), "--threads", "2", "--commit-seconds", "1", docs.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(3, seenWhileStalled[0]);
    assertEquals(4, total(index));
  }

  private static long committed(Path index) {
    try {
      return Files.isDirectory(index) ? total(index) : 0;
    } catch (Exception e) {
      return 0;
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void verifyPassesAHealthyIndexAndCatchesAFlippedByteInOneLine() throws Exception {
    Path docs = docs(3);
    Path index = dir.resolve("idx");
    CliRun indexed = run(command(IndexFailuresTest::analyzed), "--index", index.toString(), "--verify",
        docs.toString());
    assertEquals(0, indexed.exit(), indexed.err());
    assertTrue(indexed.out().lines().anyMatch(l -> l.startsWith("index at " + index + " is healthy: ")),
        indexed.out());
    Path segment;
    try (Stream<Path> files = Files.list(index)) {
      segment = files.filter(f -> f.getFileName().toString().endsWith(".fdt")
          || f.getFileName().toString().endsWith(".cfs")).findFirst().orElseThrow();
    }
    try (RandomAccessFile file = new RandomAccessFile(segment.toFile(), "rw")) {
      file.seek(file.length() / 2);
      int b = file.read();
      file.seek(file.length() / 2);
      file.write(b ^ 0xFF);
    }
    CliRun verified = CliRun.of("index", "--index", index.toString(), "--verify");
    assertEquals(1, verified.exit());
    List<String> lines = verified.err().lines().toList();
    assertEquals(1, lines.size(), verified.err());
    assertTrue(lines.get(0).startsWith("analyzer: index at " + index + " is corrupt: "), lines.get(0));
    assertTrue(lines.get(0).contains("checksum"), lines.get(0));
  }

  @Test
  void indexWithoutPathsOrVerifyIsAUsageError() {
    CliRun run = CliRun.of("index", "--index", dir.resolve("idx").toString());
    assertEquals(2, run.exit());
    assertEquals(List.of("analyzer: Missing required parameter: 'PATH' (or --verify) (see --help)"),
        run.err().lines().toList());
  }
}
