package org.diplomatic.analyzer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The published news of {@code ../shared/data/news} (JSON lines, gzip per file), read in place: the text of an
 * article is its title, a line break, then its text, exactly as stored. Needs the folder; produces article texts.
 */
public final class NewsArchive {
  /** Where the published news are looked for when no folder is given. */
  public static final Path DEFAULT_DIR = Path.of("../shared/data/news");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final Map<String, Map<String, String>> textsByFile = new HashMap<>();
  private final Map<String, String> dateByFileAndId = new HashMap<>();

  private NewsArchive(Path dir) {
    this.dir = dir;
  }

  /** The archive at {@code dir}, or empty when that folder does not exist (a clone without {@code ../shared}). */
  public static Optional<NewsArchive> at(Path dir) {
    return Files.isDirectory(dir) ? Optional.of(new NewsArchive(dir)) : Optional.empty();
  }

  public Path dir() {
    return dir;
  }

  /** The text of article {@code id} in {@code file} (relative to the archive); an error names both when absent. */
  public synchronized String text(String file, String id) {
    Map<String, String> texts = textsByFile.computeIfAbsent(file, this::readFile);
    String text = texts.get(id);
    if (text == null) {
      throw new IllegalArgumentException("article " + id + " is not in " + dir.resolve(file));
    }
    return text;
  }

  /** The archive's publication date (ISO) of article {@code id} in {@code file}, or null when it has none. */
  public synchronized String date(String file, String id) {
    text(file, id);
    return dateByFileAndId.get(file + "\n" + id);
  }

  /**
   * The texts of the articles {@code ids}, wherever they are in the archive (every file is read once): for lists of
   * articles named by id alone. Ids the archive lacks are absent from the map; the other articles are not kept.
   */
  public Map<String, String> textsOf(Set<String> ids) {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path path : files.filter(p -> p.toString().endsWith(".jsonl.gz")).sorted().toList()) {
        String file = dir.relativize(path).toString().replace('\\', '/');
        readFile(file).forEach((id, text) -> {
          if (ids.contains(id)) {
            out.put(id, text);
          }
        });
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list published news in " + dir, e);
    }
    return out;
  }

  private Map<String, String> readFile(String file) {
    Path path = dir.resolve(file).normalize();
    if (!path.startsWith(dir.normalize())) {
      throw new IllegalArgumentException("article file outside the news folder: " + file);
    }
    Map<String, String> texts = new HashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(path)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode article = JSON.readTree(line);
        texts.put(article.get("id").asText(), article.get("title").asText() + "\n" + article.get("text").asText());
        if (article.hasNonNull("date")) {
          dateByFileAndId.put(file + "\n" + article.get("id").asText(), article.get("date").asText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read published news " + path, e);
    }
    return texts;
  }
}
