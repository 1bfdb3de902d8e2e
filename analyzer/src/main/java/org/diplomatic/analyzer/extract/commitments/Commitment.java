package org.diplomatic.analyzer.extract.commitments;

import java.util.List;

/**
 * One commitment: the sentence or clause ({@code text}, offsets into the document), its sentence index, its kind,
 * who holds it, who must carry it out and by when (as written), and its cooperation areas.
 */
public record Commitment(
    String text,
    int sentence,
    int start,
    int end,
    String kind,
    String holder,
    String owner,
    String deadline,
    List<String> areas) {

  public Commitment withAreas(List<String> newAreas) {
    return new Commitment(text, sentence, start, end, kind, holder, owner, deadline, List.copyOf(newAreas));
  }
}
