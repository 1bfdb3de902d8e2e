package org.diplomatic.analyzer.batch;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of a command line in this JVM: its exit code, stdout and stderr. */
record CommandRun(int exit, String out, String err) {
  static CommandRun of(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new CommandRun(exit, out.toString(), err.toString());
  }
}
