package org.diplomatic.analyzer.registry;

/**
 * One official of one document, as the index stores it: the document's position in the registry, the name as
 * written (the fullest form in that document), role and country (ISO code), either possibly null.
 */
public record OfficialMention(int document, String name, String role, String country) {}
