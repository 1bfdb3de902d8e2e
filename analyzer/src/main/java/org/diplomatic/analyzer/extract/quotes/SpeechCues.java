package org.diplomatic.analyzer.extract.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.diplomatic.analyzer.extract.officials.MatchFold;
import org.diplomatic.analyzer.text.Language;

/** The speech verbs, light verbs, subject pronouns and name-introducing nouns of each language, read from the bundled lists and matched folded. */
final class SpeechCues {
  private final Map<Language, Set<String>> verbs = new EnumMap<>(Language.class);
  private final Map<Language, Set<String>> pronouns = new EnumMap<>(Language.class);
  private final Map<Language, Set<String>> lightVerbs = new EnumMap<>(Language.class);
  private final Map<Language, Set<String>> nameNouns = new EnumMap<>(Language.class);

  static SpeechCues load() {
    SpeechCues cues = new SpeechCues();
    read("speech-verbs.tsv", cues.verbs);
    read("pronouns.tsv", cues.pronouns);
    read("light-verbs.tsv", cues.lightVerbs);
    read("name-nouns.tsv", cues.nameNouns);
    return cues;
  }

  /** True for a speech verb, also with a glued و or ف. */
  boolean isSpeechVerb(Language lang, String word) {
    return matches(verbs.get(lang), word);
  }

  /** True for a light verb that completes a speech noun before a colon ("متذکر شد:"). */
  boolean isLightVerb(Language lang, String word) {
    return lightVerbs.get(lang).contains(MatchFold.fold(word));
  }

  /** True for a noun after which a short marked span is a name ("وكالة", "لمجموعة", "روزنامه"). */
  boolean isNameNoun(Language lang, String word) {
    String f = MatchFold.fold(word);
    Set<String> set = nameNouns.get(lang);
    return set.contains(f) || f.length() > 3 && "\u0648\u0644\u0628".indexOf(f.charAt(0)) >= 0 && set.contains(f.substring(1));
  }

  boolean isPronoun(Language lang, String word) {
    return matches(pronouns.get(lang), word);
  }

  private static boolean matches(Set<String> set, String word) {
    String f = MatchFold.fold(word);
    return set.contains(f) || (f.length() > 2 && (f.charAt(0) == 'و' || f.charAt(0) == 'ف') && set.contains(f.substring(1)));
  }

  private static void read(String resource, Map<Language, Set<String>> into) {
    for (Language l : Language.values()) {
      into.put(l, new HashSet<>());
    }
    try (InputStream in = SpeechCues.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing bundled lexicon " + resource));
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t");
          into.get(Language.fromCode(cols[0].strip())).add(MatchFold.fold(cols[1].strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled lexicon " + resource, e);
    }
  }
}
