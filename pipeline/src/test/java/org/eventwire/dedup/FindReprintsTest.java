package org.eventwire.dedup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.eventwire.EventwireOptions;
import org.eventwire.EventwirePipeline;
import org.eventwire.Fixtures;
import org.eventwire.read.DocumentDecoder;
import org.eventwire.read.StoredFile;
import org.eventwire.records.Document;
import org.junit.Rule;
import org.junit.Test;

public class FindReprintsTest implements Serializable {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  static DedupSettings defaults() {
    return EventwirePipeline.documentDedup(PipelineOptionsFactory.create().as(EventwireOptions.class));
  }

  static Document doc(String name, String content) {
    return new DocumentDecoder(1 << 20, null)
        .decode("/in/" + name, StoredFile.of(content.getBytes(StandardCharsets.UTF_8))).document();
  }

  static String sample(String prefix) throws IOException {
    return Files.readString(Fixtures.sample(prefix));
  }

  /** An agency story as an outlet reprints it: new headline, dateline, house quotes, tail cut. */
  static String reprint(String original) {
    String[] paragraphs = original.strip().split("\n\n");
    StringBuilder copy = new StringBuilder("Afghan cities fall as militants advance\n\nKABUL (AFP) - ");
    for (int i = 1; i < paragraphs.length - 3; i++) {
      copy.append(paragraphs[i].replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"'))
          .append("\n\n");
    }
    copy.append("Copyright AFP. All rights reserved.\n");
    return copy.toString();
  }

  /** A daily market report: the same template every day, different figures. */
  static String marketReport(String day, double nikkei, double change, double topix, int volume, String leader) {
    return String.format("Tokyo stocks close %s\n\nTOKYO, %s (AFP) - Tokyo stock prices closed %s on %s,"
        + " with the benchmark Nikkei 225 index %s %.2f points or %.2f percent at %,.2f. The broader Topix"
        + " index of all first section issues %s %.2f points to %,.2f. Volume was %,d million shares,"
        + " with %s leading the day's most active issues. Declining issues outnumbered advancing ones"
        + " %d to %d, with %d unchanged. The dollar stood at %.2f yen at the close.\n",
        change > 0 ? "higher" : "lower", day, change > 0 ? "higher" : "lower", day,
        change > 0 ? "up" : "down", Math.abs(change), Math.abs(change) / nikkei * 100, nikkei,
        change > 0 ? "rose" : "fell", Math.abs(change) / 10, topix, volume, leader,
        (int) (nikkei % 700), (int) (topix % 500), volume % 150, 120 + change / 100);
  }

  private static Map<String, Document> byName(Iterable<Document> documents) {
    Map<String, Document> byName = new HashMap<>();
    documents.forEach(d -> byName.put(Fixtures.fileName(d.getSourceUri()), d));
    return byName;
  }

  private PCollection<Document> allDocuments(String name, PCollectionTuple split) {
    return PCollectionList.of(split.get(FindReprints.CANONICAL)).and(split.get(FindReprints.REPRINTS))
        .apply(name, Flatten.pCollections());
  }

  @Test
  public void reprintWithNewHeadlineDatelineAndTrimmedTailJoinsItsOriginal() throws IOException {
    String original = sample("000");
    assertTrue("the edit must change the text a lot", reprint(original).length() < original.length() * 0.85);
    List<Document> input = new ArrayList<>(List.of(doc("original.txt", original),
        doc("reprint.txt", reprint(original))));
    for (String other : new String[] {"001", "002", "003", "004"}) {
      input.add(doc("sample-" + other + ".txt", sample(other)));
    }
    PCollectionTuple split = pipeline.apply(Create.of(input).withCoder(AvroCoder.specific(Document.class)))
        .apply(new FindReprints(defaults()));
    PAssert.that(split.get(FindReprints.REPRINTS)).satisfies(reprints -> {
      Map<String, Document> docs = byName(reprints);
      assertEquals(List.of("reprint.txt"), new ArrayList<>(docs.keySet()));
      Document reprint = docs.get("reprint.txt");
      assertTrue(reprint.getCanonicalSimilarity() >= 0.5 && reprint.getCanonicalSimilarity() < 1.0);
      assertEquals(2, (int) reprint.getClusterSize());
      return null;
    });
    PAssert.that(split.get(FindReprints.CANONICAL)).satisfies(canonical -> {
      Map<String, Document> docs = byName(canonical);
      assertEquals(6 - 1, docs.size());
      Document original1 = docs.get("original.txt");
      assertEquals("the longer original is canonical", original1.getDocId(), original1.getCanonicalDocId());
      assertEquals(2, (int) original1.getClusterSize());
      for (String other : new String[] {"001", "002", "003", "004"}) {
        Document d = docs.get("sample-" + other + ".txt");
        assertEquals("the seeds are different articles", 1, (int) d.getClusterSize());
        assertEquals(d.getDocId(), d.getCanonicalDocId());
      }
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void dailyMarketReportsThatShareATemplateButNotTheirFiguresStayApart() {
    List<Document> input = List.of(
        doc("monday.txt", marketReport("Monday", 18456.78, 123.45, 1489.12, 512, "Toyota Motor")),
        doc("tuesday.txt", marketReport("Tuesday", 18301.20, -155.58, 1475.03, 467, "Sony")),
        doc("wednesday.txt", marketReport("Wednesday", 18399.64, 98.44, 1482.77, 498, "Hitachi")));
    PCollectionTuple split = pipeline.apply(Create.of(input).withCoder(AvroCoder.specific(Document.class)))
        .apply(new FindReprints(defaults()));
    PAssert.that(split.get(FindReprints.REPRINTS)).empty();
    PAssert.that(split.get(FindReprints.CANONICAL)).satisfies(docs -> {
      byName(docs).values().forEach(d -> assertEquals(1, (int) d.getClusterSize()));
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void aChainOfCopiesLongerThanThePropagationRoundsIsStillOneCluster() {
    // 20 write-thru versions: each shares 70 of its 100 words with the next (Jaccard 0.52), and
    // only 40 with the one after (0.23): a chain 19 links long, which 6 rounds of propagation
    // alone (reach 7) could not close; with pointer jumping they do.
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 30 * 20 + 100; i++) {
      words.add(Long.toString(random.nextLong(1L << 40), 36));
    }
    List<Document> chain = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      chain.add(doc(String.format("version-%02d.txt", i), String.join(" ", words.subList(30 * i, 30 * i + 100))));
    }
    DedupSettings d = defaults();
    DedupSettings sixRounds = new DedupSettings(d.shingleWords, d.threshold, d.bands, d.rows, d.maxShingleShare,
        d.minDocsForFrequent, 6, d.maxAllPairsBucket, d.shards);
    PCollection<Document> all = allDocuments("AllChain", pipeline
        .apply(Create.of(chain).withCoder(AvroCoder.specific(Document.class)))
        .apply(new FindReprints(sixRounds)));
    PAssert.that(all).satisfies(docs -> {
      Set<String> canonical = new HashSet<>();
      docs.forEach(doc -> {
        canonical.add(doc.getCanonicalDocId());
        assertEquals(doc.getSourceUri(), 20, (int) doc.getClusterSize());
      });
      assertEquals(1, canonical.size());
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void theCanonicalCopyIsTheEarliestThenTheLongestWhateverTheInputOrder() throws IOException {
    String story = sample("002").replaceFirst("^ date \\S+ ", "");
    String[] paragraphs = story.strip().split("\n\n");
    String shorter = String.join("\n\n", java.util.Arrays.copyOf(paragraphs, paragraphs.length - 2));
    List<Document> input = List.of(
        doc("a-full-aug12.txt", " date 2021-08-12 " + story),
        doc("b-short-aug11.txt", " date 2021-08-11 " + shorter),
        doc("c-full-aug12-again.txt", " date 2021-08-12 " + story),
        doc("d-short-aug12.txt", " date 2021-08-12 " + shorter));
    List<Document> reversed = new ArrayList<>(input);
    Collections.reverse(reversed);
    PCollection<Document> forward = allDocuments("AllForward", pipeline.apply("Forward",
        Create.of(input).withCoder(AvroCoder.specific(Document.class))).apply("DedupForward", new FindReprints(defaults())));
    PCollection<Document> backward = allDocuments("AllBackward", pipeline.apply("Backward",
        Create.of(reversed).withCoder(AvroCoder.specific(Document.class))).apply("DedupBackward", new FindReprints(defaults())));
    String earliest = input.get(1).getDocId();
    for (PCollection<Document> run : List.of(forward, backward)) {
      PAssert.that(run.getName(), run).satisfies(docs -> {
        Map<String, Document> byName = byName(docs);
        assertEquals(4, byName.size());
        // Earliest doc_date wins even though its text is shorter.
        byName.values().forEach(d -> assertEquals(d.getSourceUri(), earliest, d.getCanonicalDocId()));
        assertEquals(4, (int) byName.get("a-full-aug12.txt").getClusterSize());
        return null;
      });
    }
    pipeline.run().waitUntilFinish();

    // Among equally dated copies, the longest text wins, then the smallest doc_id.
    List<Document> sameDay = List.of(input.get(0), input.get(2), input.get(3));
    String longest = input.get(0).getDocId().compareTo(input.get(2).getDocId()) < 0
        ? input.get(0).getDocId() : input.get(2).getDocId();
    assertNotEquals(input.get(3).getDocId(), longest);
    assertTrue(FindReprints.rankPrefix(sameDay.get(0)).compareTo(FindReprints.rankPrefix(sameDay.get(2))) < 0);
    assertTrue(FindReprints.rankPrefix(input.get(1)).compareTo(FindReprints.rankPrefix(input.get(0))) < 0);
  }
}
