package org.eventwire.common;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.eventwire.records.Document;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class RunDirectoryTest {
  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  @Before
  public void registerFileSystems() {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
  }

  @Test
  public void successIsWrittenLastAfterSchemasManifestAndReport() throws Exception {
    Path out = folder.getRoot().toPath().resolve("out");
    RunDirectory dir = new RunDirectory(out.toString());
    assertFalse(dir.holdsCompleteRun());
    dir.finish(
        List.of(Document.getClassSchema()),
        "{\"counts\":{}}\n",
        run -> {
          // The report is built from the manifest already written, and before the run is complete.
          assertTrue(Files.exists(out.resolve("manifest.json")));
          assertFalse(run.holdsCompleteRun());
          return "<html></html>";
        });
    assertTrue(dir.holdsCompleteRun());
    assertEquals("<html></html>", Files.readString(out.resolve("report.html")));
    assertTrue(Files.readString(out.resolve("schemas/Document.avsc")).contains("\"doc_id\""));
    assertEquals("{\"counts\":{}}\n", Files.readString(out.resolve("manifest.json")));
  }

  @Test
  public void ownFilesAreThePipelinesAndNothingElse() throws Exception {
    Path out = folder.newFolder("out").toPath();
    Files.createDirectories(out.resolve("documents"));
    Files.createDirectories(out.resolve("schemas"));
    Files.writeString(out.resolve("documents/part-00000-of-00003.avro"), "shard");
    Files.writeString(out.resolve("documents/notes.txt"), "a person's file");
    Files.writeString(out.resolve("schemas/Document.avsc"), "{}");
    Files.writeString(out.resolve("manifest.json"), "{}");
    Files.writeString(out.resolve("notes.txt"), "a person's file");
    Files.writeString(out.resolve("_SUCCESS"), "");

    List<String> own = new java.util.ArrayList<>();
    for (var file : new RunDirectory(out.toString()).ownFiles()) {
      own.add(out.relativize(Path.of(file.toString())).toString());
    }
    java.util.Collections.sort(own);
    assertEquals(
        List.of("documents/part-00000-of-00003.avro", "manifest.json", "schemas/Document.avsc"),
        own);
  }
}
