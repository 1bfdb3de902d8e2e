package org.diplomatic.analyzer.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells Arabic from Persian. Letter evidence (پ چ ژ گ, ZWNJ and Persian digits for Persian; ة and Arabic-Indic digits
 * for Arabic) and function words from {@code language-cues.tsv} decide; they are matched after folding, so Persian
 * typed with Arabic-keyboard ي/ك is still Persian. When a text carries no such evidence, OpenNLP's language
 * detector (its bundled 183-language model) breaks the tie between {@code ara} and {@code pes}.
 */
public final class LanguageDetector {
  private static final String OPENNLP_MODEL = "/langdetect-183.bin";

  private final Map<String, Language> cueWords;
  private final TextNormalizer normalizer = TextNormalizer.folding();
  private final WordTokenizer words = new WordTokenizer();
  private volatile LanguageDetectorME fallback;

  public LanguageDetector() {
    this.cueWords = loadCues(normalizer);
  }

  public Language detect(String text) {
    double score = evidence(text); // > 0 Persian, < 0 Arabic
    if (score > 0) {
      return Language.PERSIAN;
    }
    if (score < 0) {
      return Language.ARABIC;
    }
    return openNlpGuess(text);
  }

  /** Positive for Persian evidence, negative for Arabic. */
  double evidence(String text) {
    double score = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\u067E', '\u0686', '\u0698', '\u06AF' -> score += 2; // پ چ ژ گ
        case '\u200C' -> score += 1; // ZWNJ
        case '\u06CC', '\u06A9' -> score += 0.5; // Persian yeh, keheh
        case '\u0629' -> score -= 1; // teh marbuta
        case '\u0649' -> score -= 0.5; // alef maqsura
        default -> {
          if (c >= '\u06F4' && c <= '\u06F6') {
            score += 1; // Persian-only digit shapes ۴ ۵ ۶
          } else if (c >= '\u0664' && c <= '\u0666') {
            score -= 1; // Arabic-only digit shapes ٤ ٥ ٦
          }
        }
      }
    }
    Sentence all = new Sentence(text, 0, text.length());
    for (Token token : words.tokenize(text, all)) {
      Language cue = cueWords.get(token.form());
      if (cue != null) {
        score += cue == Language.PERSIAN ? 3 : -3;
      } else if (token.form().startsWith("ال") && token.form().length() > 3) {
        score -= 1; // definite article
      }
    }
    return score;
  }

  private Language openNlpGuess(String text) {
    double ar = 0;
    double fa = 0;
    for (opennlp.tools.langdetect.Language l : model().predictLanguages(text)) {
      if (l.getLang().equals("ara")) {
        ar = l.getConfidence();
      } else if (l.getLang().equals("pes")) {
        fa = l.getConfidence();
      }
    }
    return fa > ar ? Language.PERSIAN : Language.ARABIC;
  }

  private LanguageDetectorME model() {
    LanguageDetectorME m = fallback;
    if (m == null) {
      synchronized (this) {
        if (fallback == null) {
          try (InputStream in = LanguageDetector.class.getResourceAsStream(OPENNLP_MODEL)) {
            if (in == null) {
              throw BundledResource.missing(OPENNLP_MODEL);
            }
            fallback = new LanguageDetectorME(new LanguageDetectorModel(in));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + OPENNLP_MODEL, e);
          }
        }
        m = fallback;
      }
    }
    return m;
  }

  private static Map<String, Language> loadCues(TextNormalizer normalizer) {
    Map<String, Language> cues = new HashMap<>();
    try (InputStream in = LanguageDetector.class.getResourceAsStream("language-cues.tsv")) {
      if (in == null) {
        throw BundledResource.missing("language-cues.tsv");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t");
          cues.put(normalizer.apply(cols[1]), Language.fromCode(cols[0]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read language-cues.tsv", e);
    }
    return cues;
  }
}
