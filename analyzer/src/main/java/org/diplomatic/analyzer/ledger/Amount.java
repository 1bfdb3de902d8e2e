package org.diplomatic.analyzer.ledger;

/** A figure of a commitment: value (or the middle of a range), unit and period (each may be null), as written. */
public record Amount(String text, Double value, String unit, String period) {
  private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("hour", "day", "month", "year");

  /**
   * True for a length of time without a period (ثلاثة أشهر، ۴۸ ساعت، 10 سنوات): how long something takes or lasts,
   * which the ledger reads as a due date where it is one, not as what was promised.
   */
  public boolean isDuration() {
    return unit != null && period == null && TIME_UNITS.contains(unit);
  }

  /** True for a sum of money: the contract writes currencies as ISO 4217 codes (USD, IQD), other units otherwise. */
  public boolean isMoney() {
    return unit != null && unit.matches("[A-Z]{3}");
  }

  /** True when both have a value in the same unit and period and the values differ by more than 0.5%. */
  public boolean differsFrom(Amount other) {
    return value != null && other.value != null && java.util.Objects.equals(unit, other.unit)
        && java.util.Objects.equals(period, other.period)
        && Math.abs(value - other.value) > 0.005 * Math.max(Math.abs(value), Math.abs(other.value));
  }

  /** True when both have the same unit and values within 0.5% of each other, whatever their periods. */
  public boolean sameValueAs(Amount other) {
    return new Amount(text, value, unit, null).sameAs(new Amount(other.text, other.value, other.unit, null));
  }

  /**
   * True when both have the same unit and values within 0.5% of each other, and the same period or one of them none
   * (a headline drops the سنويا of its body; a figure the extractor read without its period).
   */
  public boolean compatibleWith(Amount other) {
    return (period == null || other.period == null || period.equals(other.period)) && sameValueAs(other);
  }

  /** True when both have the same unit and period and values within 0.5% of each other. */
  public boolean sameAs(Amount other) {
    return value != null && other.value != null && java.util.Objects.equals(unit, other.unit)
        && java.util.Objects.equals(period, other.period) && !differsFrom(other);
  }
}
