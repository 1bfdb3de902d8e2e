package org.diplomatic.analyzer.registry;

import java.util.Comparator;

/** A document of the index as the registry knows it: id, source and document date (ISO, or null). */
public record RegistryDocument(String id, String source, String date) {
  /** The order in which officials are grouped: oldest first (undated last), then by source and id. */
  public static final Comparator<RegistryDocument> TIME_ORDER = Comparator
      .comparing(RegistryDocument::date, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(RegistryDocument::source, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(RegistryDocument::id);
}
