package org.diplomatic.analyzer.registry;

import java.util.List;

/**
 * One person across the index: an id ({@code p} and a number, kept when documents are added, replaced or removed, unless the person itself is
 * regrouped into another), the fullest
 * spelling, the country, every spelling seen, the roles with their dates, the first and last document dates and the
 * documents (date order, undated last).
 */
public record RegistryEntry(String id, String name, String country, List<String> spellings, List<RoleSpan> roles,
    String first, String last, List<RegistryDocument> documents) {}
