package org.diplomatic.analyzer.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * A facet of groups of another facet's values (the people of the officials registry, each person's spellings one
 * group): each group sums the counts of its values' ordinals ({@link FacetCounts}), which this reader maps to their
 * groups once, so no request reads a value's label (at 100,000 documents the officials facet has tens of thousands)
 * nor walks the matches again. A document counts once for each of its values in a group, as the sum of the values'
 * counts would. Needs the facet state of one reader; produces the facet {@code labels} makes of the counts.
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

  /** The facet of the documents {@code counts} counted, at most {@code size} values. */
  Map<String, Integer> facet(SortedSetDocValuesReaderState state, FacetCounts counts, int size) throws IOException {
    return labels.apply(count(state, counts.perOrdinal()), size);
  }

  /** Each group's count: the sum of its values' counts, read from the counts per ordinal. */
  private int[] count(SortedSetDocValuesReaderState state, int[] perOrdinal) throws IOException {
    Ordinals o = ordinals(state);
    int[] counts = new int[o.count()];
    for (int i = 0; i < o.groups().length; i++) {
      int g = o.groups()[i];
      if (g >= 0) {
        counts[g] += perOrdinal[o.start() + i];
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
