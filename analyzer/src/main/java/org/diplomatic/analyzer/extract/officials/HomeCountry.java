package org.diplomatic.analyzer.extract.officials;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Token;

/**
 * The state a text is written from, which serves every official whose role names none. Persian texts are written
 * from Iran unless they never name it and their heading names another state; an Arabic text's home is, in this order, the state its own words show (a title only that state uses,
 * its agency's dateline: {@code home-markers.tsv}), the first country its heading names, the place of its dateline
 * ("عيسى الحربي- سبق- الرياض:"، "بيروت، 6 أيار 2026"). Null when the text shows none.
 */
final class HomeCountry {
  /** How many tokens into the first line after the heading a dateline's place may stand. */
  private static final int DATELINE_TOKENS = 12;

  private final OfficialsLexicon lex;
  private final NameTokenizer tokenizer;

  HomeCountry(OfficialsLexicon lex, NameTokenizer tokenizer) {
    this.lex = lex;
    this.tokenizer = tokenizer;
  }

  /** The home state of {@code text} ({@code tokens} are all of its tokens), or null. */
  String of(String text, List<Token> tokens, Language lang) {
    if (lang == Language.PERSIAN) {
      return abroad(text, tokens);
    }
    String found = marked(tokens.stream().map(t -> MatchFold.fold(t.text())).toList(), lang);
    if (found == null) {
      int eol = text.indexOf('\n');
      found = firstCountry(folded(text, 0, eol < 0 ? text.length() : eol), lang);
      found = found != null || eol < 0 ? found : dateline(text, eol + 1, lang);
    }
    return found;
  }

  /**
   * A Persian text is written from Iran, unless it never names Iran (ایران، تهران، ایرانی; کشورمان and the
   * provinces of {@code home-markers.tsv}) and its heading names another state ("مجلس عراق تصویب قانون ... را موکول
   * کرد"): world news about that state, whose officials the roles that name no state serve.
   */
  private String abroad(String text, List<Token> tokens) {
    List<String> all = tokens.stream().map(t -> MatchFold.fold(t.text())).toList();
    if (marked(all, Language.PERSIAN) != null) {
      return "IR";
    }
    for (int i = 0; i < all.size(); i++) {
      if ("IR".equals(stateAt(all, i, Language.PERSIAN))) {
        return "IR";
      }
    }
    int eol = text.indexOf('\n');
    String heading = eol < 0 ? null : firstCountry(folded(text, 0, eol), Language.PERSIAN);
    return heading == null ? "IR" : heading;
  }

  /** The state named most often in the text other than {@code home} (the first named on a tie), or null. */
  String mostNamedBesides(List<Token> tokens, Language lang, String home) {
    List<String> folded = tokens.stream().map(t -> MatchFold.fold(t.text())).toList();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < folded.size(); i++) {
      String iso = stateAt(folded, i, lang);
      if (iso != null && !iso.equals(home)) {
        counts.merge(iso, 1, Integer::sum);
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      best = best == null || e.getValue() > counts.get(best) ? e.getKey() : best;
    }
    return best;
  }

  private String marked(List<String> all, Language lang) {
    for (int i = 0; i < all.size(); i++) {
      String f = all.get(i);
      // also behind a glued preposition or و ("لخادم الحرمين الشريفين")
      String bare = f.length() > 3 && "\u0648\u0644\u0628".indexOf(f.charAt(0)) >= 0 ? f.substring(1) : f;
      int n = lex.homeMarkers(lang).longestAt(all, i);
      if (n > 0) {
        return lex.homeMarkers(lang).valueAt(all, i, n);
      }
      n = lex.homeMarkers(lang).longestAt(all, i, bare);
      if (n > 0) {
        return lex.homeMarkers(lang).valueAt(all, i, n, bare);
      }
    }
    return null;
  }

  private String firstCountry(List<String> folded, Language lang) {
    for (int i = 0; i < folded.size(); i++) {
      String iso = stateAt(folded, i, lang);
      if (iso != null) {
        return iso;
      }
    }
    return null;
  }

  /**
   * The state of the place a dateline opens the body with: a place set off by a colon, a comma or a dash within the
   * first words of the line after the heading ("سبق - ينبع :"، "القاهرة - كونا -"). Null when there is none.
   */
  private String dateline(String text, int from, Language lang) {
    int eol = text.indexOf('\n', from);
    List<Token> line = tokenizer.tokenize(text, from, eol < 0 ? text.length() : eol);
    List<String> folded = line.stream().map(t -> MatchFold.fold(t.text())).toList();
    for (int i = 0; i < Math.min(folded.size(), DATELINE_TOKENS); i++) {
      String iso = stateAt(folded, i, lang);
      int n = iso == null ? 0 : lex.countries(lang).longestAt(folded, i);
      boolean setOff = i + n < folded.size() && ":،,-–".indexOf(folded.get(i + n).charAt(0)) >= 0;
      if (iso != null && setOff) {
        return iso;
      }
      i += Math.max(0, n - 1);
    }
    return null;
  }

  private String stateAt(List<String> folded, int i, Language lang) {
    int n = lex.countries(lang).longestAt(folded, i);
    String iso = n > 0 ? lex.countries(lang).valueAt(folded, i, n) : null;
    return iso == null || iso.equals(OfficialMerger.INTERNATIONAL) ? null : iso;
  }

  private List<String> folded(String text, int from, int to) {
    return tokenizer.tokenize(text, from, to).stream().map(t -> MatchFold.fold(t.text())).toList();
  }
}
