package org.diplomatic.analyzer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReadFailureTest {
  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(new AccessDeniedException("/data/خبر.txt"), "cannot read (permission denied)"),
        Arguments.of(new NoSuchFileException("/data/خبر.txt"), "no such file"),
        Arguments.of(new FileSystemException("/data/loop.txt", null, "Too many levels of symbolic links"),
            "cannot read (Too many levels of symbolic links)"),
        Arguments.of(new IOException("Input/output\nerror"), "cannot read (Input/output error)"));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void saysWhyAFileCouldNotBeReadWithoutRepeatingItsPath(IOException e, String reason) {
    assertEquals(reason, ReadFailure.reason(e));
  }
}
