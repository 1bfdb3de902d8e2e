package org.diplomatic.analyzer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrintableNameTest {
  static Stream<Arguments> names() {
    return Stream.of(
        Arguments.of("/data/بيان الوزارة.txt", "/data/بيان الوزارة.txt"),
        Arguments.of("/data/نامه‌ها/خبر.txt", "/data/نامه‌ها/خبر.txt"),
        Arguments.of("a\nanalyzer: b.txt: forged", "a\\nanalyzer: b.txt: forged"),
        Arguments.of("tab\there\r", "tab\\there\\r"),
        Arguments.of("bell\u0007 and \u001B[31mred", "bell\\u0007 and \\u001B[31mred"),
        Arguments.of("txt.\u202Eexe", "txt.\\u202Eexe"),
        Arguments.of("x\u2028y\u0085z", "x\\u2028y\\u0085z"));
  }

  @ParameterizedTest
  @MethodSource("names")
  void escapesControlAndBidiCharactersAndKeepsTheRest(String name, String printed) {
    assertEquals(printed, PrintableName.of(name));
  }
}
