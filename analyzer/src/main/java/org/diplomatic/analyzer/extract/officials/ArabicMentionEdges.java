package org.diplomatic.analyzer.extract.officials;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.diplomatic.analyzer.text.Language;

/**
 * Trims the everyday words an Arabic name-finder mention ran into: an adverb or accusative at its end ("نجوغونا
 * تقريرا"، "دراغانوف حاليا منصب"), a noun or place behind a glued ل ("عبد الله البدري لموسكو"), a noun with a
 * pronoun behind a glued ل or ب ("شي جينبينغ لشكره"، "فيسنا بوسيتش بنظيرها"), a definite noun before a
 * preposition after a name of two words or more ("فرنسوا هولاند التعاون مع"), a verb or noun glued to و or a
 * preposition with a pronoun at its start ("ورفع العمري"، "تقدم به عبد الرزاق مقري"). Works on the mention's folded
 * words; needs the lexicon's common, name and country words.
 */
final class ArabicMentionEdges {
  /** Prepositions carrying a pronoun ("به"، "عليه"), folded: they end a clause's verb, never start a name. */
  private static final Set<String> PRONOUN_PREPOSITIONS = Stream.of("به", "بها", "بهم", "له", "لها", "لهم", "عنه",
      "عنها", "منه", "منها", "معه", "معها", "عليه", "عليها", "إليه", "إليها", "فيه", "فيها").map(MatchFold::fold)
      .collect(Collectors.toUnmodifiableSet());
  /** Prepositions after which a definite common noun ends a clause's object ("هولاند التعاون مع مصر"), folded. */
  private static final Set<String> PREPOSITIONS = Stream.of("مع", "في", "على", "من", "إلى", "عن")
      .map(MatchFold::fold).collect(Collectors.toUnmodifiableSet());
  /** Pronoun suffixes of a noun ("شكره"، "نظيرها"), folded; a name never carries one. */
  private static final List<String> PRONOUN_SUFFIXES = List.of("هما", "هم", "ها", "ه");

  private final OfficialsLexicon lex;

  ArabicMentionEdges(OfficialsLexicon lex) {
    this.lex = lex;
  }

  /** The end of the name in {@code folded[start, end)} once everyday words at its end are cut off. */
  int end(List<String> folded, List<String> raw, int start, int end) {
    int cut = end;
    // a rare word after the adverb ("رفائيل كوريا دلجادو") shows the name goes on
    for (int k = end - 1; k > start && (objectAt(folded, raw, k) || everyday(folded.get(k))); k--) {
      cut = objectAt(folded, raw, k) ? k : cut;
    }
    // a definite common noun before a preposition is the verb's object ("فرنسوا هولاند التعاون مع مصر")
    String last = folded.get(cut - 1);
    boolean object = cut - start > 2 && cut < folded.size() && PREPOSITIONS.contains(folded.get(cut))
        && last.startsWith("\u0627\u0644") && everyday(last)
        && lex.countries(Language.ARABIC).longestAt(folded, cut - 1) == 0;
    return object ? cut - 1 : cut;
  }

  /**
   * The start of the name in {@code folded[start, end)}: past a first word glued to و that is everyday text, past a
   * noun carrying a pronoun ("لحظة وصولها محمد الشدادي"), which no name's first word does, and past an everyday word
   * before two name words.
   */
  int start(List<String> folded, List<String> raw, int start, int end) {
    String first = folded.get(start);
    boolean clause = gluedAndEveryday(first) || pronounPreposition(first)
        || possessedNoun(first, raw.get(start));
    // "تعيين نادر مطير": an everyday noun before a name of two words or more; a word before بن is a given name
    // ("تركي بن محمد")
    boolean noun = end - start > 2 && everyday(first) && !lex.isParticle(Language.ARABIC, first)
        && !lex.isParticle(Language.ARABIC, folded.get(start + 1));
    return end - start > 1 && clause || noun ? start + 1 : start;
  }

