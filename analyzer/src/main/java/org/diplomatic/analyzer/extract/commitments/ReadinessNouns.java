package org.diplomatic.analyzer.extract.commitments;

import java.util.List;
import java.util.Set;
import org.diplomatic.analyzer.text.TextNormalizer;
import org.diplomatic.analyzer.text.Token;

/**
 * The bare nouns of readiness (آمادگی، استعداد) and the Persian verb آماده کردن, for {@link CueRules}: a party's
 * readiness is an offer only when it is readiness for something or declared (آمادگی ایران برای صادرات، اعلام
 * آمادگی کردند، آمادگی دارد، در آمادگی کامل هستند؛ استعداد الكويت لتمويل), as the corpus and real dev gold write
 * every such offer; fitness and preparations (آمادگی جسمانی، سطح آمادگی، این آمادگی را ... می‌دهد؛ استعداد الطالب
 * النفسي) and "to prepare" (آماده می‌کند، دل‌ها را آماده کند) offer nothing.
 */
final class ReadinessNouns {
  private static final TextNormalizer FOLD = TextNormalizer.folding();
  private static final String PERSIAN_NOUN = FOLD.apply("آمادگی");
  private static final String ARABIC_NOUN = FOLD.apply("استعداد");
  private static final String READY = FOLD.apply("آماده");
  /** Words before the Persian noun that declare it: اعلام / ابراز آمادگی، از آمادگی ... خبر داد. */
  private static final Set<String> DECLARED_BEFORE = FOLD.applyAll("اعلام", "ابراز", "از");
  /** Words after it that give what the readiness is for or declare it. */
  private static final Set<String> FOR_OR_DECLARED = FOLD.applyAll("برای", "براي", "جهت", "خصوص", "منظور", "دارد",
      "دارند", "داریم", "اعلام", "ابراز");
  private static final int PURPOSE_REACH = 8;
  /** A copula close after it: the party is in readiness ("در آمادگی کامل هستند تا ..."). */
  private static final Set<String> COPULA = FOLD.applyAll("است", "هستند", "هستیم", "هست");
  private static final int COPULA_REACH = 3;
  /** The most words between استعداد and the لـ / بـ of the act offered (استعداد المدينة بشكل كامل بتوفير). */
  private static final int ARABIC_REACH = 6;
  /** Forms of کردن after آماده: "to prepare" something, a transitive act, not readiness. */
  private static final Set<String> MAKE = FOLD.applyAll("کند", "کنند", "کرد", "کردند", "کرده", "کنیم", "میکند",
      "میکنند", "می‌کند", "می‌کنند", "كند", "كنند", "كرد");
  private static final String PRESENT = FOLD.apply("می");

  private ReadinessNouns() {}

  /** Whether {@code hit} is a bare readiness noun that offers nothing (no purpose, no declaration). */
  static boolean unoffered(List<Token> tokens, CueLexicon.Hit hit) {
    if (hit.length() != 1) {
      return false;
    }
    String form = bare(tokens.get(hit.token()).form());
    int i = hit.token();
    if (form.equals(PERSIAN_NOUN)) {
      if (i > 0 && DECLARED_BEFORE.contains(tokens.get(i - 1).form())) {
        return false;
      }
      for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + PURPOSE_REACH); k++) {
        String next = tokens.get(k).form();
        if (FOR_OR_DECLARED.contains(next) || k <= i + COPULA_REACH && COPULA.contains(next)) {
          return false;
        }
      }
      return true;
    }
    if (form.equals(ARABIC_NOUN)) {
      for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + ARABIC_REACH); k++) {
        String next = bare(tokens.get(k).form());
        if (next.length() >= 4 && (next.charAt(0) == 'ل' || next.charAt(0) == 'ب')) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** Whether the clause uses آماده as "to prepare" (آماده می‌کند، آماده کند، آماده می کند). */
  static boolean prepares(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!tokens.get(i).form().equals(READY)) {
        continue;
      }
      String next = tokens.get(i + 1).form();
      String two = next.equals(PRESENT) && i + 2 < tokens.size() ? next + tokens.get(i + 2).form() : next;
      if (MAKE.contains(next) || MAKE.contains(two.replace("\u200c", ""))) {
        return true;
      }
    }
    return false;
  }

  private static String bare(String form) {
    return (form.startsWith("و") || form.startsWith("ف")) && form.length() > 3 ? form.substring(1) : form;
  }
}
