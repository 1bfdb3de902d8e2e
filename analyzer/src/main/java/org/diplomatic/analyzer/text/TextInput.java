package org.diplomatic.analyzer.text;

/** A document's text as read (UTF-8 decoded, BOM dropped, line ends kept) and where it came from. */
public record TextInput(String source, String text) {}
