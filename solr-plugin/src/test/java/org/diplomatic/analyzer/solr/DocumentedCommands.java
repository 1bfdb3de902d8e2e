package org.diplomatic.analyzer.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code analyzer ...} command lines of {@code docs/cluster.md} (its indented code), as the arguments after
 * {@code analyzer}, with the test cluster's ZooKeeper address in place of the page's {@code --solr} value.
 */
final class DocumentedCommands {
  private DocumentedCommands() {}

  static List<String[]> of(Path page, String command, String zk) throws IOException {
    List<String[]> found = new ArrayList<>();
    for (String line : Files.readAllLines(page)) {
      if (line.startsWith("    analyzer " + command + " ")) {
        List<String> args = new ArrayList<>(Arrays.asList(line.strip().split("\\s+")));
        args.remove(0);
        args.set(args.indexOf("--solr") + 1, zk);
        found.add(args.toArray(String[]::new));
      }
    }
    if (found.isEmpty()) {
      throw new IllegalStateException(page + " shows no 'analyzer " + command + "' command");
    }
    return found;
  }
}
