package org.diplomatic.analyzer.registry;

/** A document of the index as the registry knows it: id, source and document date (ISO, or null). */
public record RegistryDocument(String id, String source, String date) {}
