package org.eventwire;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eventwire.records.Document;
import org.eventwire.run.ExitCodes;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;
import org.junit.rules.TemporaryFolder;

/**
 * Runs killed half way (the process, not the pipeline: kill -9, a lost machine), and runs started
 * while another holds the output. A run writes into its own staging directory and replaces the
 * previous complete run only once it has written everything, so a killed run leaves the previous
 * run byte for byte as it was, and a retry completes with the records of a clean run.
 */
@Category(SlowTest.class)
public class KilledRunTest {
  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  @Test
  public void aRunKilledAfterWritingItsRecordsLeavesThePreviousRunIntactAndItsRetryEqualsACleanRun()
      throws Exception {
    Path in = folder.newFolder("in").toPath();
    Fixtures.writeHostileFolder(in);
    Path root = folder.getRoot().toPath();
    // A daily partition under a prefix, as a scheduler lays them out.
    Path out = root.resolve("out/dt=2021-08-12");
    Path clean = root.resolve("clean/dt=2021-08-12");
    List<String> args =
        List.of(
            "--input=" + in + "/*", "--defaultDocDate=2021-08-12", "--annotate=false", "--quiet");
    assertEquals(0, run(args, out));
    Files.writeString(out.resolve("NOTES.txt"), "not the pipeline's: must survive every run\n");
    Map<String, String> previous = Fixtures.snapshot(out);

    // Killed in the worst window: every record written, manifest and _SUCCESS not yet.
    Process child = startChild(withOverwrite(args), out, root.resolve("child.log"), "-Xmx1g");
    try {
      waitFor(
          () ->
              !stagedRecords(root.resolve("out"), "documents").isEmpty()
                  && !stagedRecords(root.resolve("out"), "rejected").isEmpty(),
          child,
          root.resolve("child.log"));
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
    assertEquals("the killed run changed nothing in the output", previous, Fixtures.snapshot(out));

    // The retry replaces the previous run with records equal to a clean run's.
    assertEquals(0, run(withOverwrite(args), out));
    assertEquals(0, run(args, clean));
    RunRecords.assertSame(RunRecords.read(clean), RunRecords.read(out));
    assertTrue(Files.exists(out.resolve("NOTES.txt")));
    assertTrue(
        "the killed run's staging directory is gone",
        stagedRecords(root.resolve("out"), "documents").isEmpty());
    // Now complete: a second scheduled run is refused (exit 3) and changes nothing.
    Map<String, String> complete = Fixtures.snapshot(out);
    assertEquals(EventwirePipeline.EXIT_OUTPUT_EXISTS, run(args, out));
    assertEquals(complete, Fixtures.snapshot(out));
  }

  @Test
  public void aRunKilledDuringAnnotationLeavesThePreviousRunByteForByteIntact() throws Exception {
    Path root = folder.getRoot().toPath();
    Path out = root.resolve("out");
    Fixtures.copyTree(Fixtures.seedsRun().output(), out);
    Map<String, String> previous = Fixtures.snapshot(out);

    Path log = root.resolve("child.log");
    Process child =
        startChild(
            List.of(
                "--input=" + Fixtures.samplesGlob(),
                "--defaultDocDate=2021-08-12",
                "--overwrite",
                "--progressSeconds=1"),
            out,
            log,
            "-Xmx3g");
    Pattern annotating = Pattern.compile("annotated \\d+ of \\d+");
    try {
      waitFor(() -> annotating.matcher(Files.readString(log)).find(), child, log);
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
    assertEquals(previous, Fixtures.snapshot(out));
    assertTrue(Fixtures.readAvro(out.resolve("documents"), Document.class).get(0).getAnnotated());
  }

  @Test
  public void aSecondRunIsRefusedWhileOneHoldsTheOutputAndALockLeftByAKilledRunDoesNotBlock()
      throws Exception {
    Path root = folder.getRoot().toPath();
    Path out = root.resolve("out");
    List<String> args = List.of("--input=" + Fixtures.samplesGlob(), "--annotate=false", "--quiet");
    Process child = startChild(args, out, root.resolve("child.log"), "-Xmx1g");
    try {
      waitFor(() -> !stagedRecords(root, "documents").isEmpty(), child, root.resolve("child.log"));
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      List<String> all = new ArrayList<>(args);
      all.add("--output=" + out);
      assertEquals(
          ExitCodes.OUTPUT_BUSY,
          EventwirePipeline.run(
              all.toArray(new String[0]),
              System.out,
              new PrintStream(err, true, StandardCharsets.UTF_8)));
      assertThat(
          err.toString(StandardCharsets.UTF_8), containsString("another eventwire run is writing"));
      assertFalse("the refused run wrote nothing", Files.exists(out));
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
    // The killed child's lock file is still there, but no process holds it.
    assertTrue(Files.exists(root.resolve(".out.eventwire.lock")));
    assertEquals(0, run(args, out));
    assertTrue(Files.exists(out.resolve("_SUCCESS")));
  }

  private static List<String> withOverwrite(List<String> args) {
    List<String> all = new ArrayList<>(args);
    all.add("--overwrite");
    return all;
  }

  private static int run(List<String> args, Path output) {
    List<String> all = new ArrayList<>(args);
    all.add("--output=" + output);
    return EventwirePipeline.run(all.toArray(new String[0]), System.out, System.err);
  }

  /** The pipeline's main in a child JVM, which waits a minute before its manifest and _SUCCESS. */
  private static Process startChild(List<String> args, Path output, Path log, String heap)
      throws IOException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command =
        new ArrayList<>(
            List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                heap,
                "-Deventwire.test.pauseBeforeFinishMillis=60000",
                "-cp",
                classpath,
                EventwirePipeline.class.getName()));
    command.addAll(args);
    command.add("--output=" + output);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private interface Condition {
    boolean holds() throws IOException;
  }

  private static void waitFor(Condition condition, Process child, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (!condition.holds()) {
      if (!child.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError(
            "child run "
                + (child.isAlive() ? "too slow" : "exited " + child.exitValue())
                + " before it got there:\n"
                + Files.readString(log));
      }
      Thread.sleep(100);
    }
  }

  /**
   * The .avro files of one record kind in the staging directories beside the outputs in {@code
   * parent}.
   */
  private static List<Path> stagedRecords(Path parent, String kind) throws IOException {
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(parent)) {
      return found;
    }
    try (Stream<Path> entries = Files.list(parent)) {
      for (Path staging :
          (Iterable<Path>)
              entries.filter(p -> p.getFileName().toString().contains(".eventwire-staging-"))
                  ::iterator) {
        Path records = staging.resolve(kind);
        if (Files.isDirectory(records)) {
          try (Stream<Path> files = Files.list(records)) {
            files
                .filter(p -> p.getFileName().toString().endsWith(".avro") && Files.isRegularFile(p))
                .forEach(found::add);
          }
        }
      }
    }
    return found;
  }
}
