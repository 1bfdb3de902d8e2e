package org.diplomatic.analyzer.extract.officials;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Persian heads of government named only through their government ("دولت آقای احمدی‌نژاد"، "دولت بشار اسد"،
 * "کابینه بختیار"، "رژیم صدام"): needs a sentence's tokens with the name finder's marks, gives the name ranges right
 * after the noun (honorifics skipped) that the finder marked as a person. A family (آل سعود) is no person.
 */
final class GovernmentHead {
  private static final Set<String> NOUNS = Stream.of("دولت", "کابینه", "رژیم")
      .map(MatchFold::fold).collect(Collectors.toUnmodifiableSet());
  private static final String FAMILY = MatchFold.fold("آل");

  private GovernmentHead() {}

  static List<NameScanner.Found> find(SentenceTokens s, NameScanner names, Set<String> known) {
    List<NameScanner.Found> out = new ArrayList<>();
    for (int i = 0; i + 1 < s.size(); i++) {
      if (!NOUNS.contains(s.folded(i))) {
        continue;
      }
      NameScanner.Found head = names.after(s, i + 1, known);
      if (head != null && !head.comma() && s.person()[head.start()] && !s.folded(head.start()).equals(FAMILY)) {
        out.add(head);
      }
    }
    return out;
  }
}
