/** Finds money amounts, counts, percentages, measures and durations in Arabic and Persian text as typed figures. */
package org.diplomatic.analyzer.extract.figures;
