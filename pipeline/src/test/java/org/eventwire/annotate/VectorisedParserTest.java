package org.eventwire.annotate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eventwire.Fixtures;
import org.eventwire.SlowTest;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/**
 * The vectorised parser gives the parses CoreNLP's own parser gives, on real wire stories parsed by
 * two threads at once through the real model.
 */
@Category(SlowTest.class)
public class VectorisedParserTest {
  private static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

  @Test
  public void twoThreadsScoringTheVectorisedWayParseAsCoreNlpDoes() throws Exception {
    // Built here, not through SharedCoreNlp: the end-to-end tests count the JVM's shared pipelines.
    StanfordCoreNLP stock =
        new StanfordCoreNLP(CoreNlpSettings.stock(ANNOTATORS).parserProperties());
    StanfordCoreNLP vectorised =
        new StanfordCoreNLP(CoreNlpSettings.eventwireDefaults(ANNOTATORS).parserProperties());
    VectorisedParser.install(vectorised);
    assertFalse("stock keeps CoreNLP's own parser", VectorisedParser.isInstalled(stock));
    assertTrue(VectorisedParser.isInstalled(vectorised));

    List<Annotation> stories = taggedStories(16);
    List<String> expected = new ArrayList<>();
    for (Annotation story : stories) {
      stock.annotate(story);
      expected.addAll(dependencies(story));
    }
    assertThat(expected.size(), greaterThan(200));

    // The same sentences again, half to each thread, both parsing at once; each parse replaces the
    // graphs the stock parse left on the sentence.
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        int first = t;
        done.add(
            threads.submit(
                () -> {
                  for (int i = first; i < stories.size(); i += 2) {
                    vectorised.annotate(stories.get(i));
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      threads.shutdown();
    }
    List<String> actual = new ArrayList<>();
    for (Annotation story : stories) {
      actual.addAll(dependencies(story));
    }
    assertEquals(expected, actual);
  }

  @Test
  public void scoresAreCoreNlpsToTheBitForPrecomputedAndComputedFeatures() throws Exception {
    StanfordCoreNLP stock =
        new StanfordCoreNLP(CoreNlpSettings.stock(ANNOTATORS).parserProperties());
    DependencyParser parser =
        (DependencyParser)
            CoreNlpInternals.accessible(DependencyParseAnnotator.class, "parser")
                .get(CoreNlpInternals.annotator(stock, DependencyParseAnnotator.class));
    Classifier classifier =
        (Classifier) CoreNlpInternals.accessible(DependencyParser.class, "classifier").get(parser);
    Config config =
        (Config) CoreNlpInternals.accessible(DependencyParser.class, "config").get(parser);
    Method coreNlpScores = Classifier.class.getDeclaredMethod("computeScores", int[].class);
    coreNlpScores.setAccessible(true);
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> precomputed =
        (Map<Integer, Integer>)
            CoreNlpInternals.accessible(Classifier.class, "preMap").get(classifier);
    // Precomputed keys by feature position (key = feature id * 48 + position).
    List<List<Integer>> precomputedAt = new ArrayList<>();
    for (int position = 0; position < Config.numTokens; position++) {
      precomputedAt.add(new ArrayList<>());
    }
    precomputed
        .keySet()
        .forEach(key -> precomputedAt.get(key % Config.numTokens).add(key / Config.numTokens));

    VectorisedParser.Scores scores = new VectorisedParser.Scores(classifier, config);
    VectorisedParser.ProductCache cache = new VectorisedParser.ProductCache(64, scores.products);
    Random random = new Random(20210812);
    int vocabulary = classifier.getE().length;
    for (int round = 0; round < 300; round++) {
      int[] features = new int[Config.numTokens];
      for (int position = 0; position < features.length; position++) {
        List<Integer> common = precomputedAt.get(position);
        features[position] =
            random.nextBoolean() && !common.isEmpty()
                ? common.get(random.nextInt(common.size()))
                : random.nextInt(vocabulary);
      }
      double[] expected = (double[]) coreNlpScores.invoke(classifier, (Object) features);
      double[] actual = scores.of(features, cache);
      // Arrays.equals compares doubles bit for bit.
      assertTrue(
          "round "
              + round
              + ": "
              + Arrays.toString(actual)
              + " against "
              + Arrays.toString(expected),
          Arrays.equals(expected, actual));
    }
  }

  /**
   * The first n originals of the AFP wire corpus, tokenized and tagged as the parser needs them.
   */
  static List<Annotation> taggedStories(int n) throws IOException {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos");
    StanfordCoreNLP tagger = new StanfordCoreNLP(properties);
    List<Path> files;
    try (Stream<Path> listing = Files.list(Fixtures.corpus("wire-afp"))) {
      files =
          listing
              .filter(
                  p ->
                      p.toString().endsWith(".txt")
                          && !p.getFileName().toString().contains("-copy"))
              .sorted()
              .limit(n)
              .collect(Collectors.toList());
    }
    List<Annotation> stories = new ArrayList<>();
    for (Path file : files) {
      Annotation story =
          new Annotation(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      tagger.annotate(story);
      stories.add(story);
    }
    return stories;
  }

  /** Basic and enhanced++ dependencies of every sentence, one line per sentence and kind. */
  private static List<String> dependencies(Annotation story) {
    List<String> lines = new ArrayList<>();
    for (CoreMap sentence : story.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (Class<? extends edu.stanford.nlp.ling.CoreAnnotation<SemanticGraph>> kind :
          List.of(
              SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
              SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)) {
        SemanticGraph graph = sentence.get(kind);
        lines.add(graph == null ? "none" : graph.toString(SemanticGraph.OutputFormat.LIST));
      }
    }
    return lines;
  }
}
