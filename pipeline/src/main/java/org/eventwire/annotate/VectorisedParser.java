package org.eventwire.annotate;

import static org.eventwire.annotate.CoreNlpInternals.accessible;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser (english_UD) with its scoring done faster and to the same
 * bits, so the parses are CoreNLP's. The model's weights stay one copy per JVM.
 *
 * <p>Each transition, the parser scores all 2L+1 transitions (L labels): it sums the products of
 * its 48 feature embeddings with their slices of the 1,000-unit hidden layer, cubes the sums, and
 * multiplies them by the output layer. In CoreNLP (JFR with -XX:+DebugNonSafepoints on AFP stories)
 * that time goes to:
 *
 * <ul>
 *   <li>Feature products outside the 20,000 precomputed ones: one 5,000-entry cache behind one
 *       lock, and a miss computed by a loop along the 50 embedding values of each unit, which the
 *       JIT cannot vectorise. Here the threads share one lock-free cache ({@link ProductCache}) and
 *       a miss is computed from a transposed copy of the weights, along the units.
 *   <li>The output layer: one dot product per transition, each a chain of 1,000 dependent
 *       additions. Here the weights are transposed and the scores of all transitions grow together,
 *       one unit at a time: the same additions in the same order for each score, but independent of
 *       each other, so the JIT vectorises them.
 *   <li>Finding a feature's precomputed row in a map of boxed integers: here an open-addressed
 *       table of ints.
 * </ul>
 *
 * <p>And when only one transition can apply (the stack holds the root and at most one word),
 * CoreNLP scores them all and then takes that one; here it is taken unscored.
 *
 * <p>Floats are multiplied and summed in doubles in CoreNLP's order and rounded where CoreNLP
 * rounds, so each score is the same double (VectorisedParserTest parses wire stories both ways).
 * CoreNLP has no hook for any of this: the parser inside its annotator is swapped by reflection,
 * and the swap fails loudly if CoreNLP's classes are not laid out as in 4.5.10.
 */
final class VectorisedParser extends DependencyParser {
  private final DependencyParser stock;
  private final ArcStandard system;
  private final List<String> transitions;
  private final Scores scores;
  private final ProductCache cache;
  private final Internals internals;

  private VectorisedParser(
      DependencyParser stock, ArcStandard system, Scores scores, Internals internals)
      throws ReflectiveOperationException {
    super(new Properties());
    this.stock = stock;
    this.system = system;
    @SuppressWarnings("unchecked")
    List<String> transitions =
        (List<String>) accessible(ParsingSystem.class, "transitions").get(system);
    this.transitions = List.copyOf(transitions);
    this.scores = scores;
    this.cache = new ProductCache(CACHE_SLOTS, scores.products);
    this.internals = internals;
  }

  /**
   * Gives the dependency parser inside this pipeline the vectorised scoring.
   *
   * @throws IllegalStateException if the pipeline has no dependency parser, or CoreNLP's classes
   *     are not laid out as expected
   */
  static void install(StanfordCoreNLP pipeline) {
    try {
      DependencyParser stock = CoreNlpInternals.dependencyParser(pipeline);
      if (stock instanceof VectorisedParser) {
        return;
      }
      Config config = (Config) accessible(DependencyParser.class, "config").get(stock);
      Object system = accessible(DependencyParser.class, "system").get(stock);
      if (config.numCached <= 0 || !(system instanceof ArcStandard)) {
        // depparse.numCached=0 sums products unrounded; another transition system has other rules.
        throw new IllegalStateException(
            "the vectorised parser needs CoreNLP's arc-standard parser with a"
                + " feature cache (depparse.numCached > 0); use --parserScoring=STOCK");
      }
      Classifier classifier =
          (Classifier) accessible(DependencyParser.class, "classifier").get(stock);
      CoreNlpInternals.setDependencyParser(
          pipeline,
          new VectorisedParser(
              stock, (ArcStandard) system, new Scores(classifier, config), new Internals()));
    } catch (ReflectiveOperationException e) {
      throw new CoreNlpInternals.IncompatibleCoreNlpException(
          "cannot reach the parser inside CoreNLP's depparse annotator: " + e, e);
    }
  }

