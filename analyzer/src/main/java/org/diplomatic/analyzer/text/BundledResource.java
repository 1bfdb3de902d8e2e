package org.diplomatic.analyzer.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Opens a resource bundled in the jar; a missing one is an {@link UncheckedIOException} naming it. */
public final class BundledResource {
  private BundledResource() {}

  public static InputStream open(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw missing(name);
    }
    return in;
  }

  public static UncheckedIOException missing(String what) {
    String message = "missing bundled resource " + what;
    return new UncheckedIOException(message, new IOException(message));
  }
}
