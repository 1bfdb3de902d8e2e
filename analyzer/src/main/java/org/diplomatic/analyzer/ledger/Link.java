package org.diplomatic.analyzer.ledger;

/**
 * One step of a promise: the statement (null for {@link LinkLabel#OVERDUE}), its date, its label and, for a change
 * or an overdue deadline, what moved ("20 مليار دولار -> 30 مليار دولار", "deadline 2022-12-31 -> 2024-12-31").
 */
public record Link(Statement statement, String date, LinkLabel label, String detail) {}
