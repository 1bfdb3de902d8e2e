package org.diplomatic.analyzer.search.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RelevanceJudgementsTest {
  private static final Path RELEVANCE = Path.of("../corpus/relevance");

  @Test
  void averagePrecisionCountsEveryRelevantDocumentFoundOrNot() {
    assertEquals((1.0 + 2.0 / 4) / 3, RankingMeasures.averagePrecision(List.of("a", "x", "y", "b"),
        Set.of("a", "b", "c")), 1e-12);
  }

  @Test
  void recallAtTenIsOverAtMostTenRelevantDocuments() {
    List<String> ranked = List.of("r1", "x", "r2");
    assertEquals(0.5, RankingMeasures.recallAt(10, ranked, Set.of("r1", "r2", "r3", "r4")), 1e-12);
    assertEquals(1.0, RankingMeasures.recallAt(2, ranked, Set.of("r1", "x", "r2")), 1e-12);
  }

  @Test
  void theJudgementsHaveAtLeastThirtyQueriesOfEachKindAndDirection() {
    RelevanceJudgements j = RelevanceJudgements.read(RELEVANCE);
    Map<String, Long> groups = j.queries().stream().filter(q -> !RelevanceJudgements.fresh(q.half()))
        .collect(Collectors.groupingBy(RelevanceJudgements.Query::group, Collectors.counting()));
    assertEquals(Map.of("concept", 48L, "cross fa->ar", 31L, "cross ar->fa", 30L), groups);
  }

  @Test
  void theQueriesAreSplitByTopicIntoATuningAndAHeldOutHalf() {
    RelevanceJudgements j = RelevanceJudgements.read(RELEVANCE);
    Map<String, Long> halves = j.queries().stream()
        .collect(Collectors.groupingBy(q -> q.half() + " " + q.group(), Collectors.counting()));
    assertEquals(Map.of("tuning concept", 23L, "tuning cross ar->fa", 16L, "tuning cross fa->ar", 15L,
        "held-out concept", 25L, "held-out cross ar->fa", 14L, "held-out cross fa->ar", 16L,
        "fresh concept", 27L, "fresh2 concept", 41L), halves);
    Map<String, Set<String>> halvesOfTopic = j.queries().stream()
        .filter(q -> !RelevanceJudgements.fresh(q.half())).collect(Collectors.groupingBy(
        RelevanceJudgements.Query::topic, Collectors.mapping(RelevanceJudgements.Query::half, Collectors.toSet())));
    halvesOfTopic.forEach((topic, h) -> assertEquals(1, h.size(), topic));
  }

  @Test
  void freshQueriesAreConceptQueriesInBothLanguagesWithIdsOfTheirOwn() {
    RelevanceJudgements j = RelevanceJudgements.read(RELEVANCE);
    Map<String, Long> fresh = j.queries().stream().filter(q -> q.half().equals(RelevanceJudgements.FRESH))
        .collect(Collectors.groupingBy(q -> q.kind() + " " + q.lang() + "->" + q.docs(), Collectors.counting()));
    assertEquals(Map.of("concept ar->ar", 14L, "concept fa->fa", 13L), fresh);
    Map<String, Long> fresh2 = j.queries().stream().filter(q -> q.half().equals(RelevanceJudgements.FRESH2))
        .collect(Collectors.groupingBy(q -> q.kind() + " " + q.lang() + "->" + q.docs(), Collectors.counting()));
    assertEquals(Map.of("concept ar->ar", 21L, "concept fa->fa", 20L), fresh2);
    assertEquals(j.queries().size(), j.queries().stream().map(RelevanceJudgements.Query::id).distinct().count());
  }

  @Test
  void everyJudgedDocumentIsACorpusOrRealDevDocumentOfTheJudgedLanguage() throws Exception {
    RelevanceJudgements j = RelevanceJudgements.read(RELEVANCE);
    String realSplit = Files.readString(Path.of("../corpus/real/split.tsv"));
    j.relevantByTopicAndLang().forEach((key, docs) -> docs.forEach(d -> {
      assertTrue(d.startsWith(key.split("\t")[1] + "-"), key + " " + d);
      boolean exists = Files.isRegularFile(Path.of("../corpus", d.substring(0, 2), d + ".txt"))
          || realSplit.contains(d + "\t" + d.substring(0, 2) + "\tnews\tdev\t");
      assertTrue(exists, d);
    }));
  }
}
