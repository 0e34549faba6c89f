package org.eventwire.annotate;

import static org.eventwire.annotate.CoreNlpInternals.accessible;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.LeastRecentlyUsedCache;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Properties;

/**
 * The dependency parser of a shared pipeline, with a feature cache per thread instead of one for
 * all threads, and a faster way to fill it. The weights, the precomputed table and the
 * vocabularies stay one copy per JVM.
 *
 * <p>Why: CoreNLP's neural parser (english_UD: 1,000 hidden units) multiplies each of a
 * transition's 48 feature embeddings by its slice of the hidden layer. The products of the 20,000
 * commonest features are precomputed; the others go through one least-recently-used cache of
 * 5,000 entries behind one lock, and a miss is computed by a loop along the 50 values of the
 * embedding for each of the 1,000 units, which the JIT cannot vectorise. Those products were most
 * of the parser's time (JFR with -XX:+DebugNonSafepoints on 300 AFP stories; without that flag
 * the samples land on the cache's methods instead). Here each thread has its own lock-free cache
 * ({@link DirectMappedCache}) that computes a missing product itself ({@link FeatureProducts}).
 * A cache only saves recomputing a product, and the product is computed with CoreNLP's arithmetic
 * in CoreNLP's order, so the numbers are the same bits and the parses identical
 * (PerThreadParserCacheTest).
 *
 * <p>CoreNLP has no hook for this; the parser inside its annotator is swapped by reflection, and
 * the swap fails loudly if CoreNLP's classes are not laid out as in 4.5.10.
 */
final class PerThreadParserCache extends DependencyParser {
  private final ThreadLocal<DependencyParser> parsers;

  private PerThreadParserCache(DependencyParser shared, Config config) throws ReflectiveOperationException {
    super(new Properties());
    Classifier classifier = (Classifier) accessible(DependencyParser.class, "classifier").get(shared);
    FeatureProducts products = new FeatureProducts(classifier.getW1(), classifier.getE(), config.embeddingSize);
    this.parsers = ThreadLocal.withInitial(() -> withOwnCache(shared, products));
  }

  @Override
  public GrammaticalStructure predict(CoreMap sentence) {
    return parsers.get().predict(sentence);
  }

  @Override
  public GrammaticalStructure predict(List<? extends HasWord> sentence) {
    return parsers.get().predict(sentence);
  }

  /**
   * Gives the dependency parser inside this pipeline a cache per thread.
   *
   * @throws IllegalStateException if the pipeline has no dependency parser, or CoreNLP's classes
   *     are not laid out as expected
   */
  static void install(StanfordCoreNLP pipeline) {
    try {
      DependencyParseAnnotator annotator = CoreNlpInternals.annotator(pipeline, DependencyParseAnnotator.class);
      if (annotator == null) {
        throw new IllegalStateException("the pipeline has no dependency parser");
      }
      Field parserField = accessible(DependencyParseAnnotator.class, "parser");
      DependencyParser shared = (DependencyParser) parserField.get(annotator);
      if (shared instanceof PerThreadParserCache) {
        return;
      }
      Config config = (Config) accessible(DependencyParser.class, "config").get(shared);
      if (config.numCached <= 0) {
        return; // depparse.numCached=0: CoreNLP computes every product itself, no cache to replace
      }
      parserField.set(annotator, new PerThreadParserCache(shared, config));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot reach the parser inside CoreNLP's depparse annotator: " + e, e);
    }
  }

