package org.diplomatic.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplomatic.analyzer.text.DocumentFileReader;
import org.diplomatic.analyzer.text.TextInput;
import org.diplomatic.analyzer.text.TextReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzedInputsTest {
  @TempDir Path dir;

  @Test
  void aFileWhoseAnalysisFailsIsNamedOnOneLineAndTheBatchGoesOn() throws Exception {
    Path bad = Files.writeString(dir.resolve("a.txt"), "وقال الوزير ـ في تصريح ـ إن التعاون سيتوسع.");
    Path good = Files.writeString(dir.resolve("b.txt"), "وزیر ارتباطات گفت همکاری‌ها ادامه خواهد یافت.");
    StringWriter err = new StringWriter();
    List<String> done = new ArrayList<>();
    int failed = AnalyzedInputs.forEach(List.of(bad.toString(), good.toString()),
        new DocumentFileReader(TextReader.DEFAULT_MAX_BYTES), input -> {
          if (input.source().endsWith("a.txt")) {
            throw new StringIndexOutOfBoundsException("index 0, length 0");
          }
          return input.source();
        }, new PrintWriter(err, true), done::add);
    assertEquals(1, failed);
    assertEquals(List.of(good.toString()), done);
    assertEquals(List.of("analyzer: " + bad + ": analysis failed (java.lang.StringIndexOutOfBoundsException: index 0, "
        + "length 0)"), err.toString().lines().toList());
  }

  @Test
  void anErrorSuchAsRunningOutOfMemoryFailsOnlyItsFile() throws Exception {
    Path bad = Files.writeString(dir.resolve("a.txt"), "قال الوزير.");
    Path good = Files.writeString(dir.resolve("b.txt"), "وزیر گفت.");
    StringWriter err = new StringWriter();
    List<String> done = new ArrayList<>();
    int failed = AnalyzedInputs.forEach(List.of(bad.toString(), good.toString()), new DocumentFileReader(),
        input -> {
          if (input.source().endsWith("a.txt")) {
            throw new OutOfMemoryError("Java heap space");
          }
          return input.source();
        }, new PrintWriter(err, true), done::add);
    assertEquals(1, failed);
    assertEquals(List.of(good.toString()), done);
    assertEquals(List.of("analyzer: " + bad + ": analysis failed (out of memory: java.lang.OutOfMemoryError: Java "
        + "heap space)"), err.toString().lines().toList());
  }

  @Test
  void aFileReadInAGuessedCharsetIsNamedWithItAndAnalyzed() throws Exception {
    Path legacy = Files.write(dir.resolve("cp1256\nforged.txt"), "قال الوزير.".getBytes("windows-1256"));
    StringWriter err = new StringWriter();
    List<String> done = new ArrayList<>();
    int failed = AnalyzedInputs.forEach(List.of(legacy.toString()), new DocumentFileReader(), TextInput::text,
        new PrintWriter(err, true), done::add);
    assertEquals(0, failed);
    assertEquals(List.of("قال الوزير."), done);
    assertEquals(List.of("analyzer: " + dir + "/cp1256\\nforged.txt: read as windows-1256"),
        err.toString().lines().toList());
  }
}
