package org.diplomatic.analyzer.extract.commitments;

import java.util.List;

/**
 * The skeleton of a set of minutes: heading line, date as written (and ISO), attendee lines, agenda items and
 * decision or recommendation items, each as written without its list marker.
 */
public record MinutesStructure(
    String heading, String date, String dateIso, List<String> attendees, List<String> agenda,
    List<String> decisions) {

  public MinutesStructure {
    attendees = List.copyOf(attendees);
    agenda = List.copyOf(agenda);
    decisions = List.copyOf(decisions);
  }
}
