package org.diplomatic.analyzer.extract.commitments;

import java.util.List;
import java.util.Set;
import org.diplomatic.analyzer.text.TextNormalizer;
import org.diplomatic.analyzer.text.Token;

/**
 * A Persian verb of saying that reports what follows without که or a colon ("گل تاکید کرد، این اتحادیه باید ...";
 * "نخست وزیر پاکستان اعلام کرد کشورش ..."): گفت، افزود، or اعلام / تاکید / اظهار ... with کرد or داشت, in the past
 * simple or perfect. What comes after it is a clause of its own, with its own subject.
 */
final class PersianSpeech {
  private static final TextNormalizer FOLD = TextNormalizer.folding();
  private static final Set<String> SAYING = FOLD.applyAll("گفت", "گفتند", "افزود", "افزودند");
  private static final Set<String> HEADS =
      FOLD.applyAll("اعلام", "تاکید", "تأکید", "اظهار", "خاطرنشان", "تصریح", "عنوان",
      "بیان", "ادعا");
  private static final Set<String> LIGHT_VERBS = FOLD.applyAll("کرد", "کردند", "داشت", "داشتند", "کرده", "نمود");
  private static final Set<String> AFTER = FOLD.applyAll("بود", "است", "اند");

  private PersianSpeech() {}

  /** Whether token {@code i} closes a verb of saying (with its auxiliary, if {@code i} is one). */
  static boolean endsAt(List<Token> tokens, int i) {
    int verb = AFTER.contains(tokens.get(i).form()) && i > 0 ? i - 1 : i;
    String form = tokens.get(verb).form();
    // گفت و گو, written apart, is a noun
    boolean noun = i + 1 < tokens.size() && (tokens.get(i + 1).form().equals("و")
        && i + 2 < tokens.size() && tokens.get(i + 2).form().startsWith(FOLD.apply("گو"))
        || tokens.get(i + 1).form().startsWith(FOLD.apply("وگو")));
    return SAYING.contains(form) && !noun || verb > 0 && LIGHT_VERBS.contains(form)
        && HEADS.contains(tokens.get(verb - 1).form());
  }
}
