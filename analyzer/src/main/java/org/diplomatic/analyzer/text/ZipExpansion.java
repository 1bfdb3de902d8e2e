package org.diplomatic.analyzer.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a zip container ({@code .docx}, {@code .odt}) before a parser opens it: that it is a zip with entries,
 * and that its entries inflate to at most a limit, counted while inflating (a zip bomb's headers may lie about
 * sizes), so a 1 MB file that expands to 1 GB is rejected after reading only up to the limit.
 */
final class ZipExpansion {
  private ZipExpansion() {}

  static void check(Path path, String label, long maxExpandedBytes, String source) throws InputRejectedException {
    try (ZipFile zip = new ZipFile(path.toFile())) {
      if (zip.size() == 0) {
        throw new InputRejectedException(source, "corrupt " + label + " (empty zip)");
      }
      long total = 0;
      byte[] buffer = new byte[64 * 1024];
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        if (entry.getSize() > maxExpandedBytes - total) {
          throw tooLarge(source, label, maxExpandedBytes);
        }
        try (InputStream in = zip.getInputStream(entry)) {
          for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxExpandedBytes) {
              throw tooLarge(source, label, maxExpandedBytes);
            }
          }
        } catch (IOException e) {
          throw new InputRejectedException(source, "corrupt " + label + " (damaged entry "
              + PrintableName.of(entry.getName()) + ": " + e.getMessage() + ")");
        }
      }
    } catch (ZipException e) {
      throw new InputRejectedException(source, "corrupt " + label + " (not a valid zip file"
          + (e.getMessage() == null || e.getMessage().startsWith("zip END header") ? "" : ": " + e.getMessage())
          + ")");
    } catch (IOException e) {
      throw new InputRejectedException(source, ReadFailure.reason(e));
    }
  }

  private static InputRejectedException tooLarge(String source, String label, long max) {
    return new InputRejectedException(source, label + " expands to more than " + max
        + " bytes when unzipped (a zip bomb?)");
  }
}
