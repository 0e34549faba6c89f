package org.eventwire;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A scheduled run killed half way (the process, not the pipeline: kill -9, a lost machine) leaves
 * no _SUCCESS, and the scheduler's retry into the same directory completes with the records of a
 * clean run. Runs with --annotate=false: reading, deduplication and the whole write path (every
 * record folder, schemas, manifest, _SUCCESS) without loading CoreNLP in the child process.
 */
public class KilledRunTest {
  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  @Test
  public void aKilledRunLeavesNoSuccessAndItsRerunEqualsACleanRun() throws Exception {
    Path in = folder.newFolder("in").toPath();
    Fixtures.writeHostileFolder(in);
    Path root = folder.getRoot().toPath();
    // A daily partition under a prefix, as a scheduler lays them out.
    Path killed = root.resolve("out/dt=2021-08-12");
    Path clean = root.resolve("clean/dt=2021-08-12");
    List<String> args = List.of("--input=" + in + "/*", "--defaultDocDate=2021-08-12", "--annotate=false",
        "--quiet");

    // Killed in the worst window: every record written, manifest and _SUCCESS not yet.
    Process child = startChild(args, killed, root.resolve("child.log"));
    try {
      waitFor(() -> avroFiles(killed.resolve("documents")) > 0 && avroFiles(killed.resolve("rejected")) > 0,
          child, root.resolve("child.log"));
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
    assertFalse(Files.exists(killed.resolve("_SUCCESS")));
    assertFalse(Files.exists(killed.resolve("manifest.json")));
    Files.writeString(killed.resolve("NOTES.txt"), "not the pipeline's: must survive the rerun\n");

    // The retry: no --overwrite needed, as the killed run never completed.
    assertEquals(0, run(args, killed));
    assertTrue(Files.exists(killed.resolve("_SUCCESS")));
    assertTrue(Files.exists(killed.resolve("NOTES.txt")));
    assertEquals(0, run(args, clean));
    RunRecords.assertSame(RunRecords.read(clean), RunRecords.read(killed));
    // Now complete: a second scheduled run is refused (exit 3) and changes nothing.
    assertEquals(EventwirePipeline.EXIT_OUTPUT_EXISTS, run(args, killed));
    RunRecords.assertSame(RunRecords.read(clean), RunRecords.read(killed));
  }

  private static int run(List<String> args, Path output) {
    List<String> all = new ArrayList<>(args);
    all.add("--output=" + output);
    return EventwirePipeline.run(all.toArray(new String[0]), System.out, System.err);
  }

  /** The pipeline's main in a child JVM, which waits a minute before its manifest and _SUCCESS. */
  private static Process startChild(List<String> args, Path output, Path log) throws IOException {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-Deventwire.test.pauseBeforeFinishMillis=60000", "-cp", classpath, EventwirePipeline.class.getName()));
    command.addAll(args);
    command.add("--output=" + output);
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private interface Condition {
    boolean holds() throws IOException;
  }

  private static void waitFor(Condition condition, Process child, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!condition.holds()) {
      if (!child.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError("child run " + (child.isAlive() ? "too slow" : "exited " + child.exitValue())
            + " before writing its records:\n" + Files.readString(log));
      }
      Thread.sleep(100);
    }
  }

  private static long avroFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".avro") && !p.toFile().isDirectory()).count();
    }
  }
}