  /**
   * A common noun carrying a pronoun ("وصولها"، "زيارته"), read as written ({@code raw}) to tell the pronoun ه from
   * a teh marbuta: it ends a clause, and no name's word is one.
   */
  boolean possessedNoun(String folded, String raw) {
    return folded.length() > 4 && nounWithPronoun(folded, raw.endsWith("\u0629"));
  }

  /** True for a preposition carrying a pronoun ("به"، "عليه"): it ends a clause's verb and starts no name. */
  boolean pronounPreposition(String folded) {
    return PRONOUN_PREPOSITIONS.contains(folded);
  }

  /** True when the one word at {@code i} is no name at all ("للصحفيين"). */
  boolean noName(List<String> folded, int i) {
    return adverbOrObject(folded, i);
  }

  /**
   * An indefinite accusative or adverb written without its tanween ("تقريرا"، "حاليا"; not a country's name such as
   * "كوريا"), or a noun or place behind a glued ل ("لمقر"، "لموسكو"، "للصحفيين"); no name list knows it. A glued ب
   * proves less: names start with it ("بادي" is no "ب" + "أدى").
   */
  private boolean adverbOrObject(List<String> folded, int i) {
    String f = folded.get(i);
    if (lex.isNameWord(Language.ARABIC, f) || f.length() < 4) {
      return false;
    }
    String rest = f.startsWith("\u0644\u0644") ? "\u0627" + f.substring(1) : f.substring(1);
    boolean adverb = lex.isCommonWord(Language.ARABIC, f) && f.endsWith("\u0627") && !f.endsWith("\u0627\u0627")
        && lex.countries(Language.ARABIC).longestAt(folded, i) == 0;
    boolean object = f.charAt(0) == '\u0644' && rest.length() >= 3 && !lex.isNameWord(Language.ARABIC, rest)
        && (lex.isCommonWord(Language.ARABIC, rest) || lex.countries(Language.ARABIC).longestAt(folded, i, rest) > 0);
    return adverb || object;
  }

  private boolean objectAt(List<String> folded, List<String> raw, int k) {
    return adverbOrObject(folded, k) || gluedNounWithPronoun(folded.get(k), raw.get(k));
  }

  /**
   * A noun with a pronoun suffix behind a glued ل or ب ("لشكره"، "بنظيرها"): an object, never a name's word. The word
   * as written ({@code raw}) tells the pronoun ه from a teh marbuta, which folding merges ("باسلمة" is a name).
   */
  boolean gluedNounWithPronoun(String f, String raw) {
    return f.length() > 4 && (f.charAt(0) == '\u0644' || f.charAt(0) == '\u0628')
        && nounWithPronoun(f.substring(1), raw.endsWith("\u0629"));
  }

  /** A common noun or a title with a pronoun suffix ("شكره"، "نظيرها"), which no name list knows. */
  private boolean nounWithPronoun(String f, boolean tehMarbuta) {
    if (lex.isNameWord(Language.ARABIC, f)) {
      return false;
    }
    if (lex.titles(Language.ARABIC).longestAt(List.of(f), 0) == 1 && PRONOUN_SUFFIXES.stream().anyMatch(f::endsWith)) {
      return true;
    }
    for (String suffix : PRONOUN_SUFFIXES) {
      boolean pronoun = f.endsWith(suffix) && !(tehMarbuta && suffix.length() == 1);
      String stem = pronoun ? f.substring(0, f.length() - suffix.length()) : "";
      if (stem.length() >= 3 && lex.isCommonWord(Language.ARABIC, stem) && !lex.isNameWord(Language.ARABIC, stem)) {
        return true;
      }
    }
    return false;
  }

  private boolean everyday(String f) {
    return lex.isCommonWord(Language.ARABIC, f) && !lex.isNameWord(Language.ARABIC, f);
  }

  /** A word glued to و whose rest is everyday text ("ورفع"، "وحضوره"); not the article ("والموارد"). */
  private boolean gluedAndEveryday(String f) {
    return f.length() > 3 && f.charAt(0) == '\u0648' && !f.startsWith("\u0648\u0627\u0644")
        && !lex.isNameWord(Language.ARABIC, f) && !lex.isNameWord(Language.ARABIC, f.substring(1))
        && everyday(f.substring(1));
  }
}
