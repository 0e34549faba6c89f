package org.eventwire.annotate;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
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
 * all threads. The weights, the precomputed table and the vocabularies stay one copy per JVM.
 *
 * <p>Why: CoreNLP's neural parser memoises, for the features outside its precomputed table, the
 * product of an embedding and its slice of the hidden layer in one least-recently-used cache of
 * 5,000 entries, and every lookup and insertion takes that cache's lock. On two threads the lock
 * and the cache lines it drags between the cores took a quarter of all annotation time (JFR on 300
 * AFP stories). A cache only saves recomputing a product, so a thread with its own gets the same
 * numbers: the parses are identical (PerThreadParserCacheTest).
 *
 * <p>CoreNLP has no hook for this; the parser inside its annotator is swapped by reflection, and
 * the swap fails loudly if CoreNLP's classes are not laid out as in 4.5.10.
 */
final class PerThreadParserCache extends DependencyParser {
  private final ThreadLocal<DependencyParser> parsers;

  private PerThreadParserCache(DependencyParser shared, Config config) {
    super(new Properties());
    this.parsers = ThreadLocal.withInitial(() -> withOwnCache(shared, config));
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
      Field parserField = accessible(DependencyParseAnnotator.class, "parser");
      for (Object annotator : (List<?>) accessible(AnnotationPipeline.class, "annotators").get(pipeline)) {
        if (annotator instanceof DependencyParseAnnotator) {
          DependencyParser shared = (DependencyParser) parserField.get(annotator);
          if (shared instanceof PerThreadParserCache) {
            return;
          }
          Config config = (Config) accessible(DependencyParser.class, "config").get(shared);
          parserField.set(annotator, new PerThreadParserCache(shared, config));
          return;
        }
      }
      throw new IllegalStateException("the pipeline has no dependency parser");
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot reach the parser inside CoreNLP's depparse annotator: " + e, e);
    }
  }

  /** Whether this pipeline's parser has a cache per thread. */
  static boolean isInstalled(StanfordCoreNLP pipeline) {
    try {
      Field parserField = accessible(DependencyParseAnnotator.class, "parser");
      for (Object annotator : (List<?>) accessible(AnnotationPipeline.class, "annotators").get(pipeline)) {
        if (annotator instanceof DependencyParseAnnotator) {
          return parserField.get(annotator) instanceof PerThreadParserCache;
        }
      }
      return false;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /** A copy of the shared parser sharing everything but its classifier's cache, which is new. */
  private static DependencyParser withOwnCache(DependencyParser shared, Config config) {
    try {
      Field classifierField = accessible(DependencyParser.class, "classifier");
      Classifier classifier = shallowCopy((Classifier) classifierField.get(shared));
      Field cacheField = accessible(Classifier.class, "cache");
      if (cacheField.get(classifier) != null) {
        cacheField.set(classifier, new DirectMappedCache(Integer.getInteger("eventwire.parserCacheSlots", 16384)));
      }
      DependencyParser copy = shallowCopy(shared);
      classifierField.set(copy, classifier);
      return copy;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot copy CoreNLP's dependency parser: " + e, e);
    }
  }

  /**
   * The parser's feature cache for one thread: a slot per key hash, the newer key wins. No lock,
   * no list to keep in order, no allocation. What it holds is a pure function of the key (a slice
   * of the hidden layer times an embedding), so any policy for what to keep gives the same scores.
   */
  static final class DirectMappedCache extends LeastRecentlyUsedCache<Integer, float[]> {
    private final int mask;
    private final int[] keys;
    private final float[][] values;

    DirectMappedCache(int slots) {
      super(1);
      int size = Integer.highestOneBit(Math.max(2, slots - 1)) << 1;
      this.mask = size - 1;
      this.keys = new int[size];
      this.values = new float[size][];
    }

    private int slot(int key) {
      int h = key * 0x9E3779B9;
      return (h ^ (h >>> 16)) & mask;
    }

    @Override
    public float[] getOrDefault(Integer key, float[] fallback) {
      int k = key;
      int slot = slot(k);
      float[] value = values[slot];
      return value != null && keys[slot] == k ? value : fallback;
    }

    @Override
    public void add(Integer key, float[] value) {
      int k = key;
      int slot = slot(k);
      keys[slot] = k;
      values[slot] = value;
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

  private static Field accessible(Class<?> owner, String name) throws NoSuchFieldException {
    Field field = owner.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }
}
