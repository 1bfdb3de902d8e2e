package org.diplomatic.analyzer.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongHeap;
import org.apache.lucene.util.LongValues;

/**
 * The matching documents counted per facet value, every dimension in one pass over their facet ordinals (Lucene's
 * sorted-set facet counts made one pass and the people facet of {@link FacetGroups} a second), and each dimension's
 * top values as Lucene's {@code getTopChildren} gives them: most documents first, ties in label order, only the
 * labels shown read. Needs the facet state of one reader.
 */
final class FacetCounts {
  private final SortedSetDocValuesReaderState state;
  /** Documents per ordinal of the reader's facet values. */
  private final int[] counts;

  private FacetCounts(SortedSetDocValuesReaderState state, int[] counts) {
    this.state = state;
    this.counts = counts;
  }

  static FacetCounts of(SortedSetDocValuesReaderState state, FacetsCollector matches) throws IOException {
    int[] counts = new int[(int) state.getSize()];
    OrdinalMap map = state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
        ? multi.mapping : null;
    // one array of segment counts for every segment, emptied as it is mapped (one per segment was about 90 KB of
    // the 1.6-2.1 MB a faceted search allocated at 100,000 documents, in 12 segments)
    int[] segment = new int[0];
    for (FacetsCollector.MatchingDocs m : matches.getMatchingDocs()) {
      if (m.totalHits == 0) {
        continue;
      }
      SortedSetDocValues values = DocValues.getSortedSet(m.context.reader(), state.getField());
      if (map == null) {
        count(m.bits.iterator(), values, counts);
      } else {
        // counted per segment ordinal, each mapped to the reader's once
        int size = (int) values.getValueCount();
        if (segment.length < size) {
          segment = new int[size];
        }
        count(m.bits.iterator(), values, segment);
        LongValues global = map.getGlobalOrds(m.context.ord);
        for (int ord = 0; ord < size; ord++) {
          if (segment[ord] != 0) {
            counts[(int) global.get(ord)] += segment[ord];
            segment[ord] = 0;
          }
        }
      }
    }
    return new FacetCounts(state, counts);
  }

  private static void count(DocIdSetIterator docs, SortedSetDocValues values, int[] counts) throws IOException {
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (values.advanceExact(doc)) {
        for (int i = values.docValueCount(); i > 0; i--) {
          counts[(int) values.nextOrd()]++;
        }
      }
    }
  }

  /** Documents per ordinal of the reader's facet values (read only). */
  int[] perOrdinal() {
    return counts;
  }

  /** The {@code size} values of {@code dim} with the most documents, most first, ties in label order. */
  Map<String, Integer> top(String dim, int size) throws IOException {
    Map<String, Integer> out = new LinkedHashMap<>();
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
    if (range == null) {
      return out; // dimension never indexed
    }
    // count in the high half, the complement of the ordinal in the low: the largest keys are the top values
    LongHeap best = new LongHeap(size);
    for (int ord = range.start; ord <= range.end; ord++) {
      if (counts[ord] > 0) {
        best.insertWithOverflow((long) counts[ord] << 32 | (Integer.MAX_VALUE - ord));
      }
    }
    long[] sorted = new long[best.size()];
    for (int i = sorted.length - 1; i >= 0; i--) {
      sorted[i] = best.pop();
    }
    SortedSetDocValues labels = state.getDocValues();
    for (long key : sorted) {
      String[] path = FacetsConfig.stringToPath(labels.lookupOrd(Integer.MAX_VALUE - (int) key).utf8ToString());
      out.put(path[path.length - 1], (int) (key >>> 32));
    }
    return out;
  }
}
