package org.eventwire.annotate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.isOneOf;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.eventwire.Fixtures;
import org.eventwire.SlowTest;
import org.eventwire.read.DocumentDecoder;
import org.eventwire.read.ReadDocuments;
import org.eventwire.read.StoredFile;
import org.eventwire.records.Document;
import org.eventwire.records.Entity;
import org.eventwire.records.Rejected;
import org.eventwire.records.Timex;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/** Real CoreNLP models on the sample articles. */
@Category(SlowTest.class)
public class AnnotateDocumentsTest {
  private static final LocalDate AUG_11 = LocalDate.of(2021, 8, 11);
  private static final LocalDate AUG_12 = LocalDate.of(2021, 8, 12);
  private static final String ANNOTATORS = Fixtures.ANNOTATORS;

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private PCollectionTuple annotateSamples(
      LocalDate defaultDocDate, DocumentAnnotator.Factory factory) {
    PCollection<Document> documents =
        pipeline
            .apply(new ReadDocuments(Fixtures.samplesGlob(), 1 << 20, defaultDocDate, 4, false))
            .get(ReadDocuments.DOCUMENTS);
    return documents.apply(new AnnotateDocuments(factory, 120, 4));
  }

  private static Document bySample(Iterable<Document> documents, String prefix) {
    for (Document doc : documents) {
      if (Fixtures.fileName(doc.getSourceUri()).startsWith(prefix)) {
        return doc;
      }
    }
    throw new AssertionError("no annotated document for sample " + prefix);
  }

  private static List<Timex> timexes(Document doc, String text) {
    List<Timex> found = new ArrayList<>();
    for (Timex t : doc.getTimexes()) {
      if (t.getText().equals(text)) {
        found.add(t);
      }
    }
    return found;
  }

  private static Map<String, List<String>> entityTypes(Document doc) {
    Map<String, List<String>> types = new HashMap<>();
    for (Entity e : doc.getEntities()) {
      types.computeIfAbsent(e.getText(), k -> new ArrayList<>()).add(e.getType());
    }
    return types;
  }

