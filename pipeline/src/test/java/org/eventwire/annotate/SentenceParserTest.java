package org.eventwire.annotate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.SlowTest;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/**
 * Building only the enhanced++ graph gives the edges CoreNLP's own depparse annotator gives, on
 * real wire stories through the real model.
 */
@Category(SlowTest.class)
public class SentenceParserTest {
  private static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

  @Test
  public void theEnhancedPlusPlusGraphAloneHasTheEdgesOfTheStockAnnotatorsGraph() throws Exception {
    // Built here, not through SharedCoreNlp: the end-to-end tests count the JVM's shared pipelines.
    StanfordCoreNLP pipeline =
        new StanfordCoreNLP(CoreNlpSettings.stock(ANNOTATORS).parserProperties());
    List<Annotation> stories = VectorisedParserTest.taggedStories(16);

    SentenceParser onlyEnhancedPlusPlus =
        SentenceParser.of(pipeline, CoreNlpSettings.DependencyGraphs.ENHANCED_PLUS_PLUS);
    List<String> alone = new ArrayList<>();
    int sentences = 0;
    int withCopyNodes = 0;
    for (Annotation story : stories) {
      List<CoreMap> all = story.get(CoreAnnotations.SentencesAnnotation.class);
      onlyEnhancedPlusPlus.parse(story.get(CoreAnnotations.TextAnnotation.class), all);
      for (CoreMap sentence : all) {
        sentences++;
        assertNull(
            "no other graph is built",
            sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
        SemanticGraph graph =
            sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        assertNotNull(graph);
        if (graph.vertexSet().stream().anyMatch(word -> word.copyCount() > 0)) {
          withCopyNodes++;
        }
        alone.add(edges(graph));
      }
    }
    assertThat(sentences, greaterThan(200));
    // Conjoined verbs get copy nodes in enhanced++; their copy numbers are where the two ways
    // differ.
    assertThat(withCopyNodes, greaterThan(0));

    SentenceParser stock = SentenceParser.of(pipeline, CoreNlpSettings.DependencyGraphs.ALL);
    List<String> fromAllFive = new ArrayList<>();
    for (Annotation story : stories) {
      List<CoreMap> all = story.get(CoreAnnotations.SentencesAnnotation.class);
      stock.parse(story.get(CoreAnnotations.TextAnnotation.class), all);
      for (CoreMap sentence : all) {
        assertNotNull(sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
        fromAllFive.add(
            edges(
                sentence.get(
                    SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)));
      }
    }
    assertEquals(fromAllFive, alone);
  }

  /** The edges as the event extractor reads them: relation, governor and dependent token index. */
  private static String edges(SemanticGraph graph) {
    List<String> edges = new ArrayList<>();
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      edges.add(
          edge.getRelation()
              + "("
              + edge.getGovernor().index()
              + ","
              + edge.getDependent().index()
              + ")");
    }
    edges.sort(null);
    assertTrue(!edges.isEmpty());
    return String.join(" ", edges);
  }
}
