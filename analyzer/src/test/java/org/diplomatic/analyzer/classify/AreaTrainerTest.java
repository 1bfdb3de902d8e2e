package org.diplomatic.analyzer.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

class AreaTrainerTest {
  private static final List<String> TELECOM = List.of(
      "بحث الوزيران توسيع شبكات الألياف الضوئية والاتصالات بين البلدين.",
      "اتفق الجانبان على مد كابل بحري جديد لنقل البيانات والإنترنت.",
      "تناول اللقاء تطوير شبكات الجيل الخامس للهاتف المحمول.",
      "دو طرف درباره توسعه شبکه فیبر نوری و ارتباطات گفتگو کردند.",
      "وزیر ارتباطات بر اتصال کابل‌های اینترنت دو کشور تاکید کرد.",
      "قرار است مرکز داده مشترک برای خدمات مخابراتی ساخته شود.");
  private static final List<String> ENERGY = List.of(
      "ناقش الجانبان زيادة صادرات الغاز الطبيعي والنفط الخام.",
      "اتفق البلدان على ربط شبكتي الكهرباء وإنشاء محطة شمسية.",
      "تعتزم الوزارة بناء محطة لتوليد الطاقة المتجددة.",
      "دو کشور درباره صادرات گاز و نفت خام گفتگو کردند.",
      "قرارداد ساخت نیروگاه خورشیدی و اتصال شبکه برق امضا شد.",
      "وزیر نفت بر افزایش تولید انرژی تجدیدپذیر تاکید کرد.");
  private static final List<String> HEALTH = List.of(
      "بحث الوزير تزويد المستشفيات بالأدوية واللقاحات.",
      "اتفق الجانبان على تدريب الكوادر الطبية وتبادل الخبرات الصحية.",
      "تناول الاجتماع إنشاء مستشفى تخصصي للأمراض المزمنة.",
      "دو طرف درباره تامین دارو و واکسن برای بیمارستان‌ها گفتگو کردند.",
      "وزیر بهداشت بر همکاری در زمینه درمان و سلامت تاکید کرد.",
      "قرار است بیمارستان تخصصی مشترک در مرز ساخته شود.");

  private static AreaModel model;

  private static AreaDocument doc(String id, List<String> sentences, String label) {
    List<AreaExample> examples = new ArrayList<>();
    for (String s : sentences) {
      examples.add(new AreaExample("ar", s, Set.of(label)));
    }
    return new AreaDocument(id, "ar", examples, Set.of(label));
  }

  @BeforeAll
  static void trainTinyModel() {
    List<AreaDocument> train = List.of(doc("t", TELECOM, "telecom"), doc("e", ENERGY, "energy"),
        doc("h", HEALTH, "health"));
    AreaTrainer.Settings tiny = new AreaTrainer.Settings(new FeaturizerConfig(1 << 10, 3, 4, true, false), 16, 60, 4,
        1e-2, 1e-5, 7);
    model = new AreaTrainer(tiny).train(train, train);
  }

  @Test
  void learnsToSeparateAreasOnUnseenSentences() {
    AreaClassifier classifier = new AreaClassifier(model);
    float[][] scores = classifier.scores(List.of(
        "وقع البلدان اتفاقا لتطوير شبكات الألياف والإنترنت.",
        "تسعى الحكومة إلى زيادة إنتاج الكهرباء من الطاقة الشمسية.",
        "وزیر بهداشت درباره تامین دارو برای بیمارستان‌ها گفت."));
    List<String> labels = classifier.labels();
    assertEquals("telecom", labels.get(argmax(scores[0])));
    assertEquals("energy", labels.get(argmax(scores[1])));
    assertEquals("health", labels.get(argmax(scores[2])));
  }

  @Test
  void savedModelScoresExactlyLikeTheTrainedOne(@TempDir Path dir) {
    model.save(dir);
    AreaModel loaded = AreaModel.load(dir);
    String text = "اتفق الجانبان على ربط شبكتي الكهرباء.";
    assertArrayEquals(new AreaClassifier(model).scores(List.of(text))[0],
        new AreaClassifier(loaded).scores(List.of(text))[0], 1e-6f);
    assertEquals(model.documentThresholds(), loaded.documentThresholds());
  }

