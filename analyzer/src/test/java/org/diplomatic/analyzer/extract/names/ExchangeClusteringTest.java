package org.diplomatic.analyzer.extract.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExchangeClusteringTest {
  @Test
  void putsWordsSeenInTheSameContextsInOneClass() {
    WordClusterTrainer.Text text = new WordClusterTrainer.Text();
    String[] names = {"محمد", "علي", "حسن", "سالم"};
    String[] places = {"بغداد", "طهران", "الرياض", "دمشق"};
    for (int i = 0; i < 40; i++) {
      text.add(List.of("قال", names[i % 4], "إن", "الوفد", "وصل", "إلى", places[(i / 4) % 4], "أمس"));
    }
    Map<String, String[]> classes = new WordClusterTrainer(new int[] {10}, 100, 1, 10).train(text, null);
    assertEquals(classes.get("محمد")[0], classes.get("سالم")[0]);
    assertEquals(classes.get("بغداد")[0], classes.get("دمشق")[0]);
    assertNotEquals(classes.get("محمد")[0], classes.get("بغداد")[0]);
  }
}
