package org.diplomatic.analyzer.extract.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatic.analyzer.extract.officials.MatchFold;
import org.diplomatic.analyzer.extract.officials.NameTokenizer;
import org.diplomatic.analyzer.extract.officials.Official;
import org.diplomatic.analyzer.extract.officials.People;
import org.diplomatic.analyzer.extract.officials.PersonMention;
import org.diplomatic.analyzer.text.Span;
import org.diplomatic.analyzer.text.Token;

/**
 * Speaker candidates of a document: its officials, then the people the name finder found who are not officials
 * (published news often names a speaker with no title next to the name), each under the fullest name that shares
 * its last word ("جهانیان" -> "منوچهر جهانیان").
 */
final class PersonSpeakers {
  private PersonSpeakers() {}

  static List<Official> of(People people) {
    List<Official> out = new ArrayList<>(people.officials());
    Set<Span> official = new HashSet<>();
    people.officials().forEach(o -> official.addAll(o.mentions()));
    NameTokenizer tokenizer = new NameTokenizer();
    Set<String> officialWords = new HashSet<>();
    for (Official o : people.officials()) {
      tokenizer.tokenize(o.name(), 0, o.name().length()).forEach(t -> officialWords.add(MatchFold.fold(t.text())));
    }
    Map<String, String> fullest = new HashMap<>();
    Map<PersonMention, String> lastWord = new HashMap<>();
    for (PersonMention p : people.persons()) {
      List<Token> words = tokenizer.tokenize(p.name(), 0, p.name().length());
      // a part of an official's name the officials extractor did not link is that official, not someone else
      if (words.isEmpty() || words.stream().anyMatch(w -> officialWords.contains(MatchFold.fold(w.text())))) {
        continue;
      }
      String last = MatchFold.fold(words.get(words.size() - 1).text());
      lastWord.put(p, last);
      fullest.merge(last, p.name(), (a, b) -> b.length() > a.length() ? b : a);
    }
    Map<String, List<Span>> mentions = new LinkedHashMap<>();
    for (PersonMention p : people.persons()) {
      // persons() lists the officials' own mentions too
      if (lastWord.containsKey(p) && !official.contains(p.span())) {
        mentions.computeIfAbsent(fullest.get(lastWord.get(p)), k -> new ArrayList<>()).add(p.span());
      }
    }
    mentions.forEach((name, spans) -> out.add(new Official(name, null, null, null, spans)));
    return out;
  }
}
