package org.diplomatic.analyzer.extract.commitments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomatic.analyzer.text.BundledResource;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.TextNormalizer;
import org.diplomatic.analyzer.text.Token;
import org.diplomatic.analyzer.text.WordTokenizer;

/**
 * The party a clause makes act, when it is a body rather than a named person: a noun phrase headed by a word of
 * {@code party-heads.tsv} in subject position, that is at the start of the clause or right after أن / که / a colon
 * (Persian and Arabic nominal sentences: "طرف روسی متعهد شد", "أن الجهاز يخطط"), or after the verb or the على of an
 * Arabic obligation within the clause's first words ("تتعهد وزارة الحج"، "يجب على الجانب اللبناني"), and not the
 * second term of an office (رئيس الوزراء، المتحدث باسم الحكومة), or right after an Arabic verb of deciding or
 * pledging anywhere in the clause (وقررت الحكومة). The phrase runs on over Arabic words with the article (الحج والعمرة
 * السعودية) or Persian words up to a preposition or verb.
 */
final class ActingParty {
  private static final TextNormalizer FOLD = TextNormalizer.folding();
  private static final int OPENING = 4;
  private static final int LONGEST = 6;
  private static final Set<String> OPENERS = FOLD.applyAll("أن", "إن", "ان", "که", "كه", ":", "على");
  /**
   * Arabic verbs of deciding and pledging, whose subject follows them wherever they stand in a long sentence ("منذ
   * وقع الهجوم وقررت الحكومة السماح ..."، "وتعهدت الوزارة"): the body right after one is in subject position.
   */
  private static final Set<String> VERBS_BEFORE_SUBJECT = FOLD.applyAll("قرر", "قررت", "أقر", "أقرت", "تعهد", "تعهدت",
      "يعتزم", "تعتزم", "وافق", "وافقت", "اعتمد", "اعتمدت", "وقع", "وقعت", "أبرم", "أبرمت");
  private static final String PRESENT = FOLD.apply("می");
  private static final Set<String> OFFICES =
      FOLD.applyAll("رئيس", "وزير", "نائب", "مدير", "أمين", "سفير", "رئیس", "وزیر",
      "معاون", "مدیر", "سفیر", "دبیر", "باسم", "بإسم", "المتحدث", "سخنگوی", "نماینده", "نمايندگان");
  private static final Set<String> PERSIAN_STOPS =
      FOLD.applyAll("را", "به", "از", "در", "با", "برای", "تا", "نیز", "هم",
      "باید", "بايد", "که", "و", "خود", "را", "،", ",", ".", ":", "است", "بر", "متعهد", "آماده", "آمادگی", "پیشنهاد", "قصد", "تصمیم",
      "موظف", "موظفند", "مکلف", "مکلفند", "ملزم", "ملزمند",
      // times after a subject: "پارلمان عراق یکشنبه شب ... تصویب کرد"
      "شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "پنج‌شنبه", "جمعه", "امروز", "دیروز",
      "فردا", "امشب", "دیشب", "روز", "شب", "صبح", "عصر", "هفته", "سال");

  /** Prepositions, after which a head is an object or an adjunct ("خدمت رساني به مردم بايد شتاب بگيرد"). */
  private static final Set<String> PREPOSITIONS =
      FOLD.applyAll("به", "از", "در", "با", "برای", "براي", "بر", "في", "من",
      "إلى", "الى", "عن", "مع");
  /**
   * Openers of an attribution closed by a comma ("بر اساس اطلاعات وزارت خارجه اوکراین، کوژار ..."، "به گزارش
   * ..."، "وفقا لـ ..."): the party named there is the source, the subject follows the comma.
   */
  private static final Set<String> ATTRIBUTIONS = FOLD.applyAll("اساس", "گزارش", "گفته", "نوشته", "نقل", "طبق", "بحسب",
      "حسب", "وفقا", "وفق");
  private static final int ATTRIBUTION_REACH = 3;

  /** Arabic relative pronouns, which have the article's letters but open a clause: "الاجتماع الذي عقد". */
  private static final Set<String> RELATIVES =
      FOLD.applyAll("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان",
      "اللاتي", "اللواتي");

  /** An indefinite relative adjective after an indefinite head, as folded: "محكمة مصرية"، "لجنة وزارية". */
  private static final java.util.regex.Pattern NISBA = java.util.regex.Pattern.compile("(?!ال)\\S{3,}[يی]ه?");

  /** The Arabic "side" heads, which an adjective of aspect-words.tsv makes an aspect (الجانب الصحي). */
  private static final Set<String> SIDES = FOLD.applyAll("الجانب", "جانب");

  private final Set<String> heads = new HashSet<>();
  private final Set<String> aspects = new HashSet<>();
  private final WordTokenizer tokenizer = new WordTokenizer();

  private ActingParty() {}

