package org.diplomatic.analyzer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class CompactPassageScorerTest {
  private static final String[] WORDS = {"التبادل", "التجاري", "همکاری", "اقتصادی", "العراق", "ایران", "النفط"};

  @Test
  void scoresARepeatedTermAsLucenesScorerDoes() {
    Passage p = passage(10, 90);
    // وقال الوزير إن التبادل التجاري ... التبادل: one term twice, another once, in Lucene's order of first match
    p.addMatch(20, 27, new BytesRef("التبادل"), 3);
    p.addMatch(28, 35, new BytesRef("التجاري"), 1);
    p.addMatch(60, 67, new BytesRef("التبادل"), 3);
    assertEquals(new PassageScorer().score(p, 400), new CompactPassageScorer().score(p, 400));
  }

  @Test
  void scoresRandomPassagesAsLucenesScorerDoesWithItsArraysReused() {
    Random random = new Random(19);
    CompactPassageScorer compact = new CompactPassageScorer();
    PassageScorer lucene = new PassageScorer();
    for (int i = 0; i < 2000; i++) {
      int start = random.nextInt(5000);
      // past MAX_MATCHES the passage goes to Lucene's scorer: both ways are compared
      int matches = random.nextInt(i % 10 == 0 ? 3 * CompactPassageScorer.MAX_MATCHES : 12);
      Passage p = passage(start, start + matches + 20 + random.nextInt(400));
      for (int m = 0; m < matches; m++) {
        String word = WORDS[random.nextInt(WORDS.length)];
        p.addMatch(start + m, start + m + 1, new BytesRef(word), 1 + Math.abs(word.hashCode()) % 9);
      }
      int length = start + 500 + random.nextInt(20000);
      assertEquals(lucene.score(p, length), compact.score(p, length), "passage " + i);
    }
  }

  private static Passage passage(int start, int end) {
    Passage p = new Passage();
    p.setStartOffset(start);
    p.setEndOffset(end);
    return p;
  }
}
