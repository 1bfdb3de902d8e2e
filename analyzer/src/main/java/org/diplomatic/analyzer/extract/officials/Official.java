package org.diplomatic.analyzer.extract.officials;

import java.util.List;
import org.diplomatic.analyzer.text.Span;

/** An official named in a document: fullest name, role and organization as written, ISO country, every name mention. */
public record Official(String name, String role, String organization, String country, List<Span> mentions) {
  public Official {
    mentions = List.copyOf(mentions);
  }
}
