package org.diplomatic.analyzer.extract.officials;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.diplomatic.analyzer.text.Language;

/**
 * Finds titles in a sentence and extends each over its organization and nationality ("وزير الاتصالات وتكنولوجيا
 * المعلومات الإيراني", "رئیس سازمان تنظیم مقررات و ارتباطات رادیویی", "سفیر عراق در تهران").
 */
final class RoleFinder {
  private static final int MAX_ROLE_TOKENS = 12;
  /** Persian spells out nested bodies ("رئیس سازمان توسعه و نوسازی معادن و منابع معدنی وزارت صنایع و معادن"). */
  private static final int MAX_PERSIAN_ROLE_TOKENS = 16;
  private static final int MAX_BRIDGE = 10;
  /** The preposition as written: folded, it is the name "علي" ("علي أكبر صالحي"). */
  private static final String ON = "\u0639\u0644\u0649";
  private static final String MINISTER = MatchFold.fold("وزیر");
  private static final String MINISTER_AR = MatchFold.fold("وزير");
  /** Governors' and rulers' titles, which name their province or emirate next ("محافظ ينبع"، "حاكم تكساس"). */
  private static final Set<String> GOVERNORS = Set.of(MatchFold.fold("محافظ"), MatchFold.fold("حاكم"));
  private static final String THIS = MatchFold.fold("این");
  private static final String COUNTRY = MatchFold.fold("کشور");
  /** The Persian object marker. */
  private static final String OBJECT = "را";
  /** Persian nouns of a numbered district or article: the number after them stays in the role ("شهردار منطقه 9"). */
  private static final Set<String> NUMBERED = Stream.of("منطقه", "ناحیه", "شماره", "اصل")
      .map(MatchFold::fold).collect(Collectors.toUnmodifiableSet());
  /** Words after a nationality that still describe the office: former, current, new, acting. */
  private static final Set<String> MODIFIERS = Set.of(MatchFold.fold("السابق"),
      MatchFold.fold("الأسبق"), MatchFold.fold("الحالي"), MatchFold.fold("الجديد"), MatchFold.fold("المكلف"),
      MatchFold.fold("السابقة"), MatchFold.fold("الحالية"), MatchFold.fold("الجديدة"));
  /** The value of a title that names an official without naming the office (نظيره، همتای): the role is empty. */
  static final String COUNTERPART = "counterpart";
  /** The value of a title in the dual (وزيرا، الرئيسان): a second holder may follow the first. */
  private static final String DUAL = "dual";

  /** Arabic words for the day of the news ("أمس"، "اليوم"، "مساء"), folded. */
  private static final Set<String> EVENT_TIMES = Stream.of("أمس", "امس", "اليوم", "مساء", "صباح", "ظهر", "الليلة",
      "غدا", "الآن").map(MatchFold::fold).collect(Collectors.toUnmodifiableSet());
  /** Persian light verbs, folded: the word before one is the noun of a compound verb ("معرفی کرد"). */
  private static final Set<String> LIGHT_VERBS = Stream.of("کرد", "کردند", "کرده", "داد", "دادند", "داده", "گرفت",
      "گرفتند", "گرفته", "آورد", "آوردند", "آورده",
      "شد", "شدند", "شده", "نمود", "نمودند", "گردید", "گردیدند", "می‌کند", "می‌کنند", "می‌شود")
      .map(MatchFold::fold).collect(Collectors.toUnmodifiableSet());
  /** True for a Persian light verb ("کرد"، "شد"، "داد"), folded: the word before it is the noun of a compound verb. */
  static boolean isLightVerb(String folded) {
    return LIGHT_VERBS.contains(folded);
  }

  /**
   * Persian nouns after which a word is a place or a matter even when it is also a given name ("شهرستان‌های شهریار",
   * "کمیته امور اسرا"), folded.
   */
  private static final Set<String> PLACE_NOUNS = Stream.of("شهرستان", "شهرستان‌های", "شهرستانهای", "استان",
      "استان‌های", "شهر", "شهرهای", "مردم", "امور").map(MatchFold::fold).collect(Collectors.toUnmodifiableSet());
  /** Persian words that open another group of people after و ("و جمعی از مسئولان"), folded. */
  private static final Set<String> GROUP_WORDS = Stream.of("جمعی", "تعدادی", "شماری", "برخی", "سایر", "گروهی",
      "اعضای", "همراهان", "دیگر").map(MatchFold::fold).collect(Collectors.toUnmodifiableSet());
  /** Persian heads of a title that serves a superior ("معاون ... رئیس جمهور"), folded. */
  private static final Set<String> SUBORDINATES = Stream.of("معاون", "مشاور", "دستیار", "قائم‌مقام", "نماینده",
      "سخنگوی").map(MatchFold::fold).collect(Collectors.toUnmodifiableSet());
  private final OfficialsLexicon lex;
  private final Language lang;
  private final RoleTail tail;

