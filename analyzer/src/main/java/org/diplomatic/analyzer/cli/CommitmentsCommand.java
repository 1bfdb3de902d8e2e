package org.diplomatic.analyzer.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplomatic.analyzer.contract.Vocabulary;
import org.diplomatic.analyzer.extract.commitments.Commitment;
import org.diplomatic.analyzer.index.IndexedDocument;
import org.diplomatic.analyzer.index.Occurrence;
import org.diplomatic.analyzer.index.StoredDocuments;
import org.diplomatic.analyzer.pipeline.AnalyzedDocument;
import org.diplomatic.analyzer.pipeline.Pipeline;
import org.diplomatic.analyzer.pipeline.PipelineConfig;
import org.diplomatic.analyzer.text.DocumentFileReader;
import org.diplomatic.analyzer.text.InputRejectedException;
import org.diplomatic.analyzer.text.TextInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code commitments}: the commitments of files (analyzed now) or of an index (no model loaded) as a table, JSON or
 * CSV, with the deadline as an ISO date where the text fixes one (relative deadlines of minutes count from the
 * meeting date).
 */
@Command(
    name = "commitments",
    mixinStandardHelpOptions = true,
    description = "List commitments across files or an index as a table, JSON or CSV.")
final class CommitmentsCommand implements Callable<Integer> {
  enum Format {
    table,
    json,
    csv
  }

  /** One listed commitment; {@code sentence} is null when read from an index. */
  record Row(String source, Integer sentence, String kind, String holder, String owner, String deadline,
      String deadlineIso, List<String> areas, String text) {}

