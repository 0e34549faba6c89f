package org.eventwire.passages;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollection;
import org.eventwire.EventwireOptions;
import org.eventwire.Fixtures;
import org.eventwire.SlowTest;
import org.eventwire.StageSettings;
import org.eventwire.annotate.AnnotateDocuments;
import org.eventwire.annotate.CoreNlpAnnotator;
import org.eventwire.read.ReadDocuments;
import org.eventwire.records.Document;
import org.eventwire.records.Sentence;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/** Shared agency paragraphs in the sample articles, through real CoreNLP sentence splitting. */
@Category(SlowTest.class)
public class FindSharedPassagesTest implements Serializable {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  /** passage_cluster_id -> "sample prefix: sentence text" of every sentence in it. */
  static Map<String, List<String>> passages(Iterable<Document> documents) {
    Map<String, List<String>> passages = new HashMap<>();
    for (Document doc : documents) {
      String sample = Fixtures.fileName(doc.getSourceUri()).substring(0, 3);
      int[] codePoints = doc.getText().codePoints().toArray();
      for (Sentence s : doc.getSentences()) {
        String text = new String(codePoints, s.getBegin(), s.getEnd() - s.getBegin());
        passages
            .computeIfAbsent(s.getPassageClusterId(), k -> new ArrayList<>())
            .add(sample + ": " + text);
      }
    }
    return passages;
  }

  static String passageOf(Map<String, List<String>> passages, String sample, String startsWith) {
    for (Map.Entry<String, List<String>> e : passages.entrySet()) {
      for (String sentence : e.getValue()) {
        if (sentence.startsWith(sample + ": " + startsWith)) {
          return e.getKey();
        }
      }
    }
    throw new AssertionError("no sentence in " + sample + " starts with " + startsWith);
  }

  @Test
  public void reprintedAgencySentencesShareOnePassageAcrossTheSamples() {
    EventwireOptions options = PipelineOptionsFactory.create().as(EventwireOptions.class);
    PCollection<Document> annotated =
        pipeline
            .apply(new ReadDocuments(Fixtures.samplesGlob(), 1 << 20, null, 4, false))
            .get(ReadDocuments.DOCUMENTS)
            .apply(new AnnotateDocuments(CoreNlpAnnotator.factory(Fixtures.ANNOTATORS), 120, 4))
            .get(AnnotateDocuments.ANNOTATED)
            .apply(
                new FindSharedPassages(
                    StageSettings.passageDedup(options), options.getPassageMinWords()));

    PAssert.that(annotated)
        .satisfies(
            documents -> {
              Map<String, List<String>> passages = passages(documents);
              // The Ghazni-highway sentence, lightly edited, in four of the five articles.
              String highway =
                  passageOf(passages, "001", "Seizing Ghazni cuts off a crucial highway");
              assertEquals(
                  highway,
                  passageOf(passages, "003", "The capture of Ghazni, meanwhile, cuts off"));
              assertEquals(
                  highway, passageOf(passages, "004", "Earlier, the capture of Ghazni cut off"));
              assertEquals(
                  highway, passageOf(passages, "002", "Seizing Ghazni cuts off a crucial highway"));
              Set<String> articles = new HashSet<>();
              passages.get(highway).forEach(s -> articles.add(s.substring(0, 3)));
              assertEquals(Set.of("001", "002", "003", "004"), articles);

              String gunfire =
                  passageOf(passages, "003", "Witnesses described hearing sporadic gunfire");
              assertEquals(
                  gunfire,
                  passageOf(passages, "004", "Witnesses described hearing sporadic gunfire"));
              assertEquals(2, passages.get(gunfire).size());

              // Different sentences keep passages of their own.
              assertNotEquals(highway, gunfire);
              String kirby = passageOf(passages, "003", "Pentagon spokesman John Kirby");
              assertEquals(1, passages.get(kirby).size());
              int sentences = 0;
              for (Document d : documents) {
                sentences += d.getSentences().size();
              }
              assertTrue("most sentences are not shared", passages.size() > sentences * 0.8);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }
}
