package org.diplomatic.analyzer.search.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubjectGroupsTest {
  @Test
  void readsEachSubjectsArabicAndPersianWordsAndSkipsComments() {
    Map<String, List<String>> groups = SubjectGroups.parse(
        List.of("# header", "", "rail\tالقطار السكك\tقطار  راه‌آهن"), "test");

    assertEquals(Map.of("rail", List.of("القطار", "السكك", "قطار", "راه‌آهن")), groups);
  }

  @Test
  void rejectsALineWithoutThreeCellsNamingItsLine() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> SubjectGroups.parse(List.of("# header", "rail\tالقطار"), "groups.tsv"));

    assertTrue(error.getMessage().startsWith("groups.tsv line 2: expected 'subject<TAB>arabic words"),
        error.getMessage());
  }

  @Test
  void theBundledGroupsCoverSubjectsOfEveryArea() {
    Map<String, List<String>> groups = SubjectGroups.bundled();

    assertTrue(groups.size() >= 30, "subjects: " + groups.size());
    assertTrue(groups.get("rail").contains("لوکوموتیو"));
  }
}
