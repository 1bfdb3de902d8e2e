package org.diplomatic.analyzer.extract.quotes;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import org.diplomatic.analyzer.extract.officials.MatchFold;
import org.diplomatic.analyzer.extract.officials.NameTokenizer;
import org.diplomatic.analyzer.extract.officials.Official;
import org.diplomatic.analyzer.extract.officials.OfficialsLexicon;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Span;
import org.diplomatic.analyzer.text.Token;

/**
 * Names who said a quote from the words around it, through the document's {@link MentionIndex}: an official's name
 * mention, else a word of exactly one official's name, else a title-only reference ("وزیر کشور عراق", matched
 * against the officials' roles and countries).
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

  /** The official named in {@code window} (by name, then by a word of one name, then by title), or null. */
  Official named(String text, Span window, MentionIndex mentions, Language lang) {
    Official first = mentions.firstIn(window);
    if (first == null) {
      first = byNameWord(text, window, mentions);
    }
    return first != null ? first : byTitle(text, window, mentions, lang);
  }

  /** The one official a word of the window names ("وقالت تشانغ" for تشانغ شياو لين), or null. */
  private Official byNameWord(String text, Span window, MentionIndex mentions) {
    for (Token t : tokenizer.tokenize(text, window.start(), window.end())) {
      String word = MatchFold.fold(t.text());
      Official named = word.length() < 3 ? null : mentions.byNameWord(word);
      if (named != null) {
        return named;
      }
    }
    return null;
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

  /** True when a word of the window is a title ("قالت الوزيرة"): the clause names its own subject. */
  boolean namesATitle(String text, Span window, Language lang) {
    for (Token t : tokenizer.tokenize(text, window.start(), window.end())) {
      if (lex.isTitleHead(lang, t.text())) {
        return true;
      }
    }
    return false;
  }

  private Official byTitle(String text, Span window, MentionIndex mentions, Language lang) {
    Set<String> words = new HashSet<>();
    String country = null;
    boolean titled = false;
    for (Token t : tokenizer.tokenize(text, window.start(), window.end())) {
      words.add(MatchFold.fold(t.text()));
      String iso = lex.countryOf(lang, t.text());
      country = country == null ? iso : country;
      titled |= lex.isTitleHead(lang, t.text());
    }
    Set<Official> candidates = new HashSet<>();
    words.forEach(w -> candidates.addAll(mentions.withRoleHead(w)));
    Official best = null;
    int bestScore = MIN_ROLE_OVERLAP - 1;
    for (Official o : candidates.stream().sorted(Comparator.comparingInt(mentions::order)).toList()) {
      if (lang == Language.ARABIC && country != null && o.country() != null && !country.equals(o.country())) {
        continue; // "وزير الخارجية المصري" is not the Saudi foreign minister, however alike the titles
      }
      int score = 0;
      for (String f : mentions.roleWords(o)) {
        score += f.length() > 1 && words.contains(f) ? 1 : 0;
      }
      score += country != null && country.equals(o.country()) ? 1 : 0;
      if (score > bestScore) {
        best = o;
        bestScore = score;
      }
    }
    // a title with a nationality names the one official of that state ("الوزير العراقي" after "نظيره العراقي X")
    boolean byCountry = best == null && titled && country != null && lang == Language.ARABIC;
    return byCountry ? mentions.onlyOf(country) : best;
  }
}
