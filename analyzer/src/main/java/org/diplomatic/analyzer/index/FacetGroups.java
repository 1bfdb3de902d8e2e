package org.diplomatic.analyzer.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;

/**
 * A facet of groups of another facet's values (the people of the officials registry, each person's spellings one
 * group): the matching documents are counted per group straight from the values' ordinals, which this reader maps
 * to their groups once, so no request reads a value's label (at 100,000 documents the officials facet has tens of
 * thousands). A document counts once for each of its values in a group, as the sum of the values' counts would.
 * Needs the facet state of one reader; produces the facet {@code labels} makes of the counts.
 */
public final class FacetGroups {
  private final String dimension;
  private final String of;
  private final ToIntFunction<String> group;
  private final BiFunction<int[], Integer, Map<String, Integer>> labels;
  private volatile Ordinals ordinals;

  /** Which group each ordinal of the values of {@code of} belongs to (-1: none), for one reader's facet state. */
  private record Ordinals(SortedSetDocValuesReaderState state, int start, int[] groups, int count) {}

  /**
   * {@code dimension}: the name of the new facet; {@code of}: the facet whose values are grouped; {@code group}: a
   * value's group, 0 or more, or -1 for none; {@code labels}: the facet of the counts per group, at most the size
   * given.
   */
  public FacetGroups(String dimension, String of, ToIntFunction<String> group,
      BiFunction<int[], Integer, Map<String, Integer>> labels) {
    this.dimension = dimension;
    this.of = of;
    this.group = group;
    this.labels = labels;
  }

  String dimension() {
    return dimension;
  }

  /** The facet of the documents {@code matches} collected, at most {@code size} values. */
  Map<String, Integer> facet(SortedSetDocValuesReaderState state, FacetsCollector matches, int size)
      throws IOException {
    return labels.apply(count(state, matches), size);
  }

  private int[] count(SortedSetDocValuesReaderState state, FacetsCollector matches) throws IOException {
    Ordinals o = ordinals(state);
    int[] counts = new int[o.count()];
    if (counts.length == 0) {
      return counts;
    }
    SortedSetDocValues all = state.getDocValues();
    OrdinalMap map = all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    int end = o.start() + o.groups().length;
    for (FacetsCollector.MatchingDocs m : matches.getMatchingDocs()) {
      if (m.totalHits == 0) {
        continue;
      }
      SortedSetDocValues values = DocValues.getSortedSet(m.context.reader(), state.getField());
      LongValues global = map == null ? LongValues.IDENTITY : map.getGlobalOrds(m.context.ord);
      DocIdSetIterator docs = m.bits.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (!values.advanceExact(doc)) {
          continue;
        }
        for (int i = values.docValueCount(); i > 0; i--) {
          long ord = global.get(values.nextOrd());
          if (ord >= o.start() && ord < end) {
            int g = o.groups()[(int) (ord - o.start())];
            if (g >= 0) {
              counts[g]++;
            }
          }
        }
      }
    }
    return counts;
  }

  private Ordinals ordinals(SortedSetDocValuesReaderState state) throws IOException {
    Ordinals o = ordinals;
    if (o != null && o.state() == state) {
      return o;
    }
    synchronized (this) {
      if (ordinals == null || ordinals.state() != state) {
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(of);
        int[] groups = new int[range == null ? 0 : range.end - range.start + 1];
        SortedSetDocValues values = state.getDocValues();
        int prefix = of.length() + 1; // a value's label is its dimension, a separator, the value
        for (int i = 0; i < groups.length; i++) {
          BytesRef label = values.lookupOrd(range.start + i);
          groups[i] = group.applyAsInt(label.utf8ToString().substring(prefix));
        }
        ordinals = new Ordinals(state, range == null ? 0 : range.start, groups,
            1 + Arrays.stream(groups).max().orElse(-1));
      }
      return ordinals;
    }
  }
}
