package org.diplomatic.analyzer.extract.officials;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.Token;

/**
 * Completes a Persian official's name to its fullest form in the document, as the guidelines name officials: a given
 * name written right before it somewhere ("عزیزی" of "ارژنگ عزیزی در گفت‌وگو با ..."), a family name's ending
 * written apart after it ("مهدی جمالی | نژاد"), and a family name written right after it that opens at least two
 * other sentences as their subject ("اکبر | سوری" beside "سوری با اشاره به ..."، "سوری ادامه داد"); the name
 * finder often knows the given name and not the family name, or the other way round. Needs the document's tokens
 * and sentences; returns the candidates with completed names (a candidate nothing completes is returned as is).
 */
final class PersianFullName {
  /** What follows a family name that opens a sentence as its subject in agency news, folded. */
  private static final Set<String> SUBJECT_NEXT = Set.of("با", "در", "ادامه", "افزود", "گفت", "اظهار", "بیان",
      "تصریح", "خاطرنشان", "اضافه", "یادآور", "یادآوری", "همچنین", "نیز", "ضمن", "تاکید", "تأکید", "عنوان",
      "اذعان", "ابراز", "متذکر", "بیان‌داشت").stream().map(MatchFold::fold)
      .collect(Collectors.toUnmodifiableSet());
  /** How many sentences a family name must open for the words after a name to count as its family name. */
  private static final int MIN_SUBJECT_USES = 2;
  /** Given names taken in before a name at most ("محمد علی | انصاری"). */
  private static final int MAX_GIVEN = 2;
  private final OfficialsLexicon lex;

  PersianFullName(OfficialsLexicon lex) {
    this.lex = lex;
  }

  List<OfficialCandidate> complete(String text, List<Token> tokens, List<Sentence> sentences,
      List<OfficialCandidate> candidates) {
    List<String> folded = tokens.stream().map(t -> MatchFold.fold(t.text())).toList();
    Map<String, Integer> subjectUses = subjectUses(tokens, folded, sentences);
    List<OfficialCandidate> out = new ArrayList<>(candidates.size());
    for (OfficialCandidate c : candidates) {
      OfficialCandidate full = completed(text, tokens, folded, subjectUses, c);
      // a fuller form another candidate was read with, ending in the same word, merges by itself and keeps the
      // order of reading
      List<String> fullWords = OfficialMerger.joined(full.words());
      List<String> own = OfficialMerger.joined(c.words());
      boolean readElsewhere = full != c && own.get(own.size() - 1).equals(fullWords.get(fullWords.size() - 1))
          && candidates.stream().anyMatch(o -> OfficialMerger.joined(o.words()).equals(fullWords));
      out.add(readElsewhere ? c : full);
    }
    // "محمدحسین صفار" completed from "صفار" is "محمدحسین صفار هرندی" named elsewhere: a given name and the first
    // part of a family name lead the fuller name
    for (int i = 0; i < out.size(); i++) {
      OfficialCandidate c = out.get(i);
      for (OfficialCandidate longer : out) {
        if (c.words().size() >= 2 && longer.words().size() > c.words().size()
            && longer.words().subList(0, c.words().size()).equals(c.words())) {
          out.set(i, new OfficialCandidate(longer.words(), longer.name(), c.start(), c.end(), c.role()));
          break;
        }
      }
    }
    return out;
  }

  private OfficialCandidate completed(String text, List<Token> tokens, List<String> folded,
      Map<String, Integer> subjectUses, OfficialCandidate c) {
    List<String> name = OfficialMerger.joined(c.words());
    for (int i = 0; i < folded.size(); i++) {
      // "احمدی نژاد" and "احمدی‌نژاد" are one name: the family name's ending is compared joined
      int n = occurrence(folded, i, name, c.words().size());
      if (n == 0) {
        continue;
      }
      int from = i;
      // "صدا و سیما محمد نهاوندیان": a given name after و may be the second half of a body's name
      while (i - from < MAX_GIVEN && from > 0 && adjacent(text, tokens, from - 1) && given(folded.get(from - 1))
          && !(from > 1 && folded.get(from - 2).equals("\u0648"))) {
        from--;
      }
      int to = i + n;
      if (to < folded.size() && adjacent(text, tokens, to - 1)
          && (OfficialMerger.isSurnameEnding(folded.get(to))
              || subjectUses.getOrDefault(folded.get(to), 0) >= minSubjectUses(folded.get(to))
                  && nameWordAfter(folded.get(to)))) {
        to++;
      }
      if (from < i || to > i + n) {
        // the candidate keeps its own place: which candidate of a person was read first decides its role
        String written = text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
        return new OfficialCandidate(List.copyOf(folded.subList(from, to)), written, c.start(), c.end(), c.role());
      }
    }
    return c;
  }

  /** How many tokens from {@code i} spell {@code name} (compared joined), or 0. */
  private static int occurrence(List<String> folded, int i, List<String> name, int words) {
    for (int m = Math.max(1, words - 1); m <= words + 1 && i + m <= folded.size(); m++) {
      if (folded.get(i).equals(name.get(0).substring(0, Math.min(name.get(0).length(), folded.get(i).length())))
          && OfficialMerger.joined(folded.subList(i, i + m)).equals(name)) {
        return m;
      }
    }
    return 0;
  }

  /** A Persian given name that can open a name: known as a name word and none of the words that end one. */
  private boolean given(String f) {
    return lex.isNameWord(Language.PERSIAN, f) && free(f);
  }

  /** A word that may close a name as its family name: no word that ends names or opens titles. */
  private boolean nameWordAfter(String f) {
    List<String> one = List.of(f);
    return f.length() > 2 && !lex.isStopWord(Language.PERSIAN, f)
        && lex.titles(Language.PERSIAN).longestAt(one, 0) == 0 && lex.honorifics(Language.PERSIAN).longestAt(one, 0) == 0;
  }

  /** A family name that is also a country's adjective ("سوری") needs one more subject use than another word. */
  private int minSubjectUses(String f) {
    return country(f) ? MIN_SUBJECT_USES + 1 : MIN_SUBJECT_USES;
  }

  private boolean free(String f) {
    return nameWordAfter(f) && !country(f);
  }

  /** True when the one word names a country or its adjective. */
  private boolean country(String f) {
    return lex.countries(Language.PERSIAN).longestAt(List.of(f), 0) > 0;
  }

  /** True when token {@code k} and the next one are separated by white space alone (no comma, no line break). */
  private static boolean adjacent(String text, List<Token> tokens, int k) {
    if (k + 1 >= tokens.size()) {
      return false;
    }
    for (int p = tokens.get(k).end(); p < tokens.get(k + 1).start(); p++) {
      char ch = text.charAt(p);
      if (ch != ' ' && ch != '\u200C') {
        return false;
      }
    }
    return Character.isLetter(tokens.get(k).text().charAt(0)) && Character.isLetter(tokens.get(k + 1).text().charAt(0));
  }

  /** How often each word opens a sentence as its subject (followed by a word of {@link #SUBJECT_NEXT}). */
  private static Map<String, Integer> subjectUses(List<Token> tokens, List<String> folded, List<Sentence> sentences) {
    Map<String, Integer> uses = new HashMap<>();
    int t = 0;
    for (Sentence s : sentences) {
      while (t < tokens.size() && tokens.get(t).start() < s.start()) {
        t++;
      }
      if (t + 1 < tokens.size() && tokens.get(t + 1).end() <= s.end() && SUBJECT_NEXT.contains(folded.get(t + 1))) {
        uses.merge(folded.get(t), 1, Integer::sum);
      }
    }
    return uses;
  }
}
