package org.diplomatic.analyzer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.diplomatic.analyzer.text.DocumentFileReader;

/**
 * Expands command-line paths: a file stays itself (whatever its name); a folder yields, recursively and in sorted
 * order, the files with a readable extension; "-" is standard input. Missing paths are kept so the reader reports
 * them.
 */
final class InputFiles {
  static final List<String> EXTENSIONS = DocumentFileReader.EXTENSIONS;

  private InputFiles() {}

  static List<String> expand(List<String> args) {
    List<String> out = new ArrayList<>();
    for (String arg : args) {
      Path p = Path.of(arg);
      if (!arg.equals("-") && Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(InputFiles::readable).sorted().forEach(f -> out.add(f.toString()));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list folder " + arg, e);
        }
      } else {
        out.add(arg);
      }
    }
    return out;
  }

  private static boolean readable(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }
}
