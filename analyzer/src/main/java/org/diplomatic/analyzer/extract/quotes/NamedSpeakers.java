package org.diplomatic.analyzer.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplomatic.analyzer.extract.officials.NameTokenizer;
import org.diplomatic.analyzer.extract.officials.Official;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.Span;
import org.diplomatic.analyzer.text.Token;

/**
 * Who speaks where in a document: every speech verb outside quotes whose own clause names an official or a source
 * as written ({@link WrittenSources}) (the subject
 * before the verb in Persian, after it in Arabic), in text order, so that "وأضاف" or "وی افزود" continues the last
 * named speaker, also one of indirect speech ("فرهمند گفت ..."), rather than the last name mentioned.
 */
final class NamedSpeakers {
  /** Words after an Arabic speech verb where its subject is looked for. */
  private static final int ARABIC_SUBJECT_TOKENS = 12;
  private static final int WINDOW = 300;
  /** What opens the reported words, or a phrase naming others, after an Arabic speech verb and its subject. */
  private static final Set<String> CLAUSE_OPENERS = Set.of(":", "«", "\"", "“", "إن", "أن", "بأن", "،", "خلال", "لدى",
      "أثناء", "عقب", "مع", "بعد", "عند", "أمام", "إلى", "عن", "حول");

  private final List<Integer> positions = new ArrayList<>();
  private final List<Official> speakers = new ArrayList<>();
  private final List<Official> writtenNames = new ArrayList<>();

  NamedSpeakers(String text, List<Sentence> sentences, Language lang, List<Span> quotes, MentionIndex mentions,
      SpeakerResolver resolver, SpeechCues cues, WrittenSources sources, ClauseSubjects subjects) {
    NameTokenizer tokenizer = new NameTokenizer();
    for (Sentence s : sentences) {
      List<Token> tokens = tokenizer.tokenize(text, s);
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (!cues.isSpeechVerb(lang, t.text()) || MentionIndex.insideAny(quotes, t.span())) {
          continue;
        }
        Span window = lang == Language.ARABIC
            ? new Span(t.end(), subjectEnd(tokens, i))
            : new Span(Math.max(s.start(), t.start() - WINDOW), t.start());
        boolean nameAfter = i + 1 < tokens.size() && mentions.firstIn(tokens.get(i + 1).span()) != null;
        Official who = lang == Language.ARABIC && !nameAfter ? subjectBefore(text, t, mentions) : null;
        who = who != null || window.length() == 0 ? who : resolver.named(text, window, mentions, lang);
        String source = who == null && window.length() > 0 ? sources.in(text, window, lang, cues) : null;
        who = source != null ? new Official(source, null, null, null, List.of()) : who;
        Official written = lang == Language.PERSIAN ? subjects.in(text, new Span(s.start(), t.end()), cues) : null;
        if (written != null && !ClauseSubjects.isTitleOnly(written)) {
          writtenNames.add(written);
        }
        who = who == null ? written : who;
        if (who != null) {
          positions.add(t.start());
          speakers.add(who);
        }
      }
    }
  }

  /**
   * The official whose name stands right before an Arabic speech verb without و or ف, in a subject-first clause
   * ("وكان رئيس الوزراء اليوناني ألكسيس تسيبراس صرح في البرلمان أنه طلب من وزير المالية ..."): the subject, not a
   * name further on (one right after the verb is its subject: "أوضح الجبوري"); or null.
   */
  private static Official subjectBefore(String text, Token verb, MentionIndex mentions) {
    char first = verb.text().charAt(0);
    if (first == 'و' || first == 'ف') {
      return null;
    }
    int k = verb.start();
    while (k > 0 && (Character.isWhitespace(text.charAt(k - 1)) || "»\"”".indexOf(text.charAt(k - 1)) >= 0)) {
      k--;
    }
    return k == verb.start() ? null : mentions.endingIn(k, k);
  }

  /** The end of the words after an Arabic verb that may hold its subject: before a colon, a mark or إن/أن. */
  private static int subjectEnd(List<Token> tokens, int verb) {
    int end = tokens.get(verb).end();
    for (int k = verb + 1; k < tokens.size() && k <= verb + ARABIC_SUBJECT_TOKENS; k++) {
      if (CLAUSE_OPENERS.contains(tokens.get(k).text())) {
        break;
      }
      end = tokens.get(k).end();
    }
    return end;
  }

  /** The speaker named at the first speech verb inside {@code window}, or null. */
  Official firstIn(Span window) {
    for (int i = 0; i < positions.size(); i++) {
      if (positions.get(i) >= window.start() && positions.get(i) < window.end()) {
        return speakers.get(i);
      }
    }
    return null;
  }

  /** Where each speaker was named, in text order. */
  List<Integer> positions() {
    return positions;
  }

  /** The speakers named, in text order (officials, sources and written subjects). */
  List<Official> speakers() {
    return speakers;
  }

  /** The subjects written at speech verbs that are no title alone, whether or not an official was found there. */
  List<Official> writtenNames() {
    return writtenNames;
  }

  /** The official named at the last speech verb before {@code position}, or null. */
  /** Where the last speaker before {@code position} was named, or -1. */
  int lastPositionBefore(int position) {
    int at = -1;
    for (int p : positions) {
      at = p < position ? p : at;
    }
    return at;
  }

  Official lastBefore(int position) {
    int lo = 0;
    int hi = positions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (positions.get(mid) < position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo == 0 ? null : speakers.get(lo - 1);
  }
}
