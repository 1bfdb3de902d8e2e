package org.diplomatic.analyzer.extract.names;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Per word, the features a name-finder model gives it beyond its spelling: word classes learned from unlabeled news
 * at several granularities ({@code k64=17}) and name-list memberships ({@code name}, {@code title}). A plain UTF-8
 * file, one word a line ({@code word<TAB>feature<TAB>feature...}, {@code #} lines are comments), stored inside the
 * model as an artifact. Immutable once read.
 */
public final class WordFeatures implements SerializableArtifact {
  private final List<String> header;
  private final Map<String, String[]> features;

  private WordFeatures(List<String> header, Map<String, String[]> features) {
    this.header = List.copyOf(header);
    this.features = features;
  }

  /** Features per word ({@code #} header lines say where they come from). */
  public static WordFeatures of(List<String> header, Map<String, String[]> features) {
    Map<String, String[]> copy = new HashMap<>();
    features.forEach((w, fs) -> copy.put(w, fs.clone()));
    return new WordFeatures(header, copy);
  }

  /** Reads the file format described above. */
  public static WordFeatures read(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<String> header = new ArrayList<>();
    Map<String, String> interned = new HashMap<>();
    Map<String, String[]> features = new HashMap<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.startsWith("#")) {
        header.add(line);
        continue;
      }
      String[] parts = line.split("\t");
      if (parts.length < 2) {
        continue;
      }
      String[] fs = new String[parts.length - 1];
      for (int i = 1; i < parts.length; i++) {
        fs[i - 1] = interned.computeIfAbsent(parts[i], f -> f);
      }
      features.put(parts[0], fs);
    }
    return new WordFeatures(header, features);
  }

  /** The word's features, or null when it has none. */
  public String[] of(String word) {
    return features.get(word);
  }

  public boolean contains(String word) {
    return features.containsKey(word);
  }

  public int size() {
    return features.size();
  }

  /** Writes the file format above, words sorted, so that equal contents give equal bytes. */
  public void write(OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    for (String h : header) {
      writer.write(h);
      writer.write('\n');
    }
    for (Map.Entry<String, String[]> e : new TreeMap<>(features).entrySet()) {
      writer.write(e.getKey());
      for (String f : e.getValue()) {
        writer.write('\t');
        writer.write(f);
      }
      writer.write('\n');
    }
    writer.flush();
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** How OpenNLP reads and writes the artifact inside a model file (found through the model's manifest). */
  public static final class Serializer implements ArtifactSerializer<WordFeatures> {
    @Override
    public WordFeatures create(InputStream in) throws IOException {
      return read(in);
    }

    @Override
    public void serialize(WordFeatures artifact, OutputStream out) throws IOException {
      artifact.write(out);
    }
  }
}
