package org.diplomatic.analyzer.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The local run of the job as {@code docs/cluster.md} shows it (the indented {@code java -cp ... BatchMain} command,
 * its continuation lines joined): the arguments after the main class, with the test's ZooKeeper address and output
 * folder in place of the page's.
 */
final class DocumentedRun {
  private DocumentedRun() {}

  static List<String> flinkLocal(Path page, String zk, String output) throws IOException {
    String command = null;
    List<String> lines = Files.readAllLines(page);
    for (int i = 0; i < lines.size() && command == null; i++) {
      if (lines.get(i).startsWith("    java -cp ") && lines.get(i).contains(BatchMain.class.getName())) {
        StringBuilder joined = new StringBuilder(lines.get(i));
        while (joined.toString().endsWith("\\")) {
          joined.setLength(joined.length() - 1);
          joined.append(lines.get(++i));
        }
        command = joined.toString();
      }
    }
    if (command == null) {
      throw new IllegalStateException(page + " shows no local run of " + BatchMain.class.getName());
    }
    List<String> words = Arrays.asList(command.strip().split("\\s+"));
    List<String> args = new ArrayList<>(words.subList(words.indexOf(BatchMain.class.getName()) + 1, words.size()));
    args.set(args.indexOf("--solr") + 1, zk);
    args.set(args.indexOf("--output") + 1, output);
    return args;
  }
}
