package org.diplomatic.analyzer.extract.commitments;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomatic.analyzer.text.TextNormalizer;
import org.diplomatic.analyzer.text.Token;

/**
 * The grammar of commitments that a model trained on the written corpus misses in published news, over the cues of
 * {@code act-cues.tsv}: a future verb (سـ + imperfect, خواستن + stem) or a scheduled act (من المقرر، قرار است, or a
 * Persian present tense with a time ahead such as فردا) is an intent; necessity (ضرورة، باید) an obligation; a
 * signing or an agreement reached (تم الاتفاق، منعقد شد) an agreement; readiness (استعداد، آماده) a proposal; a
 * body's decision (قرر، تصویب کرد) or approval (وافق المجلس، موافقت کرد) a decision in news and minutes; a negated pledge (لن نتوانى) an intent. A question,
 * a text that denies being a commitment and a heading that only announces items are no commitments.
 */
final class CueRules {
  /** What the rules say of a clause: a kind or "none", and whether it is surely no commitment. */
  record Verdict(String kind, boolean vetoed) {
    static final Verdict VETO = new Verdict(ClauseClassifier.NONE, true);
    static final Verdict SILENT = new Verdict(ClauseClassifier.NONE, false);
  }

  private static final List<String> PRIORITY = List.of("decision", "agreement", "obligation", "proposal", "intent");
  private static final Set<String> NEGATORS = Set.of("لا", "لم", "لن", "عدم", "غير");
  private static final TextNormalizer FOLD = TextNormalizer.folding();
  private static final Set<String> DEMONSTRATIVES = FOLD.applyAll("هذه", "هذا", "تلك", "ذلك");
  private static final Set<String> SAWFA = FOLD.applyAll("سوف", "وسوف");
  /** أقر بـ is "acknowledged" (أقر بأهمية، أقرت بأن), not "adopted". */
  private static final Set<String> ADOPTED = FOLD.applyAll("أقر", "أقرت");
  private static final Set<String> ACKNOWLEDGED = FOLD.applyAll("بأن", "أن", "بأنه", "بأنها", "أنه", "أنها", "بأهمية",
      "بوجود", "بصعوبة", "بخطأ", "بفشل");
  private static final int ACKNOWLEDGE_REACH = 8;
  private static final Set<String> RELATIVE_MA = FOLD.applyAll("ما", "لما", "بما", "فيما", "مما",
      // an agreement a relative clause describes was made before ("العقد الذي وقعته الوزارة"، "التي اتفق عليها الوزراء")
      "الذي", "التي", "اللذين", "اللتين", "الذين");
  /** "، على أن يتم ..." / a clause opening with على أن + imperfect: the condition a party is bound to. */
  private static final java.util.regex.Pattern PROVIDED_THAT =
      java.util.regex.Pattern.compile("(?:^|[،,])\\s*على\\s+أن\\s+[يت]\\S{2,}");
  /** Arabic past verbs that sign (وقّع) or, unvowelled, take place (وقع الحادث): a signing only with what is signed. */
  private static final Set<String> SIGNED_OR_HAPPENED = FOLD.applyAll("وقع", "وقعت", "وقعا", "وقعوا");
  private static final String SHADDA = "\u0651";
  /** The most words between وقع and what it signs, past two signers' titles and names, a place and a day. */
  private static final int DOCUMENT_REACH = 40;
  /** The most words between وقع and the على / عن of a signing ("وقع الجانبان على"، "ووقع عن الجانب"). */
  private static final int SIGNED_ON_REACH = 3;
  /** The most words between وجه and the بـ of the act it orders, past the official's titles, name and addressees. */
  private static final int DIRECTIVE_REACH = 20;
  private static final Set<String> RELATIVE_OR_PRONOUN =
      FOLD.applyAll("التي", "الذي", "الذين", "وهي", "وهو", "وهم");
  /** A verbal noun of the pattern مفاعلة after بـ / لـ (بمتابعة، لمتابعة), as folded (ة becomes ه). */
  private static final java.util.regex.Pattern MUFAALA = java.util.regex.Pattern.compile("^[بل]م.ا..[هة]$");
  private static final Set<String> PLACE_AFTER_ON =
      FOLD.applyAll("بعد", "إثر", "اثر", "يد", "خلفية", "مدى", "هامش", "مسافة",
      "الطريق", "طريق");
  private static final Set<String> PERSIAN_FUTURE = FOLD.applyAll("خواهد", "خواهند", "خواهیم", "خواهم");
  private static final Set<String> THIRD_PERSON_FUTURE = FOLD.applyAll("خواهد", "خواهند");
  /** A Persian verb in the first person: its ending یم (خواهیم، می‌کنیم، آماده‌ایم). */
  private static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile("[يی]م$");
  private static final String PRESENT = FOLD.apply("می");
  private static final Set<String> PERSIAN_PAST =
      FOLD.applyAll("بود", "بودند", "بوده", "بودیم", "بودم", "داشت", "داشتند");
  private static final int PAST_REACH = 6;
  private static final Set<String> WHY = FOLD.applyAll("چرا", "لماذا", "ولماذا");
  private static final Set<String> BECAUSE = FOLD.applyAll("که", "كه");
  private static final Set<String> MUST = FOLD.applyAll("باید", "بایستی", "میبایست", "می‌بایست");
  private static final int MUST_REACH = 12;
  private static final Set<String> MUST_NOT = FOLD.applyAll("نباید", "نبایستی", "نمی‌بایست", "نمیبایست");
  private static final Set<String> NECESSITY = FOLD.applyAll("ينبغي", "يجب", "يتعين", "يتوجب");
  private static final Set<String> AFTER_THAT = FOLD.applyAll("عقب", "بعد أن", "بعدما", "إثر");
  private static final String QAD = "قد";
  private static final Set<String> WAS = FOLD.applyAll("كان", "كانت", "كانا", "كانتا", "كانوا");
  /** Modals of necessity (and من of من الضروري) that كان puts in the past. */
  private static final Set<String> PAST_MODALS = FOLD.applyAll("ينبغي", "يجب", "يتعين", "يتوجب", "لابد", "لا بد",
      "من الضروري", "من اللازم", "من الواجب", "من المقرر", "من المفترض", "من المنتظر");
  /** The most words between كان and قد: the subject of the verb stands there. */
  private static final int PLUPERFECT_REACH = 5;
  private static final Set<String> SHORT_FUTURE_STEMS = ShortFutureStems.load();
  private static final PersianFinalVerb PAST_VERBS = PersianFinalVerb.load();
  // compared without ZWNJ: news write می‌شود, میشود and می شود
  private static final Set<String> PASSIVE_PRESENT = FOLD.applyAll("میشود", "میشوند", "میگردد", "میگردند");
  private static final Set<String> PERSIAN_WORDS =
      FOLD.applyAll("است", "را", "که", "از", "این", "می", "شد", "کرد", "برای", "در", "با");

