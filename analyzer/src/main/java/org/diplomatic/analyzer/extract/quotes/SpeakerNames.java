package org.diplomatic.analyzer.extract.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatic.analyzer.extract.officials.MatchFold;
import org.diplomatic.analyzer.extract.officials.NameTokenizer;
import org.diplomatic.analyzer.extract.officials.Official;

/**
 * The name a speaker goes by in the document's output: a surname or first name alone ("روستایی", "مصطفي") becomes
 * the fullest name that ends or starts with it ("مجید روستایی"), and a title alone ("وزیر ورزش و جوانان گفت") the person named as a speaker
 * nearest it (news leads name the office first and the person in the next sentence, "مسعود سلطانی‌فر ... اظهار
 * داشت"): the last named before it, else the first named after it; a second title once the person before has one
 * goes to the next person named ("نماینده مردم خرم‌بید ... گفت" then "رحیم زارع افزود"), and a title said again to
 * the same person.
 */
final class SpeakerNames {
  private final NameTokenizer tokenizer = new NameTokenizer();
  private final List<List<String>> fullNames = new ArrayList<>();
  private final List<String> fullNameTexts = new ArrayList<>();
  private final List<Integer> namedAt = new ArrayList<>();
  private final List<Official> named = new ArrayList<>();

  /** The person each title alone stands for, by its folded words. */
  private final Map<List<String>, Official> titles = new HashMap<>();

  /** {@code speakers} at {@code positions}, in text order, and the document's other candidates. */
  SpeakerNames(List<Official> candidates, List<Integer> positions, List<Official> speakers) {
    candidates.forEach(o -> addFullName(o.name()));
    for (int i = 0; i < speakers.size(); i++) {
      Official o = speakers.get(i);
      if (!ClauseSubjects.isTitleOnly(o)) {
        addFullName(o.name());
        namedAt.add(positions.get(i));
        named.add(o);
      }
    }
    Set<String> bound = new HashSet<>();
    for (int i = 0; i < speakers.size(); i++) {
      Official o = speakers.get(i);
      if (ClauseSubjects.isTitleOnly(o) && sameTitle(folded(o.name())) == null) {
        Official before = nearest(positions.get(i), true);
        Official after = nearest(positions.get(i), false);
        // a second title is a second person when the one named before already has a title
        Official person = before != null && !bound.contains(before.name()) || after == null ? before : after;
        if (person != null) {
          titles.put(folded(o.name()), person);
          bound.add(person.name());
        }
      }
    }
  }

  /** The person of a title seen before that starts as {@code title} does or is started by it, or null. */
  private Official sameTitle(List<String> title) {
    for (Map.Entry<List<String>, Official> e : titles.entrySet()) {
      List<String> seen = e.getKey();
      int n = Math.min(seen.size(), title.size());
      if (seen.subList(0, n).equals(title.subList(0, n))) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The last person named before {@code position}, or the first after it. */
  private Official nearest(int position, boolean before) {
    Official found = null;
    for (int i = 0; i < named.size(); i++) {
      if (before && namedAt.get(i) < position) {
        found = named.get(i);
      } else if (!before && namedAt.get(i) > position) {
        return named.get(i);
      }
    }
    return found;
  }

  /** The name to output for {@code who}, speaking at {@code position}; null for null. */
  String of(Official who, int position) {
    if (who == null) {
      return null;
    }
    Official person = who;
    if (ClauseSubjects.isTitleOnly(who)) {
      person = sameTitle(folded(who.name()));
      person = person != null ? person : nearest(position, true);
      person = person != null ? person : nearest(position, false);
      if (person == null) {
        return who.name();
      }
    }
    String full = fullest(person.name(), folded(person.name()));
    List<String> words = folded(person.name());
    // a written subject may run on into the object ("اسماعیلی عمل به تعهدات را ..."): its first words may name one
    for (int n = words.size() - 1; n > 0 && full.equals(person.name()) && person.mentions().isEmpty(); n--) {
      String shorter = fullest(null, words.subList(0, n));
      full = shorter != null ? shorter : full;
    }
    return full;
  }

  /**
   * The fullest known name that ends with {@code words} or, given a {@code name} of one word (a first name), starts
   * with it; else {@code name}. Without a name, one as long as {@code words} counts. A longer phrase that starts as
   * a source does is another source ("مصدر عسكري" is not "مصدر عسكري أردني مخول له بالتصريح").
   */
  private String fullest(String name, List<String> words) {
    String best = name;
    int bestSize = name == null ? words.size() - 1 : words.size();
    for (int i = 0; i < fullNames.size(); i++) {
      List<String> full = fullNames.get(i);
      boolean part = full.size() > bestSize && (full.subList(full.size() - words.size(), full.size()).equals(words)
          || name != null && words.size() == 1 && full.subList(0, 1).equals(words));
      if (part) {
        best = fullNameTexts.get(i);
        bestSize = full.size();
      }
    }
    return best;
  }

  private void addFullName(String name) {
    List<String> words = folded(name);
    if (!words.isEmpty()) {
      fullNames.add(words);
      fullNameTexts.add(name);
    }
  }

  private List<String> folded(String name) {
    return tokenizer.tokenize(name, 0, name.length()).stream().map(t -> MatchFold.fold(t.text())).toList();
  }
}
