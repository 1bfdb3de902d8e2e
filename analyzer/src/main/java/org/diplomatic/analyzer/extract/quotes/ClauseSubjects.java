package org.diplomatic.analyzer.extract.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatic.analyzer.extract.officials.MatchFold;
import org.diplomatic.analyzer.extract.officials.NameTokenizer;
import org.diplomatic.analyzer.extract.officials.Official;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Span;
import org.diplomatic.analyzer.text.Token;

/**
 * The written subject of a Persian speech clause, for speakers the officials extractor did not find: the words at
 * the clause's start (after "به گزارش ...،", a dateline colon, openers such as "در همین راستا" and honorifics) up
 * to the first preposition or time word ({@code subject-words.tsv}). A subject opening with an office word is a
 * title alone ({@link #isTitleOnly}), to be resolved to a name; a pronoun or "این مسئول" gives null.
 */
final class ClauseSubjects {
  private static final int MAX_NAME_WORDS = 5;
  private static final int MAX_TITLE_WORDS = 14;
  private static final Set<String> LIGHT_VERBS = Set.of(MatchFold.fold("کرد"), MatchFold.fold("کردند"),
      MatchFold.fold("داشت"), MatchFold.fold("داد"), MatchFold.fold("نمود"));

  private static final String ONE = MatchFold.fold("یکی");
  private static final String A = MatchFold.fold("یک");
  private static final String OF = MatchFold.fold("از");

  private final Map<String, List<List<String>>> phrases = new HashMap<>();
  private final Set<String> titles = new HashSet<>();
  private final Set<String> breaks = new HashSet<>();
  private final Set<String> anaphors = new HashSet<>();
  private final NameTokenizer tokenizer = new NameTokenizer();

  static ClauseSubjects load() {
    ClauseSubjects s = new ClauseSubjects();
    try (InputStream in = ClauseSubjects.class.getResourceAsStream("subject-words.tsv")) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing bundled lexicon subject-words.tsv"));
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        String word = MatchFold.fold(cols[2].strip());
        switch (cols[1].strip()) {
          case "title" -> s.titles.add(word);
          case "break" -> s.breaks.add(word);
          case "anaphor" -> s.anaphors.add(word);
          default -> s.phrases.computeIfAbsent(cols[1].strip(), k -> new ArrayList<>()).add(
              List.of(word.split(" ")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled lexicon subject-words.tsv", e);
    }
    return s;
  }

  /** True for a speaker made from a written title alone ("وزیر ورزش و جوانان"), which names nobody yet. */
  static boolean isTitleOnly(Official o) {
    return o.mentions().isEmpty() && o.name().equals(o.role());
  }

  /**
   * The subject written before the first speech verb of {@code window}, or null: a name or a party as written, or
   * a title alone (name and role the title, no mentions).
   */
  Official in(String text, Span window, SpeechCues cues) {
    // a headline and its lead may form one sentence: the clause starts on the verb's line
    int lineStart = window.end() == 0 ? 0 : text.lastIndexOf('\n', window.end() - 1) + 1;
    List<Token> tokens = tokenizer.tokenize(text, Math.max(window.start(), lineStart), window.end());
    int start = clauseStart(tokens);
    boolean skipped = true;
    while (skipped) {
      int after = Math.max(skip(tokens, start, "opener"), skip(tokens, start, "honorific"));
      skipped = after > start;
      start = after;
    }
    for (int i = start; i < tokens.size(); i++) {
      if (!cues.isSpeechVerb(Language.PERSIAN, tokens.get(i).text())) {
        continue;
      }
      if (!LIGHT_VERBS.contains(fold(tokens.get(i)))) {
        return subject(text, tokens, start, i);
      }
      // "کرد" speaks before a colon ("اعلام کرد:"), else it is any act; the noun before it is no part of the subject
      boolean colon = i + 1 < tokens.size() ? tokens.get(i + 1).text().equals(":")
          : text.substring(tokens.get(i).end(), Math.min(text.length(), tokens.get(i).end() + 3)).contains(":");
      if (colon && i > start) {
        return subject(text, tokens, start, i - 1);
      }
    }
    return null;
  }

  private Official subject(String text, List<Token> tokens, int start, int verb) {
    if (start >= verb || anaphors.contains(fold(tokens.get(start)))) {
      return null;
    }
    boolean title = titles.contains(fold(tokens.get(start)));
    int end = start;
    // a name ends where its office begins ("فراتيني وزير خارجه ايتاليا گفت"): the office is apposition
    // "یک کارشناس اقتصادی گفت" is a party as written; "X یکی از مهمانان" ends the name X
    boolean indefinite = fold(tokens.get(start)).equals(A) || fold(tokens.get(start)).equals(ONE);
    while (end < verb && isWord(tokens.get(end)) && (!breaks.contains(fold(tokens.get(end)))
        || partitive(tokens, start, end)) && (end == start || !fold(tokens.get(end)).equals(ONE))
        && (title || indefinite || end == start || !titles.contains(fold(tokens.get(end))))) {
      end++;
    }
    int words = end - start;
    if (words == 0 || (!title && words > MAX_NAME_WORDS)) {
      return null;
    }
    end = Math.min(end, start + MAX_TITLE_WORDS);
    String written = text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
    return new Official(written, title ? written : null, null, null, List.of());
  }

  /** True for the از of a subject "یکی از شهروندان": one of a group is the party as written, not یکی alone. */
  private static boolean partitive(List<Token> tokens, int start, int at) {
    return at == start + 1 && fold(tokens.get(start)).equals(ONE) && fold(tokens.get(at)).equals(OF);
  }

  /** After "به گزارش ...،" or the last colon before the verb (a dateline "خبرگزاری فارس:"), else 0. */
  private static int clauseStart(List<Token> tokens) {
    int start = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).text().equals(":")) {
        start = i + 1;
      }
    }
    if (start == 0 && tokens.size() > 1 && fold(tokens.get(0)).equals(MatchFold.fold("به"))
        && fold(tokens.get(1)).equals(MatchFold.fold("گزارش"))) {
      for (int i = 2; i < tokens.size(); i++) {
        if (tokens.get(i).text().equals("،") || tokens.get(i).text().equals(",")) {
          return i + 1;
        }
      }
    }
    return start;
  }

  /** The index after the longest phrase of {@code kind} starting at {@code from}, or {@code from}. */
  private int skip(List<Token> tokens, int from, String kind) {
    int best = from;
    for (List<String> phrase : phrases.getOrDefault(kind, List.of())) {
      int i = 0;
      while (i < phrase.size() && from + i < tokens.size() && fold(tokens.get(from + i)).equals(phrase.get(i))) {
        i++;
      }
      if (i == phrase.size()) {
        int after = from + i;
        after = after < tokens.size() && tokens.get(after).text().equals("،") ? after + 1 : after;
        best = Math.max(best, after);
      }
    }
    return best;
  }

  private static boolean isWord(Token t) {
    return Character.isLetter(t.text().charAt(0));
  }

  private static String fold(Token t) {
    return MatchFold.fold(t.text());
  }
}