  /** Whether this pipeline's parser scores the vectorised way. */
  static boolean isInstalled(StanfordCoreNLP pipeline) {
    try {
      return CoreNlpInternals.dependencyParser(pipeline) instanceof VectorisedParser;
    } catch (ReflectiveOperationException | IllegalStateException e) {
      return false; // no depparse annotator, or not CoreNLP's layout: nothing installed
    }
  }

  /** CoreNLP's transition loop (DependencyParser.predictInner), scoring with {@link Scores}. */
  @Override
  public GrammaticalStructure predict(CoreMap sentence) {
    Configuration configuration = system.initialConfiguration(sentence);
    while (!system.isTerminal(configuration)) {
      if (Thread.interrupted()) {
        throw new RuntimeInterruptedException(); // as CoreNLP: a timed-out document stops parsing
      }
      String next = onlyApplicable(configuration);
      if (next == null) {
        double[] score = scores.of(internals.features(stock, configuration), cache);
        double best = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < score.length; t++) {
          if (score[t] > best && system.canApply(configuration, transitions.get(t))) {
            best = score[t];
            next = transitions.get(t);
          }
        }
      }
      system.apply(configuration, next);
    }
    return internals.grammaticalStructure(stock, sentence, configuration);
  }

  /**
   * The one transition that can apply, or null when there may be more than one. Only checked while
   * the stack holds the root and at most one word: before that no arc can be made, so CoreNLP's
   * choice (the best-scoring transition that can apply) can only be a shift.
   */
  private String onlyApplicable(Configuration configuration) {
    if (configuration.getStackSize() > 2) {
      return null;
    }
    String only = null;
    for (String transition : transitions) {
      if (system.canApply(configuration, transition)) {
        if (only != null) {
          return null;
        }
        only = transition;
      }
    }
    return only;
  }

  @Override
  public GrammaticalStructure predict(List<? extends HasWord> sentence) {
    return stock.predict(sentence);
  }

  /** Slots of the feature-product cache: 32,768 products of 1,000 floats, up to 128 MB. */
  static final int CACHE_SLOTS = 32_768;

  /** The model's arithmetic, rearranged: see the class comment. */
  static final class Scores {
    private final int hiddenSize;
    private final int transitionCount;
    private final float[] hiddenBias;

    /**
     * The output layer transposed, [hidden unit][transition], and widened to doubles (exactly, as
     * CoreNLP widens each weight when it multiplies): JDK 17 does not vectorise a loop that widens
     * floats, and this loop is most of the parser's time.
     */
    private final double[][] outputByUnit;

    /** CoreNLP's precomputed sums, shared: [row][hidden unit]. */
    private final double[][] precomputed;

    private final IntTable precomputedRows;
    final FeatureProducts products;

    Scores(Classifier classifier, Config config) throws ReflectiveOperationException {
      float[][] output = classifier.getW2();
      this.transitionCount = output.length;
      this.hiddenSize = output[0].length;
      this.outputByUnit = new double[hiddenSize][transitionCount];
      for (int t = 0; t < transitionCount; t++) {
        for (int unit = 0; unit < hiddenSize; unit++) {
          outputByUnit[unit][t] = output[t][unit];
        }
      }
      this.hiddenBias = classifier.getb1();
      this.precomputed = (double[][]) accessible(Classifier.class, "saved").get(classifier);
      @SuppressWarnings("unchecked")
      Map<Integer, Integer> rows =
          (Map<Integer, Integer>) accessible(Classifier.class, "preMap").get(classifier);
      this.precomputedRows = new IntTable(rows);
      this.products =
          new FeatureProducts(classifier.getW1(), classifier.getE(), config.embeddingSize);
    }

    /** The score of every transition, as CoreNLP's Classifier.computeScores gives it. */
    double[] of(int[] features, ProductCache cache) {
      double[] hidden = new double[hiddenSize];
      for (int position = 0; position < features.length; position++) {
        int key = features[position] * Config.numTokens + position;
        int row = precomputedRows.get(key);
        if (row >= 0) {
          double[] sums = precomputed[row];
          for (int unit = 0; unit < hiddenSize; unit++) {
            hidden[unit] += sums[unit];
          }
        } else {
          float[] product = cache.get(key);
          for (int unit = 0; unit < hiddenSize; unit++) {
            hidden[unit] += product[unit];
          }
        }
      }
      for (int unit = 0; unit < hiddenSize; unit++) {
        hidden[unit] += hiddenBias[unit];
        hidden[unit] = hidden[unit] * hidden[unit] * hidden[unit];
      }
      // Each score is CoreNLP's dot product: 0.0, plus hidden[unit] * weight for unit 0, 1, 2 ...
      // Four units a pass, added left to right: the same additions in the same order, with a
      // quarter of the loads and stores of the scores.
      double[] score = new double[transitionCount];
      int unit = 0;
      for (; unit + 3 < hiddenSize; unit += 4) {
        double a0 = hidden[unit];
        double a1 = hidden[unit + 1];
        double a2 = hidden[unit + 2];
        double a3 = hidden[unit + 3];
        double[] w0 = outputByUnit[unit];
        double[] w1 = outputByUnit[unit + 1];
        double[] w2 = outputByUnit[unit + 2];
        double[] w3 = outputByUnit[unit + 3];
        for (int t = 0; t < transitionCount; t++) {
          score[t] = score[t] + a0 * w0[t] + a1 * w1[t] + a2 * w2[t] + a3 * w3[t];
        }
      }
      for (; unit < hiddenSize; unit++) {
        double activation = hidden[unit];
        double[] weights = outputByUnit[unit];
        for (int t = 0; t < transitionCount; t++) {
          score[t] += activation * weights[t];
        }
      }
      return score;
    }
  }

  /** int to int, for keys of 0 or more; -1 for a key it does not hold. */
  static final class IntTable {
    private final int mask;
    private final int[] keys;
    private final int[] values;

    IntTable(Map<Integer, Integer> entries) {
      int size = Integer.highestOneBit(Math.max(2, entries.size()) * 4 - 1);
      this.mask = size - 1;
      this.keys = new int[size];
      this.values = new int[size];
      Arrays.fill(keys, -1);
      for (Map.Entry<Integer, Integer> entry : entries.entrySet()) {
        int key = entry.getKey();
        if (key < 0) {
          throw new IllegalArgumentException("negative key " + key);
        }
        int slot = slot(key);
        while (keys[slot] != -1) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = entry.getValue();
      }
    }

    int get(int key) {
      for (int slot = slot(key); keys[slot] != -1; slot = (slot + 1) & mask) {
        if (keys[slot] == key) {
          return values[slot];
        }
      }
      return -1;
    }

    private int slot(int key) {
      return spread(key) & mask;
    }
  }

  static int spread(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * The product of one feature's embedding with its slice of the hidden layer, computed as CoreNLP
   * computes it (per hidden unit, a double sum over the embedding of float products, in the same
   * order, rounded to float at the end: the same bits), but from a transposed copy of the weights,
   * so that the inner loop runs along the hidden units and the JIT can vectorise it.
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
   * Feature products shared by every thread without a lock: a slot per key hash, the newer key
   * wins. A slot holds an immutable entry, so a thread sees either a whole entry or none, and two
   * threads missing the same key at once both compute the same product. A key it does not hold it
   * computes at once. Shared rather than one per thread: most misses are a feature's first use, and
   * a product one thread computed the other then finds (a quarter fewer products computed on 100
   * AFP stories).
   */
  static final class ProductCache {
    private final int mask;
    private final Entry[] entries;
    private final FeatureProducts products;

    private static final class Entry {
      final int key;
      final float[] product;

      Entry(int key, float[] product) {
        this.key = key;
        this.product = product;
      }
    }

    ProductCache(int slots, FeatureProducts products) {
      int size = Integer.highestOneBit(Math.max(2, slots - 1)) << 1;
      this.mask = size - 1;
      this.entries = new Entry[size];
      this.products = products;
    }

    float[] get(int key) {
      int slot = spread(key) & mask;
      Entry entry = entries[slot];
      if (entry == null || entry.key != key) {
        entry = new Entry(key, products.of(key));
        entries[slot] = entry;
      }
      return entry.product;
    }
  }

  /**
   * The private parts of CoreNLP's parser this one calls, as DependencyParser.predict calls them.
   */
  private static final class Internals {
    private final MethodHandle features;
    private final MethodHandle tree;
    private final MethodHandle treeSize;
    private final MethodHandle head;
    private final MethodHandle label;
    private final MethodHandle relation;
    private final MethodHandle structure;

    Internals() throws ReflectiveOperationException {
      MethodHandles.Lookup parser =
          MethodHandles.privateLookupIn(DependencyParser.class, MethodHandles.lookup());
      Class<?> treeClass = Class.forName("edu.stanford.nlp.parser.nndep.DependencyTree");
      MethodHandles.Lookup trees = MethodHandles.privateLookupIn(treeClass, MethodHandles.lookup());
      this.features =
          parser.findVirtual(
              DependencyParser.class,
              "getFeatureArray",
              MethodType.methodType(int[].class, Configuration.class));
      this.tree =
          MethodHandles.privateLookupIn(Configuration.class, MethodHandles.lookup())
              .findGetter(Configuration.class, "tree", treeClass)
              .asType(MethodType.methodType(Object.class, Configuration.class));
      this.treeSize =
          trees
              .findGetter(treeClass, "n", int.class)
              .asType(MethodType.methodType(int.class, Object.class));
      this.head =
          trees
              .findVirtual(treeClass, "getHead", MethodType.methodType(int.class, int.class))
              .asType(MethodType.methodType(int.class, Object.class, int.class));
      this.label =
          trees
              .findVirtual(treeClass, "getLabel", MethodType.methodType(String.class, int.class))
              .asType(MethodType.methodType(String.class, Object.class, int.class));
      this.relation =
          parser.findVirtual(
              DependencyParser.class,
              "makeGrammaticalRelation",
              MethodType.methodType(GrammaticalRelation.class, String.class));
      this.structure =
          parser.findVirtual(
              DependencyParser.class,
              "makeGrammaticalStructure",
              MethodType.methodType(GrammaticalStructure.class, List.class, TreeGraphNode.class));
    }

    int[] features(DependencyParser parser, Configuration configuration) {
      try {
        return (int[]) features.invokeExact(parser, configuration);
      } catch (Throwable e) {
        throw rethrow(e);
      }
    }

    /** The parse as DependencyParser.predict(CoreMap) turns its tree into a structure. */
    GrammaticalStructure grammaticalStructure(
        DependencyParser parser, CoreMap sentence, Configuration configuration) {
      try {
        Object parsed = (Object) tree.invokeExact(configuration);
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        int n = (int) treeSize.invokeExact(parsed);
        List<TypedDependency> dependencies = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
          int headIndex = (int) head.invokeExact(parsed, i);
          String labelName = (String) label.invokeExact(parsed, i);
          IndexedWord dependent = new IndexedWord(tokens.get(i - 1));
          IndexedWord governor = headIndex == 0 ? root : new IndexedWord(tokens.get(headIndex - 1));
          GrammaticalRelation rel =
              headIndex == 0
                  ? GrammaticalRelation.ROOT
                  : (GrammaticalRelation) relation.invokeExact(parser, labelName);
          dependencies.add(new TypedDependency(rel, governor, dependent));
        }
        return (GrammaticalStructure)
            structure.invokeExact(parser, dependencies, new TreeGraphNode(root));
      } catch (Throwable e) {
        throw rethrow(e);
      }
    }

    private static RuntimeException rethrow(Throwable e) {
      if (e instanceof RuntimeException) {
        return (RuntimeException) e;
      }
      if (e instanceof Error) {
        throw (Error) e;
      }
      return new IllegalStateException(e);
    }
  }
}
