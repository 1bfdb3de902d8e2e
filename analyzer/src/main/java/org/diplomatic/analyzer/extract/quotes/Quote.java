package org.diplomatic.analyzer.extract.quotes;

/** A direct quote: the words inside the marks, their offsets, and the speaker's official name or party (or null). */
public record Quote(String speaker, String text, int start, int end) {}
