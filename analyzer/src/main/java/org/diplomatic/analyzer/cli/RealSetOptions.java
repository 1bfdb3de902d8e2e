package org.diplomatic.analyzer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.eval.NewsArchive;
import picocli.CommandLine.Option;

/** Where the real development set and the published news it annotates are ({@code --real}, {@code --news}). */
final class RealSetOptions {
  @Option(names = "--real", description = "the real set's gold files (default: ${DEFAULT-VALUE})",
      defaultValue = "corpus/real")
  Path real;

  @Option(names = "--news", description = "published news the real set annotates (default: ${DEFAULT-VALUE})",
      defaultValue = "../shared/data/news")
  Path news;

  /** The real set, or empty after one line on {@code err} saying why it is skipped. */
  Optional<GoldCorpus> open(PrintWriter err) {
    if (!Files.isRegularFile(real.resolve("split.tsv"))) {
      err.println("analyzer: real set skipped: no " + real.resolve("split.tsv"));
      return Optional.empty();
    }
    Optional<NewsArchive> archive = NewsArchive.at(news);
    if (archive.isEmpty()) {
      err.println("analyzer: real set skipped: the published news are not at " + news
          + " (they stay outside the repository; see corpus/real/README.md)");
      return Optional.empty();
    }
    return Optional.of(GoldCorpus.open(real, archive.get()));
  }
}
