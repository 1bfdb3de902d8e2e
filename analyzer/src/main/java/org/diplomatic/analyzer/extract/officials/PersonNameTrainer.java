package org.diplomatic.analyzer.extract.officials;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.diplomatic.analyzer.eval.FMeasure;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.eval.GoldDocument;
import org.diplomatic.analyzer.extract.names.NewsParagraphs;
import org.diplomatic.analyzer.extract.names.WordFeatures;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.BundledResource;

/**
 * Trains the person-name models from the shared CoNLL data (ANERcorp + AQMAR for Arabic, Arman fold 1 for Persian, its
 * test part too when present) and the corpus train split; deterministic (fixed parameters, one thread). Writes {@code <lang>-person.bin}.
 */
public final class PersonNameTrainer {
  /** Share of each CoNLL file, taken from its end, that training never sees. */
  public static final double HELD_OUT = 0.10;
  /** Corpus sentences are in-domain, so they count this many times (Arabic; see {@link #corpusWeight}). */
  public static final int CORPUS_WEIGHT = 3;

  private static final String FEATURES = "person-features.xml";

  /** What one trained model scored and where it went. */
  public record Report(
      Language lang, int trainSentences, FMeasure heldOut, FMeasure corpusDev, Path model, long modelBytes) {
    @Override
    public String toString() {
      return String.format(
          "%s person names: %d training sentences; held-out NER data %s; corpus dev %s; model %s (%d KB)",
          lang.code(), trainSentences, heldOut, corpusDev, model, modelBytes / 1024);
    }
  }

  private final TrainingParameters params;
  private final PersonWordFeatures words;

  public PersonNameTrainer() {
    this(defaultParameters(), PersonWordFeatures.defaults());
  }

  public PersonNameTrainer(TrainingParameters params) {
    this(params, PersonWordFeatures.defaults());
  }

  public PersonNameTrainer(TrainingParameters params, PersonWordFeatures words) {
    this.params = params;
    this.words = words;
  }

  /**
   * Perceptron, 300 iterations, cutoff 1, one thread: two to five minutes per language on a shared core; on held-out
   * NER data the perceptron beat maxent (100 iterations, cutoff 1 or 3) by 6 to 25 F1 points, and with the word
   * classes cutoff 1 beat cutoff 3 (ANERcorp 0.656 -> 0.664, AQMAR 0.583 -> 0.616, Arman 0.657 -> 0.671).
   */
  public static TrainingParameters defaultParameters() {
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    p.put(TrainingParameters.ITERATIONS_PARAM, 300);
    p.put(TrainingParameters.CUTOFF_PARAM, 1);
    p.put(TrainingParameters.THREADS_PARAM, 1);
    return p;
  }

  /** Trains a model on samples, with word features learned from the samples' own text alone. */
  public TokenNameFinderModel train(Language lang, List<NameSample> samples) {
    return train(lang, samples, words.build(lang, List.of(), samples, null));
  }

