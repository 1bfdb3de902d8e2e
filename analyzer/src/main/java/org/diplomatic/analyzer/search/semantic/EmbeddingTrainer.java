package org.diplomatic.analyzer.search.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.deeplearning4j.models.word2vec.VocabWord;
import org.deeplearning4j.models.word2vec.Word2Vec;
import org.deeplearning4j.text.sentenceiterator.BasicLineIterator;
import org.deeplearning4j.text.tokenization.tokenizerfactory.DefaultTokenizerFactory;

/**
 * Trains skip-gram Word2Vec (deeplearning4j) over an {@link EmbeddingCorpus} file (one sentence a line of terms) and
 * returns the vocabulary, most frequent first, with its vectors. Training only: nothing at run time calls this.
 */
public final class EmbeddingTrainer {
  /**
   * Word2Vec's parameters.
   *
   * @param dimension vector length
   * @param window words on each side of the centre word
   * @param minCount rarer words get no vector
   * @param epochs passes over the corpus
   * @param negative negative samples per word
   * @param sampling down-sampling threshold of frequent words
   * @param seed random seed
   * @param workers training threads
   */
  public record Settings(int dimension, int window, int minCount, int epochs, int negative, double sampling,
      long seed, int workers) {
    /** 100 dimensions, window 5, words seen 5 times, 3 epochs, 5 negative samples, sampling 1e-4, 2 threads. */
    public static Settings defaults() {
      return new Settings(100, 5, 5, 3, 5, 1e-4, 42, 2);
    }
  }

  private EmbeddingTrainer() {}

  public static LanguageVectors train(String lang, Path sentences, Settings settings) {
    BasicLineIterator lines;
    try {
      lines = new BasicLineIterator(sentences.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding corpus " + sentences, e);
    }
    Word2Vec word2vec = new Word2Vec.Builder()
        .layerSize(settings.dimension())
        .windowSize(settings.window())
        .minWordFrequency(settings.minCount())
        .epochs(settings.epochs())
        .iterations(1)
        .negativeSample(settings.negative())
        .useHierarchicSoftmax(false)
        .sampling(settings.sampling())
        .seed(settings.seed())
        .workers(settings.workers())
        .iterate(lines)
        .tokenizerFactory(new DefaultTokenizerFactory())
        .build();
    word2vec.fit();
    List<VocabWord> words = new ArrayList<>(word2vec.getVocab().vocabWords());
    words.sort(Comparator.comparingDouble(VocabWord::getElementFrequency).reversed()
        .thenComparing(VocabWord::getWord));
    List<String> terms = new ArrayList<>(words.size());
    long[] counts = new long[words.size()];
    float[][] vectors = new float[words.size()][];
    for (int i = 0; i < words.size(); i++) {
      String term = words.get(i).getWord();
      terms.add(term);
      counts[i] = (long) words.get(i).getElementFrequency();
      vectors[i] = word2vec.getWordVectorMatrix(term).toFloatVector();
    }
    return new LanguageVectors(lang, terms, counts, vectors);
  }
}
