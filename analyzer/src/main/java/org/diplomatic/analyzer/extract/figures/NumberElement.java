package org.diplomatic.analyzer.extract.figures;

import java.math.BigDecimal;

/**
 * One element of a number: its kind (digits or a {@code number-words.tsv} kind), value, dual count, whether it is a
 * number only in context, and the length of a glued clitic before it ({@code conjClitic} when that clitic is و).
 */
record NumberElement(String kind, BigDecimal value, int count, boolean ambiguous, int clitic, boolean conjClitic) {}
