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
 * the same last word is the same person ("الوزير ذو الفقاري" is "محمد حسين ذو الفقاري") unless it is the father's
 * name after بن ("سلمان بن عبدالعزيز" in "محمد بن سلمان بن عبدالعزيز"), and so is a name the longer one extends
 * with بن ("الملك سلمان" is "سلمان بن عبدالعزيز"); the fullest first form names the official and gives its role, a
 * later candidate fills a missing country; then every mention is found.
 */
final class OfficialMerger {
  /** The country value of international organizations in the lexicon: their officials serve no state. */
  static final String INTERNATIONAL = "-";
  /**
   * The country of a role that only says "the other party's" (نظيره with no nationality): this mark, then the state
   * of the partner named before it, or nothing for the home state ("+SY", "+").
   */
  static final String FOREIGN = "+";
  /** "son/daughter of" in a lineage name, folded. */
  private static final Set<String> PATRONYMICS = Set.of("بن", "ابن", "بنت");
  /** A president named by the bare title, no state written: in a kingdom's news a foreign head of state. */
  private static final Set<String> BARE_PRESIDENT = Set.of(MatchFold.fold("الرئيس"), MatchFold.fold("للرئيس"),
      MatchFold.fold("والرئيس"), MatchFold.fold("بالرئيس"), MatchFold.fold("الرئيسة"), MatchFold.fold("رئيسة"),
      MatchFold.fold("للرئيسة"));
  /** States headed by a king, emir or sultan (ISO 3166), which have no president of their own. */
  private static final Set<String> KINGDOMS = Set.of("SA", "KW", "BH", "QA", "OM", "JO", "MA");
  /** Endings of Persian family names written joined, with ZWNJ or with a space ("ساداتی‌نژاد"، "ساداتی نژاد"), folded. */
  private static final Set<String> SURNAME_ENDINGS = java.util.stream.Stream.of("نژاد", "زاده", "پور", "فر", "نیا",
      "راد", "منش", "کیا", "وند", "دوست", "پناه", "نسب", "پیشه", "خواه").map(MatchFold::fold)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final MentionFinder mentions;

  /** The candidates taken for one person and the distinct name forms among them. */
  private record Group(Set<List<String>> forms, List<OfficialCandidate> members) {}

  OfficialMerger(MentionFinder mentions) {
    this.mentions = mentions;
  }

