package org.diplomatic.analyzer.ledger;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Filters of the ledger, each null when not asked: a party (an ISO code, or words of a holder's name such as
 * "الجانب العراقي" or "الساعدی"), a country pair (both codes among the promise's), an area, and a period: promises
 * written in it (first statement on or before {@code to}, last on or after {@code from}; ISO dates, a year or
 * year-month counting whole). Reads only the promises' summaries.
 */
public record LedgerQuery(String party, List<String> pair, String area, String from, String to) {
  public static LedgerQuery all() {
    return new LedgerQuery(null, null, null, null, null);
  }

  public boolean matches(PromiseSummary p) {
    if (pair != null && !p.countries().containsAll(pair)) {
      return false;
    }
    if (area != null && !p.areas().contains(area)) {
      return false;
    }
    if (party != null && !hasParty(p)) {
      return false;
    }
    String last = p.lastDate();
    if (from != null && (last == null || (last.compareTo(from) < 0 && !from.startsWith(last)))) {
      return false;
    }
    return to == null || (p.firstDate() != null
        && p.firstDate().substring(0, Math.min(p.firstDate().length(), to.length())).compareTo(to) <= 0);
  }

  private boolean hasParty(PromiseSummary p) {
    if (party.length() == 2 && party.equals(party.toUpperCase(Locale.ROOT))) {
      return p.countries().contains(party);
    }
    List<String> wanted = FoldedWords.of(party);
    return !wanted.isEmpty()
        && p.holders().stream().anyMatch(h -> Collections.indexOfSubList(List.of(h.split(" ")), wanted) >= 0);
  }
}