  /** Whether this pipeline's parser has a cache per thread. */
  static boolean isInstalled(StanfordCoreNLP pipeline) {
    try {
      DependencyParseAnnotator annotator = CoreNlpInternals.annotator(pipeline, DependencyParseAnnotator.class);
      return annotator != null
          && accessible(DependencyParseAnnotator.class, "parser").get(annotator) instanceof PerThreadParserCache;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /** A copy of the shared parser sharing everything but its classifier's cache, which is new. */
  private static DependencyParser withOwnCache(DependencyParser shared, FeatureProducts products) {
    try {
      Field classifierField = accessible(DependencyParser.class, "classifier");
      Classifier classifier = shallowCopy((Classifier) classifierField.get(shared));
      // install() only swaps a parser whose classifier has a cache (numCached > 0).
      accessible(Classifier.class, "cache").set(classifier, new DirectMappedCache(CACHE_SLOTS, products));
      DependencyParser copy = shallowCopy(shared);
      classifierField.set(copy, classifier);
      return copy;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot copy CoreNLP's dependency parser: " + e, e);
    }
  }

  /** Slots of a thread's cache: 16,384 products of 1,000 floats, 64 MB a thread. */
  static final int CACHE_SLOTS = 16_384;

  /**
   * The product of one feature's embedding with its slice of the hidden layer, computed as CoreNLP
   * computes it (per hidden unit, a double sum over the embedding of float products, in the same
   * order, rounded to float at the end: the same bits), but from a transposed copy of the weights,
   * so that the inner loop runs along the hidden units and the JIT can vectorise it. CoreNLP's
   * loop runs along the 50 embedding values of each of the 1,000 units and cannot be.
   */
  static final class FeatureProducts {
    private final float[][] weightsByInput;
    private final float[][] embeddings;
    private final int embeddingSize;
    private final int hiddenSize;

    FeatureProducts(float[][] hiddenWeights, float[][] embeddings, int embeddingSize) {
      this.hiddenSize = hiddenWeights.length;
      int inputs = hiddenWeights[0].length;
      this.weightsByInput = new float[inputs][hiddenSize];
      for (int unit = 0; unit < hiddenSize; unit++) {
        for (int input = 0; input < inputs; input++) {
          weightsByInput[input][unit] = hiddenWeights[unit][input];
        }
      }
      this.embeddings = embeddings;
      this.embeddingSize = embeddingSize;
    }

    /** What CoreNLP's cache would hold for this key: feature * 48 + position. */
    float[] of(int key) {
      float[] embedding = embeddings[key / Config.numTokens];
      int first = (key % Config.numTokens) * embeddingSize;
      double[] sums = new double[hiddenSize];
      for (int e = 0; e < embeddingSize; e++) {
        float value = embedding[e];
        float[] weights = weightsByInput[first + e];
        for (int unit = 0; unit < hiddenSize; unit++) {
          sums[unit] += weights[unit] * value;
        }
      }
      float[] product = new float[hiddenSize];
      for (int unit = 0; unit < hiddenSize; unit++) {
        product[unit] = (float) sums[unit];
      }
      return product;
    }
  }

  /**
   * The parser's feature cache for one thread: a slot per key hash, the newer key wins, no lock
   * contended, no list kept in order. A key it does not hold it computes at once
   * ({@link FeatureProducts}), so CoreNLP's classifier never runs its own slower product.
   */
  static final class DirectMappedCache extends LeastRecentlyUsedCache<Integer, float[]> {
    private final int mask;
    private final int[] keys;
    private final float[][] values;
    private final FeatureProducts products;

    DirectMappedCache(int slots, FeatureProducts products) {
      super(1);
      int size = Integer.highestOneBit(Math.max(2, slots - 1)) << 1;
      this.mask = size - 1;
      this.keys = new int[size];
      this.values = new float[size][];
      this.products = products;
    }

    @Override
    public float[] getOrDefault(Integer key, float[] fallback) {
      int k = key;
      int h = k * 0x9E3779B9;
      int slot = (h ^ (h >>> 16)) & mask;
      float[] value = values[slot];
      if (value == null || keys[slot] != k) {
        value = products.of(k);
        keys[slot] = k;
        values[slot] = value;
      }
      return value;
    }

    @Override
    public void add(Integer key, float[] value) {
      // getOrDefault never misses, so CoreNLP never adds.
    }

    @Override
    public int size() {
      int n = 0;
      for (float[] v : values) {
        if (v != null) {
          n++;
        }
      }
      return n;
    }
  }

  /** A new object of the same class whose fields point to the same values; no constructor runs. */
  @SuppressWarnings("unchecked")
  private static <T> T shallowCopy(T original) throws ReflectiveOperationException {
    Class<?> type = original.getClass();
    T copy = (T) unsafe().allocateInstance(type);
    for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          field.setAccessible(true);
          field.set(copy, field.get(original));
        }
      }
    }
    return copy;
  }

  private static sun.misc.Unsafe unsafe() throws ReflectiveOperationException {
    return (sun.misc.Unsafe) accessible(sun.misc.Unsafe.class, "theUnsafe").get(null);
  }

}