  /**
   * Officials of the candidates; {@code homeCountry} (may be null) serves anyone whose role names no country, and
   * {@code otherCountry} (the state the text names most besides it, may be null) a counterpart's.
   */
  List<Official> merge(String text, List<Token> tokens, List<OfficialCandidate> candidates, String homeCountry,
      String otherCountry) {
    // the same person shares the last or the first word, so only the groups of those words are compared, each by
    // its distinct forms
    Map<String, List<Group>> byWord = new HashMap<>();
    List<Group> all = new ArrayList<>();
    for (OfficialCandidate c : candidates) {
      List<String> w = c.words();
      List<String> joined = joined(w);
      Group group = null;
      for (String key : List.of("$" + joined.get(joined.size() - 1), "^" + joined.get(0))) {
        for (Group g : byWord.getOrDefault(key, List.of())) {
          group = group == null && samePerson(g.forms(), c) ? g : group;
        }
      }
      if (group == null) {
        group = new Group(new HashSet<>(), new ArrayList<>());
        all.add(group);
      }
      if (group.forms().add(w)) {
        for (String key : List.of("$" + joined.get(joined.size() - 1), "^" + joined.get(0))) {
          List<Group> indexed = byWord.computeIfAbsent(key, k -> new ArrayList<>());
          if (!indexed.contains(group)) {
            indexed.add(group);
          }
        }
      }
      group.members().add(c);
    }
    List<List<String>> names = new ArrayList<>();
    List<List<List<String>>> shortForms = new ArrayList<>();
    List<OfficialCandidate> heads = new ArrayList<>();
    for (Group g : all) {
      OfficialCandidate head = g.members().get(0);
      for (OfficialCandidate c : g.members()) {
        if (c.words().size() > head.words().size()) {
          head = c;
        }
      }
      heads.add(head);
      names.add(head.words());
      List<List<String>> forms = new ArrayList<>(g.forms());
      forms.remove(head.words());
      forms.sort((a, b) -> Integer.compare(b.size(), a.size()));
      shortForms.add(forms);
    }
    List<List<Span>> found = mentions.find(text, tokens, names, shortForms);
    List<Official> officials = new ArrayList<>();
    List<Integer> byHome = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      OfficialCandidate head = heads.get(i);
      RoleMatch role = richestRole(all.get(i).members(), head);
      String partner = null;
      String country = null;
      List<String> read = new ArrayList<>();
      read.add(role.country());
      all.get(i).members().forEach(c -> read.add(c.role().country()));
      for (String cc : read) {
        boolean counterpart = cc != null && cc.startsWith(FOREIGN);
        partner = partner == null && counterpart ? cc.substring(FOREIGN.length()) : partner;
        country = country == null && !counterpart ? cc : country;
      }
      String home = homeCountry != null && KINGDOMS.contains(homeCountry) && BARE_PRESIDENT.contains(MatchFold.fold(role.role()))
          ? null : homeCountry;
      // a counterpart serves the home state unless the partner does ("الجبير ... نظيره" in Saudi news)
      boolean partnerAtHome = partner != null && (partner.isEmpty() || partner.equals(homeCountry));
      home = partnerAtHome ? otherCountry : home;
      if (country == null && home != null) {
        byHome.add(officials.size());
      }
      country = country == null ? home : country.equals(INTERNATIONAL) ? null : country;
      List<Span> spans = found.get(i).isEmpty() ? List.of(new Span(head.start(), head.end())) : found.get(i);
      officials.add(new Official(
          head.name(), role.role().isEmpty() ? null : role.role(), role.organization(), country, spans));
    }
    for (int at : byHome) {
      Official o = officials.get(at);
      if (o.role() != null && heldAbroad(o, officials, byHome)) {
        officials.set(at, new Official(o.name(), o.role(), o.organization(), null, o.mentions()));
      }
    }
    officials.sort((a, b) -> Integer.compare(a.mentions().get(0).start(), b.mentions().get(0).start()));
    return officials;
  }

  /**
   * True when another official holds the same title with the default state written after it ("وزير الخارجية عادل
   * الجبير، ووزير الخارجية الإيطالي ..." with Italy as the text's state): two holders of one office serve two states.
   */
  private static boolean heldAbroad(Official bare, List<Official> officials, List<Integer> byHome) {
    for (int i = 0; i < officials.size(); i++) {
      Official o = officials.get(i);
      // only a nationality after the same title tells two states apart: "مدير شرطة منطقة عسير" is another office
      if (!byHome.contains(i) && o.role() != null && bare.country().equals(o.country())
          && o.role().startsWith(bare.role() + " ") && nationality(o.role().substring(bare.role().length() + 1))) {
        return true;
      }
    }
    return false;
  }

  /** One word shaped as an Arabic nationality adjective ("الإيطالي"، "الأمريكية"). */
  private static boolean nationality(String rest) {
    return !rest.contains(" ") && rest.startsWith("\u0627\u0644")
        && (rest.endsWith("\u064A") || rest.endsWith("\u064A\u0629"));
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

  private static boolean samePerson(Set<List<String>> forms, OfficialCandidate c) {
    for (List<String> form : forms) {
      List<String> a = joined(form);
      List<String> b = joined(c.words());
      List<String> shorter = a.size() <= b.size() ? a : b;
      List<String> longer = a.size() <= b.size() ? b : a;
      if (shorter.get(shorter.size() - 1).equals(longer.get(longer.size() - 1)) && longer.containsAll(shorter)
          && !fathersName(shorter, longer)) {
        return true;
      }
      if (shorter.size() < longer.size() && longer.subList(0, shorter.size()).equals(shorter)
          && PATRONYMICS.contains(longer.get(shorter.size()))) {
        return true;
      }
    }
    return false;
  }

  /** True for the ending of a family name that may be written apart ("نژاد"، "زاده"), folded. */
  static boolean isSurnameEnding(String folded) {
    return SURNAME_ENDINGS.contains(folded);
  }

  /** The words of a name with a family name's ending joined to the word before it: one spelling for both. */
  static List<String> joined(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      if (!out.isEmpty() && SURNAME_ENDINGS.contains(w)) {
        out.set(out.size() - 1, out.get(out.size() - 1) + w);
      } else {
        out.add(w);
      }
    }
    return out;
  }

  /** True when {@code shorter} starts inside {@code longer} right after بن: it names the father, not the person. */
  private static boolean fathersName(List<String> shorter, List<String> longer) {
    int at = longer.indexOf(shorter.get(0));
    return at > 0 && PATRONYMICS.contains(longer.get(at - 1));
  }
}
