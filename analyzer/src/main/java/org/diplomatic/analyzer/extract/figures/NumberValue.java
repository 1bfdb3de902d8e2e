package org.diplomatic.analyzer.extract.figures;

/**
 * The running value of a number being read by {@link NumberGrammar}: accepts each element (digits, unit, ten, tens,
 * hundred, scale, fraction ...) only when it may follow the previous ones, so "ثلاثة وخمسة" stays two numbers while
 * "خمسة وعشرون" and "صد و بیست" become one. Mutable, one per parse.
 */
final class NumberValue {
  double total;
  double group;
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
    boolean ok = switch (e.kind()) {
      case "digits" -> digits(e.value(), conj);
      case "unit", "zero" -> unit(e.value(), conj, false);
      case "teen" -> unit(e.value(), conj, true);
      case "ten" -> ten(conj);
      case "tens" -> tens(e.value(), conj);
      case "hundred" -> hundred(e.value(), conj);
      case "scale" -> scale(e.value(), e.count(), conj);
      case "fraction" -> fractionFirst(e.value());
      case "plural_fraction" -> pluralFraction(e.value(), conj);
      case "denominator" -> denominator(e.value(), conj);
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

  private boolean digits(double v, boolean conj) {
    if (elements == 0) {
      group = v;
      groupDigits = true;
      digits = true;
      return true;
    }
    if (!conj || groupDigits) {
      return false;
    }
    if (group == 0 && v < lastScale) {
      group = v;
    } else if (hundreds && !tens && !units && !teens && v < 100) {
      group += v;
    } else {
      return false;
    }
    groupDigits = true;
    digits = true;
    return true;
  }

  private boolean unit(double v, boolean conj, boolean teen) {
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
    group += v;
    units = !teen;
    teens = teen;
    return true;
  }

  private boolean ten(boolean conj) {
    if (elements > 0 && "unit".equals(prev) && !conj && units && !tens && !teens) {
      group += 10;
      teens = true;
      return true;
    }
    if (elements == 0) {
      group = 10;
      teens = true;
      return true;
    }
    if ((conj || "hundred".equals(prev) || "scale".equals(prev)) && !groupDigits && !units && !tens && !teens) {
      group += 10;
      teens = true;
      return true;
    }
    return false;
  }

  private boolean tens(double v, boolean conj) {
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
    group += v;
    tens = true;
    return true;
  }

  private boolean hundred(double v, boolean conj) {
    if (v == 100 && !conj && "unit".equals(prev) && units && !tens && !teens && !hundreds && group < 10) {
      group *= 100;
      units = false;
      hundreds = true;
      return true;
    }
    if (elements == 0) {
      group = v;
      hundreds = true;
      return true;
    }
    if ((conj || "scale".equals(prev)) && group == 0) {
      group = v;
      hundreds = true;
      return true;
    }
    return false;
  }

  private boolean scale(double v, int count, boolean conj) {
    if (v > lastScale && "scale".equals(prev) && !conj && count == 1 && group == 0) {
      // A compound scale: "ألف مليار"، "۸ هزار میلیارد".
      total *= v;
      lastScale = v;
      return true;
    }
    if (v >= lastScale) {
      return false;
    }
    if (elements == 0 || (group == 0 && conj)) {
      total += count * v;
    } else if (group == 0 || count != 1 || conj) {
      return false;
    } else {
      total += group * v;
    }
    group = 0;
    hundreds = false;
    tens = false;
    units = false;
    teens = false;
    groupDigits = false;
    lastScale = v;
    scaled = true;
    return true;
  }

  private boolean fractionFirst(double v) {
    if (elements > 0) {
      return false;
    }
    group = v;
    fractionOnly = true;
    return true;
  }

  void addFraction(double v) {
    unambiguous = true;
    if (group == 0 && scaled) {
      total += v * lastScale;
    } else {
      group += v;
    }
    elements++;
    prev = "fraction";
  }

  private boolean pluralFraction(double v, boolean conj) {
    if (conj || !"unit".equals(prev) || group >= 10) {
      return false;
    }
    group *= v;
    return true;
  }

  private boolean denominator(double v, boolean conj) {
    if (conj || elements == 0 || group == 0 || group >= v || scaled) {
      return false;
    }
    group /= v;
    return true;
  }

  private boolean fewFirst() {
    if (elements > 0) {
      return false;
    }
    group = 1;
    few = true;
    return true;
  }

  /** "مليون ونصف مليون": adds the fraction of a scale no larger than the last one; false when it cannot. */
  boolean addScaledFraction(double fraction, double scale) {
    if (scale > lastScale || group != 0) {
      return false;
    }
    total += fraction * scale;
    elements++;
    prev = "scale";
    return true;
  }

  /** Adds the decimals read after "فاصلة"; false when the number cannot take them. */
  boolean addDecimal(double fraction) {
    if (elements == 0 || scaled || group != Math.floor(group)) {
      return false;
    }
    group += fraction;
    unambiguous = true;
    return true;
  }
}
