package org.diplomatic.analyzer.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Arabic and Persian text into sentences at {@code . ؟ ? ! ؛ …} and line breaks. Closing quotes and brackets
 * after a terminator stay with the sentence; a full stop inside a number (1.5), after a one-letter abbreviation
 * (د. / م.) or as a list-item marker at the start of a line ("1.", "١.") does not end one. Colons never split, so a
 * quote stays with the verb that introduces it. Each sentence is trimmed of surrounding white space.
 */
public final class SentenceSplitter {
  private static final String TERMINATORS = ".؟?!؛…";
  private static final String CLOSERS = "»\"”’)]}›";

  public List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(text, start, i, sentences);
        start = i + 1;
      } else if (TERMINATORS.indexOf(c) >= 0 && endsSentence(text, i, start)) {
        int end = i + 1;
        while (end < text.length()
            && (TERMINATORS.indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
          end++;
        }
        add(text, start, end, sentences);
        start = end;
        i = end;
        continue;
      }
      i++;
    }
    add(text, start, text.length(), sentences);
    return sentences;
  }

  private static boolean endsSentence(String text, int i, int sentenceStart) {
    if (text.charAt(i) != '.') {
      return true;
    }
    char prev = i > 0 ? text.charAt(i - 1) : ' ';
    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    if (Character.isDigit(prev) && Character.isDigit(afterBidiMarks(text, i + 1))) {
      return false; // decimal point, also as the Saudi press stores some: 3.<RLM>2
    }
    if (Character.isLetterOrDigit(next)) {
      return false; // inside an abbreviation such as ج.ا.ا or a domain name
    }
    int wordStart = i;
    while (wordStart > 0 && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    int wordLength = i - wordStart;
    if (wordLength == 1 && Character.isLetter(prev)) {
      return false; // one-letter abbreviation: د. م.
    }
    if (wordLength > 0 && wordLength <= 3 && isAllDigits(text, wordStart, i)
        && text.substring(sentenceStart, wordStart).isBlank()) {
      return false; // list marker at the start of a line: 1. / ١.
    }
    return true;
  }

  /** The first character from {@code from} that is not a directional mark (LRM, RLM, ALM), or a space. */
  private static char afterBidiMarks(String text, int from) {
    int k = from;
    while (k < text.length() && (text.charAt(k) == '\u200E' || text.charAt(k) == '\u200F'
        || text.charAt(k) == '\u061C')) {
      k++;
    }
    return k < text.length() ? text.charAt(k) : ' ';
  }

    private static boolean isAllDigits(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static void add(String text, int from, int to, List<Sentence> out) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      out.add(new Sentence(text.substring(from, to), from, to));
    }
  }
}
