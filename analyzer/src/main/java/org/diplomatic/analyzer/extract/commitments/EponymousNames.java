package org.diplomatic.analyzer.extract.commitments;

import java.util.List;
import java.util.regex.Pattern;
import org.diplomatic.analyzer.text.Span;

/**
 * Drops the parties whose every mention is a person's name inside the name of a place, an institution or a plan
 * (بیمارستان امام حسین، کمیته امداد امام خمینی استان بوشهر، طرح هادی روستایی) or a holy figure's name with its honorific
 * (امام حسین(ع)): the name finder takes them for people, but no one there speaks or commits.
 */
final class EponymousNames {
  /** Words that make the name after them part of a name of a thing: an Imam's shrine, hospital or fund, a plan. */
  private static final Pattern NAMING_WORD = Pattern.compile("(?:^|[\\s(])(?:امام|طرح|طرح‌های)[\\s\u200c]*$");
  private static final int REACH = 12;
  /**
   * A religious honorific in brackets after the name ("امام حسین(ع)"، "امام خمینی (ره)"، "پیامبر (ص)"): a holy or
   * historical figure, of whom the text speaks, who commits to nothing.
   */
  private static final Pattern BLESSED = Pattern.compile("^\\s*\\((?:ع|ص|س|ره|عج|رح)\\)");

  private EponymousNames() {}

  /**
   * The parties of {@code parties} whose name is written at least once outside such a name (the spans of a quote's
   * speaker are the quote's, so the name's own occurrences in the text decide).
   */
  static List<Party> people(String text, List<Party> parties) {
    return parties.stream().filter(p -> p.name() == null || !onlyInNames(text, p.name())).toList();
  }

  private static boolean onlyInNames(String text, String name) {
    int at = text.indexOf(name);
    if (at < 0 || name.isBlank()) {
      return false;
    }
    for (; at >= 0; at = text.indexOf(name, at + 1)) {
      if (!inName(text, new Span(at, at + name.length()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean inName(String text, Span mention) {
    return NAMING_WORD.matcher(text.substring(Math.max(0, mention.start() - REACH), mention.start())).find()
        || BLESSED.matcher(text.substring(mention.end(), Math.min(text.length(), mention.end() + REACH))).find();
  }
}
