package org.eventwire;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eventwire.records.Document;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.experimental.categories.Category;
import org.junit.rules.TemporaryFolder;

/**
 * eventwire on a Flink cluster of separate JVMs (scripts/flink-cluster.sh), submitted as a user
 * submits it (scripts/run-flink.sh with the shaded jar): the sample articles and the hostile folder
 * at parallelism 2 on two task managers, one of which is killed with kill -9 while it annotates;
 * and a run whose job manager is killed. The DirectRunner's records of the same files are the
 * reference, field for field.
 */
@Category(SlowTest.class)
public class FlinkClusterTest {
  @ClassRule public static final TemporaryFolder FOLDER = new TemporaryFolder();

  /** What SharedCoreNlp logs in a task manager when a model is in memory and annotation begins. */
  private static final String MODELS_LOADED = "CoreNLP pipeline loaded";

  private static Path in;
  private static RunRecords direct;

  /** Options of every run here: a time budget that a busy machine cannot turn into a rejection. */
  private static List<String> args(Path output) {
    return List.of(
        "--input=" + in + "/*",
        "--output=" + output,
        "--defaultDocDate=2021-08-12",
        "--maxAnnotationSeconds=900");
  }

  @BeforeClass
  public static void runOnTheDirectRunner() throws Exception {
    in = FOLDER.newFolder("in").toPath();
    try (var samples = Files.list(Fixtures.samplesDir())) {
      for (Path sample : (Iterable<Path>) samples::iterator) {
        Files.copy(sample, in.resolve(sample.getFileName()));
      }
    }
    Fixtures.writeHostileFolder(in);
    Path out = FOLDER.getRoot().toPath().resolve("direct");
    List<String> quiet = new ArrayList<>(args(out));
    quiet.add("--quiet");
    assertEquals(0, EventwirePipeline.run(quiet.toArray(new String[0]), System.out, System.err));
    direct = RunRecords.read(out);
    assertFalse(direct.events.isEmpty());
    assertFalse(direct.rejected.isEmpty());
  }

  @Test
  public void aTaskManagerKilledWhileAnnotatingIsSurvivedWithTheDirectRunnersRecords()
      throws Exception {
    Path root = FOLDER.getRoot().toPath();
    Path out = root.resolve("lost-worker");
    Path log = root.resolve("lost-worker.log");
    try (LocalFlinkCluster cluster = LocalFlinkCluster.start(root.resolve("cluster-1"), 2)) {
      Process launcher = runFlink(cluster, out, log);
      waitFor(cluster, "taskmanager-1", MODELS_LOADED, 1, launcher, log);
      assertFalse(Files.exists(out.resolve("_SUCCESS")));
      cluster.killHard("taskmanager-1");
      String survivorLogAtKill = cluster.logText("taskmanager-2");
      cluster.startTaskManager();

      int exit = waitForExitWithoutEarlySuccess(cluster, launcher, out);
      assertEquals("the run recovered: " + Files.readString(log), 0, exit);
      assertThat(
          "the job went through its restart strategy",
          cluster.logText("jobmanager"),
          containsString("switched from state RUNNING to RESTARTING"));
      System.err.printf(
          "FlinkClusterTest: survivor's loads before the kill %d, at the end %d%n",
          count(survivorLogAtKill, MODELS_LOADED),
          count(cluster.logText("taskmanager-2"), MODELS_LOADED));
    }
    RunRecords recovered = RunRecords.read(out);
    RunRecords.assertSame(direct, recovered);
    assertEquals(
        "no document written twice",
        recovered.documents.size(),
        recovered.documents.stream().map(Document::getDocId).distinct().count());
    JsonNode loads =
        new ObjectMapper()
            .readTree(out.resolve("manifest.json").toFile())
            .path("annotation")
            .path("model_loads_by_worker_jvm");
    assertTrue("the manifest names the task managers' model loads: " + loads, loads.size() >= 1);
    loads.forEach(
        l -> assertTrue("two pipelines (tagger, parser) per JVM: " + loads, l.asLong() <= 2));
  }

  @Test
  public void aRunWhoseJobManagerIsKilledPublishesNothingAndItsRerunCompletes() throws Exception {
    Path root = FOLDER.getRoot().toPath();
    Path out = root.resolve("lost-master");
    Path log = root.resolve("lost-master.log");
    try (LocalFlinkCluster cluster = LocalFlinkCluster.start(root.resolve("cluster-2"), 2)) {
      Process launcher = runFlink(cluster, out, log);
      waitFor(cluster, "taskmanager-1", MODELS_LOADED, 1, launcher, log);
      cluster.killHard("jobmanager");
      // A session cluster without high availability loses its jobs with its job manager; the
      // launcher gives up once its REST client's retries are spent.
      assertTrue("the launcher gave up", launcher.waitFor(10, TimeUnit.MINUTES));
      assertEquals(Files.readString(log), 1, launcher.exitValue());
      assertThat(Files.readString(log), containsString("run failed"));
      assertFalse("nothing was published", Files.exists(out.resolve("_SUCCESS")));
    }
    // The cluster is started again, as an operator would, and the same command is rerun.
    try (LocalFlinkCluster cluster = LocalFlinkCluster.start(root.resolve("cluster-3"), 2)) {
      Process rerun = runFlink(cluster, out, root.resolve("rerun.log"));
      assertEquals(
          Files.readString(root.resolve("rerun.log")),
          0,
          waitForExitWithoutEarlySuccess(cluster, rerun, out));
    }
    RunRecords.assertSame(direct, RunRecords.read(out));
  }

  private static Process runFlink(LocalFlinkCluster cluster, Path out, Path log)
      throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "bash",
                "scripts/run-flink.sh",
                "--flinkMaster=" + cluster.master(),
                "--parallelism=2",
                "--progressSeconds=2"));
    command.addAll(args(out));
    return new ProcessBuilder(command)
        .directory(LocalFlinkCluster.REPO.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /** Waits until {@code process}'s log holds {@code text} at least {@code times} times. */
  private static void waitFor(
      LocalFlinkCluster cluster,
      String process,
      String text,
      int times,
      Process launcher,
      Path launcherLog)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (count(cluster.logText(process), text) < times) {
      if (!launcher.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError(
            "the run "
                + (launcher.isAlive() ? "was too slow" : "ended with " + launcher.exitValue())
                + " before "
                + process
                + " logged '"
                + text
                + "':\n"
                + Files.readString(launcherLog));
      }
      Thread.sleep(200);
    }
  }

  /**
   * Waits for the launcher to exit and returns its exit code; fails if _SUCCESS shows while the
   * cluster's job has not finished.
   */
  private static int waitForExitWithoutEarlySuccess(
      LocalFlinkCluster cluster, Process launcher, Path out) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
    while (!launcher.waitFor(500, TimeUnit.MILLISECONDS)) {
      if (Files.exists(out.resolve("_SUCCESS"))) {
        assertTrue("_SUCCESS before the job finished", jobFinished(cluster));
      }
      if (System.nanoTime() > deadline) {
        launcher.destroyForcibly();
        throw new AssertionError("the run did not finish within 20 minutes");
      }
    }
    return launcher.exitValue();
  }

  private static boolean jobFinished(LocalFlinkCluster cluster) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://" + cluster.master() + "/jobs/overview"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    for (JsonNode job : new ObjectMapper().readTree(response.body()).path("jobs")) {
      if ("FINISHED".equals(job.path("state").asText())) {
        return true;
      }
    }
    return false;
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
