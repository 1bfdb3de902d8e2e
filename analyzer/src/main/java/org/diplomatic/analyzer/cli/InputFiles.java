package org.diplomatic.analyzer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diplomatic.analyzer.text.DocumentFileReader;

/**
 * Expands command-line paths: a file stays itself (whatever its name); a folder yields, recursively and in sorted
 * order, the files with a readable extension, including symbolic links to them and broken links (so the reader
 * reports those rather than skipping them silently) and subfolders that cannot be listed; "-" is standard input.
 * Missing paths are kept so the reader reports them.
 */
public final class InputFiles {
  static final List<String> EXTENSIONS = DocumentFileReader.EXTENSIONS;

  private InputFiles() {}

  public static List<String> expand(List<String> args) {
    List<String> out = new ArrayList<>();
    for (String arg : args) {
      Path p = Path.of(arg);
      if (!arg.equals("-") && Files.isDirectory(p)) {
        out.addAll(walk(p));
      } else {
        out.add(arg);
      }
    }
    return out;
  }

  private static List<String> walk(Path folder) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          boolean link = attrs.isSymbolicLink();
          boolean brokenLink = link && !Files.exists(file);
          if ((attrs.isRegularFile() || brokenLink || (link && Files.isRegularFile(file))) && readable(file)) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          found.add(file); // a folder or file that cannot be opened: the reader says why
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list folder " + folder, e);
    }
    return found.stream().sorted().map(Path::toString).toList();
  }

  private static boolean readable(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }
}
