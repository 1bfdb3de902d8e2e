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
import java.util.regex.Pattern;
import org.diplomatic.analyzer.contract.Vocabulary;
import org.diplomatic.analyzer.index.Occurrence;
import org.diplomatic.analyzer.index.ResultJson;
import org.diplomatic.analyzer.ledger.Amount;
import org.diplomatic.analyzer.ledger.LedgerView;
import org.diplomatic.analyzer.ledger.LedgerQuery;
import org.diplomatic.analyzer.ledger.LedgerStore;
import org.diplomatic.analyzer.ledger.Link;
import org.diplomatic.analyzer.ledger.LinkLabel;
import org.diplomatic.analyzer.ledger.Promise;
import org.diplomatic.analyzer.ledger.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ledger}: the commitments of an index linked across documents into promises, in time order, each link
 * labelled (first_made, repeated, changed, fulfilled, overdue), as a table, JSON or CSV. Reads the ledger kept in the
 * index folder (rebuilt from the stored analysis when missing or older than the index); loads no NLP model.
 */
@Command(
    name = "ledger",
    mixinStandardHelpOptions = true,
    description = "Follow commitments across the documents of an index: each promise with its history.")
final class LedgerCommand implements Callable<Integer> {
  enum Format {
    table,
    json,
    csv
  }

  static final String CSV_HEADER =
      "promise,countries,areas,status,date,label,detail,source,item,lang,kind,holder,deadline,deadline_iso,text";
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PAIR = Pattern.compile("[A-Z]{2}[-,][A-Z]{2}");
  private static final int TEXT_COLUMNS = 70;
  private static final int FIELD_COLUMNS = 24;
  /** A run of repeated links longer than this shows its first and last link and a count (a table stays readable). */
  static final int REPEATS_SHOWN = 5;
  private static final JsonFactory JSON = new JsonFactory();

  @Spec CommandSpec spec;

  @Option(names = "--index", required = true, description = "index folder")
  Path index;

  @Option(names = "--models", description = "models folder whose ledger word weights link a ledger built or "
      + "updated here (default: models/)")
  Path models;

  @Option(names = "--format", defaultValue = "table", description = "table (default), json or csv")
  Format format;

  @Option(names = "--party", description = "a party: an ISO country code (IQ) or words of the holder's name")
  String party;

  @Option(names = "--pair", description = "a country pair, ISO codes: IQ-IR")
  String pair;

  @Option(names = "--area", description = "a cooperation area: " + OptionValues.AREAS)
  String area;

  @Option(names = "--from", description = "promises with a statement dated on or after this date (yyyy[-mm[-dd]])")
  String from;

  @Option(names = "--to", description = "promises with a statement dated on or before this date (yyyy[-mm[-dd]])")
  String to;

  @Option(names = "--min-documents", defaultValue = "1",
      description = "only promises written in at least this many documents (default: ${DEFAULT-VALUE})")
  int minDocuments;

  @Option(names = "--all-links", description = "table: every link of a long run of repeats (default: the first, "
      + "the last and how many between); json and csv always give every link")
  boolean allLinks;

