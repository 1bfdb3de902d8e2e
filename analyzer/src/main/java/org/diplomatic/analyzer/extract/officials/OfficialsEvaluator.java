package org.diplomatic.analyzer.extract.officials;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.diplomatic.analyzer.eval.FMeasure;
import org.diplomatic.analyzer.eval.GoldDocument;
import org.diplomatic.analyzer.eval.GoldDocument.GoldOfficial;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.Span;

/**
 * Scores the officials extractor on gold documents (over gold sentences), per language: officials by name, role and
 * country accuracy on the matched ones, person mentions by exact span, and the same for the name finder alone.
 */
public final class OfficialsEvaluator {
  /** The measures of one language. */
  public static final class Scores {
    final Language lang;
    int documents;
    final FMeasure officials = new FMeasure();
    final FMeasure finderOfficials = new FMeasure();
    final FMeasure mentions = new FMeasure();
    final FMeasure finderMentions = new FMeasure();
    int matched;
    int rolesRight;
    int organizationsRight;
    int countriesRight;

    Scores(Language lang) {
      this.lang = lang;
    }

    public Language lang() {
      return lang;
    }

    /** Officials found, matched by name (folded for spelling variants). */
    public FMeasure officials() {
      return officials;
    }

    /** Every distinct name the finder alone found, taken as an official. */
    public FMeasure finderOfficials() {
      return finderOfficials;
    }

    /** Person mentions (officials' and others') by exact span, combined extractor. */
    public FMeasure mentions() {
      return mentions;
    }

    /** Person mentions by exact span, name finder alone. */
    public FMeasure finderMentions() {
      return finderMentions;
    }

    public double roleAccuracy() {
      return matched == 0 ? 0 : (double) rolesRight / matched;
    }

    public double organizationAccuracy() {
      return matched == 0 ? 0 : (double) organizationsRight / matched;
    }

    public double countryAccuracy() {
      return matched == 0 ? 0 : (double) countriesRight / matched;
    }

    @Override
    public String toString() {
      return String.format(
          "%s officials (%d docs): combined %s | finder alone %s%n"
              + "  on %d matched: role %.3f, organization %.3f, country %.3f%n"
              + "  person mentions: combined %s | finder alone %s",
          lang.code(), documents, officials, finderOfficials, matched, roleAccuracy(), organizationAccuracy(),
          countryAccuracy(), mentions, finderMentions);
    }
  }

  private OfficialsEvaluator() {}

  /** Scores per language present in {@code docs}. */
  public static List<Scores> evaluate(OfficialsExtractor extractor, List<GoldDocument> docs) {
    Map<Language, Scores> byLang = new HashMap<>();
    for (GoldDocument doc : docs) {
      Language lang = Language.fromCode(doc.lang());
      Scores s = byLang.computeIfAbsent(lang, Scores::new);
      s.documents++;
      List<Sentence> sentences = PersonNameEvaluator.goldSentences(doc);
      List<Official> found = extractor.extract(doc.text(), sentences, lang);
      score(s, found, doc.officials());
      List<PersonMention> finder = extractor.finderMentions(doc.text(), sentences, lang);
      Set<String> finderNames = new HashSet<>();
      finder.forEach(m -> finderNames.add(key(m.name())));
      Set<String> goldNames = new HashSet<>();
      doc.officials().forEach(o -> goldNames.add(key(o.name())));
      PersonNameEvaluator.count(s.finderOfficials, finderNames, goldNames);
      Set<Span> gold = new HashSet<>();
      CorpusPersonSamples.personSpans(doc).forEach(g -> gold.add(new Span(g.start(), g.end())));
      Set<Span> combined = new HashSet<>();
      extractor.persons(doc.text(), sentences, lang).forEach(m -> combined.add(m.span()));
      PersonNameEvaluator.count(s.mentions, combined, gold);
      Set<Span> alone = new HashSet<>();
      finder.forEach(m -> alone.add(m.span()));
      PersonNameEvaluator.count(s.finderMentions, alone, gold);
    }
    List<Scores> out = new ArrayList<>(byLang.values());
    out.sort((a, b) -> a.lang.compareTo(b.lang));
    return out;
  }

  private static void score(Scores s, List<Official> found, List<GoldOfficial> gold) {
    Map<String, GoldOfficial> goldByName = new HashMap<>();
    gold.forEach(g -> goldByName.putIfAbsent(key(g.name()), g));
    Set<String> seen = new HashSet<>();
    long tp = 0;
    long fp = 0;
    for (Official o : found) {
      String k = key(o.name());
      GoldOfficial g = goldByName.get(k);
      if (g == null || !seen.add(k)) {
        fp++;
        continue;
      }
      tp++;
      s.matched++;
      s.rolesRight += same(o.role(), g.role()) ? 1 : 0;
      s.organizationsRight += same(o.organization(), g.organization()) ? 1 : 0;
      s.countriesRight += Objects.equals(o.country(), g.country()) ? 1 : 0;
    }
    s.officials.add(tp, fp, goldByName.size() - tp);
  }

  private static boolean same(String a, String b) {
    return a == null || b == null ? a == b : key(a).equals(key(b));
  }

  /** A name or role folded for comparison (spelling variants, spaces and ZWNJ do not count). */
  public static String key(String s) {
    return MatchFold.fold(s).replaceAll("[\\s\u200C]+", " ").strip();
  }
}
