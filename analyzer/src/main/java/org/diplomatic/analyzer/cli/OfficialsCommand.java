package org.diplomatic.analyzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplomatic.analyzer.index.DocumentDates;
import org.diplomatic.analyzer.registry.Registry;
import org.diplomatic.analyzer.registry.RegistryEntry;
import org.diplomatic.analyzer.registry.RegistryQuery;
import org.diplomatic.analyzer.registry.RegistryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code officials}: the registry of officials of an index, one entry per person (spellings, roles with first and
 * last dates, country, documents), filtered by name, country, role and period; loads no NLP model.
 */
@Command(
    name = "officials",
    mixinStandardHelpOptions = true,
    description = {"List the people of an index: one entry per person across its documents, with every spelling "
        + "seen, the roles held with their first and last dates, the country and the documents.",
        "The registry is kept in the index folder and brought up to date on first use after 'index'."})
final class OfficialsCommand implements Callable<Integer> {
  enum Format {
    table,
    json,
    csv
  }

  @Spec CommandSpec spec;

  @Option(names = "--index", required = true, description = "index folder (made by index)")
  Path index;

  @Option(names = "--format", defaultValue = "table", description = "table (default), json or csv")
  Format format;

  @Option(names = "--name", paramLabel = "NAME", description = "any spelling of the person (Arabic or Persian), a "
      + "short form (الجبير) or a longer one")
  String name;

  @Option(names = "--country", paramLabel = "CC", description = "country (ISO 3166 code, e.g. IQ, IR, SA)")
  String country;

  @Option(names = "--role", paramLabel = "WORDS", description = "words of a role as written (وزير الخارجية)")
  String role;

  @Option(names = "--from", paramLabel = "DATE",
      description = "seen in a document dated on or after DATE (yyyy-mm-dd, yyyy-mm or yyyy); with --role, in it")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "seen in a document dated on or before DATE")
  String to;

  @Option(names = "--limit", defaultValue = "0", description = "people to show at most (default: all)")
  int limit;

  @Option(names = "--bom", description = "start CSV with a UTF-8 byte order mark, so that Excel reads it as UTF-8")
  boolean bom;

  @Override
  public Integer call() {
    if (limit < 0) {
      throw new ParameterException(spec.commandLine(), "--limit must be 0 (all) or more");
    }
    if (country != null && !country.matches("[A-Z]{2}")) {
      throw new ParameterException(spec.commandLine(), "--country must be an ISO 3166 code such as IQ: " + country);
    }
    if (bom && format != Format.csv) {
      throw new ParameterException(spec.commandLine(), "--bom goes with --format csv");
    }
    LocalDate fromDay = from == null ? null : DocumentDates.bound("--from", from, false);
    LocalDate toDay = to == null ? null : DocumentDates.bound("--to", to, true);
    Registry registry = RegistryStore.open(index);
    RegistryQuery.Result found = new RegistryQuery(name, country, role, fromDay, toDay).apply(registry, limit);
    List<RegistryEntry> shown = found.entries();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> out.println(OfficialsOutput.json(found.total(), shown));
      case csv -> out.print((bom ? "\uFEFF" : "") + OfficialsOutput.csv(shown));
      case table -> out.print(OfficialsOutput.table(found.total(), registry.people(), shown));
    }
    out.flush();
    return ExitCode.OK;
  }

  /** Brings the registry of {@code index} up to date after a commit; a failure is one line, never the batch's. */
  static void refresh(Path index, PrintWriter err) {
    try {
      RegistryStore.open(index);
    } catch (RuntimeException | OutOfMemoryError e) {
      // the index is committed already: a register that cannot be built now must not cost the batch its summary
      err.println("analyzer: registry of officials not updated (" + e.getMessage() + "); 'officials' rebuilds it");
    }
  }
}
