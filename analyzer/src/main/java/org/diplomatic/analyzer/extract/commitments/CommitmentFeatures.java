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

  String[] of(String text, String genre) {
    List<Token> tokens = tokens(text);
    List<String> out = new ArrayList<>();
    for (Token t : tokens) {
      if (Character.isLetter(t.form().charAt(0))) {
        out.add(t.form());
      }
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