  @Test
  public void samplesGetEntitiesAndDatesResolvedAgainstTheirOwnDocDate() {
    PCollectionTuple annotated = annotateSamples(AUG_12, CoreNlpAnnotator.factory(ANNOTATORS));
    PAssert.that(annotated.get(AnnotateDocuments.REJECTED)).empty();
    PAssert.that(annotated.get(AnnotateDocuments.ANNOTATED))
        .satisfies(
            documents -> {
              // The two samples with a date header: "Thursday" is 2021-08-12.
              for (String dated : new String[] {"002", "003"}) {
                Document doc = bySample(documents, dated);
                assertEquals("HEADER", doc.getDocDateSource());
                List<Timex> thursdays = new ArrayList<>(timexes(doc, "Thursday"));
                thursdays.addAll(timexes(doc, "Thursday night"));
                assertFalse(dated + " has a Thursday", thursdays.isEmpty());
                for (Timex thursday : thursdays) {
                  assertEquals(dated + ": " + thursday, AUG_12, thursday.getResolvedDate());
                }
              }
              // The undated Kandahar-prison article with --defaultDocDate=2021-08-12.
              Document prison = bySample(documents, "004");
              assertEquals("OPTION", prison.getDocDateSource());
              List<Timex> wednesdayNight = timexes(prison, "Wednesday night");
              assertEquals(1, wednesdayNight.size());
              assertEquals(AUG_11, wednesdayNight.get(0).getResolvedDate());

              Map<String, List<String>> herat = entityTypes(bySample(documents, "001"));
              assertNotNull("Herat is an entity", herat.get("Herat"));
              for (String type : herat.get("Herat")) {
                assertThat(type, isOneOf("CITY", "LOCATION"));
              }
              assertThat(herat.get("Taliban"), hasItem("ORGANIZATION"));
              assertThat(herat.get("Ashraf Ghani"), hasItem("PERSON"));

              for (Document doc : documents) {
                assertTrue(doc.getAnnotated());
                assertTrue(doc.getNumTokens() > 300);
                String text = doc.getText();
                for (Entity e : doc.getEntities()) {
                  assertEquals(e.toString(), e.getText(), text.substring(e.getBegin(), e.getEnd()));
                  assertFalse(
                      "pronouns are not entities: " + e,
                      e.getText().matches("(?i)he|his|she|her|they"));
                }
                for (Timex t : doc.getTimexes()) {
                  assertEquals(t.toString(), t.getText(), text.substring(t.getBegin(), t.getEnd()));
                }
              }
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void withoutAnyDocDateRelativeDatesStayUnresolvedNeverTakenFromTheClock() {
    DocumentAnnotator annotator = CoreNlpAnnotator.factory(ANNOTATORS).create();
    Document undated = decode("/t/undated.txt", "The Taliban captured Ghazni on Thursday.");
    Timex thursday = timexes(annotator.annotate(undated).document, "Thursday").get(0);
    assertEquals("XXXX-WXX-4", thursday.getValue());
    assertNull(thursday.getResolvedDate());
  }

  @Test
  public void eachDocumentIsResolvedAgainstItsOwnDateWhateverTheOrder() {
    DocumentAnnotator annotator = CoreNlpAnnotator.factory(ANNOTATORS).create();
    String text = "The Taliban captured Ghazni on Thursday.";
    Document august = decode("/t/a.txt", " date 2021-08-12 " + text);
    Document june = decode("/t/b.txt", " date 1998-08-07 " + text);
    LocalDate first =
        timexes(annotator.annotate(august).document, "Thursday").get(0).getResolvedDate();
    LocalDate second =
        timexes(annotator.annotate(june).document, "Thursday").get(0).getResolvedDate();
    LocalDate again =
        timexes(annotator.annotate(august).document, "Thursday").get(0).getResolvedDate();
    assertEquals(AUG_12, first);
    assertEquals(LocalDate.of(1998, 8, 6), second);
    assertEquals(first, again);
  }

  @Test
  public void offsetsCountCodePointsSoTheyCutTextAfterAnEmoji() {
    DocumentAnnotator annotator = CoreNlpAnnotator.factory(ANNOTATORS).create();
    Document doc =
        annotator.annotate(
                decode(
                    "/t/emoji.txt", "\uD83D\uDE80\uD83D\uDE80 Ashraf Ghani left Kabul on Sunday."))
            .document;
    int[] codePoints = doc.getText().codePoints().toArray();
    boolean sawGhani = false;
    for (Entity e : doc.getEntities()) {
      assertEquals(e.getText(), new String(codePoints, e.getBegin(), e.getEnd() - e.getBegin()));
      sawGhani |= e.getText().equals("Ashraf Ghani") && e.getBegin() == 3;
    }
    assertTrue("Ashraf Ghani at code point 3: " + doc.getEntities(), sawGhani);
  }

  @Test
  public void aDocumentThatMakesTheAnnotatorThrowOrRunPastItsBudgetIsRejectedAndTheRestGoOn() {
    PCollection<Document> documents =
        pipeline.apply(
            org.apache.beam.sdk.transforms.Create.of(
                    decode("/t/ok.txt", "The Taliban captured Herat on Thursday."),
                    decode("/t/throws.txt", "FAULT:THROW The Taliban captured Herat."),
                    decode("/t/slow.txt", "FAULT:SLOW The Taliban captured Herat."))
                .withCoder(
                    org.apache.beam.sdk.extensions.avro.coders.AvroCoder.specific(Document.class)));
    PCollectionTuple annotated =
        documents.apply(
            new AnnotateDocuments(
                new FaultInjectingFactory(CoreNlpAnnotator.factory(ANNOTATORS)), 2, 4));
    PAssert.that(annotated.get(AnnotateDocuments.ANNOTATED))
        .satisfies(
            docs -> {
              List<String> names = new ArrayList<>();
              docs.forEach(d -> names.add(Fixtures.fileName(d.getSourceUri())));
              assertEquals(List.of("ok.txt"), names);
              return null;
            });
    PAssert.that(annotated.get(AnnotateDocuments.REJECTED))
        .satisfies(
            rejected -> {
              Map<String, Rejected> byName = new HashMap<>();
              rejected.forEach(r -> byName.put(Fixtures.fileName(r.getSourceUri()), r));
              assertEquals(2, byName.size());
              Rejected thrown = byName.get("throws.txt");
              assertEquals("annotate", thrown.getStage());
              assertEquals("ANNOTATION_FAILED", thrown.getError());
              assertThat(thrown.getMessage(), containsString("injected fault"));
              assertNotNull(thrown.getDocId());
              Rejected slow = byName.get("slow.txt");
              assertEquals("ANNOTATION_TIMEOUT", slow.getError());
              assertThat(slow.getMessage(), containsString("longer than 2 s"));
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  private static Document decode(String uri, String content) {
    return new DocumentDecoder(1 << 20, null)
        .decode(uri, StoredFile.of(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .document();
  }

  /** Test-only hook: throws on FAULT:THROW, hangs on FAULT:SLOW, else real CoreNLP. */
  static final class FaultInjectingFactory implements DocumentAnnotator.Factory {
    private static final long serialVersionUID = 1L;
    private final DocumentAnnotator.Factory real;

    FaultInjectingFactory(DocumentAnnotator.Factory real) {
      this.real = real;
    }

    @Override
    public DocumentAnnotator create() {
      DocumentAnnotator delegate = real.create();
      return document -> {
        if (document.getText().startsWith("FAULT:THROW")) {
          throw new IllegalStateException("injected fault");
        }
        if (document.getText().startsWith("FAULT:SLOW")) {
          try {
            Thread.sleep(60_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
          }
        }
        return delegate.annotate(document);
      };
    }

    @Override
    public String describe() {
      return "fault-injecting " + real.describe();
    }
  }
}
