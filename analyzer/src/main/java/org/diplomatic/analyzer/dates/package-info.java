/** The document date: datelines and dates written in Arabic and Persian (Gregorian, Hijri, Solar Hijri), chosen by rule with its source. */
package org.diplomatic.analyzer.dates;
