package org.eventwire.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * The output directory of one run, on any Beam file system. It guards finished output (a directory
 * with {@code _SUCCESS} is refused unless overwriting), clears what a killed run left behind, and
 * writes the schemas, the manifest and the report and then, last, {@code _SUCCESS}.
 */
public final class RunDirectory {
  public static final String DOCUMENTS = "documents";
  public static final String REJECTED = "rejected";
  public static final String EVENTS = "events";
  public static final String MENTIONS = "mentions";
  public static final String SCHEMAS = "schemas";
  public static final String MANIFEST = "manifest.json";
  public static final String REPORT = "report.html";
  public static final String SUCCESS = "_SUCCESS";

  /** Folders of Avro records this pipeline writes; only their *.avro files are ever deleted. */
  private static final List<String> RECORD_FOLDERS = List.of(DOCUMENTS, REJECTED, EVENTS, MENTIONS);

  /** The output directory holds a complete run and --overwrite was not given. */
  public static final class CompleteRunExistsException extends Exception {
    private static final long serialVersionUID = 1L;

    CompleteRunExistsException(String message) {
      super(message);
    }
  }

  /** Builds the report page from a run directory whose records, schemas and manifest are written. */
  @FunctionalInterface
  public interface ReportBuilder {
    String html(RunDirectory run) throws IOException;
  }

  private final ResourceId directory;

  public RunDirectory(String output) {
    this.directory = FileSystems.matchNewResource(output, true);
  }

  public ResourceId directory() {
    return directory;
  }

  public ResourceId file(String name) {
    return directory.resolve(name, StandardResolveOptions.RESOLVE_FILE);
  }

  public boolean holdsCompleteRun() throws IOException {
    return exists(file(SUCCESS));
  }

  /** Refuses a directory that holds a complete run, unless {@code overwrite}. Changes nothing. */
  public void checkNotComplete(boolean overwrite) throws IOException, CompleteRunExistsException {
    if (holdsCompleteRun() && !overwrite) {
      throw new CompleteRunExistsException(directory + " already holds a complete run (it has "
          + SUCCESS + "); pass --overwrite to replace it");
    }
  }

  /**
   * Makes the directory ready for a new run: refuses a complete run unless {@code overwrite}, and
   * removes this pipeline's files from an earlier run (complete and overwritten, or killed half
   * way) so that no stale shard mixes with the new ones. Other files are left alone.
   */
  public void prepare(boolean overwrite) throws IOException, CompleteRunExistsException {
    checkNotComplete(overwrite);
    // _SUCCESS goes first: if clearing stops half way, the directory no longer claims completeness.
    delete(List.of(file(SUCCESS)));
    List<ResourceId> stale = new ArrayList<>();
    stale.add(file(MANIFEST));
    stale.add(file(REPORT));
    stale.addAll(matchFiles(directory.resolve(SCHEMAS, StandardResolveOptions.RESOLVE_DIRECTORY)
        .resolve("*.avsc", StandardResolveOptions.RESOLVE_FILE).toString()));
    for (String folder : RECORD_FOLDERS) {
      stale.addAll(matchFiles(directory.resolve(folder, StandardResolveOptions.RESOLVE_DIRECTORY)
          .resolve("*.avro", StandardResolveOptions.RESOLVE_FILE).toString()));
    }
    delete(stale);
  }

  /**
   * Writes the schemas and the manifest, then the report (built from them and the records), then
   * {@code _SUCCESS}: the run is complete only after it, so a complete run always has its report.
   */
  public void finish(List<Schema> schemas, String manifestJson, ReportBuilder report) throws IOException {
    ResourceId schemaFolder = directory.resolve(SCHEMAS, StandardResolveOptions.RESOLVE_DIRECTORY);
    for (Schema schema : schemas) {
      writeText(schemaFolder.resolve(schema.getName() + ".avsc", StandardResolveOptions.RESOLVE_FILE),
          schema.toString(true) + "\n");
    }
    writeText(file(MANIFEST), manifestJson);
    writeText(file(REPORT), report.html(this));
    writeText(file(SUCCESS), "");
  }

  /** Writes a UTF-8 text file on any Beam file system, replacing what was there. */
  public static void writeText(ResourceId file, String content) throws IOException {
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(file, MimeTypes.TEXT))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static boolean exists(ResourceId file) throws IOException {
    return !matchFiles(file.toString()).isEmpty();
  }

  private static List<ResourceId> matchFiles(String spec) throws IOException {
    MatchResult result = FileSystems.match(spec, EmptyMatchTreatment.ALLOW);
    List<ResourceId> found = new ArrayList<>();
    if (result.status() == MatchResult.Status.OK) {
      for (MatchResult.Metadata metadata : result.metadata()) {
        found.add(metadata.resourceId());
      }
    }
    return found;
  }

  private static void delete(List<ResourceId> files) throws IOException {
    if (!files.isEmpty()) {
      FileSystems.delete(files, StandardMoveOptions.IGNORE_MISSING_FILES);
    }
  }
}
