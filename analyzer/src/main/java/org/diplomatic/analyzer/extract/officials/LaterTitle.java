package org.diplomatic.analyzer.extract.officials;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Persian speaker named first and given an office later ("محمدحسین کفعمی ... اظهار کرد ... وی افزود ... مسؤول
 * ناحیه بسیج دانشجویی اصفهان با بیان این که ... عنوان کرد"): remembers the last sentence whose subject is a name the
 * finder marked, that took no office and speaks; a later sentence opened by a bare title that speaks, without
 * "نیز" / "هم" after it (which bring in a new person: "فرماندار بشرویه نیز ... گفت"), gives the office to that name.
 * Holds the state of one document's pass.
 */
final class LaterTitle {
  private static final Set<String> SPEECH = Stream.of("گفت", "افزود", "اظهار", "تصریح", "عنوان", "ادامه", "بیان",
      "خاطرنشان", "یادآور", "اضافه").map(MatchFold::fold).collect(Collectors.toUnmodifiableSet());
  private static final Set<String> ALSO = Stream.of("نیز", "هم").map(MatchFold::fold)
      .collect(Collectors.toUnmodifiableSet());
  /** Sentences a named speaker stays the one a bare title points back to. */
  private static final int REACH = 6;

  record Speaker(SentenceTokens sentence, boolean[] claimed, NameScanner.Found name, int index) {}

  private Speaker speaker;
  /** The last sentence with a title and no name: the name opening the next one is that office's holder. */
  private int bareAt = -2;

  /** The named speaker a bare title opening {@code s} (sentence {@code index}) points back to, or null. */
  Speaker pointedBy(SentenceTokens s, RoleMatch role, int index) {
    bareAt = index;
    if (role.role().isEmpty() || role.start() != LeadTitle.subjectStart(s)) {
      return null;
    }
    if (speaker == null || index - speaker.index() > REACH
        || role.end() < s.size() && ALSO.contains(s.folded(role.end())) || !speaks(s)) {
      return null;
    }
    Speaker found = speaker;
    speaker = null;
    return found;
  }

  /**
   * After sentence {@code index} is read: its subject becomes the speaker when the finder marked it, it is no
   * official's name ({@code known} holds their words) and the sentence speaks; any other named subject ends the
   * previous speaker's reach.
   */
  void read(SentenceTokens s, boolean[] claimed, NameScanner names, Set<String> known, int index) {
    int k = LeadTitle.subjectStart(s);
    if (k >= s.size() || !s.person()[k]) {
      return;
    }
    if (index == bareAt + 1) {
      // "وزیر کشور با اشاره به ... گفت. موسوی لاری ... گفت": the name answers the bare title before it
      speaker = null;
      return;
    }
    NameScanner.Found name = names.after(s, k, known);
    // a name already read as an official's (here or earlier) keeps its office; the bare title is someone else's
    boolean taken = false;
    for (int i = k; name != null && i < name.end(); i++) {
      taken |= claimed[i] || known.contains(s.folded(i));
    }
    speaker = name != null && name.start() == k && !taken && speaks(s) ? new Speaker(s, claimed, name, index) : null;
  }

  private static boolean speaks(SentenceTokens s) {
    for (int i = 0; i < s.size(); i++) {
      if (SPEECH.contains(s.folded(i))) {
        return true;
      }
    }
    return false;
  }
}
