package org.diplomatic.analyzer.extract.officials;

import java.util.ArrayList;
import java.util.List;
import org.diplomatic.analyzer.text.Language;
import org.diplomatic.analyzer.text.Token;

/**
 * Reads the attendee list of minutes (الحضور / حاضرین): the lines after the heading, one official per line written
 * "name، role" or "role، name", under optional side headings ("عن الجانب العراقي:") that give the country.
 */
final class AttendeeList {
  private static final List<String> HEADINGS = List.of(
      "الحضور", "الحاضرون", "الحاضرين", "اسماء الحضور", "حضور", "حاضرين", "حاضران", "اعضاي حاضر", "حاضرين جلسه",
      "المشاركون", "شركت كنندگان", "شركت‌كنندگان");

  private final OfficialsLexicon lex;
  private final Language lang;
  private final RoleFinder roles;
  private final NameTokenizer tokenizer = new NameTokenizer();

  AttendeeList(OfficialsLexicon lex, Language lang) {
    this.lex = lex;
    this.lang = lang;
    this.roles = new RoleFinder(lex, lang);
  }

  /** Officials on attendee lines, and the [start, end) character ranges of those lines in {@code lines}. */
  List<OfficialCandidate> read(String text, List<int[]> lines) {
    List<OfficialCandidate> found = new ArrayList<>();
    boolean inList = false;
    String side = null;
    int pos = 0;
    while (pos < text.length()) {
      int eol = text.indexOf('\n', pos);
      eol = eol < 0 ? text.length() : eol;
      String line = text.substring(pos, eol).strip();
      String folded = MatchFold.fold(line).replace(":", "").strip();
      if (line.isEmpty()) {
        inList = false;
      } else if (isHeading(folded)) {
        inList = true;
        side = null;
      } else if (inList && line.endsWith(":")) {
        side = sideCountry(text, pos, eol);
        inList = side != null;
      } else if (inList) {
        OfficialCandidate c = readLine(text, pos, eol, side);
        if (c == null && !found.isEmpty()) {
          inList = false;
        } else if (c != null) {
          found.add(c);
          lines.add(new int[] {pos, eol});
        }
      }
      pos = eol + 1;
    }
    return found;
  }

  private boolean isHeading(String folded) {
    String f = folded.replace("\u200C", " ");
    for (String h : HEADINGS) {
      if (f.equals(MatchFold.fold(h))) {
        return true;
      }
    }
    return false;
  }

  private String sideCountry(String text, int from, int to) {
    SentenceTokens s = tokens(text, from, to);
    for (int i = 0; i < s.size(); i++) {
      int c = lex.countries(lang).longestAt(s.folded(), i);
      if (c > 0) {
        return lex.countries(lang).valueAt(s.folded(), i, c);
      }
    }
    return null;
  }

  private OfficialCandidate readLine(String text, int from, int to, String side) {
    SentenceTokens s = tokens(text, from, to);
    int first = 0;
    while (first < s.size() && !s.isWord(first)) {
      first++;
    }
    int cut = first;
    while (cut < s.size() && !isSeparator(s.tokens().get(cut).text())) {
      cut++;
    }
    if (cut >= s.size() - 1 || cut == first) {
      return null;
    }
    int second = cut + 1;
    int roleHead = roles.titleAt(s, skipHonorifics(s, second));
    if (roleHead > 0) {
      return candidate(s, first, cut, second, s.size(), side);
    }
    if (roles.titleAt(s, first) > 0) {
      return candidate(s, second, s.size(), first, cut, side);
    }
    return null;
  }

  private OfficialCandidate candidate(SentenceTokens s, int nameFrom, int nameTo, int roleFrom, int roleTo, String side) {
    nameFrom = skipHonorifics(s, nameFrom);
    roleFrom = skipHonorifics(s, roleFrom);
    while (nameTo > nameFrom && !s.isWord(nameTo - 1)) {
      nameTo--;
    }
    while (roleTo > roleFrom && !s.isWord(roleTo - 1)) {
      roleTo--;
    }
    if (nameFrom >= nameTo || roleFrom >= roleTo || nameTo - nameFrom > 6) {
      return null;
    }
    int head = roles.titleAt(s, roleFrom);
    RoleMatch read = roles.extend(s, roleFrom, roleFrom + head);
    String country = read.country() != null ? read.country() : side;
    String organization = read.organization() != null ? read.organization() : bodyIn(s, roleFrom, roleTo);
    if (organization != null && read.organization() != null && read.country() == null && read.end() < roleTo && plainWords(s, read.end(), roleTo)) {
      // the line ends the role, so words the running-text rules would stop at still belong to it ("شركة توانير")
      organization = organization + s.text().substring(s.end(read.end() - 1), s.end(roleTo - 1));
    }
    RoleMatch role = new RoleMatch(roleFrom, roleTo, s.slice(roleFrom, roleTo), organization, country);
    return new OfficialCandidate(
        s.folded().subList(nameFrom, nameTo), s.slice(nameFrom, nameTo), s.start(nameFrom), s.end(nameTo - 1), role);
  }

  /** "مديرة أمن المعلومات في هيئة تنظيم الخدمات العامة العُمانية": the body a line's role sits in, or null. */
  private String bodyIn(SentenceTokens s, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (lex.isBody(lang, s.folded(k))) {
        RoleMatch body = roles.extend(s, k - 1, k);
        String org = body.organization();
        return org != null && org.startsWith(s.tokens().get(k).text()) ? org : null;
      }
    }
    return null;
  }

  private boolean plainWords(SentenceTokens s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!s.isWord(i) || lex.isStopWord(lang, s.folded(i)) || lex.countries(lang).longestAt(s.folded(), i) > 0) {
        return false;
      }
    }
    return true;
  }

  private int skipHonorifics(SentenceTokens s, int i) {
    for (int h; i < s.size() && (h = lex.honorifics(lang).longestAt(s.folded(), i)) > 0; ) {
      i += h;
    }
    return i;
  }

  private static boolean isSeparator(String t) {
    return t.equals("،") || t.equals(",") || t.equals("-") || t.equals("–") || t.equals("—") || t.equals(":")
        || t.equals("/") || t.equals("(");
  }

  private SentenceTokens tokens(String text, int from, int to) {
    List<Token> tokens = tokenizer.tokenize(text, from, to);
    List<String> folded = tokens.stream().map(t -> MatchFold.fold(t.text())).toList();
    return new SentenceTokens(text, tokens, folded, new boolean[tokens.size()]);
  }
}