  /** Trains a model on samples with the given word features (stored inside the model). */
  public TokenNameFinderModel train(Language lang, List<NameSample> samples, WordFeatures wordFeatures) {
    try (InputStream xml = BundledResource.open(PersonNameTrainer.class, FEATURES)) {
      TokenNameFinderFactory factory =
          new TokenNameFinderFactory(xml.readAllBytes(), Map.of(PersonWordFeatures.KEY, wordFeatures), new BioCodec());
      return NameFinderME.train(
          lang.code(), ConllPersonSamples.TYPE, new CollectionObjectStream<>(samples), params, factory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot train the " + lang.code() + " person-name model", e);
    }
  }

  /**
   * Trains both languages from {@code sharedNerDir} (plus the corpus train split when {@code corpusOrNull} is given)
   * into {@code outDir/<lang>-person.bin}; returns the scores on held-out NER data and on the corpus dev split (test stays unseen).
   */
  public static List<Report> trainAll(Path sharedNerDir, GoldCorpus corpusOrNull, Path outDir) {
    return trainAll(sharedNerDir, sharedNerDir.resolveSibling("news"), corpusOrNull, outDir);
  }

  /** As above, word classes learned from the published news under {@code newsDir} (none when it is absent). */
  public static List<Report> trainAll(Path sharedNerDir, Path newsDir, GoldCorpus corpusOrNull, Path outDir) {
    return trainAll(sharedNerDir, newsDir, corpusOrNull, outDir, Set.of(Language.values()));
  }

  private static List<Report> trainAll(
      Path sharedNerDir, Path newsDir, GoldCorpus corpusOrNull, Path outDir, Set<Language> languages) {
    PersonNameTrainer trainer = new PersonNameTrainer();
    List<Report> reports = new ArrayList<>();
    Map<Language, List<Path>> extra = extraFiles(sharedNerDir);
    for (Map.Entry<Language, List<Path>> e : nerFiles(sharedNerDir).entrySet()) {
      if (!languages.contains(e.getKey())) {
        continue;
      }
      List<Path> news = NewsParagraphs.files(newsDir.resolve(e.getKey().code()));
      reports.add(trainer.trainLanguage(
          e.getKey(), e.getValue(), extra.getOrDefault(e.getKey(), List.of()), news, corpusOrNull, outDir));
    }
    return reports;
  }

  /** Trains, saves and scores one language's model, without news. */
  public Report trainLanguage(Language lang, List<Path> conllFiles, GoldCorpus corpusOrNull, Path outDir) {
    return trainLanguage(lang, conllFiles, List.of(), corpusOrNull, outDir);
  }

  /** Trains, saves and scores one language's model; word classes from {@code newsFiles} and the training text. */
  public Report trainLanguage(
      Language lang, List<Path> conllFiles, List<Path> newsFiles, GoldCorpus corpusOrNull, Path outDir) {
    return trainLanguage(lang, conllFiles, List.of(), newsFiles, corpusOrNull, outDir);
  }

  /**
   * As above, also trained on every sentence of {@code extraConllFiles} (nothing held out of them) except those whose
   * tokens equal a held-out sentence's.
   */
  public Report trainLanguage(Language lang, List<Path> conllFiles, List<Path> extraConllFiles,
      List<Path> newsFiles, GoldCorpus corpusOrNull, Path outDir) {
    List<NameSample> train = new ArrayList<>();
    List<NameSample> heldOut = new ArrayList<>();
    for (Path file : conllFiles) {
      List<NameSample> all = ConllPersonSamples.read(file);
      int cut = heldOutStart(all);
      train.addAll(all.subList(0, cut));
      heldOut.addAll(all.subList(cut, all.size()));
    }
    Set<List<String>> heldOutSentences = new HashSet<>();
    heldOut.forEach(s -> heldOutSentences.add(List.of(s.getSentence())));
    for (Path file : extraConllFiles) {
      ConllPersonSamples.read(file).stream()
          .filter(s -> !heldOutSentences.contains(List.of(s.getSentence())))
          .forEach(train::add);
    }
    List<GoldDocument> dev = List.of();
    if (corpusOrNull != null) {
      List<NameSample> corpus = new ArrayList<>();
      for (GoldDocument doc : corpusOrNull.documents(GoldCorpus.Split.TRAIN)) {
        if (doc.lang().equals(lang.code())) {
          corpus.addAll(CorpusPersonSamples.of(doc));
        }
      }
      for (int i = 0; i < corpusWeight(lang, extraConllFiles); i++) {
        train.addAll(corpus);
      }
      dev = corpusOrNull.documents(GoldCorpus.Split.DEV).stream()
          .filter(d -> d.lang().equals(lang.code()))
          .toList();
    }
    long started = System.nanoTime();
    WordFeatures wordFeatures = words.build(lang, newsFiles, train, System.err);
    System.err.printf("  %s word features: %d words, %.0f s%n", lang.code(), wordFeatures.size(),
        (System.nanoTime() - started) / 1e9);
    started = System.nanoTime();
    TokenNameFinderModel model = train(lang, train, wordFeatures);
    System.err.printf("  %s model trained in %.0f s%n", lang.code(), (System.nanoTime() - started) / 1e9);
    Path file = outDir.resolve(lang.code() + "-person.bin");
    try {
      Files.createDirectories(outDir);
      model.serialize(file);
      PersonNameFinder finder = new PersonNameFinder(model);
      FMeasure onCorpus = PersonNameEvaluator.evaluateOnCorpus(dev, finder::find);
      return new Report(
          lang, train.size(), PersonNameEvaluator.evaluate(finder, heldOut), onCorpus, file, Files.size(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write person-name model " + file, e);
    }
  }

  /**
   * How many times the corpus sentences count: {@link #CORPUS_WEIGHT}, and 5 for Persian trained on Arman's test part
   * too, so that the corpus stays about a third of the Persian training sentences as before that part (2,559 more
   * sentences) was added; with 3 the real dev set lost one more official (models/ner/README.md).
   */
  static int corpusWeight(Language lang, List<Path> extraConllFiles) {
    return lang == Language.PERSIAN && !extraConllFiles.isEmpty() ? 5 : CORPUS_WEIGHT;
  }

  /** The samples training never sees: the last {@link #HELD_OUT} of the sentences of every file. */
  public static List<NameSample> heldOut(List<Path> conllFiles) {
    List<NameSample> heldOut = new ArrayList<>();
    for (Path file : conllFiles) {
      List<NameSample> all = ConllPersonSamples.read(file);
      heldOut.addAll(all.subList(heldOutStart(all), all.size()));
    }
    return heldOut;
  }

  private static int heldOutStart(List<NameSample> all) {
    return (int) Math.round(all.size() * (1 - HELD_OUT));
  }

  /** The CoNLL files of each language under the shared NER folder, in a fixed order. */
  public static Map<Language, List<Path>> nerFiles(Path sharedNerDir) {
    Map<Language, List<Path>> files = new EnumMap<>(Language.class);
    List<Path> arabic = new ArrayList<>();
    arabic.add(sharedNerDir.resolve("anercorp/train.txt"));
    try (Stream<Path> aqmar = Files.list(sharedNerDir.resolve("aqmar"))) {
      aqmar.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(arabic::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + sharedNerDir.resolve("aqmar"), e);
    }
    files.put(Language.ARABIC, arabic);
    files.put(Language.PERSIAN, List.of(sharedNerDir.resolve("arman/train.txt")));
    return files;
  }

  /**
   * CoNLL files trained on whole, beside {@link #nerFiles}, when present under the shared NER folder: Arman's fold-1
   * test part ({@code arman/test.txt}, ArmanPersoNERCorpus {@code test_fold1.txt}: the 2,560 sentences of the corpus
   * that its fold-1 training part lacks, which {@code arman/train.txt} is).
   */
  public static Map<Language, List<Path>> extraFiles(Path sharedNerDir) {
    Map<Language, List<Path>> files = new EnumMap<>(Language.class);
    Path armanTest = sharedNerDir.resolve("arman/test.txt");
    if (Files.isRegularFile(armanTest)) {
      files.put(Language.PERSIAN, List.of(armanTest));
    }
    return files;
  }

  /**
   * Trains into {@code models/ner}: args are the shared NER folder, the corpus folder (or "-"), the output, and
   * optionally the one language to train ("ar" or "fa"; both when absent).
   */
  public static void main(String[] args) {
    GoldCorpus corpus = args[1].equals("-") ? null : GoldCorpus.open(Path.of(args[1]));
    Path ner = Path.of(args[0]);
    Set<Language> languages = args.length > 3 ? Set.of(Language.fromCode(args[3])) : Set.of(Language.values());
    for (Report r : trainAll(ner, ner.resolveSibling("news"), corpus, Path.of(args[2]), languages)) {
      System.out.println(r);
    }
  }
}
