package org.diplomatic.analyzer.extract.officials;

import java.util.List;

/** What {@link OfficialsExtractor#analyze} finds in one pass: the officials and every person-name mention. */
public record People(List<Official> officials, List<PersonMention> persons) {
  public People {
    officials = List.copyOf(officials);
    persons = List.copyOf(persons);
  }
}
