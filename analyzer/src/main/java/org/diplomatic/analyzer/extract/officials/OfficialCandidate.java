package org.diplomatic.analyzer.extract.officials;

import java.util.List;

/** A name seen next to a title (or on an attendee line): its folded words, text, offsets and the role read there. */
record OfficialCandidate(List<String> words, String name, int start, int end, RoleMatch role) {
  OfficialCandidate withRole(RoleMatch other) {
    return new OfficialCandidate(words, name, start, end, other);
  }
}
