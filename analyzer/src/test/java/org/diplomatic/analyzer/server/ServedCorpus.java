package org.diplomatic.analyzer.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.diplomatic.analyzer.cli.Main;
import org.diplomatic.analyzer.search.semantic.DocumentEmbedder;

/**
 * One index for the server's tests, made once per test JVM by the {@code index} command from ten corpus documents
 * (Arabic and Persian news, minutes, a statement) and one document whose text carries markup and a script.
 */
final class ServedCorpus {
  static final List<String> DOCUMENTS = List.of("ar/ar-news-001.txt", "ar/ar-news-002.txt", "ar/ar-news-003.txt",
      "ar/ar-min-002.txt", "ar/ar-stmt-001.txt", "fa/fa-news-001.txt", "fa/fa-news-002.txt", "fa/fa-min-001.txt",
      "fa/fa-stmt-001.txt", "ar/ar-min-008.txt");
  /** A real-looking sentence with markup in it: the page must show it as text. */
  static final String HOSTILE = "أكد وزير الاتصالات أن <script>document.title='pwned'</script> التعاون <b>مستمر</b>.";

  private static Path index;

  private ServedCorpus() {}

  static synchronized Path index() {
    if (index == null) {
      try {
        Path dir = Files.createTempDirectory("served-corpus");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (String doc : DOCUMENTS) {
          Files.copy(corpus().resolve(doc), docs.resolve(Path.of(doc).getFileName()));
        }
        Files.writeString(docs.resolve("hostile.txt"), HOSTILE);
        Path idx = dir.resolve("index");
        Run run = run("index", "--index", idx.toString(), docs.toString());
        if (run.exit() != 0) {
          throw new IllegalStateException("index failed: " + run.err());
        }
        index = idx;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return index;
  }

  static Path corpus() {
    return Files.isDirectory(Path.of("corpus")) ? Path.of("corpus") : Path.of("../corpus");
  }

  static Path models() {
    return Files.isDirectory(Path.of("models")) ? Path.of("models") : Path.of("../models");
  }

  static ServerConfig config() {
    return new ServerConfig(index(), ServerConfig.DEFAULT_BIND, 0, null,
        () -> DocumentEmbedder.fromModels(models()), null, ServerConfig.Limits.DEFAULTS);
  }

  /** The command line run in-process. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = Main.commandLine(args);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind
    }
  }
}
