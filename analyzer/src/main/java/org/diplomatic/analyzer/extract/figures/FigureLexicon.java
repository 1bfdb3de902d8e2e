package org.diplomatic.analyzer.extract.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.BundledResource;

/**
 * The figure extractor's word lists, read once from the TSV resources beside this class (number words, units,
 * periods, qualifiers, context cues, currencies by state). Every form is keyed by its folded tokens, so lookups match the scanner's
 * {@link FigureToken#key()}s. Immutable after {@link #load()}.
 */
final class FigureLexicon {
  /** A cardinal, fraction or scale word. */
  record NumberWord(String kind, BigDecimal value, int count, boolean ambiguous) {}

  /** A currency, measure, person noun, percent sign or duration word. */
  record UnitWord(String unit, String kind, BigDecimal factor, int count) {}

  /** An approximation or bound phrase. */
  record Qualifier(String qualifier, boolean after) {}

  private final Map<Language, Map<String, NumberWord>> numbers;
  private final Map<Language, PhraseTable<UnitWord>> units;
  private final Map<Language, PhraseTable<String>> periods;
  private final Map<Language, PhraseTable<Qualifier>> qualifiersBefore;
  private final Map<Language, PhraseTable<Qualifier>> qualifiersAfter;
  private final Map<Language, Map<String, PhraseTable<String>>> cues;
  private final Map<Language, Map<String, List<CurrencyChoice.Candidate>>> currencies;

  private FigureLexicon(
      Map<Language, Map<String, NumberWord>> numbers,
      Map<Language, PhraseTable<UnitWord>> units,
      Map<Language, PhraseTable<String>> periods,
      Map<Language, PhraseTable<Qualifier>> qualifiersBefore,
      Map<Language, PhraseTable<Qualifier>> qualifiersAfter,
      Map<Language, Map<String, PhraseTable<String>>> cues,
      Map<Language, Map<String, List<CurrencyChoice.Candidate>>> currencies) {
    this.numbers = numbers;
    this.units = units;
    this.periods = periods;
    this.qualifiersBefore = qualifiersBefore;
    this.qualifiersAfter = qualifiersAfter;
    this.cues = cues;
    this.currencies = currencies;
  }

  static FigureLexicon load() {
    Map<Language, Map<String, NumberWord>> numbers = perLanguage(l -> new HashMap<>());
    for (String[] r : read("number-words.tsv", 6)) {
      NumberWord w = new NumberWord(r[2], new BigDecimal(r[3]), Integer.parseInt(r[4]), "ambiguous".equals(r[5]));
      for (Language l : languages(r[0])) {
        numbers.get(l).put(key(r[1]), w);
      }
    }
    Map<Language, PhraseTable<UnitWord>> units = perLanguage(l -> new PhraseTable<>());
    Map<String, UnitWord> derived = new LinkedHashMap<>();
    for (String[] r : read("units.tsv", 6)) {
      UnitWord u = new UnitWord(r[2], r[3], new BigDecimal(r[4]), r[5].isEmpty() ? 0 : Integer.parseInt(r[5]));
      for (Language l : languages(r[0])) {
        units.get(l).put(keys(r[1]), u);
      }
      if ("ar".equals(r[0]) && "person".equals(r[3]) && u.count() == 0) {
        for (String form : soundForms(r[1])) {
          derived.putIfAbsent(form, u);
        }
      }
    }
    // After the listed forms, so that a listed form keeps its own entry.
    derived.forEach((form, u) -> units.get(Language.ARABIC).put(keys(form), u));
    Map<Language, PhraseTable<String>> periods = perLanguage(l -> new PhraseTable<>());
    for (String[] r : read("periods.tsv", 3)) {
      for (Language l : languages(r[0])) {
        periods.get(l).put(keys(r[1]), r[2]);
      }
    }
    Map<Language, PhraseTable<Qualifier>> before = perLanguage(l -> new PhraseTable<>());
    Map<Language, PhraseTable<Qualifier>> after = perLanguage(l -> new PhraseTable<>());
    for (String[] r : read("qualifiers.tsv", 4)) {
      boolean isAfter = "after".equals(r[3]);
      for (Language l : languages(r[0])) {
        (isAfter ? after : before).get(l).put(keys(r[1]), new Qualifier(r[2], isAfter));
      }
    }
    Map<Language, Map<String, PhraseTable<String>>> cues = perLanguage(l -> new HashMap<>());
    for (String[] r : read("cues.tsv", 3)) {
      for (Language l : languages(r[0])) {
        cues.get(l).computeIfAbsent(r[2], k -> new PhraseTable<>()).put(keys(r[1]), r[2]);
      }
    }
    Map<Language, Map<String, List<CurrencyChoice.Candidate>>> currencies = perLanguage(l -> new HashMap<>());
    for (String[] r : read("currency-countries.tsv", 4)) {
      List<String> countryCues = new ArrayList<>();
      for (String cue : r[3].split("\\|")) {
        countryCues.add(FigureFolding.fold(cue.strip()));
      }
      for (Language l : languages(r[0])) {
        currencies.get(l).computeIfAbsent(key(r[1]), k -> new ArrayList<>())
            .add(new CurrencyChoice.Candidate(r[2], List.copyOf(countryCues)));
      }
    }
    return new FigureLexicon(numbers, units, periods, before, after, cues, currencies);
  }

