package org.diplomatic.analyzer.extract.figures;

/**
 * One figure: its text and UTF-16 offsets in the original document, the index of its sentence, {@code value} for a
 * single quantity or {@code min}/{@code max} for a range, and the contract's unit, period, qualifier and quantity.
 */
public record Figure(
    String text,
    Double value,
    Double min,
    Double max,
    String unit,
    String period,
    String qualifier,
    String quantity,
    int sentence,
    int start,
    int end) {}
