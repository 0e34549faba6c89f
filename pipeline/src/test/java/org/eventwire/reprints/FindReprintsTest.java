package org.eventwire.reprints;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.eventwire.Fixtures;
import org.eventwire.SlowTest;
import org.eventwire.StageSettings;
import org.eventwire.inspect.AbridgedCorpus;
import org.eventwire.neardup.DedupSettings;
import org.eventwire.neardup.Shingles;
import org.eventwire.read.DocumentDecoder;
import org.eventwire.read.StoredFile;
import org.eventwire.records.Document;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

@Category(SlowTest.class)
public class FindReprintsTest implements Serializable {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  static DedupSettings defaults() {
    return StageSettings.documentDedup(PipelineOptionsFactory.create().as(EventwireOptions.class));
  }

  /** Today's behaviour before containment, one flag away: --dedupContainment=0. */
  static DedupSettings plainJaccard() {
    return StageSettings.documentDedup(
        PipelineOptionsFactory.fromArgs("--dedupContainment=0").as(EventwireOptions.class));
  }

  static Document doc(String name, String content) {
    return new DocumentDecoder(1 << 20, null)
        .decode("/in/" + name, StoredFile.of(content.getBytes(StandardCharsets.UTF_8)))
        .document();
  }

  static String sample(String prefix) throws IOException {
    return Files.readString(Fixtures.sample(prefix));
  }

