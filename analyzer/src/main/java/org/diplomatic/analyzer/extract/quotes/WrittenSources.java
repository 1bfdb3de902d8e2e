package org.diplomatic.analyzer.extract.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatic.analyzer.extract.officials.MatchFold;
import org.diplomatic.analyzer.extract.officials.NameTokenizer;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Span;
import org.diplomatic.analyzer.text.Token;

/**
 * A medium or unnamed source as written in a speech clause ("روزنامه ديلي تايمز", "مصدر رفيع في وزارة الخارجية
 * السودانية"): from a source noun to the clause's next break; a name in marks inside it is the name alone. The
 * parties of a joint statement (الجانبان) speak for it rather than the statement.
 */
final class WrittenSources {
  private static final int MAX_WORDS = 9;
  /** Words (folded) that end the source's phrase: prepositions and time words of Persian, complementizers of Arabic. */
  private static final Set<String> BREAKS = Set.of(":", "،", ",", "«", "\"", "امس", "در", "با",
      "به", "از", "امروز", "ديروز", "روز", "طي", "ضمن", "اليوم");
  /** Arabic words that end the source's phrase: relatives, time and circumstance words (folded). */
  private static final Set<String> ARABIC_BREAKS = Set.of("الذي", "التي", "الذين", "خلال", "لدي", "عقب", "طالبا",
      "مشيرا", "مضيفا", MatchFold.fold("لـ"));
  /** Arabic words before a medium that attribute the report, not the words ("وأكد، بحسب وكالة «إيرنا»، أن"), folded. */
  private static final Set<String> ATTRIBUTIONS = Set.of(MatchFold.fold("بحسب"), MatchFold.fold("حسب"),
      MatchFold.fold("وفقا"), MatchFold.fold("وفق"), MatchFold.fold("طبقا"));
  /** Nouns of the occasion that, after في, end the source's phrase ("مسؤول أمني في حديث لـ..."), folded. */
  private static final Set<String> OCCASIONS = Set.of("بيان", "حديث", "تصريح", "تصريحات", "مؤتمر", "لقاء", "مقابله",
      MatchFold.fold("التقرير"), MatchFold.fold("تقرير"), MatchFold.fold("تقريره"), MatchFold.fold("تقريرها"));
  /** A statement, which speaks for its issuer, and the participle that introduces the issuer (folded). */
  private static final String STATEMENT = MatchFold.fold("بيان");
  private static final Set<String> ISSUED = Set.of(MatchFold.fold("صادر"), MatchFold.fold("الصادر"));
  /** Arabic complementizers as written: folded, إن would be Persian آن. */
  private static final Set<String> COMPLEMENTIZERS = Set.of("إن", "أن", "بأن");

  /** Arabic duals naming the parties of a joint statement, a whole speaker in one word ("وقال الجانبان في بيان مشترك"). */
  private static final Set<String> PARTIES = Set.of(MatchFold.fold("الجانبان"), MatchFold.fold("الجانبين"),
      MatchFold.fold("الطرفان"), MatchFold.fold("الطرفين"), MatchFold.fold("البلدان"), MatchFold.fold("البلدين"));

  private static final Set<String> DEMONSTRATIVES = Set.of("اين", "هذا", "هذه");
  /** The two words before a dateline's medium ("به نقل از روزنامه ...، X گفت"), folded. */
  private static final Set<String> DATELINE = Set.of(MatchFold.fold("نقل") + " " + MatchFold.fold("از"),
      MatchFold.fold("به") + " " + MatchFold.fold("گزارش"));

  private final Map<Language, Set<String>> nouns = new EnumMap<>(Language.class);
  private final NameTokenizer tokenizer = new NameTokenizer();