  @Override
  public Integer call() {
    if (area != null && !Vocabulary.isArea(area)) {
      throw new ParameterException(spec.commandLine(), "--area must be a label of the taxonomy: " + area);
    }
    if (pair != null && !PAIR.matcher(pair).matches()) {
      throw new ParameterException(spec.commandLine(), "--pair must be two ISO country codes, e.g. IQ-IR: " + pair);
    }
    for (String date : new String[] {from, to}) {
      if (date != null && !DATE.matcher(date).matches()) {
        throw new ParameterException(spec.commandLine(), "--from/--to must be yyyy, yyyy-mm or yyyy-mm-dd: " + date);
      }
    }
    LedgerQuery query = new LedgerQuery(party, pair == null ? null : List.of(pair.split("[-,]")), area, from, to);
    String latest;
    List<Promise> promises = new ArrayList<>();
    try (LedgerView ledger = LedgerStore.of(index, ModelsDir.resolve(models)).open()) {
      latest = ledger.latestDate();
      for (int i = 0; i < ledger.summaries().size(); i++) {
        if (ledger.summaries().get(i).documents() >= minDocuments && query.matches(ledger.summaries().get(i))) {
          promises.add(ledger.promise(i));
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (format) {
      case csv -> csv(promises);
      case json -> json(latest, promises);
      case table -> table(latest, promises, allLinks);
    });
    out.flush();
    return ExitCode.OK;
  }

  /** A header row and one row per link, RFC 4180 quoting, CRLF line ends; lists joined by "; ". */
  static String csv(List<Promise> promises) {
    StringBuilder sb = new StringBuilder(CSV_HEADER).append("\r\n");
    for (Promise p : promises) {
      for (Link l : p.links()) {
        Statement s = l.statement();
        sb.append(String.join(",", p.id(), String.join("-", p.countries()), SearchOutput.cell(String.join("; ",
            p.areas())), p.status(), SearchOutput.cell(l.date()), l.label().label(), SearchOutput.cell(l.detail()),
            s == null ? "" : SearchOutput.cell(s.source()), s == null ? "" : s.item(), s == null ? "" : s.lang(),
            s == null || s.kind() == null ? "" : s.kind(), s == null ? "" : SearchOutput.cell(s.holder()),
            s == null ? "" : SearchOutput.cell(s.deadline()), s == null ? "" : SearchOutput.cell(s.deadlineIso()),
            s == null ? "" : SearchOutput.cell(s.text())));
        sb.append("\r\n");
      }
    }
    return sb.toString();
  }

  /** One JSON object: the latest document's date and the promises with their links. */
  static String json(String latestDate, List<Promise> promises) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("latest_date", latestDate);
      g.writeArrayFieldStart("promises");
      for (Promise p : promises) {
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeStringField("id", p.id());
        ResultJson.strings(g, "countries", p.countries());
        ResultJson.strings(g, "areas", p.areas());
        g.writeStringField("status", p.status());
        g.writeArrayFieldStart("links");
        for (Link l : p.links()) {
          link(g, l);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }

  private static void link(JsonGenerator g, Link l) throws IOException {
    g.writeStartObject();
    g.writeStringField("date", l.date());
    g.writeStringField("label", l.label().label());
    g.writeStringField("detail", l.detail());
    Statement s = l.statement();
    if (s != null) {
      g.writeStringField("source", s.source());
      g.writeStringField("doc_id", s.docId());
      g.writeStringField("item", s.item());
      g.writeStringField("lang", s.lang());
      g.writeStringField("kind", s.kind());
      g.writeStringField("holder", s.holder());
      g.writeStringField("deadline", s.deadline());
      g.writeStringField("deadline_iso", s.deadlineIso());
      g.writeArrayFieldStart("figures");
      for (Amount a : s.amounts()) {
        g.writeStartObject();
        g.writeStringField("text", a.text());
        if (a.value() == null) {
          g.writeNullField("value");
        } else {
          g.writeNumberField("value", a.value());
        }
        g.writeStringField("unit", a.unit());
        g.writeStringField("period", a.period());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("text", s.text());
    }
    g.writeEndObject();
  }

  /**
   * For people: a line per promise (id, countries, areas, status), then its links in aligned columns (date, label,
   * language, source, holder, and what moved or the text); cells are bidi isolates as in {@link KwicCommand}. Unless
   * {@code allLinks}, a run of more than {@value #REPEATS_SHOWN} repeated links shows its first and last link and
   * one line counting those between.
   */
  static String table(String latestDate, List<Promise> promises, boolean allLinks) {
    StringBuilder sb = new StringBuilder();
    int links = 0;
    for (Promise p : promises) {
      sb.append(p.id()).append("  ").append(String.join("-", p.countries())).append("  ")
          .append(String.join(", ", p.areas())).append("  ").append(p.status()).append('\n');
      List<String[]> rows = new ArrayList<>();
      List<Link> all = p.links();
      for (int i = 0; i < all.size(); i++) {
        int run = allLinks ? 1 : repeatsFrom(all, i);
        if (run > REPEATS_SHOWN) {
          rows.add(row(all.get(i)));
          rows.add(new String[] {"", "…", "", "", "", hidden(run - 2, all.get(i + 1), all.get(i + run - 2))});
          i += run - 1;
        }
        rows.add(row(all.get(i)));
      }
      links += all.size();
      sb.append(columns(rows));
    }
    return sb.append(promises.size()).append(" promise(s), ").append(links).append(" link(s); latest document ")
        .append(latestDate == null ? "undated" : latestDate).append('\n').toString();
  }

  private static String[] row(Link l) {
    Statement s = l.statement();
    String what = l.detail() != null ? l.detail() : SPACES.matcher(s.text()).replaceAll(" ");
    return new String[] {dateOf(l), l.label().label(), s == null ? "" : s.lang(),
        s == null ? "" : CommitmentsCommand.cut(s.source(), FIELD_COLUMNS),
        s == null ? "" : CommitmentsCommand.cut(s.holder(), FIELD_COLUMNS), CommitmentsCommand.cut(what,
        TEXT_COLUMNS)};
  }

  /** "4 more repeated links, 2012-01-01 to 2015-01-01" (no dates when they are undated). */
  private static String hidden(int n, Link first, Link last) {
    String range = first.date() == null || last.date() == null ? "" : ", " + first.date() + " to " + last.date();
    return n + " more repeated links" + range;
  }

  private static String dateOf(Link l) {
    return l.date() == null ? "" : l.date();
  }

  /** How many links from {@code i} on are repeats, in a row. */
  private static int repeatsFrom(List<Link> links, int i) {
    int n = 0;
    while (i + n < links.size() && links.get(i + n).label() == LinkLabel.REPEATED) {
      n++;
    }
    return n;
  }

  private static String columns(List<String[]> rows) {
    int[] widths = new int[rows.isEmpty() ? 0 : rows.get(0).length];
    for (String[] row : rows) {
      for (int k = 0; k < row.length; k++) {
        widths[k] = Math.max(widths[k], Occurrence.columns(row[k]));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] row : rows) {
      sb.append("  ");
      for (int k = 0; k < row.length; k++) {
        sb.append(KwicCommand.FSI).append(row[k]).append(KwicCommand.PDI);
        if (k < row.length - 1) {
          sb.append(" ".repeat(widths[k] - Occurrence.columns(row[k]) + 2));
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
