package org.diplomatic.analyzer.ledger;

/** A figure of a commitment: value (or the middle of a range), unit and period (each may be null), as written. */
public record Amount(String text, Double value, String unit, String period) {
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
