package org.diplomatic.analyzer.extract.officials;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Span;
import org.diplomatic.analyzer.text.Token;

/**
 * Finds every mention of each official's name in a document: the full name, then its last two words (surnames
 * written in two words, "موسوي نجاد"), then the surname alone (the last word with the particle before it, "ذو
 * الفقاري", "آل سعدون"); glued clitics (و، ل، ب، ف, up to two: "ولهاشمي") stay outside the span.
 */
final class MentionFinder {
  private static final String CLITICS = "ولبف";
  private static final String ABD = "\u0639\u0628\u062F";

  private final OfficialsLexicon lex;
  private final Language lang;

  private final List<Span> persons;

  MentionFinder(OfficialsLexicon lex, Language lang) {
    this(lex, lang, List.of());
  }

  /** {@code persons}: the name finder's person mentions, whose given names keep a shared surname theirs. */
  MentionFinder(OfficialsLexicon lex, Language lang, List<Span> persons) {
    this.lex = lex;
    this.lang = lang;
    this.persons = persons;
  }

  /**
   * For each name (folded words), its mentions; a text position goes to the longest form, then the nearest earlier
   * name. {@code shortForms} are the other forms each name was written in next to a title ("الملك سلمان"), claimed
   * after the full names.
   */
  List<List<Span>> find(String text, List<Token> tokens, List<List<String>> names, List<List<List<String>>> shortForms) {
    List<String> folded = tokens.stream().map(t -> MatchFold.fold(t.text())).toList();
    Map<String, List<Integer>> at = positions(folded);
    List<List<Span>> result = new ArrayList<>();
    names.forEach(n -> result.add(new ArrayList<>()));
    boolean[] taken = new boolean[tokens.size()];
    // longest names first: "سلمان بن عبدالعزيز" inside "محمد بن سلمان بن عبدالعزيز" is the longer name's
    List<Integer> order = new ArrayList<>();
    for (int n = 0; n < names.size(); n++) {
      order.add(n);
    }
    order.sort((a, b) -> Integer.compare(names.get(b).size(), names.get(a).size()));
    for (int n : order) {
      claim(text, tokens, folded, at, names.get(n), taken, result.get(n));
    }
    for (int n = 0; n < names.size(); n++) {
      for (List<String> form : shortForms.get(n)) {
        claim(text, tokens, folded, at, form, taken, result.get(n));
      }
    }
    // two-word surnames first ("موسوي نجاد", "صالحي أميري"), then the one-word surname
    for (int n = 0; n < names.size(); n++) {
      List<String> name = names.get(n);
      if (name.size() >= 3 && surname(name).size() < 2) {
        claim(text, tokens, folded, at, name.subList(name.size() - 2, name.size()), taken, result.get(n));
      }
    }
    for (int n = 0; n < names.size(); n++) {
      List<String> surname = surname(names.get(n));
      if (surname.size() < names.get(n).size() && surname.get(surname.size() - 1).length() > 2
          && !compoundTail(names.get(n), surname)) {
        claimSurname(text, tokens, folded, at, names.get(n), surname, taken, result.get(n));
      }
    }
    result.forEach(l -> l.sort((a, b) -> Integer.compare(a.start(), b.start())));
    return result;
  }

  /**
   * True when the last word only closes a compound given name written apart ("عبد الله"، "عبد العزيز"): alone it is
   * no surname ("رحمه الله"، "الملك عبد العزيز").
   */
  private boolean compoundTail(List<String> name, List<String> surname) {
    int at = name.size() - surname.size();
    return lang == Language.ARABIC && at > 0 && name.get(at - 1).equals(ABD);
  }

  /** The surname part of a name: its last word and the particles directly before it. */
  List<String> surname(List<String> name) {
    int from = name.size() - 1;
    while (from > 1 && lex.isParticle(lang, name.get(from - 1))) {
      from--;
    }
    return name.subList(from, name.size());
  }

  /** Where each word occurs, also with its glued clitics taken off: a name's lookups cost its occurrences only. */
  private Map<String, List<Integer>> positions(List<String> folded) {
    Map<String, List<Integer>> at = new HashMap<>();
    for (int i = 0; i < folded.size(); i++) {
      String f = folded.get(i);
      at.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
      for (int c = 1; lang == Language.ARABIC && c <= 2 && c < f.length() && CLITICS.indexOf(f.charAt(c - 1)) >= 0; c++) {
        at.computeIfAbsent(f.substring(c), k -> new ArrayList<>()).add(i);
      }
    }
    return at;
  }

  private void claim(String text, List<Token> tokens, List<String> folded, Map<String, List<Integer>> at,
      List<String> form, boolean[] taken, List<Span> out) {
    for (int i : at.getOrDefault(form.get(0), List.of())) {
      if (i + form.size() > tokens.size()) {
        break;
      }
      int clitic = matchAt(folded, i, form);
      if (clitic < 0 || anyTaken(taken, i, i + form.size())) {
        continue;
      }
      int end = i + form.size();
      if (end < tokens.size() && tokens.get(end).start() == tokens.get(end - 1).end() && tokens.get(end).text()
          .chars().allMatch(Character::isLetter)) {
        continue;
      }
      for (int k = i; k < end; k++) {
        taken[k] = true;
      }
      out.add(new Span(tokens.get(i).start() + clitic, tokens.get(end - 1).end()));
    }
  }

  /**
   * The surname alone, except right after a given name that is not the official's own (a listed name word, or one
   * the name finder read as a person's): "سارة أوباما" is someone else of the family, not the
   * president "باراك أوباما".
   */
  private void claimSurname(String text, List<Token> tokens, List<String> folded, Map<String, List<Integer>> at,
      List<String> name, List<String> surname, boolean[] taken, List<Span> out) {
    boolean[] blocked = taken.clone();
    for (int i : at.getOrDefault(surname.get(0), List.of())) {
      int before = i - 1;
      if (before >= 0 && !taken[before] && !name.contains(folded.get(before))
          && text.substring(tokens.get(before).end(), tokens.get(i).start()).isBlank()
          && (lex.isNameWord(lang, folded.get(before)) || inPerson(tokens.get(before)))) {
        blocked[i] = true;
      }
    }
    int had = out.size();
    claim(text, tokens, folded, at, surname, blocked, out);
    for (Span m : out.subList(had, out.size())) {
      for (int k = 0; k < tokens.size(); k++) {
        taken[k] |= tokens.get(k).start() < m.end() && m.start() < tokens.get(k).end();
      }
    }
  }

  private boolean inPerson(Token word) {
    return persons.stream().anyMatch(p -> p.start() <= word.start() && word.end() <= p.end());
  }

  /** -1 if the form is not at {@code i}, else the length of the clitic glued before it. */
  private int matchAt(List<String> folded, int i, List<String> form) {
    for (int k = 1; k < form.size(); k++) {
      if (!folded.get(i + k).equals(form.get(k))) {
        return -1;
      }
    }
    String first = folded.get(i);
    if (first.equals(form.get(0))) {
      return 0;
    }
    for (int clitic = 1; lang == Language.ARABIC && clitic <= 2 && clitic < first.length(); clitic++) {
      if (CLITICS.indexOf(first.charAt(clitic - 1)) < 0) {
        return -1;
      }
      if (first.substring(clitic).equals(form.get(0))) {
        return clitic;
      }
    }
    return -1;
  }

  private static boolean anyTaken(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }
}
