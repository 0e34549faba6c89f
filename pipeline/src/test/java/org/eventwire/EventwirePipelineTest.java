package org.eventwire;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventwire.records.Document;
import org.eventwire.records.Rejected;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;
import org.junit.rules.TemporaryFolder;

/** The whole pipeline through its command-line entry point, as scripts/run-local.sh runs it. */
@Category(SlowTest.class)
public class EventwirePipelineTest {
  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  private int run(String... args) {
    stdout.reset();
    stderr.reset();
    return EventwirePipeline.run(
        args,
        new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return stderr.toString(StandardCharsets.UTF_8);
  }

  @Test
  public void samplesGiveFiveDocumentsNoRejectionsAndACompleteRun() throws Exception {
    Fixtures.PipelineRun seeds = Fixtures.seedsRun();
    assertEquals(seeds.stderr(), 0, seeds.exitCode());
    Path out = seeds.output();
    List<Document> documents = Fixtures.readAvro(out.resolve("documents"), Document.class);
    assertEquals(5, documents.size());
    assertTrue(Fixtures.readAvro(out.resolve("rejected"), Rejected.class).isEmpty());
    for (Document doc : documents) {
      assertTrue(doc.getAnnotated());
      assertFalse(doc.getEntities().isEmpty());
      assertEquals(doc.getDocId(), doc.getCanonicalDocId());
    }
    assertTrue(Files.exists(out.resolve("_SUCCESS")));
    assertTrue(Files.exists(out.resolve("schemas/Document.avsc")));
    assertTrue(Files.exists(out.resolve("schemas/Rejected.avsc")));
    assertTrue(Files.exists(out.resolve("report.html")));
    // One file per record kind on a small run, never a row of empty shards.
    assertEquals(
        1,
        Files.list(out.resolve("documents")).filter(p -> p.toString().endsWith(".avro")).count());

    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertEquals(5, manifest.at("/counts/files_matched").asInt());
    assertEquals(5, manifest.at("/counts/documents").asInt());
    assertEquals(0, manifest.at("/counts/rejected").asInt());
    assertEquals("2.70.0", manifest.at("/versions/beam").asText());
    assertEquals("4.5.10", manifest.at("/versions/corenlp").asText());
    assertEquals("2021-08-12", manifest.at("/options/defaultDocDate").asText());
    // Two pipelines, each loaded once for the whole test JVM: the tagger and the parser.
    assertEquals(2, manifest.at("/annotation/model_loads_in_this_jvm").asInt());
    assertThat(seeds.stdout(), containsString("5 documents, 0 rejected"));

    // The shared run stays as it is for other tests; the reruns go to a copy.
    out = folder.getRoot().toPath().resolve("out");
    Fixtures.copyTree(seeds.output(), out);
    // A rescheduled job must not clobber finished output...
    assertEquals(
        EventwirePipeline.EXIT_OUTPUT_EXISTS,
        run("--input=" + Fixtures.samplesGlob(), "--output=" + out, "--annotate=false"));
    assertThat(err(), containsString("--overwrite"));
    assertEquals(5, Fixtures.readAvro(out.resolve("documents"), Document.class).size());
    assertTrue(Fixtures.readAvro(out.resolve("documents"), Document.class).get(0).getAnnotated());
    // ...unless told to; doc ids are the same on every run.
    assertEquals(
        err(),
        0,
        run(
            "--input=" + Fixtures.samplesGlob(),
            "--output=" + out,
            "--annotate=false",
            "--overwrite"));
    List<Document> rerun = Fixtures.readAvro(out.resolve("documents"), Document.class);
    assertEquals(ids(documents), ids(rerun));
    assertFalse(rerun.get(0).getAnnotated());
    assertThat(Files.readString(out.resolve("report.html")), containsString("--annotate=false"));
  }

  @Test
  public void hostileFolderRunsToCompletionWithEveryFileAccountedForOnce() throws Exception {
    Fixtures.PipelineRun hostile = Fixtures.hostileRun();
    Map<String, String> expected = Fixtures.hostileExpected();
    assertEquals(hostile.stderr(), 0, hostile.exitCode());
    Path out = hostile.output();

    Map<String, String> outcome = new HashMap<>();
    Map<String, Document> documents = new HashMap<>();
    for (Document doc : Fixtures.readAvro(out.resolve("documents"), Document.class)) {
      assertEquals(null, outcome.put(Fixtures.fileName(doc.getSourceUri()), "document"));
      documents.put(Fixtures.fileName(doc.getSourceUri()), doc);
    }
    for (Rejected r : Fixtures.readAvro(out.resolve("rejected"), Rejected.class)) {
      assertEquals(null, outcome.put(Fixtures.fileName(r.getSourceUri()), r.getError()));
      assertFalse(r.getMessage().isBlank());
    }
    assertEquals(expected, outcome);

    // Every file past an annotate limit is annotated in part and says which limit, in words.
    assertWarning(documents.get("long-token.txt"), "tokens longer than 200 characters");
    assertWarning(documents.get("one-repeated-character.txt"), "(the longest 600,000)");
    assertWarning(documents.get("no-sentence-end.txt"), "annotated in pieces");
    assertWarning(documents.get("no-sentence-end.txt"), "past the first 20,000");
    assertWarning(documents.get("one-word-lines.txt"), "past the first 20,000");
    assertEquals(20_000, (int) documents.get("one-word-lines.txt").getNumTokens());
    // The article around the 200,000-character token is still read.
    assertTrue(
        documents.get("long-token.txt").getEntities().stream()
            .anyMatch(e -> e.getText().equals("Ghazni")));
    assertTrue(documents.get("mixed-scripts-emoji.txt").getAnnotated());
    assertTrue(documents.get("mixed-scripts-emoji.txt").getWarnings().isEmpty());
    // Ordinary articles are within every limit and carry no such warning.
    assertTrue(documents.get("good-herat.txt").getWarnings().isEmpty());
    for (Document doc : documents.values()) {
      assertTrue(
          doc.getSourceUri(),
          doc.getAnnotated() || !doc.getCanonicalDocId().equals(doc.getDocId()));
    }

    JsonNode counts =
        new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("counts");
    assertEquals(expected.size(), counts.get("files_matched").asInt());
    assertEquals(
        counts.get("files_matched").asInt(),
        counts.get("documents").asInt() + counts.get("rejected").asInt());
    assertTrue(Files.exists(out.resolve("_SUCCESS")));
  }

  @Test
  public void usageErrorsExitWithTwoAndOneLine() {
    assertEquals(EventwirePipeline.EXIT_USAGE, run("--output=/tmp/x"));
    assertThat(err(), containsString("--input"));
    assertEquals(1, err().strip().split("\n").length);
    assertEquals(
        EventwirePipeline.EXIT_USAGE,
        run("--input=x", "--output=/tmp/x", "--defaultDocDate=12/08/2021"));
    assertThat(err(), containsString("not a YYYY-MM-DD date"));
    assertEquals(
        EventwirePipeline.EXIT_USAGE, run("--input=x", "--output=/tmp/x", "--noSuchOption=1"));
    assertEquals(0, run("--help"));
    assertThat(stdout.toString(StandardCharsets.UTF_8), containsString("--defaultDocDate"));
  }

  private static void assertWarning(Document document, String words) {
    assertTrue(
        document.getSourceUri() + " warns of " + words + ": " + document.getWarnings(),
        document.getWarnings().stream().anyMatch(w -> w.contains(words)));
  }

  private static java.util.Set<String> ids(List<Document> documents) {
    java.util.Set<String> ids = new java.util.TreeSet<>();
    documents.forEach(d -> ids.add(d.getDocId()));
    return ids;
  }
}
