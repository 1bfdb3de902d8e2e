package org.diplomatic.analyzer.extract.officials;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The house style of Persian agency news: the lead names an office as its subject with no name ("معاون گردشگری کشور
 * ... اعلام کرد.") and the next sentence opens with the holder's name ("منوچهر جهانیان در گفت‌وگو با خبرنگار ...
 * اظهار داشت"), often after the agency's dateline ("به گزارش خبرگزاری فارس از اصفهان، محسن مهرعلیزاده ..."). Holds
 * the offices of one document read sentence by sentence in order.
 */
final class LeadTitle {
  /** How many sentences after its office a name may open and still be its holder. */
  private static final int MAX_GAP = 2;
  private static final int MAX_DATELINE_TOKENS = 25;
  private static final String AGENCY = MatchFold.fold("خبرگزاری");
  private static final Set<String> DATELINE_SECOND = Set.of(MatchFold.fold("گزارش"), MatchFold.fold("نقل"));
  /** "به نقل از": the dateline names a source, whose name may hold commas, so it ends before the first name. */
  private static final String QUOTING = MatchFold.fold("نقل");
  /** Words of the time of day or week that may stand between the dateline and the subject, folded. */
  private static final Set<String> TIME_WORDS = Set.of("امروز", "دیروز", "صبح", "عصر", "ظهر", "شامگاه", "بامداد",
          "امشب", "دیشب", "روز", "گذشته", "شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "پنج‌شنبه",
          "جمعه").stream().map(MatchFold::fold).collect(Collectors.toUnmodifiableSet());
  private static final int MAX_TIME_WORDS = 3;
  /** Prepositions that carry a dateline on after the agency's name ("از اصفهان", "به نقل از", "در"), folded. */
  private static final Set<String> DATELINE_WORDS = Set.of("از", "به", "در", "و");
  private static final String ONE = MatchFold.fold("یک");
  private static final String SAID = MatchFold.fold("گفته");
  private static final String ALSO = MatchFold.fold("همچنین");

  /** An office written as a sentence's subject: its role, folded words and the character span of each word. */
  record Office(RoleMatch role, List<String> words, int[] starts, int[] ends, int sentence) {}

  private final List<Office> offices = new ArrayList<>();
  private Office pending;

  /**
   * The first token of the sentence's subject: after a dateline ("به گزارش ...،", "خبرگزاری فارس:") and the time
   * words that may open the clause ("صبح امروز", "عصر روز گذشته"), else 0.
   */
  static int subjectStart(SentenceTokens s) {
    boolean dateline = s.size() > 1
        && (s.folded(0).equals(AGENCY) || s.folded(0).equals("به") && DATELINE_SECOND.contains(s.folded(1)));
    if (!dateline) {
      return 0;
    }
    int first = 0;
    boolean quoting = false;
    for (int i = 1; i < Math.min(s.size() - 1, MAX_DATELINE_TOKENS); i++) {
      String t = s.tokens().get(i).text();
      quoting |= s.folded(i).equals(QUOTING);
      if (first == 0 && !quoting && s.folded(i).equals(AGENCY) && personAfterAgency(s, i + 2)) {
        // "به گزارش حوزه احزاب خبرگزاری فارس حجت‌الاسلام حسینی شاهرودی، ...": no comma after the agency's name
        return i + 2;
      }
      if (quoting && first == 0 && s.person()[i]) {
        // "به نقل از روابط عمومی استانداری خراسان شمالی علی بیگ زاده در ...": no comma before the name
        return i;
      }
      // "خبرگزاری فارس-": a dash after the agency's name, as a colon
      boolean dash = i == 2 && s.folded(0).equals(AGENCY) && (t.equals("-") || t.equals("\u2013"));
      if (t.equals("،") || t.equals(",") || t.equals(":") || dash) {
        int k = i + 1;
        while (k < s.size() - 1 && k - i <= MAX_TIME_WORDS && TIME_WORDS.contains(s.folded(k))) {
          k++;
        }
        if (k + 1 < s.size() && s.folded(k).equals("به") && s.folded(k + 1).equals(QUOTING)) {
          // "به گزارش خبرگزاری فارس از مشهد، به نقل از روابط عمومی استانداری، X": the dateline goes on
          continue;
        }
        first = first == 0 ? k : first;
        if (!quoting || personWithin(s, k)) {
          return k;
        }
      }
    }
    return first;
  }

  /**
   * Where the holder of the lead's office is written: the subject, or after "به گفته" opening it ("به گزارش ... به
   * نقل از آسوشیتدپرس، به گفته «عمرو موسی»، ریاض ...": the office speaks through its holder).
   */
  static int holderStart(SentenceTokens s) {
    int k = subjectStart(s);
    return k + 2 < s.size() && s.folded(k).equals("به") && s.folded(k + 1).equals(SAID) ? k + 2 : k;
  }

  /**
   * A name the finder marked at {@code k}, after at most two words that are no preposition of the dateline ("از
   * اصفهان", "به نقل از"): the subject right after the agency's name.
   */
  private static boolean personAfterAgency(SentenceTokens s, int k) {
    for (int j = k; j < Math.min(s.size(), k + 3); j++) {
      if (!s.isWord(j) || DATELINE_WORDS.contains(s.folded(j))) {
        return false;
      }
      if (s.person()[j]) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name the finder marked at {@code k} or after a one- or two-word honorific: where a dateline quoting a source
   * with a comma in its name ends ("به نقل از روابط عمومی اداره‌کل میراث فرهنگی، صنایع‌دستی و گردشگری استان،
   * حجت‌الاسلام ...").
   */
  private static boolean personWithin(SentenceTokens s, int k) {
    for (int j = k; j < Math.min(s.size(), k + 3); j++) {
      if (s.person()[j]) {
        return true;
      }
      if (!s.isWord(j)) {
        return false;
      }
    }
    return false;
  }

  /** Notes an office no name was found for in sentence {@code sentence}, if it is that sentence's subject. */
  void offer(SentenceTokens s, RoleMatch role, int sentence) {
    int subject = subjectStart(s);
    // "یک نماینده مجلس سوریه ... دانست." then "جورج جبور که ...": an office written as "one" is the subject too
    boolean indefinite = role.start() == subject + 1 && s.folded(subject).equals(ONE);
    // "همچنین فرماندار نکا، در اجتماع ... اظهار داشت" then "جعفر احمدی اظهار کرد": "also" may open the sentence
    boolean also = role.start() == subject + 1 && s.folded(subject).equals(ALSO);
    if (role.start() != subject && !indefinite && !also || role.role().isEmpty()) {
      return;
    }
    int n = role.end() - role.start();
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int k = 0; k < n; k++) {
      starts[k] = s.start(role.start() + k);
      ends[k] = s.end(role.start() + k);
    }
    pending = new Office(role, List.copyOf(s.folded().subList(role.start(), role.end())), starts, ends, sentence);
    offices.add(pending);
  }

  /** The office waiting for a name that opens sentence {@code sentence}, or null. */
  Office waiting(int sentence) {
    return pending != null && sentence > pending.sentence() && sentence - pending.sentence() <= MAX_GAP
        ? pending : null;
  }

  /** The waiting office found its holder. */
  void taken() {
    pending = null;
  }

  /**
   * The office's role cut to what every other subject use of the same title shares ("معاون گردشگری کشور آمار
   * سفرها ..." and "معاون گردشگری کشور میزان اقامت ...": the object after the title is no part of it); call it once
   * the whole document is read. {@code bodyWord} tells the words of a body's name (institution words).
   */
  RoleMatch role(Office office, String text, Predicate<String> bodyWord) {
    int keep = office.words().size();
    int best = 0;
    int shortest = keep;
    boolean restWrittenAgain = false;
    for (Office other : offices) {
      if (other != office && other.words().get(0).equals(office.words().get(0))) {
        int common = 0;
        while (common < Math.min(keep, other.words().size())
            && other.words().get(common).equals(office.words().get(common))) {
          common++;
        }
        List<String> rest = office.words().subList(common, keep);
        List<String> otherRest = other.words().subList(common, other.words().size());
        if (otherRest.isEmpty()) {
          shortest = Math.min(shortest, common);
        } else if (otherRest.stream().anyMatch(rest::contains)) {
          // "مدیر کل شیلات استان گلستان" beside "... شیلات گلستان": the same body written otherwise
          restWrittenAgain = true;
        } else {
          best = Math.max(best, common);
        }
      }
    }
    // a shorter use cuts the office unless it only leaves out body words ("مدیرعامل سازمان بنادر" of "... بنادر و
    // دریانوردی") or another use writes the rest again
    if (shortest < keep && !restWrittenAgain
        && !office.words().subList(shortest, keep).stream().allMatch(bodyWord)) {
      best = Math.max(best, shortest);
    }
    RoleMatch role = office.role();
    if (best < 2 || best >= keep) {
      return role;
    }
    String cut = text.substring(office.starts()[0], office.ends()[best - 1]);
    int org = role.organization() == null ? -1 : role.role().indexOf(role.organization());
    String organization = org > 0 && org < cut.length() ? cut.substring(org).strip() : null;
    return new RoleMatch(role.start(), role.start() + best, cut, organization, role.country());
  }
}