  private static final Set<String> KINDS = Set.of("obligation", "intent", "proposal", "agreement", "decision");

  private final CueLexicon cues = CueLexicon.load("act-cues.tsv");
  private final ActingParty acting = ActingParty.load();
  private final CueLexicon modelCues = CueLexicon.load();
  private final CommitmentFeatures tokenizer = new CommitmentFeatures(cues);

  /**
   * Whether a clause holds any word a commitment is made with: a cue of a kind (of either table), a time ahead, an
   * agreement's text as subject (الاتفاقية), an Arabic future verb, or a Persian future or present-tense verb. The learned model, left alone, also takes market reports and
   * statistics for commitments ("وارتفعت المخزونات إلى ..."); in news a clause with none of these words (or of a
   * time ahead) is no commitment. Minutes and statements list their commitments as bare items, so they pass.
   */
  boolean anchored(String text, String genre) {
    if (!"news".equals(genre)) {
      return true;
    }
    List<Token> tokens = tokenizer.tokens(text);
    Set<Integer> forecast = new HashSet<>();
    for (CueLexicon.Hit hit : cues.find(tokens)) {
      if (hit.feature().equals("forecast") || hit.feature().equals("not_future")) {
        forecast.addAll(wordsOf(hit));
      }
    }
    forecast.addAll(foretold(tokens, cues.find(tokens)));
    for (CueLexicon lexicon : List.of(cues, modelCues)) {
      forecast.addAll(referenced(tokens, lexicon.find(tokens)));
    }
    forecast.addAll(happened(tokens, cues.find(tokens)));
    forecast.addAll(conditioned(tokens, cues.find(tokens)));
    forecast.addAll(conditionalClause(tokens, cues.find(tokens)));
    forecast.addAll(UnboundCues.caused(tokens));
    for (CueLexicon lexicon : List.of(cues, modelCues)) {
      forecast.addAll(UnboundCues.relativeModal(tokens, lexicon.find(tokens)));
      forecast.addAll(UnboundCues.pointedAt(tokens, lexicon.find(tokens)));
      forecast.addAll(UnboundCues.devoted(tokens, lexicon.find(tokens)));
    }
    String lang = isPersian(tokens) ? "fa" : "ar";
    for (CueLexicon lexicon : List.of(cues, modelCues)) {
      for (CueLexicon.Hit hit : lexicon.find(tokens, lang)) {
        boolean word = KINDS.contains(hit.feature()) || hit.feature().equals("ahead") || hit.feature().equals("terms");
        if (word && java.util.Collections.disjoint(forecast, wordsOf(hit))) {
          return true;
        }
      }
    }
    boolean persian = isPersian(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      String form = tokens.get(i).form();
      if (!forecast.contains(i) && (persian ? PERSIAN_FUTURE.contains(form) || form.startsWith(PRESENT)
          : isArabicFuture(tokens.get(i).text(), form))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The kind of a news clause that binds a party by a condition put on its act ("وتم خلال الاجتماع تشكيل لجنة ...، على
   * أن تقوم كل جهة وإدارة بتشكيل لجانها"), for where nothing else makes it a commitment: an obligation, or an agreement
   * when a contract's text provides it; "none" for any other clause. Minutes and
   * statements state their items so, which the model knows; what a forecast expects is no condition ("وتوقع التقرير
   * أن ينمو ...، على أن تبقى معدلات النمو مستقرة").
   */
  String boundByCondition(String text, String genre) {
    if (!"news".equals(genre) || !PROVIDED_THAT.matcher(text).find()) {
      return ClauseClassifier.NONE;
    }
    List<CueLexicon.Hit> hits = cues.find(tokenizer.tokens(text));
    if (hits.stream().anyMatch(h -> h.feature().equals("expectation") || h.feature().equals("hedge"))) {
      return ClauseClassifier.NONE;
    }
    // what a contract or an agreement provides ("وينص العقد على ...، على أن يبدأ الإنتاج") is agreed
    return hits.stream().anyMatch(h -> h.feature().equals("terms")) ? "agreement" : "obligation";
  }

  /**
   * A Persian clause told in the past (آغاز به کار کرد، محقق کرده است): no intent or offer of the model's, though a
   * signing is told so too.
   */
  boolean toldInPast(String text) {
    List<Token> tokens = tokenizer.tokens(text);
    return isPersian(tokens) && PAST_VERBS.endsInPast(tokens);
  }

  private static List<Integer> wordsOf(CueLexicon.Hit hit) {
    List<Integer> at = new java.util.ArrayList<>();
    for (int k = 0; k < hit.length(); k++) {
      at.add(hit.token() + k);
    }
    return at;
  }

  Verdict judge(String text, String genre) {
    String trimmed = text.strip().replaceAll("[!.»\"]+$", "");
    if (trimmed.endsWith("؟") || trimmed.endsWith("?") || trimmed.endsWith(":")) {
      return Verdict.VETO;
    }
    List<Token> tokens = tokenizer.tokens(text);
    if (asksWhy(tokens) || necessityInThePast(tokens) || arabicNecessityInThePast(tokens)) {
      return Verdict.VETO;
    }
    List<CueLexicon.Hit> hits = cues.find(tokens);
    Set<String> found = new HashSet<>();
    Set<Integer> forecastAt = new HashSet<>();
    Set<Integer> notFutureAt = new HashSet<>();
    Set<Integer> actEnds = new HashSet<>();
    Set<Integer> referenced = referenced(tokens, hits);
    referenced.addAll(happened(tokens, hits));
    referenced.addAll(UnboundCues.relativeModal(tokens, hits));
    referenced.addAll(UnboundCues.devoted(tokens, hits));
    boolean unoffered = false;
    for (CueLexicon.Hit hit : hits) {
      if (hit.feature().equals("proposal") && ReadinessNouns.unoffered(tokens, hit)) {
        unoffered = true;
        continue;
      }
      switch (hit.feature()) {
        case "denial" -> {
          return Verdict.VETO;
        }
        // every word of a forecast: its future auxiliary (کمک خواهد کرد) is the second
        case "forecast" -> forecastAt.addAll(wordsOf(hit));
        case "not_future" -> notFutureAt.add(hit.token());
        case "expectation", "hedge", "signed_document", "signed_on", "condition" -> { }
        case "directive" -> {
          if (directs(tokens, hit)) {
            found.add("obligation");
          }
        }
        case "know" -> {
          if (hit.token() > 0 && MUST.contains(tokens.get(hit.token() - 1).form())) {
            return Verdict.VETO;
          }
        }
        case "passive_act" -> actEnds.add(hit.token() + hit.length() - 1);
        // a body's approval (وافق مجلس الوزراء على، هیئت وزیران ... موافقت کرد) is its decision; a person's is consent
        case "approval" -> {
          if (!negated(tokens, hit.token()) && !afterPast(tokens, hit.token()) && acting.in(text) != null) {
            found.add("decision");
          }
        }
        case "pledge", "ahead", "behind", "demand" -> found.add(hit.feature());
        default -> {
          boolean before = pluperfect(tokens, hit.token());
          if (before && KINDS.contains(hit.feature())) {
            found.add("pluperfect");
          }
          if (!negated(tokens, hit.token()) && !pastAfter(tokens, hit) && !inBackground(tokens, hit.token())
              && !before && !acknowledged(tokens, hit) && !referenced.contains(hit.token())) {
            found.add(hit.feature());
          }
        }
      }
    }
    forecastAt.addAll(foretold(tokens, hits));
    forecastAt.addAll(conditioned(tokens, hits));
    // what would follow a Persian condition ("درصورتیکه ... می‌توانند از سال آینده آغاز کنند") is no act planned
    forecastAt.addAll(conditionalClause(tokens, hits));
    forecastAt.addAll(UnboundCues.caused(tokens));
    // an act told only as done before the news (وكان الجانبان قد اتفقا) is its background, whatever the model says
    if (found.contains("pluperfect") && java.util.Collections.disjoint(found, KINDS) && !found.contains("pledge")) {
      return Verdict.VETO;
    }
    // a pledge sworn with a word of a kind (تعهد بأن حكومته لن تسمح) is of that kind: تعهد binds
    if (found.contains("pledge") && java.util.Collections.disjoint(found, KINDS)) {
      return new Verdict("intent", false);
    }
    // a demand or a call on others with no word of a kind (از نمایندگان خواست، دعا إلى، طالب) is no commitment
    if (found.contains("demand") && java.util.Collections.disjoint(found, KINDS)) {
      return Verdict.VETO;
    }
    for (String kind : PRIORITY) {
      if (found.contains(kind) && (!kind.equals("decision") || !"statement".equals(genre))) {
        return new Verdict(kind, false);
      }
    }
    boolean scheduledVisit = found.contains("visit") && !found.contains("habitual") && !found.contains("behind");
    if (scheduledVisit || future(tokens, forecastAt, notFutureAt, found) || plannedPassive(tokens, actEnds, found)) {
      return new Verdict("intent", false);
    }
    // readiness for nothing (آمادگی جسمانی، استعداد الطالب) or "to prepare" offers nothing, whatever the model reads in it
    if (unoffered || ReadinessNouns.prepares(tokens)) {
      return Verdict.VETO;
    }
    // a negated necessity (لا ينبغي أن، نباید) is no commitment (corpus/README.md) unless a word of a kind binds too
    return negatedNecessity(tokens) ? Verdict.VETO : Verdict.SILENT;
  }

  /**
   * Words told as a forecast rather than an act: everything after a verb of expecting in Arabic (وتوقعت المصادر أن
   * هذه الخطوة سوف تساهم), the whole clause of a hedge (ستواصل على الأرجح، احتمالا ... ترک می‌کنند)، and an Arabic future verb whose subject is an agreement (وستمكن هذه الاتفاقية البنك):
   * what a text will do is its effect, not a party's act.
   */
  private static Set<Integer> foretold(List<Token> tokens, List<CueLexicon.Hit> hits) {
    Set<Integer> at = new HashSet<>();
    if (isPersian(tokens)) {
      // a Persian hedge (احتمالا ... ترک می‌کنند) makes the whole clause a guess, as an Arabic one does; a verb of
      // expecting (پیش‌بینی می‌شود، امید می‌رود، اطمینان دارم) makes itself and what follows it one
      for (CueLexicon.Hit hit : hits) {
        if (hit.feature().equals("hedge") || hit.feature().equals("expectation")) {
          for (int k = hit.feature().equals("hedge") ? 0 : hit.token(); k < tokens.size(); k++) {
            at.add(k);
          }
        }
      }
      return at;
    }
    Set<Integer> terms = new HashSet<>();
    for (CueLexicon.Hit hit : hits) {
      if (hit.feature().equals("expectation") || hit.feature().equals("hedge")) {
        for (int k = hit.feature().equals("hedge") ? 0 : hit.token() + hit.length(); k < tokens.size(); k++) {
          at.add(k);
        }
      } else if (hit.feature().equals("terms")) {
        terms.add(hit.token());
      }
    }
    for (int i = 0; i + 2 < tokens.size(); i++) {
      // سوف is a word of its own before the verb: "وسوف تسهل هذه الاتفاقية"
      int verb = SAWFA.contains(tokens.get(i).form()) ? i + 1 : i;
      boolean future = verb > i || isArabicFuture(tokens.get(i).text(), tokens.get(i).form());
      if (future && verb + 2 < tokens.size() && DEMONSTRATIVES.contains(tokens.get(verb + 1).form())
          && terms.contains(verb + 2)) {
        for (int k = i; k <= verb + 2; k++) {
          at.add(k);
        }
      }
    }
    return at;
  }

  /**
   * The third-person Persian future auxiliaries (خواهد، خواهند) after a condition (اگر، چنانچه): "اگر ... نظارت شود،
   * بسترهای مفاسد ریشه کن خواهد شد" tells what would follow, not what a party will do; "خواهیم" after a condition is
   * still the speaker's pledge.
   */
  private static Set<Integer> conditioned(List<Token> tokens, List<CueLexicon.Hit> hits) {
    Set<Integer> at = new HashSet<>();
    for (CueLexicon.Hit hit : hits) {
      if (hit.feature().equals("condition")) {
        for (int k = hit.token() + hit.length(); k < tokens.size(); k++) {
          if (THIRD_PERSON_FUTURE.contains(tokens.get(k).form())) {
            at.add(k);
          }
        }
      }
    }
    return at;
  }

  /**
   * The present and future verbs (but first-person ones: خواهیم، می‌کنیم) and the times ahead after a Persian condition
   * (اگر، چنانچه، در صورت): "این قانون در صورت تامین اعتبار اجرایی می‌شود"، "در صورتی که ... تولید افزایش پیدا
   * می‌کند" tell what would follow, so these words do not let the learned model call the clause a commitment; a cue of
   * a kind there ("در صورتي كه گروه‌ها به توافق نرسند، آن را وتو خواهد كرد") still does.
   */
  private static Set<Integer> conditionalClause(List<Token> tokens, List<CueLexicon.Hit> hits) {
    Set<Integer> at = new HashSet<>();
    for (CueLexicon.Hit hit : hits) {
      if (hit.feature().equals("condition") && isPersian(tokens)) {
        int from = hit.token() + hit.length();
        for (int k = from; k < tokens.size(); k++) {
          String form = tokens.get(k).form();
          // the words that anchor a Persian clause as verbs (see anchored)
          boolean verb = PERSIAN_FUTURE.contains(form) || form.startsWith(PRESENT);
          if (verb && !FIRST_PERSON.matcher(form).find()) {
            at.add(k);
          }
        }
        for (CueLexicon.Hit ahead : hits) {
          if (ahead.feature().equals("ahead") && ahead.token() >= from) {
            at.addAll(wordsOf(ahead));
          }
        }
      }
    }
    return at;
  }

  /**
   * A Persian present passive of an act (ایجاد می‌شود، راه‌اندازی می‌شوند) in a clause that tells of a plan or an
   * agreement (طرح، به موجب، تفاهم‌نامه) or names its agent (از سوی، توسط) is what the plan or the agent will do, unless a recurring time (هر سال) or a time gone by
   * makes it a fact.
   */
  private static boolean plannedPassive(List<Token> tokens, Set<Integer> actEnds, Set<String> found) {
    if (!found.contains("plan") && !found.contains("agent") || found.contains("habitual") || found.contains("behind")) {
      return false;
    }
    for (int end : actEnds) {
      if (end + 1 < tokens.size() && PASSIVE_PRESENT.contains(joined(tokens, end + 1))) {
        return true;
      }
    }
    return false;
  }

  /** The present auxiliary at {@code at} with the verb after it when written apart (می شود). */
  private static String joined(List<Token> tokens, int at) {
    String form = tokens.get(at).form();
    String verb = form.equals(PRESENT) && at + 1 < tokens.size() ? form + tokens.get(at + 1).form() : form;
    return verb.replace("\u200c", "");
  }

  /** A future verb that acts rather than predicts, or a Persian present tense with a time ahead and none gone by. */
  private static boolean future(List<Token> tokens, Set<Integer> forecastAt, Set<Integer> notFutureAt,
      Set<String> found) {
    boolean present = false;
    boolean persian = isPersian(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      String form = tokens.get(i).form();
      String previous = i > 0 ? tokens.get(i - 1).form() : "";
      if (forecastAt.contains(i) || notFutureAt.contains(i) || NEGATORS.contains(previous)) {
        continue;
      }
      if (!persian && isArabicFuture(tokens.get(i).text(), form)) {
        return true;
      }
      // سوف is the future prefix written as a word: "وسوف يتم الاجتماع خلال الأيام القادمة"
      if (!persian && SAWFA.contains(form) && i + 1 < tokens.size() && !forecastAt.contains(i + 1)) {
        return true;
      }
      // می خواهد is "wants", not the future auxiliary.
      if (PERSIAN_FUTURE.contains(form) && !previous.equals(PRESENT)) {
        return true;
      }
      present |= form.equals(PRESENT) || form.startsWith(PRESENT + "\u200c");
    }
    // a weekday or a time ahead in a clause that ends in a past verb ("روز یکشنبه ... را بستند") was a day gone by
    return present && found.contains("ahead") && !found.contains("behind") && !(persian && PAST_VERBS.endsInPast(tokens));
  }

  /**
   * Arabic future prefix س on an imperfect verb: سيـ، ستـ، سنـ, or سأ as written (folding makes it سا, the start of
   * many nouns such as ساعات); a four-letter word only on a verb stem of {@code short-future-stems.tsv} (سيصل، ستتم),
   * as سيده or سيما are nouns; never a word ending in the plural ات.
   */
  static boolean isArabicFuture(String surface, String form) {
    String bare = form.startsWith("و") || form.startsWith("ف") ? form.substring(1) : form;
    String written = surface.startsWith("و") || surface.startsWith("ف") ? surface.substring(1) : surface;
    if (bare.length() == 4 && bare.charAt(0) == 'س') {
      return SHORT_FUTURE_STEMS.contains(bare.substring(1));
    }
    // no imperfect verb ends in the plural ات of a noun (وسيديهات، سيناريوهات)
    if (bare.endsWith("ات")) {
      return false;
    }
    return bare.length() >= 5 && bare.charAt(0) == 'س'
        && ("يتن".indexOf(bare.charAt(1)) >= 0 || written.length() > 1 && written.charAt(1) == 'أ');
  }

  /**
   * Persian by its own letters (ی and ک as written too), ZWNJ or function words that Arabic lacks (so سازمان is no
   * Arabic future verb).
   */
  static boolean isPersian(List<Token> tokens) {
    for (Token t : tokens) {
      String form = t.form();
      if (PERSIAN_WORDS.contains(form)) {
        return true;
      }
      for (int k = 0; k < form.length(); k++) {
        if ("\u200cپچژگ".indexOf(form.charAt(k)) >= 0) {
          return true;
        }
      }
      // Persian yeh and keheh as written (folding makes them Arabic)
      if (t.text().indexOf('\u06CC') >= 0 || t.text().indexOf('\u06A9') >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A clause that asks why (لماذا، چرا, not the چرا که of "because"), written without its question mark: a rhetorical
   * question ("چرا باید این سؤال را از من بپرسند"), no commitment.
   */
  private static boolean asksWhy(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String form = tokens.get(i).form();
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).form() : "";
      if (WHY.contains(form) && !BECAUSE.contains(next)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Persian necessity told in the past: باید with a past continuous verb ("باید به رئال‌مادرید ثابت می‌کردم"، "باید از
   * ابتدای شهریور اجرایی می‌شد") is what was due or should have been, not a commitment.
   */
  private static boolean necessityInThePast(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (!MUST.contains(tokens.get(i).form())) {
        continue;
      }
      for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + MUST_REACH); k++) {
        if (PAST_VERBS.pastContinuousAt(tokens, k)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Arabic necessity or a schedule told in the past, كان right before the modal ("وكان ينبغي الاحتياط له مبكرا"، "كان
   * يجب أن"، "كان من الضروري"، "الاجتماع الذي كان من المقرر التئامه اليوم"): what should have been done or was
   * planned before the news (and, as news tell it, mostly put off), not a commitment.
   */
  private static boolean arabicNecessityInThePast(List<Token> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      String was = tokens.get(i - 1).form();
      was = was.startsWith("و") || was.startsWith("ف") ? was.substring(1) : was;
      String two = i + 1 < tokens.size() ? tokens.get(i).form() + " " + tokens.get(i + 1).form() : "";
      if (WAS.contains(was) && (PAST_MODALS.contains(tokens.get(i).form()) || PAST_MODALS.contains(two))) {
        return true;
      }
    }
    return false;
  }

  /** A Persian past auxiliary right after a cue ("پیگیر این مشکل بوده است"): the act is told as past. */
  private static boolean pastAfter(List<Token> tokens, CueLexicon.Hit hit) {
    int from = hit.token() + hit.length();
    for (int k = from; k < Math.min(tokens.size(), from + PAST_REACH); k++) {
      if (PERSIAN_PAST.contains(tokens.get(k).form())) {
        return true;
      }
    }
    return false;
  }

  /** A Persian cue after در پی / پس از / به دنبال ("در پی انعقاد قرارداد"): the act is the background of the news. */
  private static boolean inBackground(List<Token> tokens, int at) {
    String one = at > 0 ? tokens.get(at - 1).form() : "";
    String two = at > 1 ? tokens.get(at - 2).form() : "";
    return one.equals(FOLD.apply("پی")) && two.equals("در") || one.equals("از") && two.equals("پس")
        || one.equals("دنبال") && two.equals("به");
  }

  /**
   * The words of an Arabic agreement cue that refers back to an agreement made before, after the relative ما or a
   * relative pronoun (ما تم الاتفاق عليه، لما اتفقنا عليه، بما وقعوه، الذي وقعه الوزيران): no new agreement.
   */
  private static Set<Integer> referenced(List<Token> tokens, List<CueLexicon.Hit> hits) {
    Set<Integer> at = new HashSet<>();
    for (CueLexicon.Hit hit : hits) {
      if (hit.feature().equals("agreement") && hit.token() > 0) {
        String before = tokens.get(hit.token() - 1).form();
        before = before.length() > 2 && (before.charAt(0) == 'و' || before.charAt(0) == 'ف') ? before.substring(1) : before;
        if (RELATIVE_MA.contains(before)) {
          for (int k = 0; k < hit.length(); k++) {
            at.add(hit.token() + k);
          }
        }
      }
    }
    return at;
  }

  /**
   * The words of a one-word Arabic signing (وقع، وقعت) that signs nothing: no document (اتفاقية، مذكرة، عقد) in the
   * words after it and no على / عن right after it, as in "الهجوم الذي وقع يوم 31 يوليو"، "وقعت عمليات الإعدام": the
   * unvowelled verb is then "took place". Written with its shadda (وقّع) it signs.
   */
  private static Set<Integer> happened(List<Token> tokens, List<CueLexicon.Hit> hits) {
    Set<Integer> at = new HashSet<>();
    if (isPersian(tokens)) {
      return at;
    }
    for (CueLexicon.Hit hit : hits) {
      Token verb = tokens.get(hit.token());
      String form = verb.form().startsWith("و") && verb.form().length() > 3 ? verb.form().substring(1) : verb.form();
      if (!hit.feature().equals("agreement") || hit.length() != 1 || !SIGNED_OR_HAPPENED.contains(form)
          && !SIGNED_OR_HAPPENED.contains(verb.form()) || verb.text().contains(SHADDA)) {
        continue;
      }
      boolean signs = false;
      for (CueLexicon.Hit object : hits) {
        int distance = object.token() - hit.token();
        signs |= object.feature().equals("signed_document") && distance > 0 && distance <= DOCUMENT_REACH
            || object.feature().equals("signed_on") && distance > 0 && distance <= SIGNED_ON_REACH
            && !placed(tokens, object.token());
      }
      if (!signs) {
        at.add(hit.token());
      }
    }
    return at;
  }

  /**
   * An Arabic directive, وجه / أصدر تعليماته with the act it orders as a verbal noun after بـ within the clause ("ووجه
   * أمير نجران بتسهيل رحلة ..."، "وجه الوزير الأمانات باتخاذ الإجراءات"): an obligation the official lays down. Not
   * وجه with what is sent or addressed (وجه برقيته، ووجهت اتهامات، وجه الشكر، وجه ضربات), whose بـ word, if any, is
   * no verbal noun of an act (تـ، إ، ا after بـ or لـ, six letters or more, or the pattern مفاعلة: "وجه محافظي
   * المحافظات لمتابعة هذه الظاهرة").
   */
  private static boolean directs(List<Token> tokens, CueLexicon.Hit hit) {
    for (int k = hit.token() + hit.length(); k < Math.min(tokens.size(), hit.token() + DIRECTIVE_REACH); k++) {
      String form = tokens.get(k).form();
      String bare = form.startsWith("و") ? form.substring(1) : form;
      // a relative clause describes the addressee ("ووجهت لعمليات الوفرة ... وهي الشركة التي يمتلكانها ... لإدارة")
      if (RELATIVE_OR_PRONOUN.contains(form)) {
        return false;
      }
      boolean particle = bare.length() >= 6 && (bare.charAt(0) == 'ب' || bare.charAt(0) == 'ل');
      if (particle && "تاإ".indexOf(bare.charAt(1)) >= 0 && !bare.startsWith("بال") && !bare.startsWith("لل")
          || MUFAALA.matcher(bare).matches()) {
        return true;
      }
    }
    return false;
  }

  /** على of a place or a cause (على بعد 130 كيلو، على إثر، على يد): where or why something took place. */
  private static boolean placed(List<Token> tokens, int at) {
    return at + 1 < tokens.size() && PLACE_AFTER_ON.contains(tokens.get(at + 1).form());
  }

  /** أقر with what it acknowledges after its subject: بأن، أن، بأهمية (a law or a plan adopted has no بـ). */
  private static boolean acknowledged(List<Token> tokens, CueLexicon.Hit hit) {
    String cue = tokens.get(hit.token()).form();
    cue = cue.startsWith("و") || cue.startsWith("ف") ? cue.substring(1) : cue;
    if (hit.length() != 1 || !ADOPTED.contains(cue)) {
      return false;
    }
    for (int k = hit.token() + 1; k < Math.min(tokens.size(), hit.token() + 1 + ACKNOWLEDGE_REACH); k++) {
      if (ACKNOWLEDGED.contains(tokens.get(k).form())) {
        return true;
      }
    }
    return false;
  }

  /**
   * An Arabic cue in the pluperfect, كان ... قد + past ("وكان الجانبان قد اتفقا"، "وكانت المملكة قد وقعت"): an act told
   * as the background of the news, done before it.
   */
  private static boolean pluperfect(List<Token> tokens, int at) {
    if (at == 0 || !tokens.get(at - 1).form().equals(QAD)) {
      return false;
    }
    for (int k = Math.max(0, at - 1 - PLUPERFECT_REACH); k < at - 1; k++) {
      String form = tokens.get(k).form();
      if (WAS.contains(form.startsWith("و") && form.length() > 3 ? form.substring(1) : form)) {
        return true;
      }
    }
    return false;
  }

  /** Arabic بعد أن / عقب right before an act: "بعد أن وافقت الحكومة" is the background of the news. */
  private static boolean afterPast(List<Token> tokens, int at) {
    String one = at > 0 ? tokens.get(at - 1).form() : "";
    String two = at > 1 ? tokens.get(at - 2).form() : "";
    return AFTER_THAT.contains(one) || AFTER_THAT.contains(two + " " + one);
  }

  /** A modal of necessity negated: لا ينبغي، لا يجب، لا يتعين; Persian نباید, written as one word. */
  private static boolean negatedNecessity(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String form = tokens.get(i).form();
      String bare = form.startsWith("و") || form.startsWith("ف") ? form.substring(1) : form;
      if (MUST_NOT.contains(form) || i > 0 && NEGATORS.contains(tokens.get(i - 1).form()) && NECESSITY.contains(bare)) {
        return true;
      }
    }
    return false;
  }

  private static boolean negated(List<Token> tokens, int at) {
    for (int k = Math.max(0, at - 2); k < at; k++) {
      if (NEGATORS.contains(tokens.get(k).form())) {
        return true;
      }
    }
    return false;
  }
}
