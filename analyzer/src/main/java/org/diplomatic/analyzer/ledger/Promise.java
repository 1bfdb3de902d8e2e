package org.diplomatic.analyzer.ledger;

import java.util.List;

/**
 * A promise followed across documents: its parties' countries (sorted ISO codes), areas, the links in time order,
 * and its status at the date of the ledger's latest document: open, fulfilled or overdue.
 */
public record Promise(String id, List<String> countries, List<String> areas, List<Link> links, String status) {
  /** The first link's date (the promise was first made), or null. */
  public String firstDate() {
    return links.isEmpty() ? null : links.get(0).date();
  }

  /** The date of the latest link, or null. */
  public String lastDate() {
    return links.isEmpty() ? null : links.get(links.size() - 1).date();
  }
}