  static ActingParty load() {
    ActingParty party = new ActingParty();
    try (InputStream in = ActingParty.class.getResourceAsStream("party-heads.tsv")) {
      if (in == null) {
        throw BundledResource.missing("party-heads.tsv");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          party.heads.add(FOLD.apply(line.split("\t")[1].strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read party-heads.tsv", e);
    }
    try (InputStream in = ActingParty.class.getResourceAsStream("aspect-words.tsv")) {
      if (in == null) {
        throw BundledResource.missing("aspect-words.tsv");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          party.aspects.add(FOLD.apply(line.strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read aspect-words.tsv", e);
    }
    return party;
  }

  /** الجانب with an adjective of an aspect after it ("الجانب الصحي يأتي كأولوية"): a matter, not a side. */
  private boolean aspect(List<Token> tokens, int i) {
    if (!SIDES.contains(bare(tokens.get(i).form())) || i + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(i + 1).form();
    return aspects.contains(next.startsWith("ال") ? next.substring(2) : next);
  }

  /** The acting party of {@code clause} as written, or null. */
  String in(String clause) {
    List<Token> tokens = tokenizer.tokenize(clause, new Sentence(clause, 0, clause.length()));
    boolean persian = CueRules.isPersian(tokens);
    // the subject of a verb of deciding comes first: "ويقع مجلس الوزراء ... وقررت الحكومة" is the government's
    for (boolean afterVerb : List.of(true, false)) {
      String found = in(clause, tokens, persian, afterVerb);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private String in(String clause, List<Token> tokens, boolean persian, boolean afterVerb) {
    int start = attributionEnd(tokens);
    for (int i = start; i < tokens.size(); i++) {
      String form = tokens.get(i).form();
      if (!(heads.contains(form) || heads.contains(bare(form))) || !subjectPosition(tokens, i, start) || aspect(tokens, i)
          || afterVerb && !(i > 0 && VERBS_BEFORE_SUBJECT.contains(bare(tokens.get(i - 1).form())))) {
        continue;
      }
      int last = i;
      while (last + 1 < tokens.size() && last - i + 1 < LONGEST
          && continues(tokens.get(last).form(), tokens.get(last + 1).form(), persian)
          && !(afterVerb && objectAfter(form, tokens.get(last + 1).form()))) {
        last++;
      }
      return clause.substring(tokens.get(i).start(), tokens.get(last).end());
    }
    return null;
  }

  /** The token after the comma that closes an opening attribution (بر اساس ...، / به گزارش ...،), else 0. */
  private static int attributionEnd(List<Token> tokens) {
    boolean opens = false;
    for (int i = 0; i < Math.min(tokens.size(), ATTRIBUTION_REACH); i++) {
      opens |= ATTRIBUTIONS.contains(bare(tokens.get(i).form()));
    }
    for (int i = 0; opens && i < tokens.size(); i++) {
      String word = tokens.get(i).text();
      if (word.equals("،") || word.equals(",")) {
        return i + 1;
      }
    }
    return 0;
  }

  private static boolean subjectPosition(List<Token> tokens, int i, int start) {
    if (i > 0 && (OFFICES.contains(tokens.get(i - 1).form()) || PREPOSITIONS.contains(tokens.get(i - 1).form()))) {
      return false;
    }
    return i - start < OPENING || OPENERS.contains(tokens.get(i - 1).form())
        || VERBS_BEFORE_SUBJECT.contains(bare(tokens.get(i - 1).form()));
  }

  /**
   * Whether {@code form} extends the phrase after {@code previous}: in Arabic a word with the article, or a bare noun
   * chained to a bare noun (the construct state: "دول مجلس التعاون").
   */
  private boolean continues(String previous, String form, boolean persian) {
    if (persian) {
      return !PERSIAN_STOPS.contains(form) && Character.isLetter(form.charAt(0)) && !form.startsWith(PRESENT);
    }
    // إلى folds to الى, which has the article's letters ("وتطرق الاجتماع إلى ضرورة")
    if (form.startsWith("لل") || RELATIVES.contains(form) || PREPOSITIONS.contains(form)) {
      return false;
    }
    boolean indefinite = !bare(previous).startsWith("ال");
    return bare(form).startsWith("ال") || indefinite && heads.contains(bare(form)) && Character.isLetter(form.charAt(0))
        || indefinite && heads.contains(bare(previous)) && NISBA.matcher(form).matches();
  }

  /**
   * After a verb of deciding, a feminine definite head (الحكومة) takes only feminine adjectives (السعودية): another
   * word with the article is the decision's object ("وقررت الحكومة السماح بـ").
   */
  private static boolean objectAfter(String head, String next) {
    String bareHead = bare(head);
    return bareHead.startsWith("ال") && bareHead.endsWith("ه") && !next.endsWith("ه");
  }

  private static String bare(String form) {
    return (form.startsWith("و") || form.startsWith("ف")) && form.length() > 3 ? form.substring(1) : form;
  }
}
