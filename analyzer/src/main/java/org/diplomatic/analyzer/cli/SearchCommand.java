package org.diplomatic.analyzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.diplomatic.analyzer.index.DocumentDates;
import org.diplomatic.analyzer.index.IndexSearch;
import org.diplomatic.analyzer.index.Quote;
import org.diplomatic.analyzer.index.SearchMode;
import org.diplomatic.analyzer.registry.PeopleFacet;
import org.diplomatic.analyzer.index.SearchRequest;
import org.diplomatic.analyzer.index.SearchResult;
import org.diplomatic.analyzer.index.solr.SolrSearch;
import org.diplomatic.analyzer.index.solr.SolrTarget;
import org.diplomatic.analyzer.search.semantic.DocumentEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code search}: full-text search with filters and facets over an index, ranked by terms, by meaning (the word
 * vectors of {@code models/embeddings}) or both; loads no NLP model.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {"Search the index (Arabic/Persian aware): free text, filters, facets; by terms, by meaning "
        + "(across Arabic and Persian: a Persian query with --lang ar finds Arabic documents) or both.",
        "Filters repeat (--country IQ --country IR, or --country IQ,IR): any of one filter's values matches, "
            + "and all filters given must match."})
final class SearchCommand implements Callable<Integer> {
  enum Format {
    table,
    json,
    csv
  }

  @Spec CommandSpec spec;

  @Option(names = "--index", description = "index folder (made by index); or --solr")
  Path index;

  @Option(names = "--solr", paramLabel = "ZKHOSTS", description = "search a SolrCloud collection instead (made by "
      + "index --solr): its ZooKeeper hosts, host:port[,host:port...][/chroot]; ranks by terms only")
  String solr;

  @Option(names = "--collection", paramLabel = "NAME", description = "the SolrCloud collection (with --solr)")
  String collection;

  @Option(names = "--format", defaultValue = "table", description = "table (default), json or csv")
  Format format;

  @Option(names = "--limit", defaultValue = "10",
      description = "hits to show (default: ${DEFAULT-VALUE}); 0 prints the total and the facets only")
  int limit;

  @Option(names = "--mode", paramLabel = "MODE", description = "lexical (the query's terms), semantic (meaning: "
      + "nearest document vectors) or hybrid (both, fused); default hybrid, and lexical (the only one) with --solr")
  String mode;

  @Option(names = "--models", description = "folder of trained models, for the word vectors (default: models/)")
  Path models;

  @Option(names = "--lang", split = ",", paramLabel = "LANG",
      description = FilterValues.LANGS + ": the language of the documents wanted, whatever the query's")
  List<String> langs;

  @Option(names = "--genre", split = ",", paramLabel = "GENRE",
      description = "genre of the documents: " + FilterValues.GENRES)
  List<String> genres;

  @Option(names = "--area", split = ",", paramLabel = "LABEL",
      description = "cooperation area: " + FilterValues.AREAS)
  List<String> areas;

  @Option(names = "--official", paramLabel = "NAME", description = "official's name (or part of it)")
  List<String> officials;

  @Option(names = "--country", split = ",", paramLabel = "CC",
      description = "country of an official: " + FilterValues.COUNTRIES)
  List<String> countries;

  @Option(names = "--min-value", description = "documents with a figure of at least this value (a number, e.g. 1e9)")
  Double minValue;

  @Option(names = "--max-value", description = "documents with a figure of at most this value (a number)")
  Double maxValue;

  @Option(names = "--unit", split = ",", paramLabel = "U", description = "unit of that figure: " + FilterValues.UNITS)
  List<String> units;

  @Option(names = "--kind", split = ",", paramLabel = "KIND",
      description = "documents with a commitment of this kind: " + FilterValues.KINDS)
  List<String> kinds;

  @Option(names = "--facets", description = "count hits per area, official, person (every spelling of one person of the registry "
      + "of officials together), country, language, genre, year")
  boolean facets;

