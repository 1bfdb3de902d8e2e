package org.diplomatic.analyzer.contract;

import java.util.Currency;
import java.util.List;
import java.util.Set;

/** The closed value sets of {@code CONTRACT.md}: area labels, non-money units, periods, commitment kinds, genres. */
public final class Vocabulary {
  /** The fixed cooperation-area taxonomy, in the contract's order. */
  public static final List<String> AREAS =
      List.of(
          "telecom",
          "ai",
          "cybersecurity",
          "e_government",
          "trade_investment",
          "energy",
          "transport",
          "tourism_pilgrimage",
          "culture_religion",
          "education_science",
          "health",
          "security_defense",
          "water_environment",
          "agriculture_food");

  /** Units other than ISO 4217 currency codes; {@code kWh} is a compatible addition (energy, MWh/GWh/TWh converted). */
  public static final Set<String> MEASURE_UNITS =
      Set.of("percent", "person", "km", "m", "kg", "ton", "MW", "GW", "barrel", "cubic_meter", "hour", "day",
          "month", "year", "kWh");

  public static final Set<String> PERIODS = Set.of("year", "month", "day");
  public static final Set<String> COMMITMENT_KINDS =
      Set.of("obligation", "intent", "proposal", "agreement", "decision");
  public static final Set<String> GENRES = Set.of("news", "statement", "minutes");
  public static final Set<String> QUALIFIERS = Set.of("approx", "over", "under", "at_least", "at_most");

  private Vocabulary() {}

  public static boolean isArea(String label) {
    return AREAS.contains(label);
  }

  /** A contract unit: an ISO 4217 currency code or one of {@link #MEASURE_UNITS}. */
  public static boolean isUnit(String unit) {
    if (MEASURE_UNITS.contains(unit)) {
      return true;
    }
    try {
      return unit.length() == 3 && unit.equals(unit.toUpperCase()) && Currency.getInstance(unit) != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