  /**
   * The accusative and sound plural forms of an Arabic person noun in the singular (مزارع: مزارعا، مزارعين،
   * مزارعون, and the construct مزارعي of "6 من مصابي الحادث"), which a count puts after the number or after من; none
   * for a phrase, a dual or a word with a suffix.
   */
  static List<String> soundForms(String noun) {
    if (noun.indexOf(' ') >= 0 || noun.length() < 3 || noun.matches(".*([اةءىهئ]|ان|ون|ين|ات|هم|هن)$")) {
      return List.of();
    }
    return List.of(noun + "ا", noun + "ين", noun + "ون", noun + "ي");
  }

  NumberWord number(Language lang, String key) {
    return numbers.get(lang).get(key);
  }

  PhraseTable<UnitWord> units(Language lang) {
    return units.get(lang);
  }

  PhraseTable<String> periods(Language lang) {
    return periods.get(lang);
  }

  PhraseTable<Qualifier> qualifiersBefore(Language lang) {
    return qualifiersBefore.get(lang);
  }

  PhraseTable<Qualifier> qualifiersAfter(Language lang) {
    return qualifiersAfter.get(lang);
  }

  /** The cue phrases of one kind (month, year_before, clause, range_to ...); empty when none. */
  PhraseTable<String> cues(Language lang, String kind) {
    return cues.get(lang).getOrDefault(kind, PhraseTable.empty());
  }

  /** A per-document chooser of the currency a bare name (دينار، ريال، ليرة ...) means. */
  CurrencyChoice currencyChoice(Language lang, String text) {
    return new CurrencyChoice(currencies.get(lang), text);
  }

  boolean isCue(Language lang, String kind, String key) {
    return cues(lang, kind).containsSingle(key);
  }

  private static List<String> keys(String form) {
    List<String> keys = new ArrayList<>();
    for (FigureToken t : FigureTokenizer.tokenize(form)) {
      keys.add(t.key());
    }
    return keys;
  }

  private static String key(String form) {
    return String.join(" ", keys(form));
  }

  private static <T> Map<Language, T> perLanguage(Function<Language, T> make) {
    Map<Language, T> map = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      map.put(l, make.apply(l));
    }
    return map;
  }

  private static List<Language> languages(String code) {
    return "*".equals(code) ? List.of(Language.values()) : List.of(Language.fromCode(code));
  }

  private static List<String[]> read(String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = BundledResource.open(FigureLexicon.class, resource)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length < columns - 1) {
          throw new IllegalArgumentException(resource + ": expected " + columns + " columns in: " + line);
        }
        String[] padded = new String[columns];
        for (int i = 0; i < columns; i++) {
          padded[i] = i < cols.length ? cols[i].strip() : "";
        }
        rows.add(padded);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return rows;
  }
}
