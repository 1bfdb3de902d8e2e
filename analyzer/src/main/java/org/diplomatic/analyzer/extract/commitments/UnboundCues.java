package org.diplomatic.analyzer.extract.commitments;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomatic.analyzer.text.TextNormalizer;
import org.diplomatic.analyzer.text.Token;

/**
 * The cue words of a clause that bind no party, for {@link CueRules} to pass over: a modal of necessity inside an
 * Arabic relative clause, a Persian future that tells an effect, an agreement the clause only points at. Each returns
 * the indices of those words among the clause's tokens.
 */
final class UnboundCues {
  private static final TextNormalizer FOLD = TextNormalizer.folding();
  /** Arabic relative pronouns: a modal right after one qualifies a noun ("الاستراتيجية التي يجب تطبيقها"). */
  private static final Set<String> RELATIVE =
      FOLD.applyAll("التي", "الذي", "الذين", "اللتين", "اللذين", "اللاتي", "اللواتي");
  /** Persian words of causing (باعث، موجب، سبب): a future after one tells an effect ("باعث ... خواهد شد"). */
  private static final Set<String> CAUSING = FOLD.applyAll("باعث", "موجب", "سبب");
  private static final int CAUSE_REACH = 14;
  /** Persian demonstratives and the exclamative چه: "این توافق"، "چه توافق وحشتناکی" name an agreement, not an act. */
  private static final Set<String> POINTING = FOLD.applyAll("این", "آن", "همین", "همان", "چه");
  private static final Set<String> THIRD_PERSON_FUTURE = FOLD.applyAll("خواهد", "خواهند");
  private static final String DEVOTED = FOLD.apply("متعهد");
  /** What joins the adjectives of a list: a comma or و standing alone. */
  private static final Set<String> LIST_GLUE = Set.of("،", ",", "و");
  /** A verb of being or becoming after متعهد: شد، شده، است، هستند، بود. */
  private static final java.util.regex.Pattern BE = java.util.regex.Pattern.compile("^(?:شد|است|هست|بود|باشد|می)");
  /** A Persian plural in ezafe before an adjective: نیروهای، انسان‌های، افراد (written with ی or ي). */
  private static final java.util.regex.Pattern PLURAL_EZAFE = java.util.regex.Pattern.compile("(?:ها[یي]|افراد)$");

  private UnboundCues() {}

  /**
   * An Arabic modal of necessity right after a relative pronoun ("المراجعة ستحدد الاستراتيجية التي يجب تطبيقها"،
   * "الخطوات التي ينبغي اتخاذها"): it describes a noun of the clause, no party is bound by it.
   */
  static Set<Integer> relativeModal(List<Token> tokens, List<CueLexicon.Hit> hits) {
    Set<Integer> at = new HashSet<>();
    for (CueLexicon.Hit hit : hits) {
      if (hit.feature().equals("obligation") && hit.token() > 0
          && RELATIVE.contains(tokens.get(hit.token() - 1).form())) {
        for (int k = 0; k < hit.length(); k++) {
          at.add(hit.token() + k);
        }
      }
    }
    return at;
  }

  /**
   * The Persian متعهد of a person, an adjective (devoted) in a list of qualities or after a plural in ezafe ("نیروهای
   * فعال، متعهد، ارزشی"، "نیروهای متعهد و ارزشی"): no one pledges there; "طرف قطری متعهد شد"، "متعهد به" and a
   * list of matters closed by "، متعهد شده است" bind.
   */
  static Set<Integer> devoted(List<Token> tokens, List<CueLexicon.Hit> hits) {
    Set<Integer> at = new HashSet<>();
    for (CueLexicon.Hit hit : hits) {
      int i = hit.token();
      if (!hit.feature().equals("obligation") || hit.length() != 1 || !DEVOTED.equals(tokens.get(i).form())) {
        continue;
      }
      String previous = i > 0 ? tokens.get(i - 1).text() : "";
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
      boolean adjective = LIST_GLUE.contains(next) || PLURAL_EZAFE.matcher(previous).find();
      // "..., متعهد شده است" after a list of matters still pledges
      if (adjective && !BE.matcher(next).find()) {
        at.add(i);
      }
    }
    return at;
  }

  /**
   * The Persian future auxiliaries a few words after a word of causing ("تداوم فعالیت این جبهه قطعاً باعث به وجود
   * آمدن برکات زیادی ... خواهد شد"، "این طرح موجب افزایش ... تولید بنزین ... خواهد شد"): an effect foretold, not an act.
   */
  static Set<Integer> caused(List<Token> tokens) {
    Set<Integer> at = new HashSet<>();
    if (!CueRules.isPersian(tokens)) {
      return at;
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (!CAUSING.contains(tokens.get(i).form())) {
        continue;
      }
      for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + CAUSE_REACH); k++) {
        if (THIRD_PERSON_FUTURE.contains(tokens.get(k).form())) {
          at.add(k);
          break;
        }
      }
    }
    return at;
  }

  /**
   * A one-word Persian agreement noun after a demonstrative or چه ("این توافق را در هم شکستیم"، "چه توافق
   * وحشتناکی"، "این توافق هنوز منتظر تصویب ... است"): an agreement spoken of, not one made in the clause.
   */
  static Set<Integer> pointedAt(List<Token> tokens, List<CueLexicon.Hit> hits) {
    Set<Integer> at = new HashSet<>();
    for (CueLexicon.Hit hit : hits) {
      if (hit.feature().equals("agreement") && hit.length() == 1 && hit.token() > 0 && CueRules.isPersian(tokens)
          && POINTING.contains(tokens.get(hit.token() - 1).form())) {
        at.add(hit.token());
      }
    }
    return at;
  }
}
