package org.diplomatic.analyzer.extract.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives the numbers of a series the percent its last number writes: "با کاهش 27، 40، 52 و 36 درصدی"، "به ترتیب 91 و
 * 24 درصد". A bare number in digits with no unit, joined to a percentage only by "،", "," or "و", is a percentage too.
 * Ranges (بين 15 و20 في المئة) are one figure already and stay as they are.
 */
final class PercentSeries {
  private static final String PERCENT = "percent";

  private PercentSeries() {}

  static List<Figure> apply(String text, List<Figure> figures) {
    List<Figure> out = new ArrayList<>(figures);
    for (int i = out.size() - 1; i > 0; i--) {
      if (!PERCENT.equals(out.get(i).unit())) {
        continue;
      }
      for (int j = i - 1; j >= 0 && bareBefore(text, out.get(j), out.get(j + 1)); j--) {
        Figure f = out.get(j);
        out.set(j, new Figure(f.text(), f.value(), f.min(), f.max(), PERCENT, f.period(), f.qualifier(),
            f.quantity(), f.sentence(), f.start(), f.end()));
      }
    }
    return out;
  }

  /** Whether {@code f} is a bare number of the same sentence that only a separator divides from {@code next}. */
  private static boolean bareBefore(String text, Figure f, Figure next) {
    if (f.unit() != null || f.value() == null || f.sentence() != next.sentence() || !digitsOnly(f.text())) {
      return false;
    }
    String between = text.substring(f.end(), next.start()).strip();
    return between.equals("،") || between.equals(",") || between.equals("و");
  }

  private static boolean digitsOnly(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isDigit(c) && c != '.' && c != '٫' && c != '/') {
        return false;
      }
    }
    return !s.isEmpty();
  }
}
