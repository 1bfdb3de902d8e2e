package org.diplomatic.analyzer.extract.officials;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatic.analyzer.text.Span;
import org.diplomatic.analyzer.text.Token;

/**
 * Merges the candidates of one document into officials: a shorter name whose words all occur in a longer one with
 * the same last word is the same person ("الوزير ذو الفقاري" is "محمد حسين ذو الفقاري"); the fullest first form names
 * the official and gives its role, a later candidate fills a missing country; then every mention is found.
 */
final class OfficialMerger {
  /** The country value of international organizations in the lexicon: their officials serve no state. */
  static final String INTERNATIONAL = "-";

  private final MentionFinder mentions;

  /** The candidates taken for one person and the distinct name forms among them. */
  private record Group(Set<List<String>> forms, List<OfficialCandidate> members) {}

  OfficialMerger(MentionFinder mentions) {
    this.mentions = mentions;
  }

  /** Officials of the candidates; {@code homeCountry} (may be null) serves anyone whose role names no country. */
  List<Official> merge(String text, List<Token> tokens, List<OfficialCandidate> candidates, String homeCountry) {
    List<List<OfficialCandidate>> groups = new ArrayList<>();
    // the same person shares the last word, so only the groups of that word are compared, each by its distinct forms
    Map<String, List<Group>> byLastWord = new HashMap<>();
    for (OfficialCandidate c : candidates) {
      List<Group> sameLast = byLastWord.computeIfAbsent(lastWord(c), k -> new ArrayList<>());
      Group group = sameLast.stream().filter(g -> samePerson(g.forms(), c)).findFirst().orElse(null);
      if (group == null) {
        group = new Group(new HashSet<>(), new ArrayList<>());
        sameLast.add(group);
        groups.add(group.members());
      }
      group.forms().add(c.words());
      group.members().add(c);
    }
    List<List<String>> names = new ArrayList<>();
    List<OfficialCandidate> heads = new ArrayList<>();
    for (List<OfficialCandidate> g : groups) {
      OfficialCandidate head = g.get(0);
      for (OfficialCandidate c : g) {
        if (c.words().size() > head.words().size()) {
          head = c;
        }
      }
      heads.add(head);
      names.add(head.words());
    }
    List<List<Span>> found = mentions.find(text, tokens, names);
    List<Official> officials = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      OfficialCandidate head = heads.get(i);
      RoleMatch role = richestRole(groups.get(i), head);
      String country = role.country();
      for (OfficialCandidate c : groups.get(i)) {
        country = country == null ? c.role().country() : country;
      }
      country = country == null ? homeCountry : country.equals(INTERNATIONAL) ? null : country;
      List<Span> spans = found.get(i).isEmpty() ? List.of(new Span(head.start(), head.end())) : found.get(i);
      officials.add(new Official(
          head.name(), role.role().isEmpty() ? null : role.role(), role.organization(), country, spans));
    }
    officials.sort((a, b) -> Integer.compare(a.mentions().get(0).start(), b.mentions().get(0).start()));
    return officials;
  }

  /** The head's role unless a candidate of the same person wrote a longer one earlier (or the head's is empty). */
  private static RoleMatch richestRole(List<OfficialCandidate> group, OfficialCandidate head) {
    RoleMatch best = head.role();
    for (OfficialCandidate c : group) {
      // a counterpart's empty role gives way to the office written anywhere else for the same person
      boolean earlier = c.start() < head.start() || best.role().isEmpty();
      if (earlier && c.role().role().length() > best.role().length()) {
        best = c.role();
      }
    }
    return best;
  }

  private static String lastWord(OfficialCandidate c) {
    return c.words().get(c.words().size() - 1);
  }

  private static boolean samePerson(Set<List<String>> forms, OfficialCandidate c) {
    for (List<String> a : forms) {
      List<String> b = c.words();
      List<String> shorter = a.size() <= b.size() ? a : b;
      List<String> longer = a.size() <= b.size() ? b : a;
      if (shorter.get(shorter.size() - 1).equals(longer.get(longer.size() - 1)) && longer.containsAll(shorter)) {
        return true;
      }
    }
    return false;
  }
}
