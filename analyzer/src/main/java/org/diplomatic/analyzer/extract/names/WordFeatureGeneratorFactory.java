package org.diplomatic.analyzer.extract.names;

import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * {@code <generator class="...WordFeatureGeneratorFactory"><str name="dict">KEY</str><bool name="stems">true</bool>}:
 * a {@link WordFeatureGenerator} over the model's {@link WordFeatures} artifact named KEY.
 */
public final class WordFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    if (resourceManager == null) { // OpenNLP asks once without resources, for the artifact serializers only
      return null;
    }
    String key = getStr("dict");
    Object dict = resourceManager.getResource(key);
    if (!(dict instanceof WordFeatures words)) {
      throw new InvalidFormatException("not a WordFeatures resource: " + key);
    }
    return new WordFeatureGenerator(words, getBool("stems"));
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    return Map.of(getStr("dict"), new WordFeatures.Serializer());
  }
}
