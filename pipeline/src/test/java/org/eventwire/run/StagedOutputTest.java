package org.eventwire.run;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.eventwire.Fixtures;
import org.eventwire.records.Document;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The output protocol on a local disk: staging, the lock, publishing, what killed runs leave. */
public class StagedOutputTest {
  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  private Path root;
  private Path out;

  @Before
  public void setUp() {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
    root = folder.getRoot().toPath();
    out = root.resolve("dt=2021-08-12");
  }

  @Test
  public void aFirstRunIsInvisibleUntilItPublishes() throws Exception {
    try (StagedOutput staged = StagedOutput.open(out.toString(), "run1", false)) {
      stage(staged, "first");
      assertFalse("nothing is written into --output before publishing", Files.exists(out));
      staged.publish();
    }
    assertEquals("first", Files.readString(out.resolve("manifest.json")));
    assertTrue(Files.exists(out.resolve("_SUCCESS")));
    assertEquals(
        "no staging left behind",
        List.of(".dt=2021-08-12.eventwire.lock", "dt=2021-08-12"),
        names(root));
  }

  @Test
  public void theCompleteRunStaysByteForByteUntilTheNewOneIsPublished() throws Exception {
    publishRun("run1", "old", false);
    Files.writeString(out.resolve("NOTES.txt"), "a person's file");
    Map<String, String> old = Fixtures.snapshot(out);

    try (StagedOutput staged = StagedOutput.open(out.toString(), "run2", true)) {
      stage(staged, "new");
      assertEquals(old, Fixtures.snapshot(out));
      staged.publish();
    }
    assertEquals("new", Files.readString(out.resolve("manifest.json")));
    assertEquals("a person's file", Files.readString(out.resolve("NOTES.txt")));
    assertEquals(List.of(".dt=2021-08-12.eventwire.lock", "dt=2021-08-12"), names(root));
  }

  @Test
  public void aCompleteRunIsRefusedWithoutOverwriteAndLeftUntouched() throws Exception {
    publishRun("run1", "old", false);
    Map<String, String> old = Fixtures.snapshot(out);
    RunRefusedException.OutputComplete refused =
        assertThrows(
            RunRefusedException.OutputComplete.class,
            () -> StagedOutput.open(out.toString(), "run2", false));
    assertThat(refused.getMessage(), containsString("--overwrite"));
    assertEquals(old, Fixtures.snapshot(out));
  }

  @Test
  public void anOutputThatIsAFileIsAUsageError() throws Exception {
    Files.writeString(out, "not a directory");
    RunRefusedException.Usage refused =
        assertThrows(
            RunRefusedException.Usage.class, () -> StagedOutput.open(out.toString(), "run1", true));
    assertThat(refused.getMessage(), containsString("is a file"));
    assertEquals("not a directory", Files.readString(out));
  }

  @Test
  public void anOutputThatCannotBeCreatedIsAUsageError() throws Exception {
    Path file = Files.writeString(root.resolve("a-file"), "x");
    RunRefusedException.Usage refused =
        assertThrows(
            RunRefusedException.Usage.class,
            () -> StagedOutput.open(file.resolve("out").toString(), "run1", false));
    assertThat(refused.getMessage(), containsString("cannot be written"));
  }

  @Test
  public void aSecondRunOnTheSameOutputIsRefusedWhileTheFirstHoldsIt() throws Exception {
    try (StagedOutput first = StagedOutput.open(out.toString(), "run1", false)) {
      RunRefusedException.OutputBusy busy =
          assertThrows(
              RunRefusedException.OutputBusy.class,
              () -> StagedOutput.open(out.toString(), "run2", false));
      assertThat(busy.getMessage(), containsString("run run1"));
      stage(first, "first");
      first.publish();
    }
    // Released: the next run goes ahead.
    publishRun("run3", "third", true);
    assertEquals("third", Files.readString(out.resolve("manifest.json")));
  }

  @Test
  public void whatAKilledRunLeftIsClearedAndItsLockDoesNotBlock() throws Exception {
    publishRun("run1", "old", false);
    // A run killed after it staged (its lock file stays, unlocked, as the kernel leaves it) ...
    Path killedStaging = root.resolve(".dt=2021-08-12.eventwire-staging-run2");
    Files.createDirectories(killedStaging.resolve("documents"));
    Files.writeString(killedStaging.resolve("documents/part-00000-of-00001.avro"), "half");
    Files.writeString(
        root.resolve(".dt=2021-08-12.eventwire.lock"), "run run2, process 1@gone, started then\n");
    // ... and one killed between its two renames: the old run aside, a person's file in it.
    Path replaced = root.resolve(".dt=2021-08-12.eventwire-replaced-run0");
    Files.createDirectories(replaced.resolve("documents"));
    Files.writeString(replaced.resolve("documents/part-00000-of-00001.avro"), "older");
    Files.writeString(replaced.resolve("KEEP.txt"), "a person's file");

    publishRun("run3", "new", true);
    assertEquals("new", Files.readString(out.resolve("manifest.json")));
    assertEquals("a person's file", Files.readString(out.resolve("KEEP.txt")));
    assertEquals(List.of(".dt=2021-08-12.eventwire.lock", "dt=2021-08-12"), names(root));
  }

  @Test
  public void publishingByCopiesAsOnObjectStoresGivesTheSameRun() throws Exception {
    Path byRenames = root.resolve("renames");
    Path byCopies = root.resolve("copies");
    for (Path target : List.of(byRenames, byCopies)) {
      for (String run : List.of("run1", "run2")) {
        try (StagedOutput staged =
            StagedOutput.open(target.toString(), run, true, target == byRenames)) {
          stage(staged, run);
          staged.publish();
        }
      }
    }
    assertEquals(Fixtures.snapshot(byRenames), Fixtures.snapshot(byCopies));
    assertEquals("run2", Files.readString(byCopies.resolve("manifest.json")));
  }

  @Test
  public void aStagingDirectoryWithoutSuccessIsNeverPublished() throws Exception {
    try (StagedOutput staged = StagedOutput.open(out.toString(), "run1", false)) {
      Files.createDirectories(Path.of(staged.staging().directory().toString()));
      assertThrows(IllegalStateException.class, staged::publish);
    }
    assertFalse(Files.exists(out));
  }

  private void publishRun(String runId, String manifest, boolean overwrite) throws Exception {
    try (StagedOutput staged = StagedOutput.open(out.toString(), runId, overwrite)) {
      stage(staged, manifest);
      staged.publish();
    }
  }

  /**
   * What a run writes into its staging directory: a record file, then schemas, manifest, report,
   * _SUCCESS.
   */
  private static void stage(StagedOutput staged, String manifest) throws IOException {
    Path dir = Path.of(staged.staging().directory().toString());
    Files.createDirectories(dir.resolve("documents"));
    Files.writeString(dir.resolve("documents/part-00000-of-00001.avro"), "records of " + manifest);
    staged
        .staging()
        .finish(
            List.of(Document.getClassSchema()), manifest, run -> "<html>" + manifest + "</html>");
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
