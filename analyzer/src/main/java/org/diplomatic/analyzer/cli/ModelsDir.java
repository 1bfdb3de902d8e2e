package org.diplomatic.analyzer.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the trained models: the {@code --models} option, else {@code $ANALYZER_MODELS}, else {@code models/} in the
 * working folder, else the {@code models/} beside the jar (the distribution), else the {@code models/} of the
 * checkout the jar was built in (analyzer/target/analyzer.jar).
 */
final class ModelsDir {
  private ModelsDir() {}

  static Path resolve(Path option) {
    if (option != null) {
      return option;
    }
    String env = System.getenv("ANALYZER_MODELS");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    Path local = Path.of("models");
    if (Files.isDirectory(local)) {
      return local;
    }
    try {
      Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path distribution = jar.getParent() == null ? null : jar.getParent().resolve("models");
      if (distribution != null && Files.isDirectory(distribution)) {
        return distribution;
      }
      Path checkout = jar.getParent() == null ? null : jar.getParent().getParent();
      if (checkout != null && checkout.getParent() != null) {
        Path models = checkout.getParent().resolve("models");
        if (Files.isDirectory(models)) {
          return models;
        }
      }
    } catch (URISyntaxException | SecurityException e) {
      // fall through to the working folder's default
    }
    return local;
  }
}
