package org.diplomatic.analyzer.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Ranks by meaning, or by terms and meaning fused, for {@link IndexSearch}: the nearest document vectors (HNSW) above
 * a cosine floor, each re-scored with its best passage (read from the passage vectors the index keeps; an index made
 * before them re-analyzes the text of the first {@link #PASSAGE_CANDIDATES}), and the documents holding any word of
 * the query (BM25); what matches is either (for totals and facets), so at most {@link #CANDIDATES} documents (or the
 * hits asked for) match by meaning.
 */
final class MeaningRanking {
  /** Documents each ranking contributes before fusion (at least the hits asked for). */
  static final int CANDIDATES = 100;
  /**
   * Nearest documents whose best passage is compared with the query too (a topic may fill one paragraph only) when
   * the passages must be read from the stored text; with passage vectors every candidate is.
   */
  static final int PASSAGE_CANDIDATES = 20;
  /** Share of the best passage's similarity in a document's similarity (measured: 0.5 beat 0, 0.3 and 0.8). */
  static final double PASSAGE_WEIGHT = 0.5;
  /**
   * How far below the best document's score by meaning (cosine mixed with the best passage's, plus the areas' share)
   * a document still matches by meaning. Cosines of averaged word vectors crowd together (0.4-0.7 for most queries
   * over the corpus), so an absolute floor alone let every document match and totals and facets counted the whole
   * index (160 of 160 corpus documents for الاتصالات; now 54). Measured on corpus/relevance: 0.1 lost hybrid MAP
   * (0.517 -> 0.472), 0.2 kept it (0.513) with recall@10 up (0.587 -> 0.603), 0.3 counted nearly every document
   * again. Applied to the score after the passages and areas rather than to the document's cosine, since a document
   * about several subjects has a low cosine with a query about one of them however well one passage matches (tuning
   * half: hybrid MAP / recall@10 0.682 / 0.765 -> 0.710 / 0.801, concept queries 0.579 / 0.653 -> 0.603 / 0.678;
   * documents matched by meaning per query 43 -> 31 on average).
   */
  static final double MEANING_MARGIN = 0.2;
  /**
   * What a document gains by meaning when its cooperation areas (as indexed) are the query's: this times the weight
   * of the query's area that is the document's ({@link TextEmbedding#areas}).
   */
  static final double AREA_WEIGHT = 0.2;
  /**
   * Words from which a query is long: its areas count {@link #LONG_QUERY_AREA_FACTOR} times as much. A query that
   * describes a subject in several general words has a surer area than its words have documents (tuning half of
   * corpus/relevance, 23 concept queries, hybrid MAP / recall@10: 0.678 / 0.701 -> 0.696 / 0.713; the cross-lingual
   * queries, mostly of 1-3 words, unchanged; every query at 0.4 instead cost ar->fa recall@10 0.867 -> 0.859).
   */
  static final int LONG_QUERY_WORDS = 4;
  static final double LONG_QUERY_AREA_FACTOR = 2;
  /**
   * First documents of the fused ranking (terms and meaning, in a search by meaning too) whose vectors move the
   * query toward them before a second search by meaning (0: no feedback). The fused ranking's first hits are surer
   * than the first by meaning alone: they hold the query's words and are near it in meaning. Measured on the tuning
   * half of corpus/relevance (54 queries, hybrid MAP / recall@10): no feedback 0.718 / 0.772, the first 3 by meaning
   * (weight 0.5, before) 0.723 / 0.777, the first 3 fused 0.732 / 0.789, better on each third of the topics; concept
   * queries 0.631 / 0.667 -> 0.645 / 0.682.
   */
  static final int FEEDBACK_DOCS = 3;
  /** Weight of the feedback documents' mean vector beside the query's (with fused feedback 1 beat 0.5). */
  static final double FEEDBACK_WEIGHT = 1.0;

  /** How the area facet's labels begin in the facets' doc values. */
  private static final String AREA_FACET = "areas" + FacetsConfig.DELIM_CHAR;

  /**
   * The fused ranking of document numbers, the query of everything that matched, and for the documents ranked by
   * meaning the number of their best passage ({@link Passages#split}) when the index keeps passage vectors; the query
   * of the terms side and how many documents it matched ({@link MatchTotal}); every match of the terms side,
   * collected in the walk that found its best: in a hybrid search with facets for them ({@link MatchUnion}; else
   * null), otherwise as a set over the reader's documents (else null).
   */
  record Ranked(List<RankFusion.Fused<Integer>> fused, Query matched, Map<Integer, Integer> bestPassages, Query terms,
      TotalHits termsTotal, FacetsCollector termMatches, Bits termDocs) {}

  private final IndexSearcher searcher;
  private final TextEmbedding embedding;
  private final float floorCosine;
  private final double linearWeight;
  private final boolean passagesFromText;
  private final double areaWeight;
  private final int feedbackDocs;

  /**
   * {@code linearWeight} NaN fuses by reciprocal ranks instead of a linear mix; {@code passagesFromText} ignores the
   * index's passage vectors (the rescoring of indexes made before them, for comparison in {@code bench}).
   */
  MeaningRanking(IndexSearcher searcher, TextEmbedding embedding, float floorCosine, double linearWeight,
      boolean passagesFromText, double areaWeight, int feedbackDocs) {
    this.searcher = searcher;
    this.embedding = embedding;
    this.floorCosine = floorCosine;
    this.linearWeight = linearWeight;
    this.passagesFromText = passagesFromText;
    this.areaWeight = areaWeight;
    this.feedbackDocs = feedbackDocs;
  }

  /**
   * {@code allTerms} / {@code anyTerm}: the query's words joined by AND / by OR, with the filters; {@code filter}:
   * the documents the filters alone accept. The terms side is the documents holding every word, or any word when
   * none holds them all.
   */
  Ranked rank(SearchRequest request, float[] query, Query allTerms, Query anyTerm, VectorFilters.Accepted filter)
      throws IOException {
    int k = Math.max(request.limit(), CANDIDATES);
    double areas = isLong(request.query()) ? LONG_QUERY_AREA_FACTOR * areaWeight : areaWeight;
    Query terms = allTerms;
    boolean collect = request.facets() && request.mode() == SearchMode.HYBRID;
    TermSearch termSearch = searchTerms(allTerms, k, collect);
    if (termSearch.topDocs().scoreDocs.length == 0) {
      terms = anyTerm;
      termSearch = searchTerms(anyTerm, k, collect);
    }
    TopDocs termHits = termSearch.topDocs();
    List<RankFusion.Scored<Integer>> byTerms = scored(termHits.scoreDocs);
    Map<Integer, Integer> bestPassages = new HashMap<>();
    List<RankFusion.Scored<Integer>> byMeaning = byMeaning(query, k, filter, bestPassages, areas);
    if (feedbackDocs > 0) {
      // in a search by meaning too: only the query's vector moves, the ranking stays one by meaning
      List<Integer> first = fuse(byTerms, byMeaning).stream().limit(feedbackDocs).map(RankFusion.Fused::key)
          .toList();
      float[] expanded = withFeedback(query, first);
      if (expanded != null) {
        bestPassages.clear();
        byMeaning = byMeaning(expanded, k, filter, bestPassages, areas);
      }
    }
    // what matched by meaning is the nearest documents kept above: searching the graph again for every document
    // above the floor cost more than the ranking itself at 100,000 documents
    Query meaning = new DocNumbersQuery(byMeaning.stream().map(RankFusion.Scored::key).toList());
    if (request.mode() == SearchMode.SEMANTIC) {
      return new Ranked(RankFusion.meaningOnly(byTerms, byMeaning), meaning, bestPassages, terms, termHits.totalHits,
          null, termSearch.matchedDocs());
    }
    return new Ranked(fuse(byTerms, byMeaning), new BooleanQuery.Builder()
        .add(terms, BooleanClause.Occur.SHOULD).add(meaning, BooleanClause.Occur.SHOULD).build(), bestPassages, terms,
        termHits.totalHits, termSearch.facetsCollector(), termSearch.matchedDocs());
  }

  /** The best hits of the terms side with their exact count, and its every match (for facets, or as a set). */
  private record TermSearch(TopDocs topDocs, FacetsCollector facetsCollector, Bits matchedDocs) {}

  /**
   * The best {@code k} documents holding the terms with their exact count and, in the same walk, every match: with
   * {@code collect} for facets, else as a set ({@link MatchTotal} then needs no walk of its own).
   */
  private TermSearch searchTerms(Query terms, int k, boolean collect) throws IOException {
    if (collect) {
      FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(searcher, terms, k,
          new FacetsCollectorManager());
      return new TermSearch(r.topDocs(), r.facetsCollector(), null);
    }
    Object[] both = searcher.search(terms, new MultiCollectorManager(CountedHits.best(searcher, k),
        new MatchedDocs(searcher.getIndexReader().maxDoc())));
    return new TermSearch((TopDocs) both[0], null, (Bits) both[1]);
  }

  private List<RankFusion.Fused<Integer>> fuse(List<RankFusion.Scored<Integer>> byTerms,
      List<RankFusion.Scored<Integer>> byMeaning) {
    return Double.isNaN(linearWeight)
        ? RankFusion.reciprocalRank(byTerms, byMeaning, RankFusion.RRF_K)
        : RankFusion.linear(byTerms, byMeaning, linearWeight);
  }

  /** The nearest documents above the floor, scored with their passages and areas, best first. */
  private List<RankFusion.Scored<Integer>> byMeaning(float[] query, int k, VectorFilters.Accepted filter,
      Map<Integer, Integer> bestPassages, double areas) throws IOException {
    ScoreDoc[] nearest = searcher.search(new NearestVectorsQuery(query, k, filter), k).scoreDocs;
    // Lucene scores a dot product d as (1 + d) / 2
    float floor = (1 + floorCosine) / 2;
    List<RankFusion.Scored<Integer>> rescored =
        withPassages(scored(nearest).stream().filter(s -> s.score() >= floor).toList(), query, bestPassages,
            areas);
    double least = rescored.isEmpty() ? 0 : rescored.get(0).score() - MEANING_MARGIN;
    List<RankFusion.Scored<Integer>> kept = rescored.stream().filter(s -> s.score() >= least).toList();
    bestPassages.keySet().retainAll(kept.stream().map(RankFusion.Scored::key).collect(Collectors.toSet()));
    return kept;
  }

  /**
   * The query moved toward the documents {@code first} (Rocchio's pseudo-relevance feedback: query +
   * {@link #FEEDBACK_WEIGHT} x the mean of {@link #FEEDBACK_DOCS} vectors, unit length), or null when none has one.
   */
  private float[] withFeedback(float[] query, List<Integer> first) throws IOException {
    float[] sum = query.clone();
    int used = 0;
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int doc : first) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
      if (values != null && values.advance(doc - leaf.docBase) == doc - leaf.docBase) {
        float[] v = values.vectorValue();
        for (int i = 0; i < sum.length; i++) {
          sum[i] += (float) (FEEDBACK_WEIGHT / feedbackDocs) * v[i];
        }
        used++;
      }
    }
    if (used == 0) {
      return null;
    }
    double norm = 0;
    for (float x : sum) {
      norm += x * x;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < sum.length; i++) {
      sum[i] *= scale;
    }
    return sum;
  }

  /**
   * The nearest documents again, each scored by its cosine mixed with its best passage's, plus its areas' share,
   * best first; scores are cosines from here on. The best passage of each is put in {@code bestPassages} when read
   * from passage vectors.
   */
  private List<RankFusion.Scored<Integer>> withPassages(List<RankFusion.Scored<Integer>> nearest, float[] query,
      Map<Integer, Integer> bestPassages, double areas) throws IOException {
    Map<String, Double> queryAreas = areas == 0 ? Map.of() : embedding.areas(query);
    Map<Integer, Double> areaShare = new HashMap<>();
    Map<Integer, Double> passage = readDocValues(nearest, query, queryAreas, bestPassages, areaShare);
    List<RankFusion.Scored<Integer>> out = new ArrayList<>(nearest.size());
    for (int i = 0; i < nearest.size(); i++) {
      RankFusion.Scored<Integer> s = nearest.get(i);
      double cosine = 2 * s.score() - 1;
      Double best = passage.get(s.key());
      if (best == null && i < PASSAGE_CANDIDATES) {
        String text = DocumentMapper.payload(searcher.storedFields().document(s.key()).getField(Fields.PAYLOAD))
            .text();
        best = Passages.bestSimilarity(text, query, embedding);
      }
      if (best != null) {
        cosine = (1 - PASSAGE_WEIGHT) * cosine + PASSAGE_WEIGHT * best;
      }
      cosine += areas * areaShare.getOrDefault(s.key(), 0.0);
      out.add(new RankFusion.Scored<>(s.key(), cosine));
    }
    out.sort(Comparator.comparingDouble((RankFusion.Scored<Integer> x) -> x.score()).reversed());
    return out;
  }

  /**
   * Document -> its best passage's similarity, for the documents whose passage vectors the index keeps (none when
   * {@code passagesFromText}); and into {@code areaShare} the largest weight in {@code queryAreas} of a document's
   * areas, read from the area facet's doc values.
   */
  private Map<Integer, Double> readDocValues(List<RankFusion.Scored<Integer>> docs, float[] query,
      Map<String, Double> queryAreas, Map<Integer, Integer> bestPassages, Map<Integer, Double> areaShare)
      throws IOException {
    int[] sorted = docs.stream().mapToInt(RankFusion.Scored::key).sorted().toArray();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Map<Integer, Double> out = new HashMap<>();
    int leaf = -1;
    BinaryDocValues values = null;
    SortedSetDocValues facets = null;
    Map<Long, Double> areaOrds = Map.of();
    for (int doc : sorted) {
      int at = ReaderUtil.subIndex(doc, leaves);
      if (at != leaf) {
        // doc values are read forwards, one segment after another
        leaf = at;
        values = passagesFromText ? null : leaves.get(at).reader().getBinaryDocValues(Fields.PASSAGES);
        facets = queryAreas.isEmpty() ? null
            : leaves.get(at).reader().getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        areaOrds = facets == null ? Map.of() : areaOrds(facets, queryAreas);
      }
      int local = doc - leaves.get(at).docBase;
      if (facets != null && facets.advanceExact(local)) {
        areaShare.put(doc, areaShare(facets, areaOrds));
      }
      if (values != null && values.advanceExact(local)) {
        BytesRef packed = values.binaryValue();
        PassageVectors.Best best = PassageVectors.best(packed.bytes, packed.offset, packed.length, query);
        if (best.passage() >= 0) {
          out.put(doc, best.similarity());
          bestPassages.put(doc, best.passage());
        }
      }
    }
    return out;
  }

  /**
   * The segment's facet ordinals of the query's areas with their weights: a document's labels are then compared as
   * numbers (looking up each label's text was a fifth of a hybrid search's time).
   */
  private static Map<Long, Double> areaOrds(SortedSetDocValues facets, Map<String, Double> queryAreas)
      throws IOException {
    Map<Long, Double> out = new HashMap<>();
    for (Map.Entry<String, Double> area : queryAreas.entrySet()) {
      long ord = facets.lookupTerm(new BytesRef(AREA_FACET + area.getKey()));
      if (ord >= 0) {
        out.put(ord, area.getValue());
      }
    }
    return out;
  }

  /** The largest query weight among a document's facet ordinals ({@link #areaOrds}). */
  private static double areaShare(SortedSetDocValues facets, Map<Long, Double> areaOrds) throws IOException {
    double share = 0;
    for (int i = 0; i < facets.docValueCount(); i++) {
      share = Math.max(share, areaOrds.getOrDefault(facets.nextOrd(), 0.0));
    }
    return share;
  }

  /** Whether {@code query} has at least {@link #LONG_QUERY_WORDS} words (separated by white space). */
  static boolean isLong(String query) {
    return query != null && !query.isBlank() && query.strip().split("\\s+").length >= LONG_QUERY_WORDS;
  }

  private static List<RankFusion.Scored<Integer>> scored(ScoreDoc[] docs) {
    List<RankFusion.Scored<Integer>> out = new ArrayList<>(docs.length);
    for (ScoreDoc sd : docs) {
      out.add(new RankFusion.Scored<>(sd.doc, sd.score));
    }
    return out;
  }
}
