package org.diplomatic.analyzer.extract.officials;

import java.util.List;
import org.diplomatic.analyzer.text.Language;

/**
 * What may follow a title inside its role: the country it names (also after a glued ل), an ambassador's post
 * ("في طهران", "در اسلام‌آباد") and a portfolio ("لشؤون الحدود", "در امور اقتصادی").
 */
final class RoleTail {
  private static final String[] AMBASSADORS = {"سفير", "السفير", "سفيره", "السفيره", "القائم", "القنصل", "قنصل",
      "كاردار", "سركنسول", "كنسول", "الملحق", "ملحق", "وابسته", "مندوب", "المندوب", "نماينده"};
  private static final String[] LOCATIVES = {"في", "لدي", "در"};
  /** Envoys are sent "to" their post ("مبعوث الأمين العام للأمم المتحدة إلى اليمن"), which is not their state. */
  private static final String[] ENVOYS = {"مبعوث", "المبعوث", "مبعوثة", "المبعوثة"};
  private static final String TO = MatchFold.fold("إلى");
  private static final String NATIONAL = MatchFold.fold("ملی");
  /** Nouns written before a state's name ("دولة الكويت", "جمهورية مصر العربية", "المملكة المغربية"), folded. */
  private static final java.util.Set<String> STATE_NOUNS = java.util.Set.of(MatchFold.fold("دولة"),
      MatchFold.fold("جمهورية"), MatchFold.fold("مملكة"), MatchFold.fold("سلطنة"), MatchFold.fold("المملكة"),
      MatchFold.fold("الجمهورية"));

  /** Nouns written before a province's or city's name ("منطقة الرياض", "محافظة جدة"), folded. */
  private static final java.util.Set<String> PLACE_NOUNS = java.util.Set.of(MatchFold.fold("منطقة"),
      MatchFold.fold("محافظة"), MatchFold.fold("مدينة"));

  private final OfficialsLexicon lex;
  private final Language lang;

  RoleTail(OfficialsLexicon lex, Language lang) {
    this.lex = lex;
    this.lang = lang;
  }

  /** After a role, its portfolio: "لشؤون الحدود" / "در امور اقتصادی" up to a stop or punctuation. */
  int affairs(SentenceTokens s, int j) {
    int k = j;
    if (k < s.size() && (s.folded(k).equals("لشوون") || s.folded(k).equals("للشوون"))) {
      k++;
    } else if (k + 1 < s.size() && s.folded(k).equals("در") && s.folded(k + 1).equals("امور")) {
      k += 2;
    } else {
      return j;
    }
    int limit = k + (lang == Language.ARABIC ? 5 : 3);
    while (k < s.size() && k < limit && s.isWord(k) && !lex.isStopWord(lang, s.folded(k))
        && lex.honorifics(lang).longestAt(s.folded(), k) == 0 && lex.titles(lang).longestAt(s.folded(), k) == 0
        && (lang == Language.ARABIC ? s.hasArticle(k) : !s.person()[k] && !lex.isNameWord(lang, s.folded(k)))) {
      k++;
    }
    return k;
  }

