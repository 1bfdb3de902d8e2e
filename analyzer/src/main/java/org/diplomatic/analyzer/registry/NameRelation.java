package org.diplomatic.analyzer.registry;

/**
 * How two spellings of a name relate: the same name, or one a short form of the other. A short form keeps the
 * surname (عادل الجبير of عادل بن أحمد الجبير, بوش of جرج بوش, نواز شريف of محمد نواز شريف) or the start of the
 * name (محمد بن سلمان of محمد بن سلمان بن عبدالعزيز; سلمان of سلمان بن عبدالعزيز), its parts in order; at least one
 * part must match letter for letter, so two loose matches never make a name.
 */
enum NameRelation {
  SAME,
  SHORTER,
  LONGER,
  NONE;

  /** The relation of {@code a} to {@code b}: SHORTER when {@code a} is a short form of {@code b}. */
  static NameRelation of(PersonName a, PersonName b) {
    if (a.isEmpty() || b.isEmpty()) {
      return NONE;
    }
    if (a.key().equals(b.key())) {
      return SAME;
    }
    if (a.size() == b.size()) {
      return sameParts(a, b) ? SAME : NONE;
    }
    if (a.size() < b.size()) {
      return shortForm(a, b) ? SHORTER : NONE;
    }
    return shortForm(b, a) ? LONGER : NONE;
  }

  private static boolean sameParts(PersonName a, PersonName b) {
    boolean exact = false;
    for (int i = 0; i < a.size(); i++) {
      String x = a.parts().get(i);
      String y = b.parts().get(i);
      if (!PersonName.samePart(x, y)) {
        return false;
      }
      exact |= PersonName.letters(x).equals(PersonName.letters(y));
    }
    return exact;
  }

  private static boolean shortForm(PersonName s, PersonName l) {
    boolean prefix = true;
    for (int i = 0; i < s.size(); i++) {
      prefix &= PersonName.samePart(s.parts().get(i), l.parts().get(i));
    }
    // Both last parts must be family names: سلمان بن عبدالعزيز is no short form of فيصل بن سلمان بن عبدالعزيز.
    boolean surname = s.surnamed() && l.surnamed() && PersonName.samePart(s.last(), l.last());
    if (!prefix && !surname) {
      return false;
    }
    if (s.size() == 1) {
      // A father's name after بن is no surname: سلمان alone is not محمد بن سلمان.
      return prefix ? PersonName.letters(s.first()).equals(PersonName.letters(l.first()))
          : PersonName.letters(s.first()).equals(PersonName.letters(l.last()));
    }
    // The parts of the short form appear in the long one, in order.
    int j = 0;
    boolean exact = false;
    for (String part : s.parts()) {
      while (j < l.size() && !PersonName.samePart(part, l.parts().get(j))) {
        j++;
      }
      if (j == l.size()) {
        return false;
      }
      exact |= PersonName.letters(part).equals(PersonName.letters(l.parts().get(j)));
      j++;
    }
    return exact;
  }
}
