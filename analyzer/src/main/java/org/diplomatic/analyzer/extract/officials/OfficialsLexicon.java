package org.diplomatic.analyzer.extract.officials;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Token;

/**
 * The word lists of the officials extractor, per language: titles, honorifics, name particles, institution words,
 * stop words, name words, common words, home-state markers, and country names (CLDR through ICU4J plus the bundled demonym table) mapped to ISO codes.
 */
public final class OfficialsLexicon {
  private final Map<Language, PhraseTable> titles = new EnumMap<>(Language.class);
  private final Map<Language, PhraseTable> honorifics = new EnumMap<>(Language.class);
  private final Map<Language, PhraseTable> countries = new EnumMap<>(Language.class);
  private final Map<Language, PhraseTable> institutions = new EnumMap<>(Language.class);
  private final Map<Language, PhraseTable> stopWords = new EnumMap<>(Language.class);
  private final Map<Language, PhraseTable> particles = new EnumMap<>(Language.class);
  private final Map<Language, PhraseTable> nameWords = new EnumMap<>(Language.class);
  private final Map<Language, PhraseTable> homeMarkers = new EnumMap<>(Language.class);
  private final Map<Language, PhraseTable> sideMarkers = new EnumMap<>(Language.class);
  private final Map<Language, PhraseTable> nameHeads = new EnumMap<>(Language.class);
  private final Map<Language, PhraseTable> commonWords = new EnumMap<>(Language.class);
  private final Map<Language, PhraseTable> rulingFamilies = new EnumMap<>(Language.class);
  /** Second parts of Persian compound given names, folded: علی، الله، اله. */
  private static final List<String> COMPOUND_SECONDS =
      List.of(MatchFold.fold("علی"), MatchFold.fold("الله"), MatchFold.fold("اله"));

  private OfficialsLexicon() {
    for (Language l : Language.values()) {
      titles.put(l, new PhraseTable());
      honorifics.put(l, new PhraseTable());
      countries.put(l, new PhraseTable());
      institutions.put(l, new PhraseTable());
      stopWords.put(l, new PhraseTable());
      particles.put(l, new PhraseTable());
      nameWords.put(l, new PhraseTable());
      homeMarkers.put(l, new PhraseTable());
      sideMarkers.put(l, new PhraseTable());
      nameHeads.put(l, new PhraseTable());
      commonWords.put(l, new PhraseTable());
      rulingFamilies.put(l, new PhraseTable());
    }
  }

  /** Reads the bundled lexicons; a missing one is an {@link UncheckedIOException} naming it. */
  public static OfficialsLexicon load() {
    OfficialsLexicon lex = new OfficialsLexicon();
    lex.read("titles.tsv", lex.titles);
    lex.read("honorifics.tsv", lex.honorifics);
    lex.read("institutions.tsv", lex.institutions);
    lex.read("stop-words.tsv", lex.stopWords);
    lex.read("name-particles.tsv", lex.particles);
    lex.read("name-words.tsv", lex.nameWords);
    lex.read("countries.tsv", lex.countries);
    lex.read("provinces.tsv", lex.countries);
    lex.read("home-markers.tsv", lex.homeMarkers);
    lex.read("side-markers.tsv", lex.sideMarkers);
    lex.read("name-heads.tsv", lex.nameHeads);
    lex.read("common-words.tsv", lex.commonWords);
    lex.read("ruling-families.tsv", lex.rulingFamilies);
    lex.addCldrCountries();
    return lex;
  }

  PhraseTable titles(Language l) {
    return titles.get(l);
  }

  PhraseTable honorifics(Language l) {
    return honorifics.get(l);
  }

  PhraseTable countries(Language l) {
    return countries.get(l);
  }

  PhraseTable institutions(Language l) {
    return institutions.get(l);
  }

  /** Words that show the state a text is written from (its titles, its agency), with that state's ISO code. */
  PhraseTable homeMarkers(Language l) {
    return homeMarkers.get(l);
  }

  /** Words that open one side's part of an attendee sentence when a nationality follows ("من الجانب الباكستاني"). */
  PhraseTable sideMarkers(Language l) {
    return sideMarkers.get(l);
  }

  /** True for a noun that opens a place or body named after a person ("مركز الملك سلمان"). */
  boolean isNameHead(Language l, String folded) {
    return nameHeads.get(l).contains(folded);
  }

