package org.diplomatic.analyzer.extract.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplomatic.analyzer.eval.GoldCorpus;
import org.diplomatic.analyzer.eval.GoldDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains the commitment model on a slice of the corpus and checks that it learns, not a fixed score. */
class CommitmentTrainerTest {
  private static List<GoldDocument> slice;
  private static CommitmentModel model;

  @BeforeAll
  static void trainOnASlice() {
    GoldCorpus corpus = GoldCorpus.open(Path.of(System.getProperty("analyzer.root", "..")).resolve("corpus"));
    slice = new ArrayList<>();
    for (GoldDocument d : corpus.documents(GoldCorpus.Split.TRAIN)) {
      if (slice.size() < 24) {
        slice.add(d);
      }
    }
    model = new CommitmentTrainer().train(slice);
  }

  @Test
  void fitsItsTrainingSentencesFarBetterThanChance() {
    CommitmentEvaluator.Scores all = new CommitmentEvaluator.Scores();
    CommitmentEvaluator.evaluate(new CommitmentExtractor(model), slice).values()
        .forEach(s -> all.detection.add(s.detection));
    org.junit.jupiter.api.Assertions.assertTrue(all.detection.f1() > 0.8, all.detection.toString());
  }

  @Test
  void readsKindsOfUnseenSentences() {
    assertEquals("agreement", model.kind("واتفق الجانبان على إنشاء لجنة مشتركة للطاقة.", "news"));
    assertEquals("none", model.kind("وتعاون البلدان في مجال الصحة خلال السنوات الماضية.", "news"));
  }

  @Test
  void savedModelDecidesLikeTheTrainedOne(@TempDir Path dir) {
    model.save(dir);
    CommitmentModel loaded = CommitmentModel.load(dir);
    for (String s : List.of("مقرر شد گزارش ظرف یک ماه ارسال شود.", "يجب على الوزارة إعداد الخطة.")) {
      assertEquals(model.kind(s, "minutes"), loaded.kind(s, "minutes"));
    }
  }
}