  /** Where a portfolio phrase starts inside {@code [from, to)}, else {@code to}: it is no organization. */
  int affairsStart(SentenceTokens s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.folded(k).equals("لشوون") || s.folded(k).equals("للشوون") || (s.folded(k).equals("در") && k + 1 < to && s.folded(k + 1).equals("امور"))) {
        return k;
      }
    }
    return to;
  }

  /** The ISO value and token length of a country phrase at {@code j}, also after a glued ل or لل (Arabic), or null. */
  String[] countryAt(SentenceTokens s, int j) {
    String f = s.folded(j);
    int c = lex.countries(lang).longestAt(s.folded(), j);
    if (c == 0 && lang == Language.ARABIC && f.length() > 3 && f.startsWith("ل")) {
      f = f.startsWith("لل") ? "ا" + f.substring(1) : f.substring(1);
      c = lex.countries(lang).longestAt(s.folded(), j, f);
    }
    if (c == 0 && lang == Language.ARABIC && formalState(s, j) > j && (j == 0 || !s.hasArticle(j - 1))) {
      // "رئيس جمهورية ليبيريا"، "رئيس وزراء جمهورية ألبانيا": a state's formal name the table holds only in its
      // short form, annexed to a word without the article ("وزير الدفاع جمهورية مصر" is no annexation)
      int at = j + 1;
      return new String[] {lex.countries(lang).valueAt(s.folded(), at, lex.countries(lang).longestAt(s.folded(), at)),
          Integer.toString(formalState(s, j) - j)};
    }
    if (c == 0 && lang == Language.PERSIAN && f.length() > 4 && f.endsWith("اش")) {
      // "همتای پاکستانی‌اش": the possessive suffix after a nationality
      f = f.substring(0, f.length() - 2);
      c = lex.countries(lang).longestAt(s.folded(), j, f);
    }
    String iso = c == 0 ? null : lex.countries(lang).valueAt(s.folded(), j, c, f);
    if (lang == Language.PERSIAN && OfficialMerger.INTERNATIONAL.equals(iso) && j + c < s.size()
        && s.folded(j + c).equals(NATIONAL)) {
      // "شورای امنیت ملی": a state's national council, not the UN's
      return null;
    }
    return c == 0 ? null : new String[] {iso, Integer.toString(c)};
  }

  /**
   * After an ambassador's title (any title when {@code anyTitle}): the end of "في/در + country or capital"; an envoy
   * is also sent "إلى" his post.
   */
  int locative(SentenceTokens s, int start, int j, boolean anyTitle) {
    if (j + 1 >= s.size()) {
      return j;
    }
    boolean ambassador = anyTitle || isAmbassador(s.folded(start));
    boolean envoy = lang == Language.ARABIC && s.folded(j).equals(TO) && isEnvoy(s.folded(start));
    if (lang == Language.ARABIC && isLocative(s.folded(j)) && jurisdiction(s, j + 1) > j + 1) {
      return jurisdiction(s, j + 1);
    }
    if (ambassador && isLocative(s.folded(j)) || envoy) {
      int c = lex.countries(lang).longestAt(s.folded(), j + 1);
      if (c > 0) {
        return j + 1 + c;
      }
      if (lang == Language.ARABIC && formalState(s, j + 1) > j + 1) {
        // "لدى جمهورية مصر العربية": a state's formal name the table holds only in its short form
        return formalState(s, j + 1);
      }
      // an ambassador's post is a capital the table may not hold ("سفیر ایران در اسلام‌آباد")
      // or the host state written as a common noun before the name ("سفير باكستان لدى المملكة منظور الحق")
      // ("نماینده مجلس سوریه در تجلیل از ...": the state of a body he sits in is not one he is posted from)
      if (!anyTitle && s.isWord(j + 1) && !lex.isStopWord(lang, s.folded(j + 1)) && !s.person()[j + 1]
          && !(lang == Language.PERSIAN && bodyBetween(s, start + 1, j))
          && (j + 2 >= s.size() || !s.isWord(j + 2) || lex.isStopWord(lang, s.folded(j + 2))
              || s.person()[j + 2] || lex.honorifics(lang).longestAt(s.folded(), j + 2) > 0
              || lang == Language.ARABIC && s.hasArticle(j + 1) && lex.isNameWord(lang, s.folded(j + 2)))) {
        return j + 2;
      }
    }
    return j;
  }

  /**
   * The end of the province or town an office serves, written after "في" right before its holder's name or
   * honorific ("مدير التعليم في محافظة الدوادمي عبدالعزيز ..."، "مدير التعليم في المحافظة عبدالعزيز ..."), else
   * {@code j}: the office's seat, not where the news happened.
   */
  private int jurisdiction(SentenceTokens s, int j) {
    int end = placeAfterNoun(s, j);
    if (end == j && j < s.size() && s.tokens().get(j).text().startsWith("ال")
        && PLACE_NOUNS.contains(s.folded(j).substring(2))) {
      end = j + 1;
    }
    return end > j && end < s.size() && (s.person()[end] || lex.honorifics(lang).longestAt(s.folded(), end) > 0)
        ? end : j;
  }

  private boolean bodyBetween(SentenceTokens s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (lex.isBody(lang, s.folded(k))) {
        return true;
      }
    }
    return false;
  }

  /** True for the head of an envoy's title, also with a glued و. */
  private boolean isEnvoy(String head) {
    for (String a : ENVOYS) {
      String f = MatchFold.fold(a);
      if (head.equals(f) || head.equals("\u0648" + f)) {
        return true;
      }
    }
    return false;
  }

  /** True for the head of an ambassador's, consul's or envoy's title, also with a glued و، ل or ب ("لسفير"). */
  boolean isAmbassador(String head) {
    if (lang == Language.ARABIC && isEnvoy(head)) {
      return true;
    }
    for (String a : AMBASSADORS) {
      String f = MatchFold.fold(a);
      if (head.equals(f) || lang == Language.ARABIC && head.length() == f.length() + 1
          && "\u0648\u0644\u0628".indexOf(head.charAt(0)) >= 0 && head.endsWith(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * After an Arabic role, the end of a state written with a glued ب ("بدولة الإمارات العربية المتحدة", "بجمهورية
   * مصر العربية", "بالمملكة العربية السعودية"), else {@code j}.
   */
  int gluedState(SentenceTokens s, int j) {
    String f = s.folded(j);
    if (lang != Language.ARABIC || f.length() < 4 || f.charAt(0) != '\u0628') {
      return j;
    }
    int c = lex.countries(lang).longestAt(s.folded(), j, f.substring(1));
    if (c > 0) {
      return j + c;
    }
    if (PLACE_NOUNS.contains(f.substring(1)) && j + 1 < s.size()) {
      // "بمنطقة مكة المكرمة"، "بمحافظة جدة": the province or city the office serves, after its noun
      c = lex.countries(lang).longestAt(s.folded(), j + 1);
      return c > 0 ? j + 1 + c : j;
    }
    return formalState(s, j, f.substring(1));
  }

  /** The end of "منطقة/محافظة/مدينة + a known place" at {@code j} ("إمارة منطقة عسير"), else {@code j}. */
  int placeAfterNoun(SentenceTokens s, int j) {
    if (lang != Language.ARABIC || j + 1 >= s.size() || !PLACE_NOUNS.contains(s.folded(j))) {
      return j;
    }
    int c = lex.countries(lang).longestAt(s.folded(), j + 1);
    return c > 0 ? j + 1 + c : j;
  }

  /** The end of a state's formal name at {@code j} ("جمهورية مصر العربية", "مملكة البحرين"), else {@code j}. */
  int formalState(SentenceTokens s, int j) {
    return formalState(s, j, s.folded(j));
  }

  private int formalState(SentenceTokens s, int j, String noun) {
    if (STATE_NOUNS.contains(noun) && j + 1 < s.size()) {
      int c = lex.countries(lang).longestAt(s.folded(), j + 1);
      int end = c > 0 ? j + 1 + c : j;
      // "بجمهورية مصر العربية": the adjectives of the state's formal name
      while (c > 0 && end < s.size() && end - j < 5 && s.hasArticle(end) && s.folded(end).endsWith("يه")) {
        end++;
      }
      return end;
    }
    return j;
  }

  /** The ISO code of the state {@link #gluedState} read in {@code [j, end)}. */
  String gluedStateCountry(SentenceTokens s, int j, int end) {
    String bare = s.folded(j).substring(1);
    int c = lex.countries(lang).longestAt(s.folded(), j, bare);
    if (c > 0) {
      return lex.countries(lang).valueAt(s.folded(), j, c, bare);
    }
    return lex.countries(lang).valueAt(s.folded(), j + 1, lex.countries(lang).longestAt(s.folded(), j + 1));
  }

  static boolean isLocative(String f) {
    for (String l : LOCATIVES) {
      if (f.equals(l)) {
        return true;
      }
    }
    return false;
  }
}
