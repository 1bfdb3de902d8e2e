package org.diplomatic.analyzer.extract.figures;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The running value of a number being read by {@link NumberGrammar}: accepts each element (digits, unit, ten, tens,
 * hundred, scale, fraction ...) only when it may follow the previous ones, so "ثلاثة وخمسة" stays two numbers while
 * "خمسة وعشرون" and "صد و بیست" become one. Values are decimals, so "8.2 مليون" is 8200000 exactly. Mutable, one per
 * parse.
 */
final class NumberValue {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  BigDecimal total = BigDecimal.ZERO;
  BigDecimal group = BigDecimal.ZERO;
  double lastScale = Double.MAX_VALUE;
  boolean scaled;
  boolean hundreds;
  boolean tens;
  boolean units;
  boolean teens;
  boolean groupDigits;
  boolean digits;
  boolean unambiguous;
  boolean few;
  boolean fractionOnly;
  int elements;
  String prev = "";

  boolean accept(NumberElement e, boolean conj) {
    BigDecimal v = e.value();
    boolean ok = switch (e.kind()) {
      case "digits" -> digits(v, conj);
      case "unit", "zero" -> unit(v, conj, false);
      case "teen" -> unit(v, conj, true);
      case "ten" -> ten(conj);
      case "tens" -> tens(v, conj);
      case "hundred" -> hundred(v, conj);
      case "scale" -> scale(v, e.count(), conj);
      case "fraction" -> fractionFirst(v);
      case "plural_fraction" -> pluralFraction(v, conj);
      case "denominator" -> denominator(v, conj);
      case "few" -> fewFirst();
      default -> false;
    };
    if (ok) {
      elements++;
      prev = e.kind();
      unambiguous |= !e.ambiguous();
      if (!"fraction".equals(e.kind())) {
        fractionOnly = false;
      }
    }
    return ok;
  }

  /** The number read so far. */
  BigDecimal value() {
    return total.add(group);
  }

  private boolean groupIsZero() {
    return group.signum() == 0;
  }

  private boolean groupBelow(long n) {
    return group.compareTo(BigDecimal.valueOf(n)) < 0;
  }

  private boolean digits(BigDecimal v, boolean conj) {
    if (elements == 0) {
      group = v;
      groupDigits = true;
      digits = true;
      return true;
    }
    if (!conj || groupDigits) {
      return false;
    }
    if (groupIsZero() && v.doubleValue() < lastScale) {
      group = v;
    } else if (hundreds && !tens && !units && !teens && v.compareTo(HUNDRED) < 0) {
      group = group.add(v);
    } else {
      return false;
    }
    groupDigits = true;
    digits = true;
    return true;
  }

  private boolean unit(BigDecimal v, boolean conj, boolean teen) {
    if (elements == 0) {
      group = v;
      units = !teen;
      teens = teen;
      return true;
    }
    if (groupDigits || units || teens || (teen && tens)) {
      return false;
    }
    if (!conj && !"hundred".equals(prev) && !"tens".equals(prev) && !"scale".equals(prev)) {
      return false;
    }
    group = group.add(v);
    units = !teen;
    teens = teen;
    return true;
  }

  private boolean ten(boolean conj) {
    if (elements > 0 && "unit".equals(prev) && !conj && units && !tens && !teens) {
      group = group.add(BigDecimal.TEN);
      teens = true;
      return true;
    }
    if (elements == 0) {
      group = BigDecimal.TEN;
      teens = true;
      return true;
    }
    if ((conj || "hundred".equals(prev) || "scale".equals(prev)) && !groupDigits && !units && !tens && !teens) {
      group = group.add(BigDecimal.TEN);
      teens = true;
      return true;
    }
    return false;
  }

  private boolean tens(BigDecimal v, boolean conj) {
    if (elements == 0) {
      group = v;
      tens = true;
      return true;
    }
    if (groupDigits || tens || teens) {
      return false;
    }
    if (!conj && !"hundred".equals(prev) && !"scale".equals(prev)) {
      return false;
    }
    group = group.add(v);
    tens = true;
    return true;
  }

  private boolean hundred(BigDecimal v, boolean conj) {
    if (v.compareTo(HUNDRED) == 0 && !conj && "unit".equals(prev) && units && !tens && !teens && !hundreds
        && groupBelow(10)) {
      group = group.multiply(HUNDRED);
      units = false;
      hundreds = true;
      return true;
    }
    if (elements == 0) {
      group = v;
      hundreds = true;
      return true;
    }
    if ((conj || "scale".equals(prev)) && groupIsZero()) {
      group = v;
      hundreds = true;
      return true;
    }
    return false;
  }

  private boolean scale(BigDecimal value, int count, boolean conj) {
    double v = value.doubleValue();
    if (v > lastScale && !conj && count == 1 && ("scale".equals(prev) || total.signum() > 0)
        && value().compareTo(value) < 0) {
      // A compound scale: "ألف مليار"، "۸ هزار میلیارد", "یک‌هزار و 830 میلیارد" (1830 billion).
      total = value().multiply(value);
      group = BigDecimal.ZERO;
      resetGroup();
      lastScale = v;
      return true;
    }
    if (v >= lastScale) {
      return false;
    }
    if (elements == 0 || (groupIsZero() && conj)) {
      total = total.add(value.multiply(BigDecimal.valueOf(count)));
    } else if (groupIsZero() || count != 1 || conj) {
      return false;
    } else {
      total = total.add(group.multiply(value));
    }
    group = BigDecimal.ZERO;
    resetGroup();
    lastScale = v;
    scaled = true;
    return true;
  }

  private void resetGroup() {
    hundreds = false;
    tens = false;
    units = false;
    teens = false;
    groupDigits = false;
  }

  private boolean fractionFirst(BigDecimal v) {
    if (elements > 0) {
      return false;
    }
    group = v;
    fractionOnly = true;
    return true;
  }

  void addFraction(BigDecimal v) {
    unambiguous = true;
    if (groupIsZero() && scaled) {
      total = total.add(v.multiply(BigDecimal.valueOf(lastScale)));
    } else {
      group = group.add(v);
    }
    elements++;
    prev = "fraction";
  }

  private boolean pluralFraction(BigDecimal v, boolean conj) {
    if (conj || !"unit".equals(prev) || !groupBelow(10)) {
      return false;
    }
    group = group.multiply(v);
    return true;
  }

  private boolean denominator(BigDecimal v, boolean conj) {
    if (conj || elements == 0 || groupIsZero() || group.compareTo(v) >= 0 || scaled) {
      return false;
    }
    group = group.divide(v, MathContext.DECIMAL64);
    return true;
  }

  private boolean fewFirst() {
    if (elements > 0) {
      return false;
    }
    group = BigDecimal.ONE;
    few = true;
    return true;
  }

  /** "مليون ونصف مليون": adds the fraction of a scale no larger than the last one; false when it cannot. */
  boolean addScaledFraction(BigDecimal fraction, BigDecimal scale) {
    if (scale.doubleValue() > lastScale || !groupIsZero()) {
      return false;
    }
    total = total.add(fraction.multiply(scale));
    elements++;
    prev = "scale";
    return true;
  }

  /** Adds the decimals read after "فاصلة"; false when the number cannot take them. */
  boolean addDecimal(BigDecimal fraction) {
    if (elements == 0 || scaled || group.stripTrailingZeros().scale() > 0) {
      return false;
    }
    group = group.add(fraction);
    unambiguous = true;
    return true;
  }
}
