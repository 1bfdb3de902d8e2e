package org.diplomatic.analyzer.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches an index written by {@link DocumentIndexer}: free text over the light-stemmed and the exact fields
 * (phrases, boolean operators and field prefixes such as {@code area:energy} work), filters, figure filters through
 * block join on figure children, facet counts, and snippets with matches in [brackets]. With a {@link TextEmbedding}
 * and an index whose documents have vectors it also ranks by meaning (nearest document vectors, HNSW) or by both,
 * fused by {@link RankFusion}; each hit says whether terms, meaning or both found it. Loads no NLP model.
 */
public final class IndexSearch implements Closeable {
  /** Newest document date first; undated documents last, then by relevance. */
  private static final Sort NEWEST_FIRST = newestFirst();

  static final int SNIPPET_CHARS = 200;
  /** A hit reads its payload alone (the id and source stored beside it are in the payload too). */
  private static final Set<String> PAYLOAD_ONLY = Set.of(Fields.PAYLOAD);
  /** Share of meaning in the hybrid linear mix (measured on corpus/relevance: 0.7 beat 0.3, 0.5 and RRF). */
  public static final double LINEAR_WEIGHT = 0.7;
  /**
   * The least cosine similarity at which a document matches by meaning: below it a document is no hit, counts in
   * no total and no facet (measured on corpus/relevance by {@code evaluate --search-only}).
   */
  public static final float MEANING_FLOOR = 0.1f;
  /** What a document gains by meaning when its areas are the query's ({@link MeaningRanking#AREA_WEIGHT}). */
  public static final double AREA_WEIGHT = MeaningRanking.AREA_WEIGHT;
  /** Documents found by meaning that move the query toward them ({@link MeaningRanking#FEEDBACK_DOCS}). */
  public static final int FEEDBACK_DOCS = MeaningRanking.FEEDBACK_DOCS;
  /**
   * Weight of the query's subject words ({@link TextEmbedding#subjectWords}) on the terms side when no document holds
   * all the query's words (a query word's is 1): a document scores the best of them, plus {@link #SUBJECT_WORDS_TIE}
   * times the others (a disjunction-max), so a subject of many words does not outweigh the query's own. Measured on
   * the tuning half of corpus/relevance (hybrid MAP / recall@10, concept queries; models/semantic/README.md): none
   * 0.696 / 0.713, each word summed at 0.3 0.744 / 0.761 but fa->ar recall@10 0.937 -> 0.907; the best one at 0.6
   * 0.746 / 0.761 with fa->ar 0.931, at 1.0 0.762 / 0.779 with ar->fa lower.
   */
  public static final float SUBJECT_WORDS_WEIGHT = 0.6f;
  /** Share of the subject words after the best one in a document's score ({@link #SUBJECT_WORDS_WEIGHT}). */
  static final float SUBJECT_WORDS_TIE = 0.2f;

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  /** The reader's fields, merged once: the highlighter of each search asked for them again. */
  private final FieldInfos fieldInfos;
  private final Analyzer analyzer = Fields.analyzer();
  private final QueryBitSetProducer parents =
      new QueryBitSetProducer(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC)));

  private final TextEmbedding embedding;
  /** Why this index cannot be searched by meaning, or null when it can. */
  private final String semanticOff;
  /** Whether documents carry a document date (indexes made before dates do not). */
  private final boolean hasDates;
  private float meaningFloor = MEANING_FLOOR;
  private double linearWeight = LINEAR_WEIGHT;
  private boolean passagesFromText;
  private double areaWeight = AREA_WEIGHT;
  private boolean translateTerms = true;
  private int feedbackDocs = FEEDBACK_DOCS;
  private float subjectWordsWeight = SUBJECT_WORDS_WEIGHT;
  private volatile Optional<SortedSetDocValuesReaderState> facetState;
  /** The documents each recent filter lets a search by meaning return (this reader's). */
  private final VectorFilters vectorFilters;

  private IndexSearch(DirectoryReader reader, Supplier<TextEmbedding> embedding) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.vectorFilters = new VectorFilters(searcher);
    FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
    this.fieldInfos = fields;
    this.hasDates = reader.maxDoc() == 0 || fields.fieldInfo(Fields.DATE) != null;
    FieldInfo field = fields.fieldInfo(Fields.VECTOR);
    boolean hasVectors = field != null && field.getVectorDimension() > 0;
    // An index without vectors never needs the word vectors: a search on it starts as fast as before.
    this.embedding = hasVectors ? embedding.get() : null;
    this.semanticOff = !hasVectors
        ? "semantic search is off: this index has no document vectors (made without word vectors, or before them; "
            + "index again into a new folder to search by meaning); matching terms only"
        : semanticOff(field, this.embedding);
  }

  private static String semanticOff(FieldInfo field, TextEmbedding embedding) {
    if (embedding == null) {
      return "semantic search is off: no word vectors to read the query with (models/embeddings/vectors.bin); "
          + "matching terms only";
    }
    if (field.getVectorDimension() != embedding.dimension()) {
      return "semantic search is off: the index's vectors have " + field.getVectorDimension()
          + " dimensions, the word vectors " + embedding.dimension() + " (index again); matching terms only";
    }
    return null;
  }

  /** Fuses hybrid rankings by a linear mix with this weight of meaning; NaN: by reciprocal ranks (evaluation). */
  public void fuseLinearly(double weight) {
    this.linearWeight = weight;
  }

  /** Sets the least cosine similarity of a match by meaning (evaluation; {@link #MEANING_FLOOR} otherwise). */
  public void meaningFloor(float cosine) {
    this.meaningFloor = cosine;
  }

  /**
   * Ranks passages by re-analyzing the stored text, as before the index kept passage vectors ({@code bench} compares
   * the two in one run).
   */
  public void passagesFromText(boolean fromText) {
    this.passagesFromText = fromText;
  }

  /** Sets what a document gains by meaning when its areas are the query's (evaluation; 0: nothing). */
  public void areaWeight(double weight) {
    this.areaWeight = weight;
  }

  /**
   * Whether the terms side of a ranking by meaning also looks for the translations of the query's words when no
   * document holds them all (evaluation; on otherwise).
   */
  public void translateTerms(boolean on) {
    this.translateTerms = on;
  }

  /** Sets how many documents found by meaning move the query toward them before a second search (evaluation). */
  public void feedbackDocs(int docs) {
    this.feedbackDocs = docs;
  }

  /** Sets the weight of the query's subject words on the terms side (evaluation; 0: none). */
  public void subjectWordsWeight(float weight) {
    this.subjectWordsWeight = weight;
  }

  /** Whether {@link SearchMode#SEMANTIC} and {@link SearchMode#HYBRID} rank by meaning here. */
  public boolean semantic() {
    return semanticOff == null;
  }

  /**
   * Whether hits' snippets are marked from the offsets the body's postings keep; an index made before them (or
   * added to since) analyzes each hit's text again, which costs a search several times more CPU.
   */
  public boolean snippetsFromOffsets() {
    return DocumentMapper.keepsOffsets(fieldInfos.fieldInfo(Fields.BODY));
  }

  /** The open reader, for other read-only views of the same index ({@link Concordance}). */
  DirectoryReader reader() {
    return reader;
  }

  /** Opens the index at {@code dir}; a missing, corrupt or foreign index is an error naming the folder. */
  public static IndexSearch open(Path dir) {
    return open(dir, (TextEmbedding) null);
  }

  /** As {@link #open(Path)}, searching by meaning with {@code embedding} when the index has vectors (null: never). */
  public static IndexSearch open(Path dir, TextEmbedding embedding) {
    return open(dir, () -> embedding);
  }

  /** As {@link #open(Path, TextEmbedding)}; the embedding is asked for only when the index has vectors. */
  public static IndexSearch open(Path dir, Supplier<TextEmbedding> embedding) {
    try {
      if (!Files.isDirectory(dir) || !DirectoryReader.indexExists(FSDirectory.open(dir))) {
        String message = "no index at " + dir + " (run 'analyzer index' first)";
        throw new UncheckedIOException(message, new IOException(message));
      }
      return new IndexSearch(DirectoryReader.open(FSDirectory.open(dir)), embedding);
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      throw new UncheckedIOException("index at " + dir + " is corrupt or not ours (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index at " + dir + " (" + e.getMessage() + ")", e);
    }
  }

  public SearchResult search(SearchRequest request) {
    return search(request, null);
  }

  /** As {@link #search(SearchRequest)}; with facets, also the facet of {@code groups} (null: none). */
  public SearchResult search(SearchRequest request, FacetGroups groups) {
    if (request.usesDates() && !hasDates) {
      throw new IllegalArgumentException("this index has no document dates: re-index to use --from, --to or "
          + "--sort date");
    }
    try {
      Query textQuery = textQuery(request.query());
      Query lexical = withFilters(textQuery, request);
      boolean blank = textQuery instanceof MatchAllDocsQuery;
      float[] queryVector = request.mode() == SearchMode.LEXICAL || blank || !semantic()
          ? null : embedding.embedQuery(request.query());
      String notice = request.mode() == SearchMode.LEXICAL || blank ? null
          : !semantic() ? semanticOff
          : queryVector == null ? "no word of the query has a vector; matching terms only" : null;
      if (queryVector == null) {
        return lexical(request, textQuery, lexical, notice, groups);
      }
      Query anyText = withTranslations(textQuery(analyzer, request.query(), QueryParser.Operator.OR), request.query());
      MeaningRanking.Ranked ranked =
          new MeaningRanking(searcher, embedding, meaningFloor, linearWeight, passagesFromText, areaWeight,
              feedbackDocs)
          .rank(request, queryVector, lexical, withFilters(anyText, request),
              vectorFilters.accepted(withFilters(new MatchAllDocsQuery(), request)));
      List<RankFusion.Fused<Integer>> fused = ranked.fused();
      Query matched = ranked.matched();
      FacetsCollector matches = !request.facets() ? null
          : ranked.termMatches() != null ? MatchUnion.of(reader, ranked.termMatches(), MatchUnion.byMeaning(fused))
          : searcher.search(matched, new FacetsCollectorManager());
      long total = matches == null ? MatchTotal.of(searcher, request.mode(), ranked) : total(matches);
      List<SearchResult.Hit> hits = new ArrayList<>();
      HitHighlighter highlighter = highlighter();
      StoredFields stored = searcher.storedFields();
      if (request.sortByDate() && request.limit() > 0) {
        // Every matched document in date order; the fusion still says what matched each one.
        Map<Integer, RankFusion.Fused<Integer>> byDoc = new java.util.HashMap<>();
        fused.forEach(f -> byDoc.put(f.key(), f));
        for (ScoreDoc sd : searcher.search(matched, request.limit(), NEWEST_FIRST, true).scoreDocs) {
          RankFusion.Fused<Integer> f = byDoc.get(sd.doc);
          hits.add(hit(sd.doc, f == null ? sd.score : f.score(), f == null ? SearchResult.Match.TERMS : match(f),
              anyText, highlighter, stored, request, queryVector, ranked.bestPassages().get(sd.doc)));
        }
      }
      for (int i = 0; !request.sortByDate() && i < Math.min(request.limit(), fused.size()); i++) {
        RankFusion.Fused<Integer> f = fused.get(i);
        hits.add(hit(f.key(), f.score(), match(f), anyText, highlighter, stored, request, queryVector,
            ranked.bestPassages().get(f.key())));
      }
      Map<String, Map<String, Integer>> facets =
          matches != null ? facets(matches, Math.max(1, request.facetSize()), groups) : Map.of();
      return new SearchResult(request.query() == null ? "" : request.query(), total, hits, facets, null);
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  private static SearchResult.Match match(RankFusion.Fused<Integer> f) {
    return f.terms() && f.meaning() ? SearchResult.Match.BOTH
        : f.terms() ? SearchResult.Match.TERMS : SearchResult.Match.MEANING;
  }

  private SearchResult lexical(SearchRequest request, Query textQuery, Query query, String notice,
      FacetGroups groups) throws IOException {
    FacetsCollector matches = null;
    TopDocs top = null;
    if (request.facets() && request.limit() > 0) {
      // one pass over the matches collects them for the facets and keeps the best
      FacetsCollectorManager.FacetsResult both = request.sortByDate()
          ? FacetsCollectorManager.search(searcher, query, request.limit(), NEWEST_FIRST, true,
              new FacetsCollectorManager())
          : FacetsCollectorManager.search(searcher, query, request.limit(), new FacetsCollectorManager());
      matches = both.facetsCollector();
      top = both.topDocs();
    } else if (request.facets()) {
      matches = searcher.search(query, new FacetsCollectorManager());
    } else if (request.limit() > 0) {
      top = request.sortByDate()
          ? CountedHits.sorted(searcher, query, request.limit(), NEWEST_FIRST)
          : CountedHits.best(searcher, query, request.limit());
    }
    long total = matches != null ? total(matches)
        // the best hits come with their exact count
        : top != null && top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value
        : searcher.count(query);
    List<SearchResult.Hit> hits = new ArrayList<>();
    if (top != null) {
      HitHighlighter highlighter = highlighter();
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        hits.add(hit(sd.doc, sd.score, SearchResult.Match.TERMS, textQuery, highlighter, stored, request, null,
            null));
      }
    }
    Map<String, Map<String, Integer>> facets =
        matches != null ? facets(matches, Math.max(1, request.facetSize()), groups) : Map.of();
    return new SearchResult(request.query() == null ? "" : request.query(), total, hits, facets, notice);
  }

  private HitHighlighter highlighter() {
    return new HitHighlighter(searcher, analyzer, fieldInfos);
  }

  private Query textQuery(String text) {
    return textQuery(analyzer, text, QueryParser.Operator.AND);
  }

  static Query textQuery(Analyzer analyzer, String text, QueryParser.Operator operator) {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(
        new String[] {Fields.BODY, Fields.EXACT}, analyzer, Fields.TEXT_BOOSTS);
    parser.setDefaultOperator(operator);
    try {
      return parser.parse(text);
    } catch (StackOverflowError e) {
      // The parser recurses once per opening parenthesis.
      throw new IllegalArgumentException("bad query " + Quote.of(text) + ": nested too deeply");
    } catch (ParseException e) {
      // Lucene's message repeats the whole query; its cause says what is wrong and where.
      String why = e.getCause() instanceof IndexSearcher.TooManyClauses
          ? "more than " + IndexSearcher.getMaxClauseCount() + " terms"
          : e.getCause() == null ? "" : e.getCause().getMessage();
      throw new IllegalArgumentException("bad query " + Quote.of(text) + ": "
          + Quote.shorten(why == null ? "" : why.lines().findFirst().orElse("").strip(), 120));
    }
  }

  /**
   * {@code any} or, unless turned off, any of the translations of the query's words too, and their subject words
   * at {@link #SUBJECT_WORDS_WEIGHT}.
   */
  private Query withTranslations(Query any, String query) {
    List<String> translations = translateTerms ? embedding.translations(query) : List.of();
    List<String> subjects = subjectWordsWeight > 0 ? embedding.subjectWords(query) : List.of();
    if (translations.isEmpty() && subjects.isEmpty()) {
      return any;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(any, BooleanClause.Occur.SHOULD);
    translations.forEach(t -> b.add(new TermQuery(new Term(Fields.BODY, t)), BooleanClause.Occur.SHOULD));
    if (!subjects.isEmpty()) {
      b.add(new BoostQuery(new DisjunctionMaxQuery(subjects.stream()
          .map(t -> (Query) new TermQuery(new Term(Fields.BODY, t))).toList(), SUBJECT_WORDS_TIE), subjectWordsWeight),
          BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  private Query withFilters(Query text, SearchRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC)), BooleanClause.Occur.FILTER);
    filter(b, Fields.LANG, r.langs());
    filter(b, Fields.GENRE, r.genres());
    filter(b, Fields.AREA, r.areas());
    filter(b, Fields.COUNTRY, r.countries());
    if (r.from() != null || r.to() != null) {
      long lo = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
      long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(Fields.DATE, lo, hi), BooleanClause.Occur.FILTER);
    }
    anyOf(b, r.officials().stream().map(name -> phrase(Fields.OFFICIAL_FOLDED, name)).toList());
    if (r.filtersFigures()) {
      BooleanQuery.Builder child = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_FIGURE)), BooleanClause.Occur.FILTER);
      if (r.minValue() != null || r.maxValue() != null) {
        double lo = r.minValue() == null ? Double.NEGATIVE_INFINITY : r.minValue();
        double hi = r.maxValue() == null ? Double.POSITIVE_INFINITY : r.maxValue();
        child.add(DoublePoint.newRangeQuery(Fields.FIGURE_VALUE, lo, hi), BooleanClause.Occur.FILTER);
      }
      filter(child, Fields.FIGURE_UNIT, r.units());
      b.add(new ToParentBlockJoinQuery(child.build(), parents, ScoreMode.None), BooleanClause.Occur.FILTER);
    }
    if (!r.commitmentKinds().isEmpty()) {
      BooleanQuery.Builder child = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_COMMITMENT)), BooleanClause.Occur.FILTER);
      filter(child, Fields.COMMITMENT_KIND, r.commitmentKinds());
      b.add(new ToParentBlockJoinQuery(child.build(), parents, ScoreMode.None), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** Documents with any of {@code values} in {@code field}. */
  private static void filter(BooleanQuery.Builder b, String field, List<String> values) {
    anyOf(b, values.stream().<Query>map(v -> new TermQuery(new Term(field, v))).toList());
  }

  private static void anyOf(BooleanQuery.Builder b, List<Query> alternatives) {
    if (alternatives.size() == 1) {
      b.add(alternatives.get(0), BooleanClause.Occur.FILTER);
    } else if (!alternatives.isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      alternatives.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
      b.add(any.build(), BooleanClause.Occur.FILTER);
    }
  }

  private Query phrase(String field, String text) {
    QueryParser p = new QueryParser(field, analyzer);
    try {
      return p.parse("\"" + QueryParser.escape(text) + "\"");
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad name " + Quote.of(text));
    }
  }

  private SearchResult.Hit hit(int doc, double score, SearchResult.Match match, Query textQuery,
      HitHighlighter highlighter, StoredFields stored, SearchRequest r, float[] queryVector, Integer bestPassage)
      throws IOException {
    IndexedDocument d = DocumentMapper.hitPayload(stored.document(doc, PAYLOAD_ONLY).getField(Fields.PAYLOAD));
    String snippet = null;
    if (match == SearchResult.Match.MEANING) {
      List<String> passages = bestPassage == null ? List.of() : Passages.split(d.text());
      snippet = bestPassage != null && bestPassage < passages.size() ? passages.get(bestPassage)
          : Passages.closest(d.text(), queryVector, embedding);
    } else if (!(textQuery instanceof MatchAllDocsQuery)) {
      snippet = highlighter.best(textQuery, doc, d.text());
    }
    if (snippet == null || snippet.isBlank()) {
      snippet = d.text().length() <= SNIPPET_CHARS ? d.text() : d.text().substring(0, SNIPPET_CHARS) + " …";
    }
    snippet = window(snippet.replace('\n', ' ').strip());
    List<IndexedDocument.Figure> figures = d.figures().stream().filter(f -> matches(f, r)).toList();
    return new SearchResult.Hit(d.id(), d.source(), score, d.lang(), snippet,
        d.officials().stream().map(IndexedDocument.Official::name).distinct().toList(), d.areas(), figures, match,
        d.date());
  }

  /** Cuts a long passage (minutes lines have no full stops) to a window around its first match, on word edges. */
  static String window(String passage) {
    if (passage.length() <= SNIPPET_CHARS + 40) {
      return passage;
    }
    int mark = Math.max(0, passage.indexOf('['));
    int from = Math.max(0, mark - SNIPPET_CHARS / 3);
    int to = Math.min(passage.length(), from + SNIPPET_CHARS);
    while (from > 0 && !Character.isWhitespace(passage.charAt(from - 1))) {
      from--;
    }
    while (to < passage.length() && !Character.isWhitespace(passage.charAt(to))) {
      to++;
    }
    return (from > 0 ? "… " : "") + passage.substring(from, to).strip() + (to < passage.length() ? " …" : "");
  }

  static boolean matches(IndexedDocument.Figure f, SearchRequest r) {
    if (!r.filtersFigures()) {
      return true;
    }
    Double m = f.magnitude();
    boolean unitOk = r.units().isEmpty() || r.units().contains(f.unit() == null ? "none" : f.unit());
    boolean minOk = r.minValue() == null || (m != null && m >= r.minValue());
    boolean maxOk = r.maxValue() == null || (m != null && m <= r.maxValue());
    return unitOk && minOk && maxOk;
  }

  /** How many documents {@code matches} collected: what {@code count} gives for the same query. */
  private static long total(FacetsCollector matches) {
    long total = 0;
    for (FacetsCollector.MatchingDocs m : matches.getMatchingDocs()) {
      total += m.totalHits;
    }
    return total;
  }

  private Map<String, Map<String, Integer>> facets(FacetsCollector fc, int size, FacetGroups groups)
      throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    if (reader.maxDoc() == 0) {
      return out;
    }
    SortedSetDocValuesReaderState state = facetState();
    if (state == null) {
      return out; // no facet field indexed yet
    }
    FacetCounts counts = FacetCounts.of(state, fc);
    for (String dim : Fields.FACETS) {
      out.put(dim, counts.top(dim, size));
    }
    if (groups != null) {
      out.put(groups.dimension(), groups.facet(state, counts, size));
    }
    return out;
  }

  /**
   * The facet ordinals of this reader, built on the first faceted search and kept (Lucene's advice: building them
   * reads every label of every segment, which each faceted search did before); null when no facet field is indexed
   * yet.
   */
  private SortedSetDocValuesReaderState facetState() throws IOException {
    if (facetState == null) {
      synchronized (this) {
        if (facetState == null) {
          try {
            facetState = Optional.of(new DefaultSortedSetDocValuesReaderState(reader, Fields.facetsConfig()));
          } catch (IllegalArgumentException e) {
            facetState = Optional.empty();
          }
        }
      }
    }
    return facetState.orElse(null);
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Sort newestFirst() {
    SortField date = new SortField(Fields.DATE, SortField.Type.LONG, true);
    date.setMissingValue(Long.MIN_VALUE);
    return new Sort(date, SortField.FIELD_SCORE);
  }
}
