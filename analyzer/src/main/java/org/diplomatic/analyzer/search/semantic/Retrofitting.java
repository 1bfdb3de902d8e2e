package org.diplomatic.analyzer.search.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.diplomatic.analyzer.index.ArabicPersianAnalyzer;

/**
 * Word vectors pulled toward the words listed with them (retrofitting, Faruqui et al. 2015): each term of the seed
 * lexicon's training pairs toward its other-language partners and toward the other terms of its area's group, a few
 * rounds; then every other term moved by its nearest lexicon terms' shifts, each scaled by its cosine with them, so
 * that words of a subject the lexicon does not list follow the words it does. Needs the aligned vectors; produces
 * vectors of the same terms, unit length.
 */
public final class Retrofitting {
  /**
   * Groups of the lexicon whose words are not one subject (titles and offices, names of states): pulling them
   * together would only move every document toward diplomacy.
   */
  static final Set<String> GENERAL_GROUPS = Set.of("diplomacy and politics", "states, capitals and bodies");

  /**
   * Rounds; the weight beside a term's own trained vector (weight 1) of its partners' mean, of each of its lexicon
   * area groups' mean and of each of its subject groups' mean; how many nearest listed terms move each other term
   * (0: only listed terms move).
   */
  public record Settings(int iterations, double pairWeight, double groupWeight, double subjectWeight, int spread) {
    /**
     * Measured on the tuning half of corpus/relevance (models/embeddings/README.md): subjects beat whole areas
     * (area groups at weight 1 or 2 added nothing beside them and less alone), subject weight 2 beat 1 and nearly
     * matched 4; spreading to 10 or 30 nearest listed terms or none made no measurable difference.
     */
    public static Settings defaults() {
      return new Settings(10, 1.0, 0.0, 2.0, 10);
    }
  }

  private Retrofitting() {}

  /**
   * The retrofitted vectors of {@code vectors}, with the groups and training pairs of {@code lexicon} and the words
   * of {@code subjects} ({@link SubjectGroups}).
   */
  public static WordVectors apply(WordVectors vectors, SeedLexicon lexicon, Map<String, List<String>> subjects,
      Settings settings) {
    List<String> terms = vectors.terms();
    Map<String, Integer> index = new HashMap<>();
    float[][] trained = new float[terms.size()][];
    for (int i = 0; i < terms.size(); i++) {
      index.put(terms.get(i), i);
      trained[i] = Vectors.unit(vectors.vector(terms.get(i)));
    }
    Analyzer analyzer = new ArabicPersianAnalyzer(ArabicPersianAnalyzer.Stemming.LIGHT);
    Map<Integer, Set<Integer>> partners = new HashMap<>();
    List<int[]> groups = new ArrayList<>();
    List<Double> groupWeights = new ArrayList<>();
    Map<Integer, List<Integer>> groupsOf = new HashMap<>();
    for (Map.Entry<String, List<SeedLexicon.Pair>> group : lexicon.groups().entrySet()) {
      List<SeedLexicon.Pair> training = group.getValue().stream().filter(p -> !p.heldOut()).toList();
      Set<Integer> members = new LinkedHashSet<>();
      for (SeedLexicon.Pair pair : SeedLexicon.asTerms(training, analyzer)) {
        Integer a = index.get(pair.arabic());
        Integer p = index.get(pair.persian());
        if (a != null && p != null && !a.equals(p)) {
          partners.computeIfAbsent(a, x -> new LinkedHashSet<>()).add(p);
          partners.computeIfAbsent(p, x -> new LinkedHashSet<>()).add(a);
        }
        if (a != null) {
          members.add(a);
        }
        if (p != null) {
          members.add(p);
        }
      }
      if (!GENERAL_GROUPS.contains(group.getKey()) && settings.groupWeight() > 0) {
        addGroup(members, settings.groupWeight(), groups, groupWeights, groupsOf);
      }
    }
    for (List<String> words : subjects.values()) {
      Set<Integer> members = new LinkedHashSet<>();
      for (String word : words) {
        List<String> term = term(analyzer, word);
        if (term.size() == 1 && index.containsKey(term.get(0))) {
          members.add(index.get(term.get(0)));
        }
      }
      if (settings.subjectWeight() > 0) {
        addGroup(members, settings.subjectWeight(), groups, groupWeights, groupsOf);
      }
    }
    Set<Integer> listed = new LinkedHashSet<>(partners.keySet());
    listed.addAll(groupsOf.keySet());
    float[][] fitted = pull(trained, listed, partners, groups, groupWeights, groupsOf, settings);
    if (settings.spread() > 0) {
      spread(trained, fitted, listed, settings.spread());
    }
    Map<String, float[]> out = new HashMap<>();
    for (int i = 0; i < terms.size(); i++) {
      out.put(terms.get(i), Vectors.unit(fitted[i]));
    }
    return WordVectors.of(vectors.dimension(), out);
  }