  static WrittenSources load() {
    WrittenSources s = new WrittenSources();
    for (Language l : Language.values()) {
      s.nouns.put(l, new HashSet<>());
    }
    try (InputStream in = WrittenSources.class.getResourceAsStream("source-nouns.tsv")) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing bundled lexicon source-nouns.tsv"));
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t");
          s.nouns.get(Language.fromCode(cols[0].strip())).add(MatchFold.fold(cols[1].strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled lexicon source-nouns.tsv", e);
    }
    return s;
  }

  /** True when a comma follows the source noun at {@code i} and words follow the comma. */
  private static boolean subjectAfterComma(List<Token> tokens, int i) {
    for (int k = i + 1; k < tokens.size() && k - i <= MAX_WORDS; k++) {
      String t = tokens.get(k).text();
      if (t.equals("،") || t.equals(",")) {
        return k + 1 < tokens.size() && Character.isLetter(tokens.get(k + 1).text().charAt(0));
      }
    }
    return false;
  }

  private static boolean arabicBreak(List<Token> tokens, int i) {
    String t = MatchFold.fold(tokens.get(i).text());
    return ARABIC_BREAKS.contains(t) || ArabicClauseOpeners.opens(tokens.get(i).text())
        || t.equals("في") && i + 1 < tokens.size()
        && OCCASIONS.contains(MatchFold.fold(tokens.get(i + 1).text()));
  }

  /** The source named in {@code window} as written, or null; "این روزنامه" points back and is not one. */
  String in(String text, Span window, Language lang, SpeechCues cues) {
    List<Token> tokens = tokenizer.tokenize(text, window.start(), window.end());
    for (int i = 0; i < tokens.size(); i++) {
      // only as the verb's subject: "وأكد أن الجانبين اتفقا" continues the speaker named before
      if (lang == Language.ARABIC && PARTIES.contains(MatchFold.fold(tokens.get(i).text()))
          && (i == 0 || cues.isSpeechVerb(lang, tokens.get(i - 1).text()))) {
        return tokens.get(i).text();
      }
      if (!nouns.get(lang).contains(MatchFold.fold(tokens.get(i).text()))) {
        continue;
      }
      if (i > 0 && DEMONSTRATIVES.contains(MatchFold.fold(tokens.get(i - 1).text()))) {
        return null;
      }
      if (lang == Language.ARABIC && i > 0 && ATTRIBUTIONS.contains(MatchFold.fold(tokens.get(i - 1).text()))) {
        continue;
      }
      if (i >= 2 && DATELINE.contains(MatchFold.fold(tokens.get(i - 2).text()) + " "
          + MatchFold.fold(tokens.get(i - 1).text())) && subjectAfterComma(tokens, i)) {
        // "به نقل از روزنامه پاك تريبون، خديمي ... افزود:": the dateline's medium, the speaker comes after it
        return null;
      }
      int end = i + 1;
      int open = -1;
      while (end < tokens.size() && end - i < MAX_WORDS) {
        String t = tokens.get(end).text();
        if (t.equals("«") && open < 0) {
          open = end;
        } else if (t.equals("»") && open >= 0) {
          return text.substring(tokens.get(open + 1).start(), tokens.get(end - 1).end());
        } else if (BREAKS.contains(MatchFold.fold(t)) || COMPLEMENTIZERS.contains(t) || cues.isSpeechVerb(lang, t)
            || lang == Language.ARABIC && arabicBreak(tokens, end)) {
          break;
        }
        end++;
      }
      // a bare noun names nobody ("الجانب"), unless the medium it spoke to follows ("وقالت مصادر لـ "سبق"")
      boolean toMedium = end < tokens.size() && MatchFold.fold(tokens.get(end).text()).equals(MatchFold.fold("لـ"));
      if (end - i < 2 && !toMedium) {
        return null;
      }
      int from = lang == Language.ARABIC ? issuer(tokens, i, end) : i;
      String phrase = text.substring(tokens.get(from).start(), tokens.get(end - 1).end());
      // "بيان للخارجية": the article the glued ل took off comes back; "بيان لقوة المهام": the ل goes
      if (from > i && phrase.startsWith("\u0644") && phrase.length() > 4) {
        return phrase.startsWith("\u0644\u0644") ? "\u0627" + phrase.substring(1) : phrase.substring(1);
      }
      return phrase;
    }
    return null;
  }

  /**
   * Where the issuer of a statement starts in the phrase {@code [i, end)} ("بيان البيت الأبيض"، "بيان صادر عن
   * الرئاسة"): a statement speaks for the body that issued it. {@code i} when the phrase is no such statement.
   */
  private static int issuer(List<Token> tokens, int i, int end) {
    if (!STATEMENT.equals(MatchFold.fold(tokens.get(i).text()))) {
      return i;
    }
    int k = i + 1;
    if (k + 2 < end && ISSUED.contains(MatchFold.fold(tokens.get(k).text()))
        && (MatchFold.fold(tokens.get(k + 1).text()).equals("عن") || MatchFold.fold(tokens.get(k + 1).text())
        .equals("من"))) {
      k += 2;
    }
    // the issuer is a definite noun, also behind a glued ل ("البيت الأبيض"، "لوزارة الخارجية"), never a verb
    String f = k < end ? MatchFold.fold(tokens.get(k).text()) : "";
    return f.length() > 3 && (f.startsWith("ال") || f.startsWith("ل")) ? k : i;
  }
}
