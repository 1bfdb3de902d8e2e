package org.diplomatic.analyzer.bench;

import java.util.List;
import org.diplomatic.analyzer.text.Language;

/** The generated documents of one benchmark run, in a fixed order. */
public record Workload(List<SyntheticDocument> documents) {
  public Workload {
    documents = List.copyOf(documents);
  }

  public int size() {
    return documents.size();
  }

  public long count(Language lang) {
    return documents.stream().filter(d -> d.lang() == lang).count();
  }

  /** The first {@code n} documents. */
  public Workload slice(int n) {
    return new Workload(documents.subList(0, n));
  }

  /** Total UTF-8 bytes of all texts. */
  public long bytes() {
    return documents.stream().mapToLong(d -> d.bytes().length).sum();
  }
}
