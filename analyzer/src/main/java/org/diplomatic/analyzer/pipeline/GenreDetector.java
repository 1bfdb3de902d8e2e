package org.diplomatic.analyzer.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.diplomatic.analyzer.text.BundledResource;
import org.diplomatic.analyzer.text.TextNormalizer;

/**
 * Guesses the contract's optional genre from the opening of a document: minutes when the title is a minutes heading
 * (محضر اجتماع / صورتجلسه) or a line opens with an attendee or agenda heading, a statement when the title names one
 * (بيان مشترك / بیانیه / اطلاعیه), news otherwise; cues from {@code genre-cues.tsv}. A cue inside a sentence does
 * not count: news reports quote statements and mention minutes. Thread-safe.
 */
public final class GenreDetector {
  private static final TextNormalizer FOLD = TextNormalizer.folding();
  private static final int HEAD = 600;

  /** One cue: the genre it signals, whether it must open the title, and its folded text. */
  private record Cue(String genre, boolean titleOnly, String text) {}

  private final List<Cue> cues = load();

  /** {@code minutes}, {@code statement} or {@code news}. */
  public String detect(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : FOLD.apply(text.substring(0, Math.min(text.length(), HEAD))).split("\n")) {
      String opening = stripLeading(line);
      if (!opening.isEmpty()) {
        lines.add(opening);
      }
    }
    for (Cue cue : cues) {
      List<String> where = cue.titleOnly() ? lines.subList(0, Math.min(1, lines.size())) : lines;
      if (where.stream().anyMatch(line -> opensWith(line, cue.text()))) {
        return cue.genre();
      }
    }
    return "news";
  }

  private static boolean opensWith(String line, String cue) {
    return line.startsWith(cue)
        && (line.length() == cue.length() || !Character.isLetter(line.charAt(cue.length())));
  }

  /** The line without the quote marks, dashes and spaces that may stand before a title. */
  private static String stripLeading(String line) {
    int i = 0;
    while (i < line.length() && !Character.isLetterOrDigit(line.charAt(i))) {
      i++;
    }
    return line.substring(i);
  }

  private static List<Cue> load() {
    List<Cue> cues = new ArrayList<>();
    try (InputStream in = BundledResource.open(GenreDetector.class, "genre-cues.tsv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 3 || !List.of("title", "line").contains(cols[1])) {
          throw new IllegalArgumentException("genre-cues.tsv: expected genre, title|line, cue in: " + line);
        }
        cues.add(new Cue(cols[0], cols[1].equals("title"), FOLD.apply(cols[2])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read genre-cues.tsv", e);
    }
    return List.copyOf(cues);
  }
}