  @Option(names = "--facet-size", defaultValue = "20", paramLabel = "N",
      description = "values per facet at most (default: ${DEFAULT-VALUE})")
  int facetSize;

  @Option(names = "--from", paramLabel = "DATE", description = "documents dated on or after DATE (yyyy-mm-dd, "
      + "yyyy-mm or yyyy: its first day)")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "documents dated on or before DATE (yyyy-mm-dd, "
      + "yyyy-mm or yyyy: its last day)")
  String to;

  @Option(names = "--sort", defaultValue = "relevance", paramLabel = "ORDER",
      description = "relevance (default) or date (newest first; undated documents last)")
  String sort;

  @Option(names = "--bom", description = "start CSV with a UTF-8 byte order mark, so that Excel reads it as UTF-8")
  boolean bom;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "query words, \"phrases\", AND/OR/NOT, field:value")
  List<String> query;

  @Override
  public Integer call() {
    if ((index == null) == (solr == null)) {
      throw new ParameterException(spec.commandLine(), "give either --index DIR or --solr ZKHOSTS --collection NAME");
    }
    if (limit < 0) {
      throw new ParameterException(spec.commandLine(), "--limit must be 0 or more");
    }
    if (facetSize < 1) {
      throw new ParameterException(spec.commandLine(), "--facet-size must be 1 or more");
    }
    if (bom && format != Format.csv) {
      throw new ParameterException(spec.commandLine(), "--bom goes with --format csv");
    }
    if (solr != null && mode != null && !mode.equals("lexical")) {
      throw new ParameterException(spec.commandLine(), SolrSearch.TERMS_ONLY + ": --mode " + Quote.shorten(mode,
          Quote.MAX) + " needs a local --index");
    }
    if (mode == null) {
      mode = solr != null ? "lexical" : "hybrid";
    }
    if (!List.of("lexical", "semantic", "hybrid").contains(mode)) {
      throw new ParameterException(spec.commandLine(),
          "--mode must be lexical, semantic or hybrid: " + Quote.shorten(mode, Quote.MAX));
    }
    FilterValues check = new FilterValues(spec.commandLine());
    check.langs(langs);
    check.areas(areas);
    check.countries(countries);
    check.units(units);
    check.kinds(kinds);
    check.genres(genres);
    if (!sort.equals("relevance") && !sort.equals("date")) {
      throw new ParameterException(spec.commandLine(), "--sort must be relevance or date");
    }
    LocalDate fromDay = from == null ? null : DocumentDates.bound("--from", from, false);
    LocalDate toDay = to == null ? null : DocumentDates.bound("--to", to, true);
    String text = query == null ? "" : String.join(" ", query);
    // With no hits to show, the facets are what is left to print.
    SearchMode searchMode = SearchMode.valueOf(mode.toUpperCase(Locale.ROOT));
    PrintWriter err = spec.commandLine().getErr();
    SearchRequest request = new SearchRequest(text, limit, langs, areas, officials, countries, minValue, maxValue,
        units, kinds, facets || limit == 0, facetSize, searchMode).withDates(fromDay, toDay, sort.equals("date"))
        .withGenres(genres);
    SearchResult result;
    if (solr != null) {
      try (SolrSearch search = SolrSearch.open(SolrTarget.parse(solr, collection))) {
        result = search.search(request);
      }
    } else {
      // The word vectors are read only when the search ranks by meaning and the index has document vectors.
      try (IndexSearch search = IndexSearch.open(index, () -> searchMode == SearchMode.LEXICAL ? null
          : DocumentEmbedder.fromModels(ModelsDir.resolve(models)))) {
        result = search.search(request);
        if (request.facets()) {
          result = PeopleFacet.add(index, search, request, result);
        }
      }
    }
    if (result.notice() != null) {
      err.println("analyzer: " + result.notice());
    }
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> out.println(SearchOutput.json(result));
      case csv -> out.print((bom ? "\uFEFF" : "") + SearchOutput.csv(result, limit > 0));
      case table -> out.print(SearchOutput.table(result));
    }
    out.flush();
    return ExitCode.OK;
  }
}