  static final String CSV_HEADER = "source,sentence,kind,holder,owner,deadline,deadline_iso,areas,text";
  private static final int TEXT_COLUMNS = 60;
  private static final int FIELD_COLUMNS = 24;
  private static final JsonFactory JSON = new JsonFactory();

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "table", description = "table (default), json or csv")
  Format format;

  @Option(names = "--kind", description = "only this kind: " + OptionValues.KINDS)
  String kind;

  @Option(names = "--area", description = "only commitments in this cooperation area: " + OptionValues.AREAS)
  String area;

  @Option(names = "--index", description = "index folder (instead of PATH...)")
  Path index;

  /** Accepted only to say, in one line, that this command reads a local index. */
  @Option(names = {"--solr", "--collection"}, hidden = true)
  List<String> solr;

  @Option(names = "--models", description = "folder of trained models, for PATH... (default: models/)")
  Path models;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "files or folders to analyze (instead of --index)")
  List<String> paths;

  @Override
  public Integer call() {
    if (solr != null) {
      throw new ParameterException(spec.commandLine(), "commitments needs a local index (--index DIR): SolrCloud "
          + "collections are read by search --solr only");
    }
    boolean files = paths != null && !paths.isEmpty();
    if (files == (index != null)) {
      throw new ParameterException(spec.commandLine(), "give either --index DIR or PATH..., not both or neither");
    }
    if (kind != null && !Vocabulary.COMMITMENT_KINDS.contains(kind)) {
      throw new ParameterException(spec.commandLine(), "--kind must be one of obligation, intent, proposal, "
          + "agreement, decision: " + kind);
    }
    if (area != null && !Vocabulary.isArea(area)) {
      throw new ParameterException(spec.commandLine(), "--area must be a label of the taxonomy: " + area);
    }
    List<Row> rows = new ArrayList<>();
    int failed = files ? fromFiles(rows) : fromIndex(rows);
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (format) {
      case csv -> csv(rows);
      case json -> json(rows);
      case table -> table(rows);
    });
    out.flush();
    return failed == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
  }

  private int fromIndex(List<Row> rows) {
    try (StoredDocuments stored = StoredDocuments.open(index)) {
      for (IndexedDocument d : stored.all()) {
        for (IndexedDocument.Commitment c : d.commitments()) {
          add(rows, new Row(d.source(), null, c.kind(), c.holder(), c.owner(), c.deadline(), c.deadlineIso(),
              c.areas(), c.text()));
        }
      }
    }
    return 0;
  }

  private int fromFiles(List<Row> rows) {
    PrintWriter err = spec.commandLine().getErr();
    DocumentFileReader reader = new DocumentFileReader();
    Pipeline pipeline = new Pipeline(PipelineConfig.defaults(ModelsDir.resolve(models)));
    List<String> files = InputFiles.expand(paths);
    int failed = 0;
    try (BatchProgress progress = new BatchProgress("commitments", files.size(), err)) {
      for (String file : files) {
        failed += AnalyzedInputs.forEach(List.of(file), reader, pipeline, err, d -> {
          for (Commitment c : d.commitments()) {
            add(rows, new Row(d.source(), c.sentence(), c.kind(), c.holder(), c.owner(), c.deadline(),
                c.deadlineIso(), c.areas(), c.text()));
          }
        });
        progress.step();
      }
    }
    return failed;
  }

  private void add(List<Row> rows, Row row) {
    if ((kind == null || kind.equals(row.kind())) && (area == null || row.areas().contains(area))) {
      rows.add(row);
    }
  }

  /** A header row and one row per commitment, RFC 4180 quoting, CRLF line ends; areas joined by "; ". */
  static String csv(List<Row> rows) {
    StringBuilder sb = new StringBuilder(CSV_HEADER).append("\r\n");
    for (Row r : rows) {
      sb.append(String.join(",", SearchOutput.cell(r.source()),
          r.sentence() == null ? "" : r.sentence().toString(), r.kind(), SearchOutput.cell(r.holder()),
          SearchOutput.cell(r.owner()), SearchOutput.cell(r.deadline()), SearchOutput.cell(r.deadlineIso()),
          SearchOutput.cell(String.join("; ", r.areas())), SearchOutput.cell(r.text())));
      sb.append("\r\n");
    }
    return sb.toString();
  }

  /** A JSON array, one object per line. */
  static String json(List<Row> rows) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < rows.size(); i++) {
      sb.append(i == 0 ? "\n" : ",\n").append(object(rows.get(i)));
    }
    return sb.append(rows.isEmpty() ? "]\n" : "\n]\n").toString();
  }

  private static String object(Row r) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("source", r.source());
      if (r.sentence() == null) {
        g.writeNullField("sentence");
      } else {
        g.writeNumberField("sentence", r.sentence());
      }
      g.writeStringField("kind", r.kind());
      g.writeStringField("holder", r.holder());
      g.writeStringField("owner", r.owner());
      g.writeStringField("deadline", r.deadline());
      g.writeStringField("deadline_iso", r.deadlineIso());
      g.writeArrayFieldStart("areas");
      for (String a : r.areas()) {
        g.writeString(a);
      }
      g.writeEndArray();
      g.writeStringField("text", r.text());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Aligned columns for people; each cell is a first-strong bidi isolate so right-to-left text cannot swallow the
   * padding between columns (see {@link KwicCommand}). Long cells are cut with an ellipsis.
   */
  static String table(List<Row> rows) {
    List<String[]> cells = new ArrayList<>();
    cells.add(new String[] {"source", "#", "kind", "holder", "owner", "deadline", "due", "text"});
    for (Row r : rows) {
      cells.add(new String[] {r.source(), r.sentence() == null ? "" : r.sentence().toString(), r.kind(),
          cut(r.holder(), FIELD_COLUMNS), cut(r.owner(), FIELD_COLUMNS), cut(r.deadline(), FIELD_COLUMNS),
          r.deadlineIso() == null ? "" : r.deadlineIso(), cut(r.text().replaceAll("\\s+", " "), TEXT_COLUMNS)});
    }
    int[] widths = new int[cells.get(0).length];
    for (String[] row : cells) {
      for (int k = 0; k < row.length; k++) {
        widths[k] = Math.max(widths[k], Occurrence.columns(row[k]));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] row : cells) {
      StringBuilder line = new StringBuilder();
      for (int k = 0; k < row.length; k++) {
        line.append(KwicCommand.FSI).append(row[k]).append(KwicCommand.PDI);
        if (k < row.length - 1) {
          line.append(" ".repeat(widths[k] - Occurrence.columns(row[k]) + 2));
        }
      }
      sb.append(line).append('\n');
    }
    return sb.append(rows.size()).append(" commitment(s)\n").toString();
  }

  static String cut(String s, int columns) {
    if (s == null) {
      return "";
    }
    if (Occurrence.columns(s) <= columns) {
      return s;
    }
    int end = 0;
    for (int used = 0; used < columns - 1; end += Character.charCount(s.codePointAt(end))) {
      used += Occurrence.columns(s.substring(end, end + Character.charCount(s.codePointAt(end))));
    }
    return s.substring(0, end) + "…";
  }
}
