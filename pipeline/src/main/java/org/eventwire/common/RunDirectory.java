package org.eventwire.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * The directory of one run, on any Beam file system: where each record kind, the schemas, the
 * manifest and the report go, and {@code _SUCCESS}, written last. A run writes one of these as its
 * staging directory, and the run lifecycle puts it in the place of --output.
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

  /** Folders of Avro records this pipeline writes. */
  private static final List<String> RECORD_FOLDERS = List.of(DOCUMENTS, REJECTED, EVENTS, MENTIONS);

  /**
   * Builds the report page from a run directory whose records, schemas and manifest are written.
   */
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

  /**
   * The pipeline's files in this directory, but {@code _SUCCESS}: the Avro files of the record
   * folders, the schemas, the manifest and the report. Other files are never the pipeline's.
   */
  public List<ResourceId> ownFiles() throws IOException {
    List<ResourceId> own = new ArrayList<>();
    for (String folder : RECORD_FOLDERS) {
      own.addAll(
          matchFiles(
              directory
                  .resolve(folder, StandardResolveOptions.RESOLVE_DIRECTORY)
                  .resolve("*.avro", StandardResolveOptions.RESOLVE_FILE)
                  .toString()));
    }
    own.addAll(
        matchFiles(
            directory
                .resolve(SCHEMAS, StandardResolveOptions.RESOLVE_DIRECTORY)
                .resolve("*.avsc", StandardResolveOptions.RESOLVE_FILE)
                .toString()));
    for (String name : List.of(MANIFEST, REPORT)) {
      if (exists(file(name))) {
        own.add(file(name));
      }
    }
    return own;
  }

  /**
   * Writes the schemas and the manifest, then the report (built from them and the records), then
   * {@code _SUCCESS}: the run is complete only after it, so a complete run always has its report.
   */
  public void finish(List<Schema> schemas, String manifestJson, ReportBuilder report)
      throws IOException {
    finishWithout(schemas, manifestJson, report);
    writeText(file(SUCCESS), "");
  }

  /**
   * The schemas, the manifest and the report, but no {@code _SUCCESS}: a run that stopped on
   * purpose (too many rejections) leaves them for inspection, never claiming to be complete.
   */
  public void finishWithout(List<Schema> schemas, String manifestJson, ReportBuilder report)
      throws IOException {
    ResourceId schemaFolder = directory.resolve(SCHEMAS, StandardResolveOptions.RESOLVE_DIRECTORY);
    for (Schema schema : schemas) {
      writeText(
          schemaFolder.resolve(schema.getName() + ".avsc", StandardResolveOptions.RESOLVE_FILE),
          schema.toString(true) + "\n");
    }
    writeText(file(MANIFEST), manifestJson);
    writeText(file(REPORT), report.html(this));
  }

  /** Writes a UTF-8 text file on any Beam file system, replacing what was there. */
  public static void writeText(ResourceId file, String content) throws IOException {
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(file, MimeTypes.TEXT))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Reads a UTF-8 text file on any Beam file system. */
  public static String readText(ResourceId file) throws IOException {
    try (InputStream in = Channels.newInputStream(FileSystems.open(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  public static boolean exists(ResourceId file) throws IOException {
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
}
