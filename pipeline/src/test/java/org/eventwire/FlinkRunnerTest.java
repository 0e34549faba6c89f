package org.eventwire;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.eventwire.annotate.CoreNlpAnnotator;
import org.eventwire.annotate.DocumentAnnotator;
import org.eventwire.records.Document;
import org.eventwire.run.RunCounts;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.experimental.categories.Category;
import org.junit.rules.TemporaryFolder;

/**
 * The same records on every runner: the sample articles plus the hostile folder (reprints,
 * rejections, odd encodings) on the DirectRunner and on an embedded Flink cluster with parallelism
 * 2, compared field by field; and a Flink run whose bundle fails once and is retried.
 */
@Category(SlowTest.class)
public class FlinkRunnerTest {
  @ClassRule public static final TemporaryFolder FOLDER = new TemporaryFolder();

  private static String inputGlob;
  private static RunRecords direct;

  /** Options of every run here; the runner comes on top. */
  private static List<String> args(Path output, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input=" + inputGlob,
                "--output=" + output,
                "--defaultDocDate=2021-08-12",
                "--quiet"));
    args.addAll(List.of(more));
    return args;
  }

  private static final String[] FLINK = {
    "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2"
  };

  @BeforeClass
  public static void runOnTheDirectRunner() throws Exception {
    Path in = FOLDER.newFolder("in").toPath();
    try (var samples = Files.list(Fixtures.samplesDir())) {
      for (Path sample : (Iterable<Path>) samples::iterator) {
        Files.copy(sample, in.resolve(sample.getFileName()));
      }
    }
    Fixtures.writeHostileFolder(in);
    inputGlob = in + "/*";
    Path out = FOLDER.getRoot().toPath().resolve("direct");
    assertEquals(
        0, EventwirePipeline.run(args(out).toArray(new String[0]), System.out, System.err));
    direct = RunRecords.read(out);
  }

  @Test
  public void flinkWithParallelismTwoWritesTheSameRecordsAsTheDirectRunner() throws Exception {
    Path out = FOLDER.getRoot().toPath().resolve("flink");
    assertEquals(
        0, EventwirePipeline.run(args(out, FLINK).toArray(new String[0]), System.out, System.err));
    // The comparison means something only if every kind of record is there, reprints included.
    assertFalse(direct.events.isEmpty());
    assertFalse(direct.mentions.isEmpty());
    assertFalse(direct.rejected.isEmpty());
    assertTrue(
        direct.documents.stream().anyMatch(d -> !d.getDocId().equals(d.getCanonicalDocId())));
    RunRecords.assertSame(direct, RunRecords.read(out));
  }

  @Test
  public void aBundleThatFailsOnceIsRetriedAndEveryRecordIsWrittenOnce() throws Exception {
    Path out = FOLDER.getRoot().toPath().resolve("flink-retried");
    // Flink restarts the failed part of the job; the attempt that failed has already annotated
    // other documents and sent records downstream before the failure.
    // Batch jobs (Beam's DataSet translation) take their restart strategy from the Flink
    // configuration only: --numberOfExecutionRetries is applied to streaming jobs.
    Path conf = FOLDER.newFolder("flink-conf").toPath();
    Files.writeString(
        conf.resolve("flink-conf.yaml"),
        "restart-strategy.type: fixed-delay\n"
            + "restart-strategy.fixed-delay.attempts: 2\nrestart-strategy.fixed-delay.delay: 0 s\n");
    String[] retries = {"--flinkConfDir=" + conf};
    EventwireOptions options =
        PipelineOptionsFactory.fromArgs(args(out, concat(FLINK, retries)).toArray(new String[0]))
            .withValidation()
            .as(EventwireOptions.class);
    FailsOnceFactory.FAILURES.set(0);
    RunCounts counts =
        EventwirePipeline.runToCompletion(
            options,
            new FailsOnceFactory(CoreNlpAnnotator.factory(Fixtures.ANNOTATORS)),
            System.err);
    assertEquals("the injected fault happened", 1, FailsOnceFactory.FAILURES.get());
    assertTrue(counts.accountsForEveryFile());
    RunRecords retried = RunRecords.read(out);
    RunRecords.assertSame(direct, retried);
    assertEquals(
        direct.documents.size(),
        retried.documents.stream().map(Document::getDocId).distinct().count());
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /**
   * Test-only fault: the first time this JVM annotates the Kandahar-prison sample, the worker
   * "loses a class" (a worker fault, not the document's), which fails the bundle; every later
   * attempt annotates normally.
   */
  static final class FailsOnceFactory implements DocumentAnnotator.Factory {
    private static final long serialVersionUID = 1L;
    static final AtomicInteger FAILURES = new AtomicInteger();
    private final DocumentAnnotator.Factory real;

    FailsOnceFactory(DocumentAnnotator.Factory real) {
      this.real = real;
    }

    @Override
    public DocumentAnnotator create() {
      DocumentAnnotator delegate = real.create();
      return document -> {
        if (Fixtures.fileName(document.getSourceUri()).startsWith("004")
            && FAILURES.compareAndSet(0, 1)) {
          throw new NoClassDefFoundError("injected worker fault: a class went missing");
        }
        return delegate.annotate(document);
      };
    }

    @Override
    public String describe() {
      return real.describe();
    }
  }
}