  private static void addGroup(Set<Integer> members, double weight, List<int[]> groups, List<Double> groupWeights,
      Map<Integer, List<Integer>> groupsOf) {
    if (members.size() < 2) {
      return;
    }
    for (int m : members) {
      groupsOf.computeIfAbsent(m, x -> new ArrayList<>()).add(groups.size());
    }
    groups.add(members.stream().mapToInt(Integer::intValue).toArray());
    groupWeights.add(weight);
  }

  private static List<String> term(Analyzer analyzer, String word) {
    try {
      return EmbeddingCorpus.terms(analyzer, word);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The rounds of retrofitting over the listed terms (each: its trained vector, its partners' mean and each of its
   * groups' mean of the others, weighted); other rows stay the trained ones.
   */
  private static float[][] pull(float[][] trained, Set<Integer> listed, Map<Integer, Set<Integer>> partners,
      List<int[]> groups, List<Double> groupWeights, Map<Integer, List<Integer>> groupsOf, Settings settings) {
    int dim = trained[0].length;
    float[][] q = trained.clone();
    for (int i : listed) {
      q[i] = trained[i].clone();
    }
    for (int round = 0; round < settings.iterations(); round++) {
      float[][] sums = new float[groups.size()][dim];
      for (int g = 0; g < groups.size(); g++) {
        for (int m : groups.get(g)) {
          add(sums[g], q[m], 1);
        }
      }
      float[][] next = new float[q.length][];
      for (int i : listed) {
        float[] v = trained[i].clone();
        double weight = 1;
        Set<Integer> own = partners.getOrDefault(i, Set.of());
        if (!own.isEmpty()) {
          for (int j : own) {
            add(v, q[j], (float) (settings.pairWeight() / own.size()));
          }
          weight += settings.pairWeight();
        }
        for (int g : groupsOf.getOrDefault(i, List.of())) {
          double w = groupWeights.get(g);
          int others = groups.get(g).length - 1;
          add(v, sums[g], (float) (w / others));
          add(v, q[i], (float) (-w / others));
          weight += w;
        }
        for (int d = 0; d < dim; d++) {
          v[d] /= (float) weight;
        }
        next[i] = v;
      }
      for (int i : listed) {
        q[i] = next[i];
      }
    }
    return q;
  }

  /**
   * Each term not listed moves by the mean over its {@code k} nearest listed terms (by trained cosine, positive
   * only) of their shift times that cosine.
   */
  private static void spread(float[][] trained, float[][] fitted, Set<Integer> listed, int k) {
    int[] anchors = listed.stream().mapToInt(Integer::intValue).toArray();
    int dim = trained[0].length;
    float[][] shifts = new float[anchors.length][dim];
    for (int a = 0; a < anchors.length; a++) {
      add(shifts[a], fitted[anchors[a]], 1);
      add(shifts[a], trained[anchors[a]], -1);
    }
    for (int i = 0; i < trained.length; i++) {
      if (listed.contains(i)) {
        continue;
      }
      int[] best = new int[k];
      float[] bestCos = new float[k];
      Arrays.fill(best, -1);
      for (int a = 0; a < anchors.length; a++) {
        float c = Vectors.dot(trained[i], trained[anchors[a]]);
        if (c > bestCos[k - 1]) {
          int at = k - 1;
          while (at > 0 && bestCos[at - 1] < c) {
            bestCos[at] = bestCos[at - 1];
            best[at] = best[at - 1];
            at--;
          }
          bestCos[at] = c;
          best[at] = a;
        }
      }
      float[] v = trained[i].clone();
      for (int n = 0; n < k && best[n] >= 0; n++) {
        add(v, shifts[best[n]], bestCos[n] / k);
      }
      fitted[i] = v;
    }
  }

  private static void add(float[] into, float[] v, float times) {
    for (int d = 0; d < into.length; d++) {
      into[d] += times * v[d];
    }
  }

  /** {@code Retrofitting IN OUT [ITERATIONS PAIR_WEIGHT GROUP_WEIGHT SUBJECT_WEIGHT SPREAD]}: rewrites a vectors file. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2 && args.length != 7) {
      System.err.println("usage: Retrofitting IN OUT [ITERATIONS PAIR_WEIGHT GROUP_WEIGHT SUBJECT_WEIGHT SPREAD]");
      System.exit(2);
    }
    Settings settings = args.length == 2 ? Settings.defaults() : new Settings(Integer.parseInt(args[2]),
        Double.parseDouble(args[3]), Double.parseDouble(args[4]), Double.parseDouble(args[5]),
        Integer.parseInt(args[6]));
    long start = System.nanoTime();
    WordVectors out = apply(WordVectors.load(Path.of(args[0])), SeedLexicon.bundled(), SubjectGroups.bundled(),
        settings);
    out.save(Path.of(args[1]));
    System.err.printf(Locale.ROOT, "%s: %,d terms in %.1f s%n", settings, out.size(), (System.nanoTime() - start) / 1e9);
  }
}
