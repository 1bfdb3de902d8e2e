package org.diplomatic.analyzer.text;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Why a file could not be read, in a few words ("permission denied"), rather than the path the JDK repeats. */
final class ReadFailure {
  private ReadFailure() {}

  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read (permission denied)";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return "cannot read (" + fs.getReason() + ")";
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "cannot read (" + message.replaceAll("\\s+", " ").strip() + ")";
  }
}
