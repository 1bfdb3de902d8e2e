package org.diplomatic.analyzer.extract.commitments;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parties written plainly beside a verb that needs an agent, for {@link PartyRules}, where no official, body or
 * collective holds the act: the party an Arabic news condition binds ("، على أن تقوم كل جهة وإدارة بتشكيل لجانها"),
 * as the party a modal obliges holds its act (corpus/README.md), and the Persian subject that opens its clause right
 * before a verb only an agent can govern, intending or deciding ("...، فیفا قصد دارد"، "فیفا تصمیم گرفته که"): an
 * organization or a team the party tables cannot list by name; and the body an Arabic schedule names after its verb
 * ("من المقرر أن يتدارسه مجلس الأمن").
 */
final class PlainSubjects {
  /** على أن + an imperfect (not the impersonal يتم) + the party, up to the بـ / لـ of its act or a comma. */
  private static final Pattern CONDITIONED = Pattern.compile(
      "(?:^|[،,]|\\s)على\\s+أن\\s+(?!يتم|تتم|يكون|تكون)[يت]\\S{2,}\\s+((?:كل|جميع|كافة)\\s+)?"
          + "([^\\s،,.:؛()«»\"]{2,}(?:\\s+(?![بل]\\S{3,})[^\\s،,.:؛()«»\"]{2,}){0,2}?)(?=\\s+[بل]\\S{3,}|\\s*[،,.]|$)");
  /**
   * One to three words opening a Persian clause (after the start, a comma, a colon or که) right before قصد دارد،
   * تصمیم گرفت، در نظر دارد، مقرر کرد، درصدد (an adverb such as همچنین between them).
   */
  private static final Pattern INTENDING = Pattern.compile(
      "(?:^|[،,:]\\s*|\\s(?:که|كه)\\s+)((?:[^\\s،,:«»()0-9۰-۹]+\\s+){0,2}?[^\\s،,:«»()0-9۰-۹]+)\\s+"
          + "(?:(?:همچنین|نیز|هم|اکنون|اینک)\\s+)?(?:قصد\\s+دار|تصمیم\\s+گرفت|در\\s+نظر\\s+دار|مقرر\\s+کرد|درصدد|در\\s+صدد)");
  /** من المقرر أن + an imperfect (with its object pronoun, يتدارسه) + up to five words of its subject. */
  private static final Pattern SCHEDULED = Pattern.compile(
      "من\\s+المقرر\\s+أن\\s+(?!يتم|تتم|يكون|تكون)[يت]\\S{2,}\\s+((?:[^\\s،,.:؛()«»\"]+\\s*){1,5})");
  private static final Pattern TIME = Pattern.compile(
      "(?:^|\\s)(?:ال)?(?:أسبوع|اسبوع|يوم|شهر|عام|سنة|الحالي|المقبل|القادم|غدا|غداً|اليوم|خلال|في)(?=\\s|$)");
  /** Words that make the phrase no subject: a preposition, را, a conjunction, a pronoun, a demonstrative, a time. */
  private static final Pattern NO_SUBJECT = Pattern.compile(
      "(?:^|\\s)(?:را|و|به|در|از|با|برای|براي|تا|بر|وی|وي|او|ما|آنها|ایشان|این|آن|که|كه|هر|چه"
          + "|سال|ماه|هفته|روز|امروز|فردا|دیروز|گذشته|آینده|دوباره|بار|اخیرا|سپس|اکنون|حالا|قبلا|پیش)(?:\\s|$)");

  private final ActingParty bodies;

  PlainSubjects(ActingParty bodies) {
    this.bodies = bodies;
  }

  /** The party an Arabic condition of the clause binds (a quantifier or a body heads it), or null. */
  String conditioned(String clause) {
    Matcher m = CONDITIONED.matcher(clause);
    if (!m.find()) {
      return null;
    }
    String party = ((m.group(1) == null ? "" : m.group(1)) + m.group(2)).strip();
    return m.group(1) != null || bodies.in(party) != null ? party : null;
  }

  /** The body written after the verb an Arabic schedule governs ("من المقرر أن يتدارسه مجلس الأمن"), or null. */
  String scheduled(String clause) {
    Matcher m = SCHEDULED.matcher(clause);
    // the time the act is set for ends the subject ("مجلس الأمن الأسبوع الحالي")
    return m.find() ? bodies.in(TIME.split(m.group(1), 2)[0].strip()) : null;
  }

  /** The Persian subject opening the clause before a verb of intending or deciding, or null. */
  static String intending(String clause) {
    Matcher m = INTENDING.matcher(clause);
    while (m.find()) {
      String phrase = m.group(1).strip();
      if (!NO_SUBJECT.matcher(phrase).find()) {
        return phrase;
      }
    }
    return null;
  }
}