  RoleFinder(OfficialsLexicon lex, Language lang) {
    this.lex = lex;
    this.lang = lang;
    this.tail = new RoleTail(lex, lang);
  }

  /** Roles in the sentence, left to right, not overlapping. */
  List<RoleMatch> find(SentenceTokens s) {
    List<RoleMatch> roles = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      int head = s.person()[i] || namedAfter(s, i) ? 0 : titleAt(s, i);
      if (head == 0) {
        i++;
        continue;
      }
      RoleMatch role = objectCut(s, extend(s, i, i + head), i + head);
      if (counterpart(s, i, head)) {
        // an Arabic counterpart with no nationality is the other party's: anyone's but the home state's
        String country = role.country() == null && lang == Language.ARABIC ? OfficialMerger.FOREIGN : role.country();
        role = new RoleMatch(role.start(), role.end(), "", null, country);
      } else if (lex.titles(lang).longestAt(s.folded(), i) == 0 && accusativeAt(s, i) == 0) {
        String written = role.role().startsWith("لل") ? "ال" + role.role().substring(2) : role.role().substring(1);
        role = new RoleMatch(role.start(), role.end(), written, role.organization(), role.country());
      }
      roles.add(role);
      i = role.end();
    }
    return roles;
  }

  /** True for a title in the dual, also behind a glued و ("ووزيري النقل"). */
  boolean dual(SentenceTokens s, int i, int head) {
    return DUAL.equals(titleValue(s, i, head));
  }

  /** True for a counterpart (نظيره), also behind a glued ب or ل ("بنظيره الأمريكي"): it names no office. */
  private boolean counterpart(SentenceTokens s, int i, int head) {
    return COUNTERPART.equals(titleValue(s, i, head));
  }

  /** The table's value of the title of {@code head} tokens at {@code i}, also behind a glued و، ب or ل (Arabic). */
  private String titleValue(SentenceTokens s, int i, int head) {
    if (lex.titles(lang).longestAt(s.folded(), i) > 0) {
      return lex.titles(lang).valueAt(s.folded(), i, head);
    }
    String f = s.folded(i);
    return lang == Language.ARABIC && f.length() > 3 && "وبل".indexOf(f.charAt(0)) >= 0
        ? lex.titles(lang).valueAt(s.folded(), i, head, f.substring(1)) : null;
  }

  /**
   * A Persian subject's role that runs on up to "را" took in the object ("رحیم حب‌نقی رئیس دانشگاه دستور پیگیری ویژه
   * را ... صادر نموده‌اند"، "دبیر ستاد ... استانداری سمنان پدیده قاچاق کالا را ... دانست"): it ends after its last body
   * word and the proper names right after it, when two or more words are left for the object.
   */
  private RoleMatch objectCut(SentenceTokens s, RoleMatch role, int headEnd) {
    if (lang != Language.PERSIAN || role.end() >= s.size() || !s.folded(role.end()).equals(OBJECT)
        || !opensSentence(s, role.start())) {
      return role;
    }
    int end = role.end() - 1;
    while (end >= headEnd && !lex.isBody(lang, s.folded(end))) {
      end--;
    }
    if (end < headEnd) {
      return role;
    }
    end++;
    while (end < role.end() && s.isWord(end) && !lex.isCommonWord(lang, s.folded(end))
        && !lex.isStopWord(lang, s.folded(end))) {
      end++;
    }
    if (role.end() - end < 2 || lex.institutions(lang).longestAt(s.folded(), end) > 0) {
      return role;
    }
    String cut = s.slice(role.start(), end);
    int org = role.organization() == null ? -1 : role.role().indexOf(role.organization());
    String organization = org > 0 && org < cut.length() ? cut.substring(org).strip() : null;
    return new RoleMatch(role.start(), end, cut, organization, role.country());
  }

  /** True when the title at {@code start} opens its clause: right after the dateline, or after a name there. */
  private boolean opensSentence(SentenceTokens s, int start) {
    int from = LeadTitle.subjectStart(s);
    if (start < from || start - from > 4) {
      return false;
    }
    for (int k = from; k < start; k++) {
      if (!s.isWord(k) || !s.person()[k] && lex.isCommonWord(lang, s.folded(k))) {
        return false;
      }
    }
    return true;
  }

  /** True when token {@code i} follows a noun opening a place or body's name, also glued to و، ب or ل ("بمركز"). */
  private boolean namedAfter(SentenceTokens s, int i) {
    if (i == 0) {
      return false;
    }
    String f = s.folded(i - 1);
    return lex.isNameHead(lang, f)
        || (lang == Language.ARABIC && f.length() > 3 && "وبل".indexOf(f.charAt(0)) >= 0
            && lex.isNameHead(lang, f.substring(1)));
  }

  /** The end of the person's name inside a body's name: words without the article, or after a particle (عبد). */
  private int namedBodyEnd(SentenceTokens s, int k) {
    int end = k;
    while (end < s.size() && end - k < 5 && s.isWord(end) && !lex.isStopWord(lang, s.folded(end))
        && titleAt(s, end) == 0
        && (!s.hasArticle(end) || (end > k && lex.isParticle(lang, s.folded(end - 1))))) {
      end++;
    }
    return end;
  }

  /** Length of the military or police rank at {@code i} ("اللواء", "والعميد", "سرلشکر"), 0 if none. */
  int rankAt(SentenceTokens s, int i) {
    String f = s.folded(i);
    int n = lex.honorifics(lang).longestAt(s.folded(), i);
    if (n > 0) {
      return "rank".equals(lex.honorifics(lang).valueAt(s.folded(), i, n)) ? n : 0;
    }
    if (lang == Language.ARABIC && f.length() > 3 && f.charAt(0) == '\u0648') {
      n = lex.honorifics(lang).longestAt(s.folded(), i, f.substring(1));
      return n > 0 && "rank".equals(lex.honorifics(lang).valueAt(s.folded(), i, n, f.substring(1))) ? n : 0;
    }
    return 0;
  }

  /** Length of the title at {@code i}, also after a glued و، ب or ل (Arabic: "ووزير", "بالأمين العام"). */
  int titleAt(SentenceTokens s, int i) {
    int head = lex.titles(lang).longestAt(s.folded(), i);
    String f = s.folded(i);
    if (head == 0 && lang == Language.ARABIC && f.length() > 3 && "وبل".indexOf(f.charAt(0)) >= 0) {
      head = lex.titles(lang).longestAt(s.folded(), i, f.substring(1));
    }
    if (head == 0 && lang == Language.ARABIC && f.length() > 4 && f.startsWith("لل")) {
      // ل before the article drops its alef: "للرئيس" is "ل" + "الرئيس"
      head = lex.titles(lang).longestAt(s.folded(), i, "ال" + f.substring(2));
    }
    return head == 0 ? accusativeAt(s, i) : head;
  }

  /**
   * Length of a title in the accusative before a glued ل ("محافظاً لمحافظة لحج"، "قائداً للواء"): the office someone
   * is named to; 0 when there is none.
   */
  private int accusativeAt(SentenceTokens s, int i) {
    String f = s.folded(i);
    String next = i + 1 < s.size() ? s.folded(i + 1) : "";
    if (lang != Language.ARABIC || f.length() < 4 || !f.endsWith("\u0627") || next.length() < 4
        || next.charAt(0) != '\u0644') {
      return 0;
    }
    return lex.titles(lang).longestAt(s.folded(), i, f.substring(0, f.length() - 1));
  }

  /** Extends the title {@code [start, headEnd)} over what follows it; also used for attendee lines. */
  RoleMatch extend(SentenceTokens s, int start, int headEnd) {
    int orgStart = headEnd;
    while (orgStart > start && lex.isBody(lang, s.folded(orgStart - 1))) {
      orgStart--;
    }
    if (orgStart == start) {
      orgStart = headEnd;
    }
    int orgEnd = -1;
    boolean orgless = false;
    String country = null;
    int j = superior(s, start, headEnd);
    int maxTokens = lang == Language.PERSIAN ? MAX_PERSIAN_ROLE_TOKENS : MAX_ROLE_TOKENS;
    if (j < s.size() && s.person()[j] && constructHead(s, start, headEnd)
        && lex.titles(lang).longestAt(s.folded(), start) == 1 && !counterpart(s, start, 1)) {
      // "ولايتي مستشار خامنئي"، "نائب العبادي": a person annexed to a bare title is the superior, part of the role
      while (j < s.size() && s.person()[j]) {
        j++;
      }
      return new RoleMatch(start, j, s.slice(start, j), null, null);
    }
    while (j < s.size() && j - start < maxTokens) {
      String[] found = s.person()[j] ? null : tail.countryAt(s, j);
      int c = found == null ? 0 : Integer.parseInt(found[1]);
      if (c > 0) {
        // "مندوب المملكة الدائم لدى جامعة الدول العربية": an ambassador's post is not the state he serves
        boolean post = j > headEnd && RoleTail.isLocative(s.folded(j - 1)) && tail.isAmbassador(s.folded(start));
        country = country == null && !post ? found[0] : country;
        if (lang == Language.ARABIC && j > headEnd && bodyAt(s, j - 1) && !isAdjective(s, j + c - 1)
            && !OfficialMerger.INTERNATIONAL.equals(found[0])) {
          // "كلية الطب في جامعة الكويت": a country name right after a body noun is part of the body's name
          j += c;
          continue;
        }
        // a state's name stays in a company's name or after a body in its formal form ("گمرک جمهوری اسلامی
        // ایران"); a plain country name or adjective after a ministry or agency does not
        boolean body = OfficialMerger.INTERNATIONAL.equals(found[0])
            || (orgStart < j && (isCompany(s.folded(orgStart)) || (c > 1 && lex.isBody(lang, s.folded(orgStart)))));
        if (lang == Language.ARABIC && j + c < s.size() && s.hasArticle(j + c) && continuesRole(s, j + c, headEnd)
            && !OfficialMerger.INTERNATIONAL.equals(found[0]) && firstBody(s, orgStart, j) >= 0
            && tail.affairs(s, j + c) == j + c) {
          // "الهيئة السعودية للبيانات والذكاء الاصطناعي": the adjective sits inside the organization's name
          j += c;
          continue;
        }
        int pair = j + c;
        if (pair + 1 < s.size() && isAnd(s.folded(pair)) && tail.countryAt(s, pair + 1) != null) {
          // "اتاق مشترک بازرگانی ایران و ترکیه": two states name a joint body
          pair += 1 + Integer.parseInt(tail.countryAt(s, pair + 1)[1]);
          body = orgStart < j;
        }
        orgEnd = orgEnd < 0 ? (body ? pair : j) : orgEnd;
        int countryAt = j;
        j = tail.affairs(s, tail.locative(s, start, pair, false));
        while (lang == Language.ARABIC && j < s.size() && MODIFIERS.contains(s.folded(j))) {
          j++;
        }
        if (j < s.size() && isAnd(s.folded(j)) && j + 1 < s.size()
            && lex.titles(lang).longestAt(s.folded(), j + 1) > 0) {
          RoleMatch next = extend(s, j + 1, j + 1 + lex.titles(lang).longestAt(s.folded(), j + 1));
          j = next.end();
        } else if (j < s.size() && countryAt - start >= 2 && chainedTitle(s, j) && !bareTitleBeforeName(s, j)) {
          // "نائب الرئيس اليمني رئيس مجلس الوزراء", "وزير العدل اليمني السابق رئيس جمعية ..."
          j = extend(s, j, j + lex.titles(lang).longestAt(s.folded(), j)).end();
        }
        break;
      }
      if (isAnd(s.folded(j)) && j + 1 < s.size() && lex.titles(lang).longestAt(s.folded(), j + 1) > 0
          && j > headEnd) {
        orgEnd = orgEnd < 0 ? j : orgEnd;
        RoleMatch next = extend(s, j + 1, j + 1 + lex.titles(lang).longestAt(s.folded(), j + 1));
        country = country == null ? next.country() : country;
        j = next.end();
        break;
      }
      if (lang == Language.PERSIAN && isComma(s, j) && commaInsideList(s, j)) {
        j++;
        continue;
      }
      if (j == headEnd && lang == Language.ARABIC && GOVERNORS.contains(bare(s.folded(start))) && s.isWord(j)
          && !lex.isStopWord(lang, s.folded(j)) && lex.honorifics(lang).longestAt(s.folded(), j) == 0) {
        // "محافظ ينبع"، "حاكم تكساس": a governor's title in the construct state names his province next, never his
        // name
        j++;
        continue;
      }
      boolean construct = j == headEnd && constructHead(s, start, headEnd);
      int honorific = j > headEnd || construct ? lex.honorifics(lang).longestAt(s.folded(), j) : 0;
      if (honorific > 0 && j + honorific < s.size() && chainedTitle(s, j + honorific)) {
        // "مستشار سمو رئيس الهيئة": a rank of the superior inside the office
        j += honorific;
        continue;
      }
      if (construct && chainedTitle(s, j) && !bareTitleBeforeName(s, j)) {
        // "سفير خادم الحرمين الشريفين في لبنان"، "مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة": the office
        // of the superior the head serves is part of the role, and so is an office chained after it
        j += lex.titles(lang).longestAt(s.folded(), j);
        orgStart = j;
        if (j < s.size() && chainedTitle(s, j) && !bareTitleBeforeName(s, j)) {
          j = extend(s, j, j + lex.titles(lang).longestAt(s.folded(), j)).end();
          break;
        }
        continue;
      }
      if (j > headEnd && namedAfter(s, j) && titleAt(s, j) > 0) {
        // "المتحدث الرسمي لمركز الملك سلمان للإغاثة": the title and the name after it belong to the body's name
        j = namedBodyEnd(s, j + titleAt(s, j));
        continue;
      }
      int inner = j >= headEnd ? titleAt(s, j) : 0;
      if (inner > 0 && (j + inner < s.size()
          && (continuesAfterInnerTitle(s, j + inner) || chainedTitle(s, j + inner))
          || superiorLast(s, start, j + inner))) {
        // "معاون امنیتی و انتظامی وزیر کشور": the organization is the minister's; under any other
        // title without a body it is none ("معاون عمرانی استاندار خوزستان")
        String title = s.folded(j);
        boolean minister = title.endsWith(MINISTER) || title.endsWith(MINISTER_AR);
        if (firstBody(s, orgStart, j) < 0) {
          orgStart = j + inner;
          orgless = !minister && (j + inner >= s.size() || !lex.isBody(lang, s.folded(j + inner)));
        }
        j += inner;
        continue;
      }
      if (j > start && bodyAt(s, j - 1) && tail.placeAfterNoun(s, j) > j) {
        // "وكيل إمارة منطقة عسير"، "مدير شرطة منطقة عسير"، "الناطق الإعلامي بشرطة منطقة مكة المكرمة": the body's
        // province, after its noun
        int place = tail.placeAfterNoun(s, j);
        country = country == null ? placeCountry(s, j + 1, place) : country;
        j = place;
        continue;
      }
      if (RoleTail.isLocative(s.folded(j)) && j + 1 < s.size() && bodyAt(s, j + 1) && orgEnd < 0) {
        // "مدير عام الطرق والجسور في وزارة الإعمار": the role goes on into the body it sits in
        j++;
        continue;
      }
      if (lang == Language.PERSIAN && country == null && j + 1 < s.size() && s.folded(j).equals(THIS)
          && s.folded(j + 1).equals(COUNTRY)) {
        // "نخست‌وزیر این کشور": the state is the one the sentence named before
        orgEnd = orgEnd < 0 ? j : orgEnd;
        country = countryBefore(s, start);
        j += 2;
        break;
      }
      if (!continuesRole(s, j, headEnd)) {
        int after = tail.locative(s, start, j, true);
        int placeAt = j;
        // "... وزير الدفاع في جدة أمس": a place followed by the day is where the news happened, not the office's
        if (after > j && after < s.size() && lang == Language.ARABIC && EVENT_TIMES.contains(s.folded(after))
            && !tail.isAmbassador(s.folded(start))) {
          after = j;
        }
        if (after > j) {
          orgEnd = j;
          // an ambassador's post is the host state, not the one he serves ("سفير خادم الحرمين الشريفين في لبنان")
          country = tail.isAmbassador(s.folded(start)) ? country
              : placeCountry(s, j + 1, after);
          j = after;
        } else if ((after = tail.gluedState(s, j)) > j) {
          // "وزير الخارجية بدولة الإمارات العربية المتحدة": the state the office belongs to, glued to ب
          orgEnd = j;
          country = tail.gluedStateCountry(s, j, after);
          j = after;
        }
        if (j > placeAt && j < s.size() && chainedTitle(s, j) && !bareTitleBeforeName(s, j)) {
          // "سفير ... لدى جمهورية مصر العربية مندوب المملكة الدائم لدى جامعة الدول العربية"
          j = extend(s, j, j + lex.titles(lang).longestAt(s.folded(), j)).end();
        }
        j = tail.affairs(s, j);
        break;
      }
      j++;
    }
    int end = trimEnd(s, headEnd, j);
    if (orgEnd < 0 || orgEnd > end) {
      orgEnd = end;
    }
    orgEnd = trimEnd(s, orgStart, orgEnd);
    orgEnd = Math.min(orgEnd, tail.affairsStart(s, orgStart, orgEnd));
    int body = firstBody(s, orgStart, orgEnd);
    if (body > orgStart) {
      orgStart = body;
    } else if (body < 0 && orgless) {
      orgEnd = orgStart;
    }
    String organization = orgEnd > orgStart ? organization(s, orgStart, orgEnd) : null;
    return new RoleMatch(start, end, s.slice(start, end), organization, country);
  }

  /**
   * The role carried on to the honorific or the finder's name it stops short of, when only role words lie between
   * ("رئيس بلدية ينبع د. حاتم طه"، "وكيل إمارة الباحة الدكتور حامد ..."، "محافظ محافظة ينبع بالنيابة خالد ..."): no
   * punctuation, no stop word but على ("المشرف العام على مركز ..."), at most {@value #MAX_BRIDGE} words before an
   * honorific, only "بال..." words before a name the finder marked. {@code role} itself when there is no such bridge.
   */
  RoleMatch bridge(SentenceTokens s, RoleMatch role) {
    boolean manner = true;
    for (int j = role.end(); j < s.size() && j - role.end() <= MAX_BRIDGE; j++) {
      boolean honorific = j > role.end() && lex.honorifics(lang).longestAt(s.folded(), j) > 0
          && rankAt(s, j) == 0;
      if (honorific || j > role.end() && manner && s.person()[j]) {
        String country = role.country();
        for (int k = role.end(); k < j && country == null; k++) {
          String[] c = tail.countryAt(s, k);
          country = c == null || OfficialMerger.INTERNATIONAL.equals(c[0]) ? null : c[0];
        }
        String written = j == role.end() ? role.role()
            : role.role() + s.text().substring(s.end(role.end() - 1), s.end(j - 1));
        return new RoleMatch(role.start(), j, written, role.organization(), country);
      }
      String f = s.folded(j);
      // a glued honorific opens another person ("استقبال الرئيس المصري لصاحب السمو الملكي الأمير ...")
      boolean glued = f.length() > 3 && "\u0648\u0628\u0644".indexOf(f.charAt(0)) >= 0
          && lex.honorifics(lang).longestAt(s.folded(), j, f.substring(1)) > 0;
      if (!s.isWord(j) || s.person()[j] || glued || (lex.isStopWord(lang, f) && !s.tokens().get(j).text().equals(ON))
          || s.tokens().get(j).text().startsWith("\u0648") && !s.hasArticle(j) && !lex.isBody(lang, f.substring(1))) {
        return role;
      }
      // only a manner of holding the office ("بالنيابة", "بالإنابة") may stand between a role and a bare name
      manner &= f.startsWith("بال");
    }
    return role;
  }

  /**
   * The end of the person a Persian deputy's, adviser's or representative's title serves, written with an honorific
   * right after it ("نماینده آیت‌الله سیستانی در کربلا"، "مشاور دکتر ..."): part of the role, not its holder's name.
   * {@code headEnd} when there is none.
   */
  private int superior(SentenceTokens s, int start, int headEnd) {
    if (lang != Language.PERSIAN || headEnd != start + 1 || !SUBORDINATES.contains(s.folded(start))) {
      return headEnd;
    }
    int h = lex.honorifics(lang).longestAt(s.folded(), headEnd);
    if (h == 0 || rankAt(s, headEnd) > 0) {
      return headEnd;
    }
    int e = headEnd + h;
    while (e < s.size() && e - headEnd - h < 3 && s.isWord(e) && !lex.isStopWord(lang, s.folded(e))
        && lex.titles(lang).longestAt(s.folded(), e) == 0
        && (s.person()[e] || lex.isNameWord(lang, s.folded(e)) || !lex.isCommonWord(lang, s.folded(e)))) {
      e++;
    }
    return e > headEnd + h ? e : headEnd;
  }

  /** A one-word Arabic title in the construct state, without the article ("سفير", "مستشار"), read as "X of ...". */
  private boolean constructHead(SentenceTokens s, int start, int headEnd) {
    return lang == Language.ARABIC && headEnd - start == 1 && !s.hasArticle(start)
        && !s.folded(start).startsWith("\u0648");
  }

  /** An Arabic office chained after another with no comma or و ("النائب الثاني لرئيس مجلس الوزراء وزير الدفاع"). */
  private boolean chainedTitle(SentenceTokens s, int k) {
    return lang == Language.ARABIC && !s.person()[k] && lex.titles(lang).longestAt(s.folded(), k) > 0;
  }

  /** The state of the place read in {@code [from, end)}: a country or capital, or a state's formal name. */
  private String placeCountry(SentenceTokens s, int from, int end) {
    String iso = lex.countries(lang).valueAt(s.folded(), from, end - from);
    return iso != null || from + 1 >= end ? iso
        : lex.countries(lang).valueAt(s.folded(), from + 1, lex.countries(lang).longestAt(s.folded(), from + 1));
  }

  /** The last country named in the sentence before token {@code end}, or null. */
  private String countryBefore(SentenceTokens s, int end) {
    String found = null;
    for (int k = 0; k < end; k++) {
      String[] c = tail.countryAt(s, k);
      if (c != null && !OfficialMerger.INTERNATIONAL.equals(c[0])) {
        found = c[0];
        k += Integer.parseInt(c[1]) - 1;
      }
    }
    return found;
  }

  /** A one-word title used as a rank right before a name ("... الإسلامي السفير حسين"). */
  private boolean bareTitleBeforeName(SentenceTokens s, int k) {
    return lex.titles(lang).longestAt(s.folded(), k) == 1 && k + 1 < s.size()
        && (s.person()[k + 1] || lex.isNameWord(lang, s.folded(k + 1)));
  }

  /**
   * A Persian deputy's, adviser's or representative's title whose superior's title ends the phrase ("معاون اقتصادی
   * رئیس جمهور،", "مشاور وزیر و ..."): the superior is part of the role, never the title of the next name.
   */
  private boolean superiorLast(SentenceTokens s, int start, int k) {
    return lang == Language.PERSIAN && SUBORDINATES.contains(s.folded(start))
        && (k >= s.size() || !s.isWord(k) || lex.isStopWord(lang, s.folded(k)) || isAnd(s.folded(k)));
  }

  private boolean continuesAfterInnerTitle(SentenceTokens s, int k) {
    if (!s.isWord(k) || s.person()[k] || lex.isNameWord(lang, s.folded(k)) || lex.isStopWord(lang, s.folded(k))
        || lex.honorifics(lang).longestAt(s.folded(), k) > 0) {
      return false;
    }
    return lang == Language.PERSIAN || s.hasArticle(k) || lex.institutions(lang).longestAt(s.folded(), k) > 0;
  }

  private boolean bodyAt(SentenceTokens s, int k) {
    String f = s.folded(k);
    if (lex.isBody(lang, f)) {
      return true;
    }
    return lang == Language.ARABIC && f.length() > 3 && ("بل".indexOf(f.charAt(0)) >= 0
        && lex.isBody(lang, f.substring(1)) || f.startsWith("لل") && lex.isBody(lang, "ا" + f.substring(1)));
  }

  private boolean continuesRole(SentenceTokens s, int j, int headEnd) {
    String f = s.folded(j);
    if (lang == Language.PERSIAN && insideInstitutionPhrase(s, j)) {
      // "نماینده مقام معظم رهبری": the finder may mark the rest of a body's several-word name as a person
      return true;
    }
    if (districtNumber(s, j)) {
      return true;
    }
    if (!s.isWord(j) || s.person()[j] || lex.honorifics(lang).longestAt(s.folded(), j) > 0) {
      return false;
    }
    if (lex.titles(lang).longestAt(s.folded(), j) > 0 && j > headEnd) {
      return false;
    }
    if (lang == Language.PERSIAN && isAnd(f) && j + 1 < s.size() && opensAnotherPerson(s, j + 1)) {
      return false;
    }
    if (lex.institutions(lang).longestAt(s.folded(), j) > 0 || insideInstitutionPhrase(s, j)) {
      return true;
    }
    if (lang == Language.PERSIAN && f.equals(THIS) && j + 1 < s.size() && lex.isBody(lang, s.folded(j + 1))) {
      // "سخنگوی این کمیسیون"، "رئیس این سازمان": the body named before, as the role writes it
      return true;
    }
    if (lex.isStopWord(lang, f)) {
      return false;
    }
    return lang == Language.ARABIC ? continuesArabic(s, j, f, headEnd) : continuesPersian(s, j);
  }

  /** A word inside a several-word entry of the institution words ("مبارزه با" in "پلیس مبارزه با مواد مخدر"). */
  private boolean insideInstitutionPhrase(SentenceTokens s, int j) {
    for (int k = Math.max(0, j - 3); k < j; k++) {
      if (lex.institutions(lang).longestAt(s.folded(), k) > j - k) {
        return true;
      }
    }
    return false;
  }

  private boolean continuesArabic(SentenceTokens s, int j, String f, int headEnd) {
    // "قائد الشرطة للصحافيين اليوم": a word behind ل right before the day of the news is whom he spoke to
    if (f.startsWith("ل") && j + 1 < s.size() && EVENT_TIMES.contains(s.folded(j + 1))) {
      return false;
    }
    // "رئيس الغرفة التجارية بالطائف", "محافظ ينبع بالإنابة": where and how the office is held
    if (s.hasArticle(j) || f.startsWith("بال") && f.length() > 4) {
      return true;
    }
    // "وزير حقوق الإنسان"، "مدير عام برنامج الصادرات": the title's annexed noun is an everyday word, itself annexed
    // to a word with the article; a name's first word before a nisba ("محمد الأصبحي") is no everyday word
    if (j == headEnd && j + 1 < s.size() && s.hasArticle(j + 1) && lex.isCommonWord(lang, f)
        && !lex.isNameWord(lang, f)) {
      return true;
    }
    if ("لوب".indexOf(f.charAt(0)) >= 0 && lex.institutions(lang).contains(f.substring(1))) {
      return true;
    }
    // "هيئة أشغال المياه", "مجلس أمناء هيئة": a bare noun between a body and the rest of its name; a body with the
    // article is annexed to nothing, so a bare word after it that is no everyday word opens a name ("باسم المركز
    // رأفت الصباغ"; "رئيس المجلس جديد الحميد" is a misspelt adjective)
    if (j > 0 && bodyAt(s, j - 1) && (!s.hasArticle(j - 1) || lex.isCommonWord(lang, f)) && j + 1 < s.size()
        && (s.hasArticle(j + 1) || bodyAt(s, j + 1)) && !lex.isNameWord(lang, f)) {
      return true;
    }
    // "لشرق المتوسط": a preposition-led word inside an organization name written with the article after it
    if (f.startsWith("ل") && j + 1 < s.size() && s.hasArticle(j + 1) && !lex.isNameWord(lang, f)) {
      return true;
    }
    // "وتكنولوجيا المعلومات" goes on; "وعبدالله الجامع"، "وأخيه الرئيس"، "وصاحب السمو الملكي" open another person
    return f.startsWith("و") && j + 1 < s.size() && s.hasArticle(j + 1) && !lex.isNameWord(lang, f)
        && !lex.isNameWord(lang, f.substring(1)) && titleAt(s, j + 1) == 0
        && lex.honorifics(lang).longestAt(s.folded(), j, f.substring(1)) == 0;
  }

  /**
   * A Persian role goes on over any word but a name word, a number (save a district's: "منطقه 9") and the noun of a
   * compound verb ("... را به
   * عنوان مدیرکل حراست استانداری معرفی کرد": "معرفی" is the verb's, not the office's).
   */
  private boolean continuesPersian(SentenceTokens s, int j) {
    boolean place = j > 0 && PLACE_NOUNS.contains(s.folded(j - 1));
    return (place || !lex.isNameWord(lang, s.folded(j))) && !Character.isDigit(s.tokens().get(j).text().charAt(0))
        && !(j + 1 < s.size() && LIGHT_VERBS.contains(s.folded(j + 1)));
  }

  /**
   * After a Persian و inside a role: a group of people ("و جمعی از مسئولان") or a surname that is no everyday
   * word before its own title ("رئیس سازمان مالیاتی و قربانی مدیرکل ...") starts another person, not the body's name.
   */
  private boolean opensAnotherPerson(SentenceTokens s, int k) {
    String f = s.folded(k);
    return GROUP_WORDS.contains(f) || s.isWord(k) && !lex.isCommonWord(lang, f) && !lex.isStopWord(lang, f)
        && lex.institutions(lang).longestAt(s.folded(), k) == 0 && k + 1 < s.size()
        && lex.titles(lang).longestAt(s.folded(), k + 1) > 0;
  }

  private int firstBody(SentenceTokens s, int from, int to) {
    for (int k = from; k < to; k++) {
      String f = s.folded(k);
      if (bodyAt(s, k)) {
        return k;
      }
    }
    return -1;
  }

  /** "وزیر بهداشت، درمان و آموزش پزشکی": a comma inside an enumeration that an "و" closes. */
  private boolean commaInsideList(SentenceTokens s, int j) {
    for (int k = j + 1; k < Math.min(s.size(), j + 5); k++) {
      if (!s.isWord(k) || s.person()[k] || lex.isStopWord(lang, s.folded(k)) || lex.isNameWord(lang, s.folded(k))
          || lex.honorifics(lang).longestAt(s.folded(), k) > 0 || lex.titles(lang).longestAt(s.folded(), k) > 0) {
        return false;
      }
      if (isAnd(s.folded(k))) {
        return k > j + 1;
      }
    }
    return false;
  }

  private static boolean isComma(SentenceTokens s, int i) {
    String t = s.tokens().get(i).text();
    return t.equals("،") || t.equals(",");
  }

  /** A number after a Persian district's or article's noun ("منطقه 9"، "اصل 50"): part of the office's name. */
  private boolean districtNumber(SentenceTokens s, int j) {
    return lang == Language.PERSIAN && j > 0 && NUMBERED.contains(s.folded(j - 1))
        && Character.isDigit(s.tokens().get(j).text().charAt(0));
  }

  private int trimEnd(SentenceTokens s, int from, int end) {
    while (end > from && (isAnd(s.folded(end - 1)) || !s.isWord(end - 1) && !districtNumber(s, end - 1))) {
      end--;
    }
    return end;
  }

  /** A nationality adjective (العراقي، العراقية، ایرانی) rather than a country's name. */
  private static boolean isAdjective(SentenceTokens s, int j) {
    String f = s.folded(j);
    return f.endsWith("ي") || f.endsWith("يه");
  }

  private String organization(SentenceTokens s, int from, int to) {
    String org = s.slice(from, to);
    String first = s.folded(from);
    if (lang == Language.ARABIC && first.startsWith("لل")) {
      return "ال" + org.substring(2);
    }
    if (lang == Language.ARABIC && first.startsWith("ب") && lex.institutions(lang).contains(first.substring(1))) {
      return org.substring(1);
    }
    if (lang == Language.ARABIC && first.startsWith("ل") && !lex.institutions(lang).contains(first)) {
      // "الأمين العام لمنظمة ...", "وزير الدولة لتقنية المعلومات": the preposition is not the organization's
      return org.substring(1);
    }
    return org;
  }

  private static boolean isCompany(String f) {
    return f.equals(MatchFold.fold("شرکت")) || f.equals(MatchFold.fold("شركة")) || f.equals(MatchFold.fold("الشركة"));
  }

  /** The word without a glued و, ب or ل. */
  private static String bare(String f) {
    return f.length() > 3 && "\u0648\u0628\u0644".indexOf(f.charAt(0)) >= 0 ? f.substring(1) : f;
  }

  private static boolean isAnd(String f) {
    return f.equals("و");
  }
}
