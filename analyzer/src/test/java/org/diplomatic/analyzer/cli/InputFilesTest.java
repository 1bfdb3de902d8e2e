package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path dir;

  @Test
  void aFolderWalkPicksUpEveryReadableFormatAndSkipsTheRest() throws Exception {
    for (String name : List.of("a.txt", "b.DOCX", "c.doc", "d.odt", "e.pdf", "f.html", "g.htm", "h.rtf", "i.png",
        "j.gold.json")) {
      Files.writeString(dir.resolve(name), "x");
    }
    List<String> expected = List.of("a.txt", "b.DOCX", "c.doc", "d.odt", "e.pdf", "f.html", "g.htm", "h.rtf")
        .stream().map(n -> dir.resolve(n).toString()).toList();
    assertEquals(expected, InputFiles.expand(List.of(dir.toString())));
  }

  @Test
  void aFolderWalkKeepsBrokenLinksAndLinksToFilesSoTheyAreReportedOrRead() throws Exception {
    Path target = Files.writeString(dir.resolve("real.txt"), "x");
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Files.createSymbolicLink(sub.resolve("broken.txt"), dir.resolve("gone.txt"));
    Files.createSymbolicLink(sub.resolve("linked.txt"), target);
    Files.createSymbolicLink(sub.resolve("broken.png"), dir.resolve("gone.png"));
    assertEquals(List.of(target.toString(), sub.resolve("broken.txt").toString(), sub.resolve("linked.txt").toString()),
        InputFiles.expand(List.of(dir.toString())));
  }
}
