package org.diplomatic.analyzer.extract.officials;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.diplomatic.analyzer.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonNameTrainerTest {
  private static TokenNameFinderModel model;

  static Path tinyArabic() throws URISyntaxException {
    return Path.of(PersonNameTrainerTest.class.getResource("tiny-ar.conll").toURI());
  }

  static TrainingParameters tinyParameters() {
    TrainingParameters p = PersonNameTrainer.defaultParameters();
    p.put(TrainingParameters.CUTOFF_PARAM, 0);
    p.put(TrainingParameters.ITERATIONS_PARAM, 50);
    return p;
  }

  @BeforeAll
  static void trainTinyModel() throws URISyntaxException {
    model = new PersonNameTrainer(tinyParameters())
        .train(Language.ARABIC, ConllPersonSamples.read(tinyArabic()));
  }

  @Test
  void findsTheNamesItWasTrainedOn() {
    PersonNameFinder finder = new PersonNameFinder(model);
    Span[] found = finder.find(new String[] {"استقبل", "وزير", "الخارجية", "فؤاد", "حسين", "في", "بغداد", "."});
    assertArrayEquals(new Span[] {new Span(3, 5, "person")}, found);
  }

  @Test
  void reportsMentionsWithOffsetsInTheDocument() {
    PersonNameFinder finder = new PersonNameFinder(model);
    String text = "مقدمة.\nاستقبل وزير الخارجية فؤاد حسين في بغداد.";
    List<PersonMention> found = finder.find(text, TestSentences.of(text));
    assertEquals(List.of(new PersonMention("فؤاد حسين", 28, 37)), found);
  }

  @Test
  void trainsTheSameModelTwice() throws URISyntaxException {
    TokenNameFinderModel again = new PersonNameTrainer(tinyParameters())
        .train(Language.ARABIC, ConllPersonSamples.read(tinyArabic()));
    String[] sentence = {"زار", "سالم", "الربيعي", "مدينة", "البصرة", "."};
    assertArrayEquals(new PersonNameFinder(model).find(sentence), new PersonNameFinder(again).find(sentence));
  }

  @Test
  void savesAModelThatLoadsAndScoresItsHeldOutPart(@TempDir Path dir) throws Exception {
    PersonNameTrainer.Report report = new PersonNameTrainer(tinyParameters())
        .trainLanguage(Language.ARABIC, List.of(tinyArabic()), null, dir);
    Path file = dir.resolve("ar-person.bin");
    assertTrue(Files.size(file) > 0);
    assertEquals(file, report.model());
    // the last 10% of six sentences is one sentence with one name
    assertEquals(1, report.heldOut().truePositives() + report.heldOut().falseNegatives());
    Span[] found = PersonNameFinder.load(file).find(new String[] {"وقال", "حسين", "إن", "العلاقات", "جيدة", "."});
    assertArrayEquals(new Span[] {new Span(1, 2, "person")}, found);
  }

  @Test
  void trainsOnExtraFilesWholeExceptTheHeldOutSentences(@TempDir Path dir) throws Exception {
    Path extra = dir.resolve("extra.conll");
    // the held-out sixth sentence of tiny-ar.conll, then one new sentence
    Files.writeString(extra, """
        بحث O
        وزير O
        النفط O
        حيان B-PERS
        عبد I-PERS
        الغني I-PERS
        ملف O
        الغاز O
        . O

        صرح O
        نوري B-PERS
        المالكي I-PERS
        . O
        """);
    PersonNameTrainer.Report report = new PersonNameTrainer(tinyParameters())
        .trainLanguage(Language.ARABIC, List.of(tinyArabic()), List.of(extra), List.of(), null, dir);
    assertEquals(6, report.trainSentences());
    assertEquals(1, report.heldOut().truePositives() + report.heldOut().falseNegatives());
  }

  @Test
  void readsArmansTestPartAsExtraTrainingWhenPresent(@TempDir Path dir) throws Exception {
    assertEquals(Map.of(), PersonNameTrainer.extraFiles(dir));
    Files.createDirectories(dir.resolve("arman"));
    Files.writeString(dir.resolve("arman/test.txt"), "علی B-pers\n");
    assertEquals(Map.of(Language.PERSIAN, List.of(dir.resolve("arman/test.txt"))), PersonNameTrainer.extraFiles(dir));
  }
}