  @Test
  void sameDataAndSeedGiveTheSameModel() {
    List<AreaDocument> train = List.of(doc("t", TELECOM, "telecom"), doc("e", ENERGY, "energy"));
    AreaTrainer.Settings tiny = new AreaTrainer.Settings(new FeaturizerConfig(1 << 9, 3, 3, false, true), 8, 5, 4,
        1e-2, 1e-5, 11);
    String probe = "مد كابل بحري للإنترنت";
    float[] a = new AreaClassifier(new AreaTrainer(tiny).train(train, train)).scores(List.of(probe))[0];
    float[] b = new AreaClassifier(new AreaTrainer(tiny).train(train, train)).scores(List.of(probe))[0];
    assertArrayEquals(a, b, 1e-6f);
  }

  @Test
  void documentAreasComeFromItsSentences() {
    AreaClassifier classifier = new AreaClassifier(model);
    Set<String> areas = classifier.classifyDocument(List.of(
            "وزیر ارتباطات بر توسعه شبکه فیبر نوری و اینترنت تاکید کرد.",
            "دو کشور درباره صادرات گاز و برق گفتگو کردند."))
        .stream().map(Area::label).collect(Collectors.toSet());
    assertTrue(areas.containsAll(Set.of("telecom", "energy")), areas.toString());
  }

