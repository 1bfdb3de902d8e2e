package org.diplomatic.analyzer.cli;

/** The contract's exit codes, in one place. */
public final class ExitCode {
  /** Everything succeeded. */
  public static final int OK = 0;
  /** The command ran but some inputs failed (each reported on stderr). */
  public static final int SOME_FAILED = 1;
  /** Bad usage, or nothing could be done. */
  public static final int USAGE = 2;

  private ExitCode() {}
}
