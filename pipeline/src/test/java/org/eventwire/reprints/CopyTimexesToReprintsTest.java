package org.eventwire.reprints;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.eventwire.Fixtures;
import org.eventwire.SlowTest;
import org.eventwire.annotate.CoreNlpAnnotator;
import org.eventwire.read.DocumentDecoder;
import org.eventwire.read.StoredFile;
import org.eventwire.records.Document;
import org.eventwire.records.Sentence;
import org.eventwire.records.Timex;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

@Category(SlowTest.class)
public class CopyTimexesToReprintsTest implements Serializable {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private static Document decode(String name, String content) {
    return new DocumentDecoder(1 << 20, null)
        .decode("/in/" + name, StoredFile.of(content.getBytes(StandardCharsets.UTF_8)))
        .document();
  }

  private static Timex timex(String tid, Document doc, String text, String value, int sentence) {
    int begin = doc.getText().codePointCount(0, doc.getText().indexOf(text));
    return Timex.newBuilder()
        .setTid(tid)
        .setText(text)
        .setType("DATE")
        .setValue(value)
        .setBegin(begin)
        .setEnd(begin + text.codePointCount(0, text.length()))
        .setSentenceIndex(sentence)
        .build();
  }

  private static Sentence sentence(Document doc, int index, String text) {
    int begin = doc.getText().codePointCount(0, doc.getText().indexOf(text));
    return Sentence.newBuilder()
        .setIndex(index)
        .setBegin(begin)
        .setEnd(begin + text.codePointCount(0, text.length()))
        .setPassageClusterId("p" + index)
        .build();
  }

  private static final String FIRST = "Officials said on Thursday that the talks had failed.";
  private static final String SECOND = "The envoys met again on Wednesday night in Geneva.";

  /** A canonical story of two sentences, each with a date, annotated by hand. */
  private static Document canonical() {
    Document doc = decode("wire.txt", FIRST + " " + SECOND + "\n");
    return Document.newBuilder(doc)
        .setClusterSize(2)
        .setAnnotated(true)
        .setSentences(List.of(sentence(doc, 0, FIRST), sentence(doc, 1, SECOND)))
        .setTimexes(
            List.of(
                timex("s0-t1", doc, "Thursday", "2021-08-12", 0),
                timex("s1-t1", doc, "Wednesday night", "2021-08-11TNI", 1)))
        .build();
  }

  /** An outlet's copy: a headline with a character outside the BMP, the second sentence edited. */
  private static Document reprintOf(Document canonical) {
    Document doc =
        decode(
            "outlet.txt",
            "\uD83D\uDCF0 Talks fail\n\n" + FIRST + " The envoys met on Wednesday night.\n");
    return Document.newBuilder(doc)
        .setCanonicalDocId(canonical.getDocId())
        .setClusterSize(2)
        .build();
  }

  @Test
  public void expressionsOfUnchangedSentencesMoveToTheReprintsOffsetsAndEditedOnesAreLeftOut() {
    Document canonical = canonical();
    Document reprint = reprintOf(canonical);
    List<Timex> copied = CopyTimexesToReprints.copy(canonical, reprint.getText());
    assertEquals(1, copied.size());
    Timex thursday = copied.get(0);
    assertEquals("2021-08-12", thursday.getValue());
    assertEquals("s0-t1", thursday.getTid());
    // Code points: the headline's newspaper emoji is one code point but two UTF-16 chars.
    int[] codePoints = reprint.getText().codePoints().toArray();
    assertEquals(
        "Thursday",
        new String(codePoints, thursday.getBegin(), thursday.getEnd() - thursday.getBegin()));
    String before = "\uD83D\uDCF0 Talks fail\n\nOfficials said on ";
    assertEquals(before.codePointCount(0, before.length()), thursday.getBegin());
  }

