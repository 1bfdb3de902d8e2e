package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
  private static final Path CORPUS = Path.of(System.getProperty("analyzer.root", "..")).resolve("corpus");

  @TempDir Path dir;

  @Test
  void missingNerFolderStopsBeforeAnyTrainingWithOneLineNamingTheSkipOption() {
    Path ner = dir.resolve("ner");
    CliRun run = CliRun.of("train", "--corpus", CORPUS.toString(), "--out", dir.resolve("models").toString(),
        "--ner", ner.toString());
    assertEquals(ExitCode.USAGE, run.exit());
    assertEquals(List.of("analyzer: no NER corpora at " + ner + " (" + ner.resolve("anercorp/train.txt")
        + " missing); give --ner DIR, or --skip-ner to keep the existing person-name models (see --help)"),
        run.err().lines().toList());
    assertEquals("", run.out());
    assertEquals(false, Files.exists(dir.resolve("models")));
  }

  @Test
  void nerFolderWithoutThePersianCorpusIsNamedToo() throws Exception {
    Path ner = dir.resolve("ner");
    Files.createDirectories(ner.resolve("anercorp"));
    Files.createDirectories(ner.resolve("aqmar"));
    Files.writeString(ner.resolve("anercorp/train.txt"), "");
    CliRun run = CliRun.of("train", "--corpus", CORPUS.toString(), "--out", dir.resolve("models").toString(),
        "--ner", ner.toString());
    assertEquals(ExitCode.USAGE, run.exit());
    assertEquals(List.of("analyzer: no NER corpora at " + ner + " (" + ner.resolve("arman/train.txt")
        + " missing); give --ner DIR, or --skip-ner to keep the existing person-name models (see --help)"),
        run.err().lines().toList());
  }

  @Test
  void missingCorpusIsNamedBeforeAnyTraining() {
    Path corpus = dir.resolve("nowhere");
    CliRun run = CliRun.of("train", "--corpus", corpus.toString(), "--skip-ner", "--out", dir.toString());
    assertEquals(ExitCode.USAGE, run.exit());
    assertEquals(List.of("analyzer: no corpus at " + corpus + " (" + corpus.resolve("split.tsv")
        + " missing); give --corpus DIR (see --help)"), run.err().lines().toList());
  }
}
