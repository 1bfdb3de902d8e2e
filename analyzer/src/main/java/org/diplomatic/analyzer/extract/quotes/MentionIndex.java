package org.diplomatic.analyzer.extract.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatic.analyzer.extract.officials.MatchFold;
import org.diplomatic.analyzer.extract.officials.NameTokenizer;
import org.diplomatic.analyzer.extract.officials.Official;
import org.diplomatic.analyzer.text.Span;
import org.diplomatic.analyzer.text.Token;

/**
 * The officials' name mentions of one document sorted by offset, for window and "last before" look-ups in
 * logarithmic time (a huge text has many quotes and many mentions; comparing every pair took minutes).
 */
final class MentionIndex {
  private record Mention(Span span, Official official) {}

  private static final Official NO_ONE = new Official("", null, null, null, List.of());

  private final Mention[] byStart;
  /** Each folded word of an official's name, mapped to that official, or to null when two officials share it. */
  private final Map<String, Official> byNameWord = new HashMap<>();
  /** The officials (in document order) whose role starts with a folded word, and the folded words of each role. */
  private final Map<String, List<Official>> byRoleHead = new HashMap<>();
  private final Map<Official, List<String>> roleWords = new HashMap<>();
  private final Map<Official, Integer> order = new HashMap<>();
  /** Unquoted mentions sorted by end, with the index of the latest-starting one in each prefix. */
  private final Mention[] unquotedByEnd;
  private final int[] latestStartUpTo;

  /** Indexes the mentions of {@code officials}; {@code quotes} (sorted by start, not overlapping) hide mentions inside. */
  MentionIndex(List<Official> officials, List<Span> quotes) {
    this(officials, quotes, officials.size());
  }

  /**
   * As above, where the candidates from {@code titled} on are people without an office: only their last name word
   * names them alone ("قال جهانيان"), a first name ("میر" in "کارت‌های میر") too often is some other word.
   */
  MentionIndex(List<Official> officials, List<Span> quotes, int titled) {
    List<Mention> all = new ArrayList<>();
    for (Official o : officials) {
      for (Span m : o.mentions()) {
        all.add(new Mention(m, o));
      }
    }
    NameTokenizer tokenizer = new NameTokenizer();
    for (Official o : officials) {
      order.putIfAbsent(o, order.size());
      Set<String> words = new HashSet<>();
      List<Token> name = tokenizer.tokenize(o.name(), 0, o.name().length());
      for (Token t : order.get(o) < titled ? name : name.subList(Math.max(0, name.size() - 1), name.size())) {
        words.add(MatchFold.fold(t.text()));
      }
      for (String w : words) {
        byNameWord.merge(w, o, (a, b) -> a == b ? a : NO_ONE);
      }
      if (o.role() != null && !roleWords.containsKey(o)) {
        List<String> role = tokenizer.tokenize(o.role(), 0, o.role().length()).stream()
            .map(t -> MatchFold.fold(t.text())).toList();
        if (!role.isEmpty()) {
          roleWords.put(o, role);
          byRoleHead.computeIfAbsent(role.get(0), k -> new ArrayList<>()).add(o);
        }
      }
    }
    byStart = all.toArray(Mention[]::new);
    Arrays.sort(byStart, Comparator.comparingInt((Mention m) -> m.span().start()));
    unquotedByEnd = all.stream().filter(m -> !insideAny(quotes, m.span()))
        .sorted(Comparator.comparingInt((Mention m) -> m.span().end()))
        .toArray(Mention[]::new);
    latestStartUpTo = new int[unquotedByEnd.length];
    for (int i = 0; i < unquotedByEnd.length; i++) {
      int best = i == 0 ? -1 : latestStartUpTo[i - 1];
      latestStartUpTo[i] = best < 0 || unquotedByEnd[i].span().start() > unquotedByEnd[best].span().start() ? i : best;
    }
  }

  /** The one official whose name has the folded {@code word}, or null (none or several). */
  Official byNameWord(String word) {
    Official o = byNameWord.get(word);
    return o == NO_ONE ? null : o;
  }

  /** The one official who serves {@code country}, or null (none or several). */
  Official onlyOf(String country) {
    List<Official> of = order.keySet().stream().filter(o -> country.equals(o.country())).toList();
    return of.size() == 1 ? of.get(0) : null;
  }

  /** The officials whose role starts with the folded {@code word}, in document order. */
  List<Official> withRoleHead(String word) {
    return byRoleHead.getOrDefault(word, List.of());
  }

  /** The official's place in document order. */
  int order(Official o) {
    return order.get(o);
  }

  /** The folded words of the official's role (empty without a role). */
  List<String> roleWords(Official o) {
    return roleWords.getOrDefault(o, List.of());
  }

  /** The official whose mention starts first inside {@code window}, or null. */
  Official firstIn(Span window) {
    for (int i = firstStartingAtOrAfter(window.start()); i < byStart.length; i++) {
      Mention m = byStart[i];
      if (m.span().start() >= window.end()) {
        return null;
      }
      if (window.contains(m.span())) {
        return m.official();
      }
    }
    return null;
  }

  /** The official mentioned last (latest start) among mentions ending at or before {@code position}, or null. */
  Official lastBefore(int position) {
    int lo = 0;
    int hi = unquotedByEnd.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (unquotedByEnd[mid].span().end() <= position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo == 0 ? null : unquotedByEnd[latestStartUpTo[lo - 1]].official();
  }

  /** The official of the unquoted mention ending last at or before {@code to}, when it ends at or after {@code from}. */
  Official endingIn(int from, int to) {
    int lo = 0;
    int hi = unquotedByEnd.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (unquotedByEnd[mid].span().end() <= to) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo > 0 && unquotedByEnd[lo - 1].span().end() >= from ? unquotedByEnd[lo - 1].official() : null;
  }

  private int firstStartingAtOrAfter(int pos) {
    int lo = 0;
    int hi = byStart.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (byStart[mid].span().start() < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** True when {@code span} lies inside one of the sorted, disjoint {@code quotes}. */
  static boolean insideAny(List<Span> quotes, Span span) {
    int lo = 0;
    int hi = quotes.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (quotes.get(mid).start() <= span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo > 0 && quotes.get(lo - 1).contains(span);
  }
}