  @Test
  public void reprintsGetTheirCanonicalCopysDatesAndOtherDocumentsPassUntouched() {
    Document canonical = canonical();
    Document reprint = reprintOf(canonical);
    Document unrelated =
        Document.newBuilder(decode("other.txt", "Nothing about dates here at all.\n"))
            .setCanonicalDocId("no-such-canonical")
            .setClusterSize(2)
            .build();
    PCollection<Document> canonicals =
        pipeline.apply(
            "Canonical",
            Create.of(List.of(canonical)).withCoder(AvroCoder.specific(Document.class)));
    PCollection<Document> reprints =
        pipeline.apply(
            "Reprints",
            Create.of(List.of(reprint, unrelated)).withCoder(AvroCoder.specific(Document.class)));
    PCollection<Document> dated =
        PCollectionList.of(canonicals).and(reprints).apply(new CopyTimexesToReprints(4));
    PAssert.that(dated)
        .satisfies(
            docs -> {
              Map<String, Document> byName = new HashMap<>();
              docs.forEach(d -> byName.put(Fixtures.fileName(d.getSourceUri()), d));
              assertEquals(2, byName.size());
              assertEquals(List.of("Thursday"), texts(byName.get("outlet.txt")));
              assertEquals(List.of(), texts(byName.get("other.txt")));
              assertEquals(
                  "a reprint stays unannotated", false, byName.get("outlet.txt").getAnnotated());
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  private static List<String> texts(Document doc) {
    List<String> texts = new ArrayList<>();
    doc.getTimexes().forEach(t -> texts.add(t.getText()));
    return texts;
  }

  /**
   * An AP story of 7 January 2000 was resent unchanged on the 15th. The TimeML gold dates the
   * resent copy's "Thursday" to 6 January, as in the original: copied from the annotated original,
   * the reprint's dates are as right as the original's.
   */
  @Test
  public void aResentAquaintStoryCarriesItsOriginalsDatesAsTheGoldDoes() throws IOException {
    Path corpus = Fixtures.corpus("timeml-aquaint");
    Document original =
        decode("APW20000107.0088.txt", Files.readString(corpus.resolve("APW20000107.0088.txt")));
    Document resent =
        decode("APW20000115.0209.txt", Files.readString(corpus.resolve("APW20000115.0209.txt")));
    assertEquals(
        "the resent copy is dated a week later",
        original.getDocDate().plusDays(8),
        resent.getDocDate());
    Document annotated =
        CoreNlpAnnotator.factory(Fixtures.ANNOTATORS).create().annotate(original).document;

    List<Timex> copied = CopyTimexesToReprints.copy(annotated, resent.getText());
    int[] codePoints = resent.getText().codePoints().toArray();
    for (Timex t : copied) {
      assertEquals(t.getText(), new String(codePoints, t.getBegin(), t.getEnd() - t.getBegin()));
    }
    List<String[]> gold =
        gold(corpus.getParent().resolve("timeml-aquaint-gold.tsv"), "APW20000115.0209.txt");
    assertThat(gold.size(), greaterThan(10));
    double originalAccuracy =
        accuracy(
            gold(corpus.getParent().resolve("timeml-aquaint-gold.tsv"), "APW20000107.0088.txt"),
            annotated.getTimexes(),
            annotated.getTextStart());
    double resentAccuracy = accuracy(gold, copied, resent.getTextStart());
    assertThat(resentAccuracy, greaterThan(0.5));
    assertEquals(originalAccuracy, resentAccuracy, 1e-9);
    assertTrue(
        copied.stream()
            .anyMatch(t -> t.getText().equals("Thursday") && "2000-01-06".equals(t.getValue())));
  }

  /** Gold rows of one file: begin, end, value (offsets into the file). */
  private static List<String[]> gold(Path tsv, String file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f[0].equals(file)) {
        rows.add(new String[] {f[1], f[2], f[5]});
      }
    }
    return rows;
  }

  /**
   * Share of gold expressions whose most-overlapping expression has the gold value (bench.sh's
   * measure).
   */
  private static double accuracy(List<String[]> gold, List<Timex> timexes, int textStart) {
    int right = 0;
    for (String[] g : gold) {
      int begin = Integer.parseInt(g[0]);
      int end = Integer.parseInt(g[1]);
      Timex best = null;
      int bestOverlap = 0;
      for (Timex t : timexes) {
        int overlap =
            Math.min(end, textStart + t.getEnd()) - Math.max(begin, textStart + t.getBegin());
        if (overlap > bestOverlap) {
          best = t;
          bestOverlap = overlap;
        }
      }
      if (best != null && g[2].equals(best.getValue())) {
        right++;
      }
    }
    return (double) right / gold.size();
  }
}
