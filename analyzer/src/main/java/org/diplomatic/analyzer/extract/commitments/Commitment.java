package org.diplomatic.analyzer.extract.commitments;

import java.util.List;

/**
 * One commitment: the sentence or clause ({@code text}, offsets into the document), its sentence index, its kind,
 * who holds it, who reported it (for reported speech, else null), who must carry it out and by when (as written,
 * and as an ISO date where the text fixes one), its cooperation areas, and the indices (into the document's
 * figures) of the figures inside it.
 */
public record Commitment(
    String text,
    int sentence,
    int start,
    int end,
    String kind,
    String holder,
    String reporter,
    String owner,
    String deadline,
    String deadlineIso,
    List<String> areas,
    List<Integer> figures) {

  public Commitment withAreas(List<String> newAreas) {
    return new Commitment(text, sentence, start, end, kind, holder, reporter, owner, deadline, deadlineIso,
        List.copyOf(newAreas), figures);
  }

  public Commitment withFigures(List<Integer> newFigures) {
    return new Commitment(text, sentence, start, end, kind, holder, reporter, owner, deadline, deadlineIso, areas,
        List.copyOf(newFigures));
  }
}
