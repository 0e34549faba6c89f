package org.eventwire;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.hash.Hashing;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.eventwire.annotate.CoreNlpAnnotator;
import org.eventwire.annotate.DocumentAnnotator;
import org.eventwire.common.Ids;
import org.eventwire.records.Document;
import org.eventwire.records.Rejected;
import org.eventwire.reprints.ReplaceRejectedCanonicals;
import org.eventwire.run.ExitCodes;
import org.eventwire.run.RunRefusedException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;
import org.junit.rules.TemporaryFolder;

/**
 * How a run starts and ends: what it refuses up front, when it fails on purpose, what it leaves.
 */
@Category(SlowTest.class)
public class RunLifecycleTest {
  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  private int run(String... args) {
    stderr.reset();
    return EventwirePipeline.run(
        args, System.out, new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return stderr.toString(StandardCharsets.UTF_8);
  }

  @Test
  public void aGlobThatMatchesNothingIsAnErrorUnlessAnEmptyRunIsAsked() throws Exception {
    Path out = folder.getRoot().toPath().resolve("dt=2021-08-12");
    String glob = "--input=" + folder.newFolder("crawl-failed") + "/*.txt";
    assertEquals(ExitCodes.NO_INPUT, run(glob, "--output=" + out, "--annotate=false"));
    assertThat(err(), containsString("matches no file"));
    assertEquals(1, err().strip().split("\n").length);
    assertFalse(Files.exists(out));
    // A path that does not exist at all, without a wildcard, likewise.
    assertEquals(
        ExitCodes.NO_INPUT,
        run("--input=/no/such/file.txt", "--output=" + out, "--annotate=false"));

    assertEquals(err(), 0, run(glob, "--output=" + out, "--annotate=false", "--allowEmptyInput"));
    assertTrue(Files.exists(out.resolve("_SUCCESS")));
    JsonNode counts =
        new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("counts");
    assertEquals(0, counts.get("files_matched").asInt());
    assertEquals(0, counts.get("documents").asInt());
    assertTrue(Fixtures.readAvro(out.resolve("documents"), Document.class).isEmpty());
  }

  @Test
  public void anOutputThatIsAFileOrCannotBeWrittenIsAUsageErrorBeforeAnyWork() throws Exception {
    Path file = Files.writeString(folder.getRoot().toPath().resolve("out.txt"), "someone's file");
    assertEquals(ExitCodes.USAGE, run("--input=" + Fixtures.samplesGlob(), "--output=" + file));
    assertThat(err(), containsString("is a file"));
    assertEquals(1, err().strip().split("\n").length);
    assertEquals("someone's file", Files.readString(file));
    assertEquals(
        ExitCodes.USAGE, run("--input=" + Fixtures.samplesGlob(), "--output=" + file + "/out"));
    assertThat(err(), containsString("cannot be written"));
  }

  @Test
  public void aBadOptionWithOverwriteIsExitTwoAndLeavesTheCompleteRunByteForByte()
      throws Exception {
    Path out = folder.getRoot().toPath().resolve("out");
    assertEquals(
        0,
        run("--input=" + Fixtures.samplesGlob(), "--output=" + out, "--annotate=false", "--quiet"));
    Map<String, String> complete = Fixtures.snapshot(out);
    for (String bad :
        List.of(
            "--dedupBands=0",
            "--dedupThreshold=1.5",
            "--maxRejectedShare=-1",
            "--maxSentenceTokens=0",
            "--dedupContainment=2",
            "--dedupSampleEvery=0",
            "--defaultDocDate=2021-02-30")) {
      assertEquals(
          bad,
          ExitCodes.USAGE,
          run(
              "--input=" + Fixtures.samplesGlob(),
              "--output=" + out,
              "--overwrite",
              "--annotate=false",
              bad));
      assertEquals(bad + ": " + err(), 1, err().strip().split("\n").length);
      assertThat(err(), containsString(bad.substring(2, bad.indexOf('='))));
      assertEquals(bad, complete, Fixtures.snapshot(out));
    }
    assertThat(err(), containsString("2021-02-30"));
  }

  @Test
  public void aRunPastMaxRejectedShareFailsWithoutSuccessAndKeepsThePreviousRun() throws Exception {
    Path out = folder.getRoot().toPath().resolve("out");
    assertEquals(
        0,
        run("--input=" + Fixtures.samplesGlob(), "--output=" + out, "--annotate=false", "--quiet"));
    Map<String, String> complete = Fixtures.snapshot(out);

    EventwireOptions options =
        options(
            "--input=" + Fixtures.samplesGlob(),
            "--output=" + out,
            "--overwrite",
            "--defaultDocDate=2021-08-12");
    RunRefusedException.TooManyRejected refused =
        assertThrows(
            RunRefusedException.TooManyRejected.class,
            () ->
                EventwirePipeline.runToCompletion(
                    options, new FailingAnnotator(null, Set.of()), System.err));
    assertEquals(ExitCodes.TOO_MANY_REJECTED, ExitCodes.of(refused).code);
    assertThat(refused.getMessage(), containsString("5 of 5 documents"));
    assertEquals("the previous run stays", complete, Fixtures.snapshot(out));

    // This run's records and manifest are kept for inspection, never marked complete.
    Path staging = stagingDirectories(folder.getRoot().toPath()).get(0);
    assertThat(refused.getMessage(), containsString(staging.toString()));
    assertFalse(Files.exists(staging.resolve("_SUCCESS")));
    assertTrue(Files.exists(staging.resolve("manifest.json")));
    List<Rejected> rejected = Fixtures.readAvro(staging.resolve("rejected"), Rejected.class);
    assertEquals(5, rejected.size());
    for (Rejected r : rejected) {
      assertEquals("ANNOTATION_FAILED", r.getError());
      assertEquals(IllegalStateException.class.getName(), r.getExceptionClass());
      assertThat(r.getStackTrace(), containsString("FailingAnnotator"));
    }
  }

  @Test
  public void aClusterWhoseCanonicalCopyIsRejectedIsAnnotatedThroughItsNextCopy() throws Exception {
    Path in = folder.newFolder("in").toPath();
    List<String> copies = writeHeratCopies(in);

    // The canonical copy fails: the next copy stands in for the cluster and is annotated.
    Map<String, Document> documents = new HashMap<>();
    Map<String, Rejected> rejected = new HashMap<>();
    runWithFailures(in, Set.of(copies.get(0)), documents, rejected);
    assertEquals(Set.of(copies.get(0)), rejected.keySet());
    assertEquals("ANNOTATION_FAILED", rejected.get(copies.get(0)).getError());
    Document substitute = documents.get(copies.get(1));
    assertTrue(substitute.getAnnotated());
    assertEquals(substitute.getDocId(), substitute.getCanonicalDocId());
    assertFalse(substitute.getEntities().isEmpty());
    assertThat(String.join(" ", substitute.getWarnings()), containsString("in place of"));
    assertEquals(substitute.getDocId(), documents.get(copies.get(2)).getCanonicalDocId());
    assertEveryCanonicalIdNamesAnAnnotatedDocument(documents);

    // The next copy fails too: the last one is rejected, not left pointing at nothing.
    documents.clear();
    rejected.clear();
    runWithFailures(in, Set.of(copies.get(0), copies.get(1)), documents, rejected);
    assertEquals(new TreeSet<>(copies), new TreeSet<>(rejected.keySet()));
    Rejected orphan = rejected.get(copies.get(2));
    assertEquals(ReplaceRejectedCanonicals.CLUSTER_NOT_ANNOTATED, orphan.getError());
    assertEquals("annotate", orphan.getStage());
    assertNull(orphan.getExceptionClass());
    assertEveryCanonicalIdNamesAnAnnotatedDocument(documents);
    assertEquals("only Kandahar", 1, documents.size());
  }

  /**
   * Three byte-identical copies of the Herat sample and the Kandahar one. Returns the copies' doc
   * ids in the order the clustering ranks them (same date and length: by doc id).
   */
  private static List<String> writeHeratCopies(Path in) throws Exception {
    byte[] herat = Files.readAllBytes(Fixtures.sample("001"));
    String sha = Hashing.sha256().hashBytes(herat).toString();
    List<String> ids = new ArrayList<>();
    for (String name : List.of("herat-a.txt", "herat-b.txt", "herat-c.txt")) {
      Path file = Files.write(in.resolve(name), herat);
      ids.add(Ids.document(file.toString(), sha));
    }
    Files.copy(Fixtures.sample("003"), in.resolve("kandahar.txt"));
    ids.sort(null);
    return ids;
  }

  private void runWithFailures(
      Path in, Set<String> failing, Map<String, Document> documents, Map<String, Rejected> rejected)
      throws Exception {
    Path out = folder.getRoot().toPath().resolve("out-" + failing.size());
    EventwireOptions options =
        options(
            "--input=" + in + "/*",
            "--output=" + out,
            "--defaultDocDate=2021-08-12",
            "--maxRejectedShare=1");
    EventwirePipeline.runToCompletion(
        options,
        new FailingAnnotator(CoreNlpAnnotator.factory(Fixtures.ANNOTATORS), failing),
        System.err);
    for (Document d : Fixtures.readAvro(out.resolve("documents"), Document.class)) {
      documents.put(d.getDocId(), d);
    }
    for (Rejected r : Fixtures.readAvro(out.resolve("rejected"), Rejected.class)) {
      rejected.put(r.getDocId(), r);
    }
    assertEquals(4, documents.size() + rejected.size());
  }

  private static void assertEveryCanonicalIdNamesAnAnnotatedDocument(
      Map<String, Document> documents) {
    for (Document d : documents.values()) {
      Document canonical = documents.get(d.getCanonicalDocId());
      assertNotNull(d.getSourceUri() + " points at " + d.getCanonicalDocId(), canonical);
      assertTrue(canonical.getAnnotated());
    }
  }

  private static EventwireOptions options(String... args) {
    PipelineOptionsFactory.register(EventwireOptions.class);
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--quiet");
    return PipelineOptionsFactory.fromArgs(all.toArray(new String[0])).as(EventwireOptions.class);
  }

  private static List<Path> stagingDirectories(Path parent) throws Exception {
    try (Stream<Path> entries = Files.list(parent)) {
      return entries
          .filter(p -> p.getFileName().toString().contains(".eventwire-staging-"))
          .toList();
    }
  }

  /**
   * CoreNLP failing on chosen documents (on all of them without a delegate), as a broken worker or
   * a CoreNLP bug would; the real annotator on the rest.
   */
  static final class FailingAnnotator implements DocumentAnnotator.Factory {
    private static final long serialVersionUID = 1L;
    private final DocumentAnnotator.Factory delegate;
    private final Set<String> failingDocIds;

    FailingAnnotator(DocumentAnnotator.Factory delegate, Set<String> failingDocIds) {
      this.delegate = delegate;
      this.failingDocIds = Set.copyOf(failingDocIds);
    }

    @Override
    public DocumentAnnotator create() {
      DocumentAnnotator real = delegate == null ? null : delegate.create();
      return new DocumentAnnotator() {
        @Override
        public Annotated annotate(Document document) {
          if (real == null || failingDocIds.contains(document.getDocId())) {
            throw new IllegalStateException("CoreNLP failed on " + document.getDocId());
          }
          return real.annotate(document);
        }
      };
    }

    @Override
    public String describe() {
      return "failing on " + (delegate == null ? "every document" : failingDocIds);
    }

    @Override
    public void preload() {
      if (delegate != null) {
        delegate.preload();
      }
    }
  }
}
