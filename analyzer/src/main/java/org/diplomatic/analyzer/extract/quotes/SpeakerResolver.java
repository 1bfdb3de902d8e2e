package org.diplomatic.analyzer.extract.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomatic.analyzer.extract.officials.MatchFold;
import org.diplomatic.analyzer.extract.officials.NameTokenizer;
import org.diplomatic.analyzer.extract.officials.Official;
import org.diplomatic.analyzer.extract.officials.OfficialsLexicon;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Span;
import org.diplomatic.analyzer.text.Token;

/**
 * Names who said a quote from the words around it: an official's name mention, else a word of exactly one official's
 * name, else a title-only reference ("وزیر
 * کشور عراق", matched against the officials' roles and countries), else a pronoun or bare speech verb pointing back
 * to the official mentioned last before the quote.
 */
final class SpeakerResolver {
  private static final int MIN_ROLE_OVERLAP = 2;

  private final OfficialsLexicon lex;
  private final SpeechCues cues;
  private final NameTokenizer tokenizer = new NameTokenizer();

  SpeakerResolver(OfficialsLexicon lex, SpeechCues cues) {
    this.lex = lex;
    this.cues = cues;
  }

  /** The official named in {@code window} (by name, then by title), or null. */
  Official named(String text, Span window, List<Official> officials, Language lang) {
    Official first = null;
    int firstStart = Integer.MAX_VALUE;
    for (Official o : officials) {
      for (Span m : o.mentions()) {
        if (window.contains(m) && m.start() < firstStart) {
          first = o;
          firstStart = m.start();
        }
      }
    }
    if (first == null) {
      first = byNameWord(text, window, officials);
    }
    return first != null ? first : byTitle(text, window, officials, lang);
  }

  /** The one official a word of the window names ("وقالت تشانغ" for تشانغ شياو لين), or null. */
  private Official byNameWord(String text, Span window, List<Official> officials) {
    for (Token t : tokenizer.tokenize(text, window.start(), window.end())) {
      String word = MatchFold.fold(t.text());
      if (word.length() < 3) {
        continue;
      }
      Official named = null;
      int count = 0;
      for (Official o : officials) {
        for (Token n : tokenizer.tokenize(o.name(), 0, o.name().length())) {
          if (MatchFold.fold(n.text()).equals(word)) {
            named = o;
            count++;
            break;
          }
        }
      }
      if (count == 1) {
        return named;
      }
    }
    return null;
  }

  /** The official mentioned last before {@code position} outside the given quotes, or null. */
  Official lastMentioned(int position, List<Official> officials, List<Span> quotes) {
    Official last = null;
    int lastStart = -1;
    for (Official o : officials) {
      for (Span m : o.mentions()) {
        boolean quoted = quotes.stream().anyMatch(q -> q.contains(m));
        if (m.end() <= position && m.start() > lastStart && !quoted) {
          last = o;
          lastStart = m.start();
        }
      }
    }
    return last;
  }

  /** True when the window holds a speech verb or a subject pronoun. */
  boolean hasCue(String text, Span window, Language lang) {
    for (Token t : tokenizer.tokenize(text, window.start(), window.end())) {
      if (cues.isSpeechVerb(lang, t.text()) || cues.isPronoun(lang, t.text())) {
        return true;
      }
    }
    return false;
  }

  private Official byTitle(String text, Span window, List<Official> officials, Language lang) {
    Set<String> words = new HashSet<>();
    String country = null;
    for (Token t : tokenizer.tokenize(text, window.start(), window.end())) {
      words.add(MatchFold.fold(t.text()));
      String iso = lex.countryOf(lang, t.text());
      country = country == null ? iso : country;
    }
    Official best = null;
    int bestScore = MIN_ROLE_OVERLAP - 1;
    for (Official o : officials) {
      if (o.role() == null) {
        continue;
      }
      List<Token> role = tokenizer.tokenize(o.role(), 0, o.role().length());
      if (role.isEmpty() || !words.contains(MatchFold.fold(role.get(0).text()))) {
        continue;
      }
      int score = 0;
      for (Token r : role) {
        String f = MatchFold.fold(r.text());
        score += f.length() > 1 && words.contains(f) ? 1 : 0;
      }
      score += country != null && country.equals(o.country()) ? 1 : 0;
      if (score > bestScore) {
        best = o;
        bestScore = score;
      }
    }
    return best;
  }
}