  private static int argmax(float[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[best]) {
        best = i;
      }
    }
    return best;
  }

  @Test
  void sparseInferenceOnTheSavedWeightsEqualsTheDl4jNetwork() {
    FeaturizerConfig config = new FeaturizerConfig(1 << 10, 3, 4, true, true);
    AreaTrainer trainer = new AreaTrainer(new AreaTrainer.Settings(config, 16, 20, 4, 1e-2, 1e-5, 7));
    List<AreaExample> examples = new ArrayList<>();
    List.of(doc("t", TELECOM, "telecom"), doc("e", ENERGY, "energy")).forEach(d -> examples.addAll(d.sentences()));
    MultiLayerNetwork net = trainer.fitNetwork(examples);
    SparseForwardPass pass = new SparseForwardPass(AreaTrainer.weightsOf(net));
    AreaFeaturizer featurizer = new AreaFeaturizer(config);
    // lengths from no features at all to many, so every remainder of the four-rows-at-a-time loop is covered
    for (String text : List.of("دو کشور درباره صادرات گاز و نفت خام گفتگو کردند.", "", "گاز", "نفت خام",
        "برق", "محطة شمسية", "اتفق البلدان على ربط شبكتي الكهرباء وإنشاء محطة شمسية.")) {
      float[] row = new float[config.inputSize()];
      featurizer.fill(text, row);
      float[] dl4j = net.output(Nd4j.create(new float[][] {row}), false).getRow(0).toFloatVector();
      assertArrayEquals(dl4j, pass.score(featurizer.sparse(text)), 1e-5f, text);
    }
  }

  @Test
  void sparseTrainingLearnsTheSameNetworkAsDl4j() {
    FeaturizerConfig config = new FeaturizerConfig(1 << 10, 3, 4, true, true);
    AreaTrainer trainer = new AreaTrainer(new AreaTrainer.Settings(config, 16, 20, 4, 1e-2, 1e-3, 7));
    List<AreaExample> examples = new ArrayList<>();
    List.of(doc("t", TELECOM, "telecom"), doc("e", ENERGY, "energy"), doc("h", HEALTH, "health"))
        .forEach(d -> examples.addAll(d.sentences()));
    SparseForwardPass dl4j = new SparseForwardPass(AreaTrainer.weightsOf(trainer.fitNetwork(examples)));
    SparseForwardPass sparse = new SparseForwardPass(trainer.fitWeights(examples));
    AreaFeaturizer featurizer = new AreaFeaturizer(config);
    for (String text : List.of("وقع البلدان اتفاقا لتطوير شبكات الألياف والإنترنت.",
        "وزیر بهداشت درباره تامین دارو برای بیمارستان‌ها گفت.", "قرارداد ساخت نیروگاه خورشیدی امضا شد.")) {
      assertArrayEquals(dl4j.score(featurizer.sparse(text)), sparse.score(featurizer.sparse(text)), 1e-4f, text);
    }
  }

  @Test
  void aDocumentNoLabelPassesGetsItsBestLabelAboveTheLanguageFloor() {
    List<String> sentences = List.of("وزیر بهداشت بر همکاری در زمینه درمان و سلامت تاکید کرد.");
    Map<String, Double> unreachable = new LinkedHashMap<>();
    model.labels().forEach(l -> unreachable.put(l, 1.01));
    AreaModel strict = model.withDecisions(model.sentenceThresholds(), unreachable, model.aggregation(),
        Map.of("fa", new AreaModel.Fallback(0.0, false)));
    AreaClassifier classifier = new AreaClassifier(strict);
    assertEquals(List.of("health"), classifier.classifyDocument("fa", sentences).stream().map(Area::label).toList());
    assertEquals(List.of(), classifier.classifyDocument("ar", sentences));
  }

  @Test
  void theKeywordBackstopNamesTheAreaOfMostSentences() {
    Map<String, Double> unreachable = new LinkedHashMap<>();
    model.labels().forEach(l -> unreachable.put(l, 1.01));
    AreaModel backstop = model.withDecisions(model.sentenceThresholds(), unreachable, model.aggregation(),
        Map.of("ar", new AreaModel.Fallback(2, true)));
    List<String> sentences = List.of("بحث الجانبان تعزيز التعاون في مجال السياحة.",
        "وأكد أهمية تسهيل إجراءات التأشيرة للزوار والحجاج.", "كما تناول اللقاء تطوير قطاع النقل.");
    assertEquals(List.of("tourism_pilgrimage"),
        new AreaClassifier(backstop).classifyDocument("ar", sentences).stream().map(Area::label).toList());
  }

  @Test
  void savedWeightsReadBackExactly(@TempDir Path dir) {
    AreaWeights w = model.weights();
    w.write(dir.resolve("w.bin"));
    AreaWeights read = AreaWeights.read(dir.resolve("w.bin"));
    assertEquals(List.of(w.inputs(), w.hidden(), w.outputs()), List.of(read.inputs(), read.hidden(), read.outputs()));
    assertArrayEquals(w.w0(), read.w0());
    assertArrayEquals(w.b1(), read.b1());
  }

  @Test
  void aRepeatedTextGetsEqualScoresInARowOfItsOwn() {
    AreaClassifier classifier = new AreaClassifier(model);
    String a = "وزير نفت بر افزایش تولید انرژی تجدیدپذیر تاکید کرد.";
    String b = "تناول اللقاء تطوير شبكات الجيل الخامس للهاتف المحمول.";
    float[][] scores = classifier.scores(List.of(a, b, a));
    assertArrayEquals(classifier.scores(List.of(a))[0], scores[0]);
    assertArrayEquals(classifier.scores(List.of(b))[0], scores[1]);
    assertArrayEquals(scores[0], scores[2]);
    assertNotSame(scores[0], scores[2]);
  }

  private static final List<String> TOURISM = List.of("بحث الجانبان تعزيز التعاون في مجال السياحة.",
      "وأكد أهمية تسهيل إجراءات التأشيرة للزوار والحجاج.", "كما تناول اللقاء تطوير قطاع النقل.");

  private static Map<String, Double> every(double threshold) {
    Map<String, Double> thresholds = new LinkedHashMap<>();
    model.labels().forEach(l -> thresholds.put(l, threshold));
    return thresholds;
  }

  @Test
  void aKeywordWeightLetsTwoSentencesNamingAnAreaCarryIt() {
    Map<String, Double> half = every(1.01);
    half.put("tourism_pilgrimage", 0.5);
    AreaModel networkOnly = model.withDecisions(model.sentenceThresholds(), half, model.aggregation(), Map.of());
    assertEquals(List.of(), new AreaClassifier(networkOnly).classifyDocument("ar", TOURISM));
    AreaModel blended = networkOnly.withDocumentBlend(Map.of("tourism_pilgrimage", 0.5), Map.of());
    assertEquals(List.of("tourism_pilgrimage"),
        new AreaClassifier(blended).classifyDocument("ar", TOURISM).stream().map(Area::label).toList());
  }

  @Test
  void aLanguageTunedApartUsesItsOwnDocumentThresholds() {
    Map<String, Double> persian = every(1.01);
    persian.put("health", 0.0);
    AreaModel model2 = model.withDecisions(model.sentenceThresholds(), every(1.01), model.aggregation(), Map.of())
        .withDocumentBlend(Map.of(), Map.of("fa", persian));
    List<String> sentences = List.of("وزیر بهداشت بر همکاری در زمینه درمان و سلامت تاکید کرد.");
    AreaClassifier classifier = new AreaClassifier(model2);
    assertEquals(List.of("health"), classifier.classifyDocument("fa", sentences).stream().map(Area::label).toList());
    assertEquals(List.of(), classifier.classifyDocument("ar", sentences));
  }

  @Test
  void tuningWeighsTheKeywordsForALabelTheNetworkNeverLearned() {
    AreaDocument tourism = new AreaDocument("s", "ar",
        TOURISM.stream().map(s -> new AreaExample("ar", s, Set.of("tourism_pilgrimage"))).toList(),
        Set.of("tourism_pilgrimage"));
    List<ScoredDocument> tuning = AreaTrainer.score(model, List.of(tourism, doc("t", TELECOM, "telecom"),
        doc("e", ENERGY, "energy"), doc("h", HEALTH, "health")));
    AreaModel tuned = new ThresholdTuner().tune(model, tuning,
        new ThresholdTuner.Options(List.of(0.0, 0.35, 0.7), false));
    assertEquals(0.35, tuned.keywordWeight("tourism_pilgrimage"));
  }

  @Test
  void aThresholdTiedWithOthersIsTheMiddleOfTheLongestTiedRun() {
    // candidates 0.1, 0.15, ... 0.9: F1 ties at 0.15 alone and at 0.3-0.5, so 0.4 (not the first best, 0.15)
    double[] f = {0.5, 0.8, 0.6, 0.7, 0.8, 0.8, 0.8, 0.8, 0.8, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0, 0};
    assertEquals(0.4, ThresholdTuner.middleOfBestRun(f, 0.8));
    assertEquals(0.1, ThresholdTuner.middleOfBestRun(new double[] {0.9, 0.5}, 0.9));
  }

  @Test
  void tuningKeepsTheBestLabelFallbackWhenNoFloorScoresBetter() {
    AreaDocument fa = new AreaDocument("f", "fa", List.of(new AreaExample("fa",
        "وزیر بهداشت بر همکاری در زمینه درمان و سلامت تاکید کرد.", Set.of("health"))), Set.of("health"));
    AreaModel tuned = AreaTrainer.tune(model, AreaTrainer.score(model, List.of(fa, doc("t", TELECOM, "telecom"))));
    assertEquals(ThresholdTuner.ALWAYS_BEST, tuned.fallback("ar"));
    assertEquals(ThresholdTuner.ALWAYS_BEST, tuned.fallback("fa"));
  }

  @Test
  void theKeywordWeightsAndLanguageThresholdsAreSavedWithTheModel(@TempDir Path dir) {
    AreaModel blended = model.withDocumentBlend(Map.of("health", 0.35), Map.of("fa", every(0.4)));
    blended.save(dir);
    AreaModel loaded = AreaModel.load(dir);
    assertEquals(Map.of("health", 0.35), loaded.keywordWeights());
    assertEquals(every(0.4), loaded.documentThresholds("fa"));
    assertEquals(model.documentThresholds(), loaded.documentThresholds("ar"));
  }

  @Test
  void readsTheCrossValidatedScoresTrainWrote(@TempDir Path dir) throws java.io.IOException {
    java.nio.file.Files.writeString(dir.resolve("metrics.json"), """
        {"real_dev_cross_validated": {"network/ar": {"micro_f1": 0.778, "macro_f1": 0.566},
                                      "network/fa": {"micro_f1": 0.707, "macro_f1": 0.532}}}""");
    assertEquals(List.of(new AreaTraining.CrossValidated("ar", 0.778, 0.566),
        new AreaTraining.CrossValidated("fa", 0.707, 0.532)), AreaTraining.crossValidated(dir));
    assertEquals(List.of(), AreaTraining.crossValidated(dir.resolve("absent")));
  }
}
