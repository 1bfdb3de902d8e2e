package org.diplomatic.analyzer.server;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.diplomatic.analyzer.contract.Vocabulary;
import org.diplomatic.analyzer.index.Quote;

/**
 * Reads and checks query parameters with the wording of the command line's messages for the same bad value (the
 * parameter is the option without its dashes: {@code area} for {@code --area}); a bad value is an
 * {@link ApiException} with status 400. Parameters that take several values take them repeated or comma-separated.
 */
final class RequestValues {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  static final String AREAS = "one of " + String.join(", ", Vocabulary.AREAS);
  static final String COUNTRIES = "a country code of two upper-case letters (ISO 3166), e.g. IQ, IR";
  static final String UNITS = "an ISO 4217 currency code (USD, EUR, IQD, IRR, SAR, AED ...), percent, person, km, "
      + "m, kg, ton, MW, GW, kWh, barrel, cubic_meter, hour, day, month, year, or none (a bare count)";
  static final String KINDS = "one of obligation, intent, proposal, agreement, decision";

  /** Parameter name to its values as the request gave them, in order. */
  interface Source {
    List<String> values(String name);
  }

  private final Source source;

  RequestValues(Source source) {
    this.source = source;
  }

  /** The values of {@code name}, comma-separated ones split, blanks dropped. */
  List<String> list(String name) {
    List<String> out = new ArrayList<>();
    for (String v : source.values(name)) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  /** The values of {@code name} as given, not split (names may hold commas). */
  List<String> whole(String name) {
    return source.values(name).stream().filter(v -> !v.isBlank()).toList();
  }

  /** The last value of {@code name}, or null. */
  String one(String name) {
    List<String> values = source.values(name);
    return values.isEmpty() || values.get(values.size() - 1).isBlank() ? null : values.get(values.size() - 1);
  }

  int integer(String name, int fallback) {
    String v = one(name);
    try {
      return v == null ? fallback : Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + ": '" + Quote.shorten(v, Quote.MAX) + "' is not an int");
    }
  }

  Double number(String name) {
    String v = one(name);
    try {
      return v == null ? null : Double.valueOf(v.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + ": '" + Quote.shorten(v, Quote.MAX) + "' is not a double");
    }
  }

  boolean flag(String name) {
    String v = one(name);
    return v != null && (v.equals("true") || v.equals("1") || v.equals("on"));
  }

  List<String> langs(String name) {
    return checked(name, list(name), v -> v.equals("ar") || v.equals("fa"), "ar or fa");
  }

  List<String> areas(String name) {
    return checked(name, list(name), Vocabulary::isArea, AREAS);
  }

  List<String> countries(String name) {
    return checked(name, list(name), v -> COUNTRY.matcher(v).matches(), COUNTRIES);
  }

  List<String> units(String name) {
    return checked(name, list(name), v -> v.equals("none") || Vocabulary.isUnit(v), UNITS);
  }

  List<String> genres(String name) {
    return checked(name, list(name), Vocabulary.GENRES::contains, "news, statement or minutes");
  }

  List<String> kinds(String name) {
    return checked(name, list(name), Vocabulary.COMMITMENT_KINDS::contains, KINDS);
  }

  /** One of {@code allowed}, else "NAME must be WHAT: value". */
  String choice(String name, String fallback, List<String> allowed, String what, boolean quoteValue) {
    String v = one(name);
    if (v == null) {
      return fallback;
    }
    if (!allowed.contains(v)) {
      throw ApiException.badRequest(name + " must be " + what + (quoteValue ? ": " + Quote.shorten(v, Quote.MAX) : ""));
    }
    return v;
  }

  private static List<String> checked(String name, List<String> values, Predicate<String> valid, String validOnes) {
    for (String v : values) {
      if (!valid.test(v)) {
        throw ApiException.badRequest(name + " must be " + validOnes + ": " + Quote.shorten(v, Quote.MAX));
      }
    }
    return values;
  }
}
