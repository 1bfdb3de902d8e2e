package org.diplomatic.analyzer.ledger;

import java.util.List;
import java.util.Map;

/**
 * The ledger of an index: the index commit it was built from, the date of the latest document, each document's
 * date by id (documents without statements included, for incremental updates), every statement and the promises.
 */
public record Ledger(String commit, String latestDate, Map<String, String> documents, List<Statement> statements,
    List<Promise> promises) {}
