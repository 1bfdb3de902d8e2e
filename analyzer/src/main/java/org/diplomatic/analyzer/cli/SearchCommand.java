package org.diplomatic.analyzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplomatic.analyzer.index.IndexSearch;
import org.diplomatic.analyzer.index.SearchRequest;
import org.diplomatic.analyzer.index.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code search}: full-text search with filters and facets over an index; loads no NLP model. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search the index (Arabic/Persian aware): free text, filters, facets.")
final class SearchCommand implements Callable<Integer> {
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

  @Option(names = "--limit", defaultValue = "10", description = "hits to show (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--lang", description = "ar or fa")
  String lang;

  @Option(names = "--area", description = "cooperation area: " + OptionValues.AREAS)
  String area;

  @Option(names = "--official", description = "official's name (or part of it)")
  String official;

  @Option(names = "--country", description = "an official's country, ISO 3166 two-letter code: IQ, IR, SA, ...")
  String country;

  @Option(names = "--min-value", description = "documents with a figure of at least this value (a number, e.g. 1e9)")
  Double minValue;

  @Option(names = "--max-value", description = "documents with a figure of at most this value (a number)")
  Double maxValue;

  @Option(names = "--unit", description = "unit of that figure: " + OptionValues.UNITS)
  String unit;

  @Option(names = "--kind", description = "documents with a commitment of this kind: " + OptionValues.KINDS)
  String kind;

  @Option(names = "--facets", description = "count hits per area, official, country, language, genre, year")
  boolean facets;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "query words, \"phrases\", AND/OR/NOT, field:value")
  List<String> query;

  @Override
  public Integer call() {
    if (limit < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 or more");
    }
    if (lang != null && !lang.equals("ar") && !lang.equals("fa")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--lang must be ar or fa: " + lang);
    }
    String text = query == null ? "" : String.join(" ", query);
    SearchRequest request = new SearchRequest(text, limit, lang, area, official, country, minValue, maxValue, unit,
        kind, facets);
    SearchResult result;
    try (IndexSearch search = IndexSearch.open(index)) {
      result = search.search(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> out.println(SearchOutput.json(result));
      case csv -> out.print(SearchOutput.csv(result));
      case table -> out.print(SearchOutput.table(result));
    }
    out.flush();
    return ExitCode.OK;
  }
}
