package org.eventwire.annotate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eventwire.Fixtures;
import org.junit.Test;

/**
 * A parser cache per thread gives the parses CoreNLP's shared cache gives, on real wire stories
 * parsed by two threads at once through the real model.
 */
public class PerThreadParserCacheTest {
  private static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

  @Test
  public void twoThreadsWithTheirOwnCachesParseAsTheSharedCacheDoes() throws Exception {
    // Built here, not through SharedCoreNlp: the end-to-end tests count the JVM's shared pipelines.
    StanfordCoreNLP shared = new StanfordCoreNLP(CoreNlpSettings.stock(ANNOTATORS).parserProperties());
    StanfordCoreNLP perThread = new StanfordCoreNLP(CoreNlpSettings.eventwireDefaults(ANNOTATORS).parserProperties());
    PerThreadParserCache.install(perThread);
    assertFalse("stock keeps CoreNLP's shared cache", PerThreadParserCache.isInstalled(shared));
    assertTrue(PerThreadParserCache.isInstalled(perThread));

    List<Annotation> stories = taggedStories(16);
    List<String> expected = new ArrayList<>();
    for (Annotation story : stories) {
      shared.annotate(story);
      expected.addAll(dependencies(story));
    }
    assertThat(expected.size(), greaterThan(200));

    // The same sentences again, half to each thread, both parsing at once; each parse replaces the
    // graphs the shared cache's parse left on the sentence.
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        int first = t;
        done.add(threads.submit(() -> {
          for (int i = first; i < stories.size(); i += 2) {
            perThread.annotate(stories.get(i));
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

  /** The first n originals of the AFP wire corpus, tokenized and tagged as the parser needs them. */
  static List<Annotation> taggedStories(int n) throws IOException {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos");
    StanfordCoreNLP tagger = new StanfordCoreNLP(properties);
    List<Path> files;
    try (Stream<Path> listing = Files.list(Fixtures.corpus("wire-afp"))) {
      files = listing.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().contains("-copy"))
          .sorted().limit(n).collect(Collectors.toList());
    }
    List<Annotation> stories = new ArrayList<>();
    for (Path file : files) {
      Annotation story = new Annotation(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      tagger.annotate(story);
      stories.add(story);
    }
    return stories;
  }

  /** Basic and enhanced++ dependencies of every sentence, one line per sentence and kind. */
  private static List<String> dependencies(Annotation story) {
    List<String> lines = new ArrayList<>();
    for (CoreMap sentence : story.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (Class<? extends edu.stanford.nlp.ling.CoreAnnotation<SemanticGraph>> kind : List.of(
          SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
          SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)) {
        SemanticGraph graph = sentence.get(kind);
        lines.add(graph == null ? "none" : graph.toString(SemanticGraph.OutputFormat.LIST));
      }
    }
    return lines;
  }
}
