package org.diplomatic.analyzer.registry;

/** A role as written, with the first and last document dates it was seen on (null when undated) and its documents. */
public record RoleSpan(String role, String first, String last, int documents) {}
