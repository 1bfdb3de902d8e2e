package org.diplomatic.analyzer.extract.commitments;

import java.util.ArrayList;
import java.util.List;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.Token;
import org.diplomatic.analyzer.text.WordTokenizer;

/**
 * The learned model's view of a clause: its folded words plus pseudo-words for cue hits ({@code __cue_intent},
 * {@code __neg}, {@code __past}, {@code __reported}), the genre and a list-item marker; the cue lexicon is a feature,
 * the model weighs it.
 */
final class CommitmentFeatures {
  private final WordTokenizer tokenizer = new WordTokenizer();
  private final CueLexicon cues;

  CommitmentFeatures(CueLexicon cues) {
    this.cues = cues;
  }

  List<Token> tokens(String text) {
    return tokenizer.tokenize(text, new Sentence(text, 0, text.length()));
  }

  /** Arabic future prefix س on an imperfect verb (سنعمل، ستبدأ، سيتم), not on nouns such as سنة or سياسة. */
  static boolean isArabicFuture(String form) {
    String bare = form.startsWith("و") || form.startsWith("ف") ? form.substring(1) : form;
    return bare.length() >= 5 && bare.charAt(0) == 'س' && "يتنا".indexOf(bare.charAt(1)) >= 0
        && !NOT_FUTURE.contains(bare);
  }

  private static final java.util.Set<String> NOT_FUTURE = java.util.Set.of(
      "سنوات", "سنويا", "سنوي", "سنويه", "سياسه", "سياسات", "سياسي", "سياسيه", "سيارات", "سياره", "ستين",
      "سياحه", "سياحي", "سياحيه", "سيادي", "سياده", "سيطره", "سيول", "ستراتيجيه", "سنغافوره");

  String[] of(String text, String genre) {
    List<Token> tokens = tokens(text);
    List<String> out = new ArrayList<>();
    for (Token t : tokens) {
      String form = t.form();
      if (Character.isLetter(form.charAt(0))) {
        out.add(form);
        if (isArabicFuture(form)) {
          out.add("__future");
        }
      }
    }
    if (!tokens.isEmpty()) {
      out.add("__first_" + tokens.get(0).form());
    }
    for (CueLexicon.Hit hit : cues.find(tokens)) {
      out.add(switch (hit.feature()) {
        case "negation" -> "__neg";
        case "past" -> "__past";
        case "reported" -> "__reported";
        default -> "__cue_" + hit.feature();
      });
    }
    out.add("__genre_" + genre);
    if (!tokens.isEmpty() && Character.isDigit(tokens.get(0).text().charAt(0))) {
      out.add("__list_item");
    }
    return out.toArray(String[]::new);
  }
}
