package org.diplomatic.analyzer.extract.commitments;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomatic.analyzer.text.TextNormalizer;
import org.diplomatic.analyzer.text.Token;

/**
 * Whether a Persian clause ends in a past verb. Persian is verb-final, so the last word tells the tense of what the
 * clause reports: a simple past (آغاز به کار کرد، منتشر شد), a perfect or pluperfect (محقق کرده است، ارائه کرده
 * بود، نرسیده‌اند) or a past continuous (می‌کرد), built on the stems of {@code persian-past-stems.tsv}. A verb of
 * telling after its object (از سفر ... خبر داد، برگزاری ... را اعلام کرد) dates the telling, not the act, and does not
 * count, nor does the short infinitive, which has the past stem's form, after the future auxiliary or a modal
 * (افزایش خواهد یافت، می‌توان حل کرد).
 */
final class PersianFinalVerb {
  private static final String RESOURCE = "persian-past-stems.tsv";
  private static final TextNormalizer FOLD = TextNormalizer.folding();
  private static final List<String> ENDINGS = List.of("", "ند", "یم", "ید", "م", "ی").stream().map(FOLD::apply).toList();
  private static final Set<String> PERFECT_AUXILIARIES =
      FOLD.applyAll("است", "اند", "ایم", "اید", "ام", "بود", "بودند", "بودیم", "بودم");
  private static final Set<String> TELLING = FOLD.applyAll("خبر", "اعلام", "تاکید", "تأکید", "اظهار", "بیان", "عنوان", "تصریح");
  /** The future auxiliary, right before the short infinitive (the past stem's form): افزایش خواهد یافت. */
  private static final Set<String> FUTURE = FOLD.applyAll("خواهد", "خواهند", "خواهیم", "خواهم", "خواهی", "خواهید",
      "نخواهد", "نخواهند", "نخواهیم", "نخواهم");
  /** Impersonal modals, before the object of the short infinitive they take: باید این مشکل را حل کرد. */
  private static final Set<String> MODALS = FOLD.applyAll("می‌توان", "میتوان", "نمی‌توان", "نمیتوان", "توان", "بتوان",
      "باید", "نباید", "بایستی");
  private static final int MODAL_REACH = 8;
  private static final Set<String> FINITE =
      FOLD.applyAll("است", "هست", "هستند", "هستیم", "نیست", "نیستند", "باشد", "باشند",
      "باشیم", "شود", "شوند", "کند", "کنند", "کنیم", "دهد", "دهند", "دهیم", "گردد", "گردند", "دارد", "دارند", "داریم",
      "رسد", "یابد", "گیرد", "گیرند", "ماند", "آید");
  private static final String ZWNJ = "\u200c";
  private static final String PRESENT = FOLD.apply("می");

  private final Set<String> pastForms = new HashSet<>();
  private final Set<String> participles = new HashSet<>();

  private PersianFinalVerb() {}

  static PersianFinalVerb load() {
    PersianFinalVerb verbs = new PersianFinalVerb();
    FoldedWordList.load(RESOURCE).forEach(verbs::add);
    return verbs;
  }

  private void add(String stem) {
    for (String negation : List.of("", "ن")) {
      for (String ending : ENDINGS) {
        pastForms.add(negation + stem + ending);
      }
      participles.add(negation + stem + "ه");
    }
  }

  /** Whether the last word of {@code tokens} (punctuation and closing marks aside) is a past verb. */
  boolean endsInPast(List<Token> tokens) {
    int last = lastWord(tokens);
    if (last < 0) {
      return false;
    }
    String verb = tokens.get(last).form();
    String before = last > 0 ? tokens.get(last - 1).form() : "";
    if (PERFECT_AUXILIARIES.contains(verb)) {
      return participles.contains(before.replace(ZWNJ, ""));
    }
    String[] parts = verb.split(ZWNJ);
    if (parts.length == 2 && PERFECT_AUXILIARIES.contains(parts[1])) {
      return participles.contains(parts[0]);
    }
    if (parts.length == 2 && (parts[0].equals(PRESENT) || parts[0].equals("ن" + PRESENT))) {
      return pastForms.contains(parts[1]);
    }
    if (FUTURE.contains(before) || modalBefore(tokens, last)) {
      return false;
    }
    if (before.equals(PRESENT)) {
      return pastForms.contains(verb);
    }
    return pastForms.contains(verb) && !TELLING.contains(before);
  }

  /**
   * Whether the verb at {@code at} of {@code tokens} is a past continuous (می‌کردم، می‌شد, or می apart from the
   * verb), the tense of what was due or would have been ("باید ... ثابت می‌کردم").
   */
  boolean pastContinuousAt(List<Token> tokens, int at) {
    String form = tokens.get(at).form();
    String[] parts = form.split(ZWNJ);
    if (parts.length == 2 && (parts[0].equals(PRESENT) || parts[0].equals("ن" + PRESENT))) {
      return pastForms.contains(parts[1]);
    }
    return form.equals(PRESENT) && at + 1 < tokens.size() && pastForms.contains(tokens.get(at + 1).form());
  }

  /**
   * Whether the last word of {@code tokens} is a verb of any tense (past, present, subjunctive, copula), so that
   * the words form a clause of their own rather than a phrase cut off at و.
   */
  boolean endsInVerb(List<Token> tokens) {
    int last = lastWord(tokens);
    if (last < 0) {
      return false;
    }
    String verb = tokens.get(last).form();
    String stem = verb.replace(ZWNJ, "");
    return endsInPast(tokens) || PERFECT_AUXILIARIES.contains(verb) || FINITE.contains(verb) || FINITE.contains(stem)
        || verb.startsWith(PRESENT) || verb.startsWith("ن" + PRESENT) || last > 0 && FUTURE.contains(tokens.get(last - 1).form())
        || verb.length() > 3 && verb.startsWith("ب") && (verb.endsWith("د") || verb.endsWith("ند") || verb.endsWith("یم"));
  }

  /** The index of the last token that starts with a letter (punctuation and closing marks aside), or -1. */
  private static int lastWord(List<Token> tokens) {
    int last = tokens.size() - 1;
    while (last >= 0 && !Character.isLetter(tokens.get(last).form().charAt(0))) {
      last--;
    }
    return last;
  }

  private static boolean modalBefore(List<Token> tokens, int verb) {
    for (int k = Math.max(0, verb - MODAL_REACH); k < verb; k++) {
      if (MODALS.contains(tokens.get(k).form())) {
        return true;
      }
    }
    return false;
  }
}
