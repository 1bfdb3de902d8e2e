package org.diplomatic.analyzer.extract.commitments;

import java.util.List;
import java.util.Set;
import org.diplomatic.analyzer.text.Sentence;
import org.diplomatic.analyzer.text.TextNormalizer;
import org.diplomatic.analyzer.text.Token;
import org.diplomatic.analyzer.text.WordTokenizer;

/**
 * The party a demonstrative or possessive subject stands for, read back in the document: این کشور، آن کشور، کشورش
 * and the Arabic هذا البلد، هذه الدولة are the country named last before them ("فعالیت‌های ایران ...
 * و این کشور باید" -> ایران; "نخست وزیر پاکستان اعلام کرد کشورش" -> پاکستان); این اتحادیه، این سازمان، این جنبش are the body of that head named last
 * before them, with the word that names it (این اتحادیه -> اتحادیه اروپا).
 */
final class PartyAnaphora {
  private static final TextNormalizer FOLD = TextNormalizer.folding();
  private static final Set<String> DEMONSTRATIVES = FOLD.applyAll("این", "آن", "همین", "هذا", "هذه");
  private static final Set<String> COUNTRY = FOLD.applyAll("کشور", "البلد", "الدولة");
  private static final Set<String> HIS_COUNTRY = FOLD.applyAll("کشورش", "کشور‌ش");
  private static final Set<String> BODIES = FOLD.applyAll("اتحادیه", "سازمان", "جنبش", "حزب", "شورای", "شورا", "گروه",
      "بانک", "شرکت", "مجلس");

  private final Set<String> countries;
  private final WordTokenizer tokenizer = new WordTokenizer();

  /** Over the folded one-word country names of {@code countries}. */
  PartyAnaphora(Set<String> countries) {
    this.countries = countries;
  }

  /** The antecedent as written of the subject {@code words} that starts at {@code at} of {@code text}, or null. */
  String resolve(String text, int at, List<Token> words) {
    boolean demonstrative = words.size() >= 2 && DEMONSTRATIVES.contains(words.get(0).form());
    String head = demonstrative ? words.get(1).form() : "";
    if (HIS_COUNTRY.contains(words.get(0).form()) || demonstrative && COUNTRY.contains(head)) {
      return lastCountry(text, at);
    }
    return demonstrative && BODIES.contains(head) ? lastBody(text, at, head) : null;
  }

  private String lastCountry(String text, int at) {
    List<Token> before = tokenizer.tokenize(text.substring(0, at), new Sentence(text.substring(0, at), 0, at));
    for (int i = before.size() - 1; i >= 0; i--) {
      if (countries.contains(before.get(i).form())) {
        return before.get(i).text();
      }
    }
    return null;
  }

  private String lastBody(String text, int at, String head) {
    List<Token> before = tokenizer.tokenize(text.substring(0, at), new Sentence(text.substring(0, at), 0, at));
    for (int i = before.size() - 2; i >= 0; i--) {
      boolean named = before.get(i).form().equals(head) && Character.isLetter(before.get(i + 1).form().charAt(0))
          && (i == 0 || !DEMONSTRATIVES.contains(before.get(i - 1).form()));
      if (named) {
        return text.substring(before.get(i).start(), before.get(i + 1).end());
      }
    }
    return null;
  }
}