  /** An agency story as an outlet reprints it: new headline, dateline, house quotes, tail cut. */
  static String reprint(String original) {
    String[] paragraphs = original.strip().split("\n\n");
    StringBuilder copy =
        new StringBuilder("Afghan cities fall as militants advance\n\nKABUL (AFP) - ");
    for (int i = 1; i < paragraphs.length - 3; i++) {
      copy.append(
              paragraphs[i].replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"'))
          .append("\n\n");
    }
    copy.append("Copyright AFP. All rights reserved.\n");
    return copy.toString();
  }

  /** A daily market report: the same template every day, different figures. */
  static String marketReport(
      String day, double nikkei, double change, double topix, int volume, String leader) {
    return String.format(
        "Tokyo stocks close %s\n\nTOKYO, %s (AFP) - Tokyo stock prices closed %s on %s,"
            + " with the benchmark Nikkei 225 index %s %.2f points or %.2f percent at %,.2f. The broader Topix"
            + " index of all first section issues %s %.2f points to %,.2f. Volume was %,d million shares,"
            + " with %s leading the day's most active issues. Declining issues outnumbered advancing ones"
            + " %d to %d, with %d unchanged. The dollar stood at %.2f yen at the close.\n",
        change > 0 ? "higher" : "lower",
        day,
        change > 0 ? "higher" : "lower",
        day,
        change > 0 ? "up" : "down",
        Math.abs(change),
        Math.abs(change) / nikkei * 100,
        nikkei,
        change > 0 ? "rose" : "fell",
        Math.abs(change) / 10,
        topix,
        volume,
        leader,
        (int) (nikkei % 700),
        (int) (topix % 500),
        volume % 150,
        120 + change / 100);
  }

  private static Map<String, Document> byName(Iterable<Document> documents) {
    Map<String, Document> byName = new HashMap<>();
    documents.forEach(d -> byName.put(Fixtures.fileName(d.getSourceUri()), d));
    return byName;
  }

  private PCollection<Document> allDocuments(String name, PCollectionTuple split) {
    return PCollectionList.of(split.get(FindReprints.CANONICAL))
        .and(split.get(FindReprints.REPRINTS))
        .apply(name, Flatten.pCollections());
  }

  /** A story of the wire-afp corpus in ../shared/corpora. */
  static AbridgedCorpus.Story wireStory(String name) throws IOException {
    return AbridgedCorpus.Story.parse(
        name + ".txt",
        Files.readString(
            Fixtures.corpus("wire-afp").resolve(name + ".txt"), StandardCharsets.UTF_8));
  }

  /** The story's first n paragraphs under its own title, as an outlet cuts it to fit. */
  static String cut(AbridgedCorpus.Story story, int n) {
    return story.render(story.title, story.paragraphs.subList(0, n));
  }

  static long[] shingles(String content) {
    return FindReprints.fingerprint(doc("x.txt", content), defaults()).shingles;
  }

  /** Whether the link rule alone (no look at the other stories) would link the two texts. */
  static boolean containmentAloneLinks(String a, String b) {
    long[] x = shingles(a);
    long[] y = shingles(b);
    return defaults().linked(Shingles.common(x, y).length, x.length, y.length);
  }

  /**
   * Document name -> the name of its canonical copy, and every cluster size as the documents say.
   */
  private static Map<String, String> canonicalNames(Iterable<Document> documents) {
    Map<String, Document> docs = byName(documents);
    Map<String, String> nameOfId = new HashMap<>();
    docs.forEach((name, d) -> nameOfId.put(d.getDocId(), name));
    Map<String, String> canonical = new HashMap<>();
    docs.forEach((name, d) -> canonical.put(name, nameOfId.get(d.getCanonicalDocId())));
    Map<String, Integer> sizes = new HashMap<>();
    canonical.values().forEach(c -> sizes.merge(c, 1, Integer::sum));
    docs.forEach(
        (name, d) ->
            assertEquals(name, (int) sizes.get(canonical.get(name)), (int) d.getClusterSize()));
    return canonical;
  }

  /**
   * Checks, when the pipeline runs, that deduplicating the input gives each document this canonical
   * copy.
   */
  private void expectCanonical(
      String name, List<Document> input, DedupSettings settings, Map<String, String> expected) {
    PCollection<Document> all =
        allDocuments(
            "All" + name,
            pipeline
                .apply(
                    "Create" + name, Create.of(input).withCoder(AvroCoder.specific(Document.class)))
                .apply("Dedup" + name, new FindReprints(settings)));
    PAssert.that(name, all)
        .satisfies(
            docs -> {
              assertEquals(expected, canonicalNames(docs));
              return null;
            });
  }

  @Test
  public void aCutDownCopyJoinsItsOriginalWhichIsCanonicalThoughTheCopyIsDatedEarlier()
      throws IOException {
    AbridgedCorpus.Story original = wireStory("AFP_ENG_19970423.0618");
    AbridgedCorpus.Story other = wireStory("AFP_ENG_19970421.0411");
    // Four of nine paragraphs, the third and fourth swapped, a line of its own on top, a paragraph
    // of another story at the end; stamped a day before the agency's copy.
    List<String> kept =
        new ArrayList<>(
            List.of(
                "Readers in Britain followed the campaign closely.",
                original.paragraphs.get(0),
                original.paragraphs.get(1),
                original.paragraphs.get(3),
                original.paragraphs.get(2),
                other.paragraphs.get(4)));
    String copy =
        original
            .render("Tories slip in polls", kept)
            .replace(" date 1997-04-23 ", " date 1997-04-22 ");
    String originalText = original.render(original.title, original.paragraphs);
    assertTrue(
        "below the Jaccard threshold",
        Shingles.jaccard(shingles(copy), shingles(originalText)) < 0.5);
    List<Document> input =
        List.of(
            doc("original.txt", originalText),
            doc("copy.txt", copy),
            doc("other.txt", other.render(other.title, other.paragraphs)));
    expectCanonical(
        "Containment",
        input,
        defaults(),
        Map.of(
            "original.txt", "original.txt", "copy.txt", "original.txt", "other.txt", "other.txt"));
    expectCanonical(
        "PlainJaccard",
        input,
        plainJaccard(),
        Map.of("original.txt", "original.txt", "copy.txt", "copy.txt", "other.txt", "other.txt"));
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void aRoundupOfThreeStoriesGluesNeitherThemNorTheirCutCopiesTogether() throws IOException {
    List<AbridgedCorpus.Story> stories =
        List.of(
            wireStory("AFP_ENG_19970423.0618"),
            wireStory("AFP_ENG_19970430.0472"),
            wireStory("AFP_ENG_19970424.0028"));
    StringBuilder roundup = new StringBuilder(" date 1997-04-30 World news in brief\n\n");
    List<Document> input = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      AbridgedCorpus.Story story = stories.get(i);
      roundup.append(story.title).append("\n\n");
      story.paragraphs.subList(0, 2).forEach(p -> roundup.append(p).append("\n\n"));
      input.add(doc("story" + i + ".txt", story.render(story.title, story.paragraphs)));
      input.add(doc("story" + i + "-cut.txt", cut(story, 2)));
    }
    input.add(doc("roundup.txt", roundup.toString()));
    for (int i = 0; i < stories.size(); i++) {
      assertTrue(
          "each cut copy alone would link to the roundup, and chain the stories through it",
          containmentAloneLinks(cut(stories.get(i), 2), roundup.toString()));
    }
    Map<String, String> expected = new HashMap<>(Map.of("roundup.txt", "roundup.txt"));
    for (int i = 0; i < stories.size(); i++) {
      expected.put("story" + i + ".txt", "story" + i + ".txt");
      expected.put("story" + i + "-cut.txt", "story" + i + ".txt");
    }
    expectCanonical("Roundup", input, defaults(), expected);
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void aDocumentThatHoldsTwoWholeStoriesLinksNeither() throws IOException {
    AbridgedCorpus.Story first = wireStory("AFP_ENG_19970421.0411");
    AbridgedCorpus.Story second = wireStory("AFP_ENG_19970407.0268");
    List<String> both = new ArrayList<>(first.paragraphs);
    both.addAll(second.paragraphs);
    String digest = first.render("Business and world briefs", both);
    String firstText = first.render(first.title, first.paragraphs);
    String secondText = second.render(second.title, second.paragraphs);
    assertTrue(containmentAloneLinks(firstText, digest));
    assertTrue(containmentAloneLinks(secondText, digest));
    List<Document> input =
        List.of(
            doc("first.txt", firstText), doc("second.txt", secondText), doc("digest.txt", digest));
    expectCanonical(
        "Digest",
        input,
        defaults(),
        Map.of("first.txt", "first.txt", "second.txt", "second.txt", "digest.txt", "digest.txt"));
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void twoStoriesThatShareOneQuotedParagraphStayApart() throws IOException {
    // A short story, its cut copy, and a longer one that quotes the short story's lead whole.
    AbridgedCorpus.Story quoted = wireStory("AFP_ENG_19970424.0028");
    AbridgedCorpus.Story quoting = wireStory("AFP_ENG_19970430.0472");
    List<String> withQuote = new ArrayList<>(quoting.paragraphs);
    withQuote.add(2, "\"" + quoted.paragraphs.get(0) + "\" the report said.");
    String quotingText = quoting.render(quoting.title, withQuote);
    List<Document> input =
        List.of(
            doc("quoted.txt", quoted.render(quoted.title, quoted.paragraphs)),
            doc("quoted-cut.txt", cut(quoted, 2)),
            doc("quoting.txt", quotingText));
    expectCanonical(
        "Quote",
        input,
        defaults(),
        Map.of(
            "quoted.txt",
            "quoted.txt",
            "quoted-cut.txt",
            "quoted.txt",
            "quoting.txt",
            "quoting.txt"));
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void reprintWithNewHeadlineDatelineAndTrimmedTailJoinsItsOriginal() throws IOException {
    String original = sample("000");
    assertTrue(
        "the edit must change the text a lot",
        reprint(original).length() < original.length() * 0.85);
    List<Document> input =
        new ArrayList<>(
            List.of(doc("original.txt", original), doc("reprint.txt", reprint(original))));
    for (String other : new String[] {"001", "002", "003", "004"}) {
      input.add(doc("sample-" + other + ".txt", sample(other)));
    }
    PCollectionTuple split =
        pipeline
            .apply(Create.of(input).withCoder(AvroCoder.specific(Document.class)))
            .apply(new FindReprints(defaults()));
    PAssert.that(split.get(FindReprints.REPRINTS))
        .satisfies(
            reprints -> {
              Map<String, Document> docs = byName(reprints);
              assertEquals(List.of("reprint.txt"), new ArrayList<>(docs.keySet()));
              Document reprint = docs.get("reprint.txt");
              assertTrue(
                  reprint.getCanonicalSimilarity() >= 0.5
                      && reprint.getCanonicalSimilarity() < 1.0);
              assertEquals(2, (int) reprint.getClusterSize());
              return null;
            });
    PAssert.that(split.get(FindReprints.CANONICAL))
        .satisfies(
            canonical -> {
              Map<String, Document> docs = byName(canonical);
              assertEquals(6 - 1, docs.size());
              Document original1 = docs.get("original.txt");
              assertEquals(
                  "the longer original is canonical",
                  original1.getDocId(),
                  original1.getCanonicalDocId());
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
    List<Document> input =
        List.of(
            doc(
                "monday.txt",
                marketReport("Monday", 18456.78, 123.45, 1489.12, 512, "Toyota Motor")),
            doc("tuesday.txt", marketReport("Tuesday", 18301.20, -155.58, 1475.03, 467, "Sony")),
            doc(
                "wednesday.txt",
                marketReport("Wednesday", 18399.64, 98.44, 1482.77, 498, "Hitachi")));
    PCollectionTuple split =
        pipeline
            .apply(Create.of(input).withCoder(AvroCoder.specific(Document.class)))
            .apply(new FindReprints(defaults()));
    PAssert.that(split.get(FindReprints.REPRINTS)).empty();
    PAssert.that(split.get(FindReprints.CANONICAL))
        .satisfies(
            docs -> {
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
      chain.add(
          doc(
              String.format("version-%02d.txt", i),
              String.join(" ", words.subList(30 * i, 30 * i + 100))));
    }
    DedupSettings sixRounds = defaults().withRounds(6);
    PCollection<Document> all =
        allDocuments(
            "AllChain",
            pipeline
                .apply(Create.of(chain).withCoder(AvroCoder.specific(Document.class)))
                .apply(new FindReprints(sixRounds)));
    PAssert.that(all)
        .satisfies(
            docs -> {
              Set<String> canonical = new HashSet<>();
              docs.forEach(
                  doc -> {
                    canonical.add(doc.getCanonicalDocId());
                    assertEquals(doc.getSourceUri(), 20, (int) doc.getClusterSize());
                  });
              assertEquals(1, canonical.size());
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void withPlainJaccardTheCanonicalCopyIsTheEarliestThenTheLongestWhateverTheInputOrder()
      throws IOException {
    String story = sample("002").replaceFirst("^ date \\S+ ", "");
    String[] paragraphs = story.strip().split("\n\n");
    String shorter =
        String.join("\n\n", java.util.Arrays.copyOf(paragraphs, paragraphs.length - 2));
    List<Document> input =
        List.of(
            doc("a-full-aug12.txt", " date 2021-08-12 " + story),
            doc("b-short-aug11.txt", " date 2021-08-11 " + shorter),
            doc("c-full-aug12-again.txt", " date 2021-08-12 " + story),
            doc("d-short-aug12.txt", " date 2021-08-12 " + shorter));
    List<Document> reversed = new ArrayList<>(input);
    Collections.reverse(reversed);
    PCollection<Document> forward =
        allDocuments(
            "AllForward",
            pipeline
                .apply("Forward", Create.of(input).withCoder(AvroCoder.specific(Document.class)))
                .apply("DedupForward", new FindReprints(plainJaccard())));
    PCollection<Document> backward =
        allDocuments(
            "AllBackward",
            pipeline
                .apply(
                    "Backward", Create.of(reversed).withCoder(AvroCoder.specific(Document.class)))
                .apply("DedupBackward", new FindReprints(plainJaccard())));
    String earliest = input.get(1).getDocId();
    for (PCollection<Document> run : List.of(forward, backward)) {
      PAssert.that(run.getName(), run)
          .satisfies(
              docs -> {
                Map<String, Document> byName = byName(docs);
                assertEquals(4, byName.size());
                // Earliest doc_date wins even though its text is shorter.
                byName
                    .values()
                    .forEach(d -> assertEquals(d.getSourceUri(), earliest, d.getCanonicalDocId()));
                assertEquals(4, (int) byName.get("a-full-aug12.txt").getClusterSize());
                return null;
              });
    }
    pipeline.run().waitUntilFinish();

    // Among equally dated copies, the longest text wins, then the smallest doc_id.
    List<Document> sameDay = List.of(input.get(0), input.get(2), input.get(3));
    String longest =
        input.get(0).getDocId().compareTo(input.get(2).getDocId()) < 0
            ? input.get(0).getDocId()
            : input.get(2).getDocId();
    assertNotEquals(input.get(3).getDocId(), longest);
    assertTrue(
        FindReprints.rankPrefix(sameDay.get(0), 0, false)
                .compareTo(FindReprints.rankPrefix(sameDay.get(2), 0, false))
            < 0);
    assertTrue(
        FindReprints.rankPrefix(input.get(1), 0, false)
                .compareTo(FindReprints.rankPrefix(input.get(0), 0, false))
            < 0);
  }
}