  /** True for a word of everyday text that the NER corpora never tag as (part of) a person's name. */
  boolean isCommonWord(Language l, String folded) {
    return commonWords.get(l).contains(folded);
  }

  /** True for a word written before the name of someone who has died (الشهيد، مرحوم). */
  boolean isLate(Language l, String folded) {
    return "late".equals(honorifics.get(l).valueAt(List.of(folded), 0, 1));
  }

  boolean isStopWord(Language l, String folded) {
    return stopWords.get(l).contains(folded);
  }

  boolean isParticle(Language l, String folded) {
    return particles.get(l).contains(folded);
  }

  boolean isNameWord(Language l, String folded) {
    return nameWords.get(l).contains(folded) || l == Language.PERSIAN && compoundGivenName(folded);
  }

  /**
   * A Persian given name written as one word of a known name and علی or الله ("قربانعلی"، "عین‌اله"، "غلامعلی"):
   * the list holds the parts, Persian writes such compounds in one word (ZWNJ is folded away).
   */
  private boolean compoundGivenName(String folded) {
    for (String second : COMPOUND_SECONDS) {
      int cut = folded.length() - second.length();
      if (cut >= 3 && folded.endsWith(second) && nameWords.get(Language.PERSIAN).contains(folded.substring(0, cut))) {
        return true;
      }
    }
    return false;
  }

  /** True for الله or اله written apart, the second half of a Persian compound given name ("قدرت الله"). */
  boolean isCompoundSecond(String folded) {
    return !folded.equals(COMPOUND_SECONDS.get(0)) && COMPOUND_SECONDS.contains(folded);
  }

  /**
   * Whether a two-word given name of the Persian list starts at token {@code i} ("علی اکبر"); Persian and Arabic
   * fold to the same letters, so it holds for the Arabic spelling too ("علي أكبر صالحي").
   */
  boolean compoundGivenNameAt(List<String> folded, int i) {
    return nameWords.get(Language.PERSIAN).longestAt(folded, i) == 2;
  }

  /** True for an institution noun that names a body (a country written after it belongs to the name). */
  /** Family names of ruling houses, valued with their state ("آل خليفة" BH). */
  PhraseTable rulingFamilies(Language l) {
    return rulingFamilies.get(l);
  }

  boolean isBody(Language l, String folded) {
    return "body".equals(institutions.get(l).valueAt(List.of(folded), 0, 1));
  }

  /** True when {@code word} alone is a title head ("الوزير", "سفير"). */
  public boolean isTitleHead(Language lang, String word) {
    return titles(lang).longestAt(foldedTokens(word), 0) == 1;
  }

  /** The ISO code of a country name or adjective written as {@code words}, or null. */
  public String countryOf(Language lang, String words) {
    List<String> folded = foldedTokens(words);
    int n = countries(lang).longestAt(folded, 0);
    return n == folded.size() && n > 0 ? countries(lang).valueAt(folded, 0, n) : null;
  }

  /**
   * States whose Persian name is an everyday word: Mali's مالی is "financial" ("معاون اداری مالی") and the Czech
   * Republic's چک a cheque ("قانون جدید چک", 35 of 36 uses in the Fars crawl); countries.tsv names them in longer
   * forms only.
   */
  private static final Set<String> PERSIAN_EVERYDAY_NAMES = Set.of("ML", "CZ");

  private void addCldrCountries() {
    for (Language lang : Language.values()) {
      ULocale display = new ULocale(lang.code());
      for (String iso : ULocale.getISOCountries()) {
        String name = new ULocale("", iso).getDisplayCountry(display);
        if (!name.isBlank() && !name.equals(iso) && !(lang == Language.PERSIAN && PERSIAN_EVERYDAY_NAMES.contains(iso))) {
          countries.get(lang).add(foldedTokens(name), iso);
        }
      }
    }
  }

  private void read(String resource, Map<Language, PhraseTable> into) {
    try (InputStream in = OfficialsLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing bundled lexicon " + resource));
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        Language lang = Language.fromCode(cols[0].strip());
        into.get(lang).add(foldedTokens(cols[1].strip()), cols.length > 2 ? cols[2].strip() : "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled lexicon " + resource, e);
    }
  }

  static List<String> foldedTokens(String phrase) {
    List<String> out = new ArrayList<>();
    for (Token t : new NameTokenizer().tokenize(phrase, 0, phrase.length())) {
      out.add(MatchFold.fold(t.text()));
    }
    return out;
  }
}
