package org.eventwire.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.eventwire.common.RunDirectory;

/**
 * The output protocol: a run never writes into --output. It writes everything (records, schemas,
 * manifest, report, {@code _SUCCESS}) into a staging directory beside it, {@code
 * .NAME.eventwire-staging-RUNID}, under a lock ({@link OutputLock}), and only a run that has
 * written everything publishes: its staging directory takes the place of --output. So --output
 * holds the previous complete run until the new one is complete, whatever happens to the new run on
 * the way (a bad option, a failure, a kill).
 *
 * <p>Publishing on a local file system is two renames on one file system: the old run aside ({@code
 * .NAME.eventwire-replaced-RUNID}), the staging directory in its place; then the old run is
 * deleted. Files in --output that are not the pipeline's are carried over to the new run. On object
 * stores, where a rename is a copy and not atomic, the old run's {@code _SUCCESS} goes first, then
 * its files, then the new files are copied in and {@code _SUCCESS} written last: a reader that
 * waits for {@code _SUCCESS} never reads a mix.
 */
public final class StagedOutput implements AutoCloseable {
  private static final String STAGING = ".eventwire-staging-";
  private static final String REPLACED = ".eventwire-replaced-";

  /** Names in a run directory that belong to the pipeline; anything else there is a person's. */
  private static final Set<String> OWNED =
      Set.of(
          RunDirectory.DOCUMENTS,
          RunDirectory.REJECTED,
          RunDirectory.EVENTS,
          RunDirectory.MENTIONS,
          RunDirectory.SCHEMAS,
          RunDirectory.MANIFEST,
          RunDirectory.REPORT,
          RunDirectory.SUCCESS);

  private final RunDirectory output;
  private final ResourceId parent;
  private final String name;
  private final String runId;
  private final boolean renames;
  private final RunDirectory staging;
  private final OutputLock lock;

  private StagedOutput(
      RunDirectory output,
      ResourceId parent,
      String name,
      String runId,
      boolean renames,
      OutputLock lock) {
    this.output = output;
    this.parent = parent;
    this.name = name;
    this.runId = runId;
    this.renames = renames;
    this.lock = lock;
    this.staging = new RunDirectory(sibling(STAGING + runId).toString());
  }

  /**
   * Where a run with this id would stage, without touching anything: the graph is built to write
   * there before the output is checked or locked.
   */
  public static ResourceId stagingDirectory(String output, String runId)
      throws RunRefusedException.Usage {
    String[] parentAndName = parentAndName(output);
    return FileSystems.matchNewResource(parentAndName[0], true)
        .resolve(
            "." + parentAndName[1] + STAGING + runId, StandardResolveOptions.RESOLVE_DIRECTORY);
  }

  /**
   * Checks --output, takes its lock and clears what killed runs left beside it. Refuses an output
   * that is a file or cannot be written (usage), one that holds a complete run unless {@code
   * overwrite}, and one another run is writing.
   */
  public static StagedOutput open(String output, String runId, boolean overwrite)
      throws RunRefusedException, IOException {
    return open(output, runId, overwrite, isLocal(output));
  }

  /**
   * As above; {@code renames} false publishes by copying, as on object stores (for tests on local
   * disks).
   */
  static StagedOutput open(String output, String runId, boolean overwrite, boolean renames)
      throws RunRefusedException, IOException {
    String[] parentAndName = parentAndName(output);
    RunDirectory out = new RunDirectory(output);
    if (isLocal(output)) {
      Path path = Paths.get(output);
      if (Files.exists(path) && !Files.isDirectory(path)) {
        throw new RunRefusedException.Usage("--output=" + output + " is a file, not a directory");
      }
      try {
        Files.createDirectories(path.toAbsolutePath().getParent());
      } catch (IOException e) {
        throw new RunRefusedException.Usage(
            "--output="
                + output
                + " cannot be written: cannot create "
                + path.toAbsolutePath().getParent()
                + " ("
                + e
                + ")");
      }
    }
    checkNotComplete(out, overwrite);
    ResourceId parent = FileSystems.matchNewResource(parentAndName[0], true);
    OutputLock lock;
    try {
      lock =
          OutputLock.acquire(
              parent.resolve(
                  "." + parentAndName[1] + ".eventwire.lock", StandardResolveOptions.RESOLVE_FILE),
              runId);
    } catch (IOException e) {
      throw new RunRefusedException.Usage("--output=" + output + " cannot be written: " + e);
    }
    StagedOutput staged = new StagedOutput(out, parent, parentAndName[1], runId, renames, lock);
    try {
      // Checked again under the lock: a run that published since the first check counts.
      checkNotComplete(out, overwrite);
      staged.clearLeftovers();
      return staged;
    } catch (RunRefusedException | IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Where this run writes its records, schemas, manifest, report and _SUCCESS. */
  public RunDirectory staging() {
    return staging;
  }

  public RunDirectory output() {
    return output;
  }

  /** Puts the complete staged run in the place of --output. */
  public void publish() throws IOException {
    if (!staging.holdsCompleteRun()) {
      throw new IllegalStateException(
          "staging directory " + staging.directory() + " holds no complete run");
    }
    if (renames) {
      publishByRenames();
    } else {
      publishByCopies();
    }
  }

  private void publishByRenames() throws IOException {
    Path out = local(output.directory());
    Path staged = local(staging.directory());
    if (!Files.exists(out) || isEmptyDirectory(out)) {
      // rename(2) onto an empty directory replaces it.
      Files.move(staged, out, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path replaced = local(sibling(REPLACED + runId));
    Files.move(out, replaced, StandardCopyOption.ATOMIC_MOVE);
    Files.move(staged, out, StandardCopyOption.ATOMIC_MOVE);
    retire(replaced);
  }

  private void publishByCopies() throws IOException {
    // _SUCCESS first: from here until the new one is written, readers wait.
    FileSystems.delete(
        List.of(output.file(RunDirectory.SUCCESS)), StandardMoveOptions.IGNORE_MISSING_FILES);
    FileSystems.delete(output.ownFiles(), StandardMoveOptions.IGNORE_MISSING_FILES);
    List<ResourceId> from = staging.ownFiles();
    List<ResourceId> to = new ArrayList<>();
    String stagingPrefix = staging.directory().toString();
    for (ResourceId file : from) {
      String relative = file.toString().substring(stagingPrefix.length());
      to.add(output.directory().resolve(relative, StandardResolveOptions.RESOLVE_FILE));
    }
    FileSystems.copy(from, to);
    RunDirectory.writeText(output.file(RunDirectory.SUCCESS), "");
    FileSystems.delete(staging.ownFiles(), StandardMoveOptions.IGNORE_MISSING_FILES);
    FileSystems.delete(
        List.of(staging.file(RunDirectory.SUCCESS)), StandardMoveOptions.IGNORE_MISSING_FILES);
  }

  /** Releases the lock. A staging directory that was not published stays until the next run. */
  @Override
  public void close() throws IOException {
    lock.close();
  }

  /**
   * Staging and replaced directories of runs that were killed; a person's files in them go back to
   * --output.
   */
  private void clearLeftovers() throws IOException {
    if (!renames) {
      return; // object stores: a killed run's staged files are overwritten by name, or left for a
      // lifecycle rule
    }
    Path parentPath = local(parent);
    if (!Files.isDirectory(parentPath)) {
      return;
    }
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> siblings =
        Files.newDirectoryStream(parentPath, "." + name + ".eventwire-*-*")) {
      siblings.forEach(leftovers::add);
    }
    for (Path leftover : leftovers) {
      String fileName = leftover.getFileName().toString();
      if (fileName.startsWith("." + name + REPLACED)) {
        retire(leftover);
      } else if (fileName.startsWith("." + name + STAGING)) {
        deleteTree(leftover);
      }
    }
  }

  /** Carries a person's files from a replaced run into --output, then deletes the rest. */
  private void retire(Path replaced) throws IOException {
    Path out = local(output.directory());
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> children = Files.newDirectoryStream(replaced)) {
      children.forEach(entries::add);
    }
    for (Path entry : entries) {
      String entryName = entry.getFileName().toString();
      if (!OWNED.contains(entryName) && !entryName.startsWith(".temp-beam")) {
        try {
          Files.createDirectories(out);
          Files.move(entry, out.resolve(entryName));
        } catch (FileAlreadyExistsException e) {
          // The new run has a file of that name: the person's newer copy wins, the old one goes.
        }
      }
    }
    deleteTree(replaced);
  }

  private ResourceId sibling(String suffix) {
    return parent.resolve("." + name + suffix, StandardResolveOptions.RESOLVE_DIRECTORY);
  }

  private static void checkNotComplete(RunDirectory out, boolean overwrite)
      throws IOException, RunRefusedException.OutputComplete {
    if (!overwrite && out.holdsCompleteRun()) {
      throw new RunRefusedException.OutputComplete(
          out.directory()
              + " already holds a complete run (it has "
              + RunDirectory.SUCCESS
              + "); pass --overwrite to replace it");
    }
  }

  private static boolean isLocal(String output) {
    return "file".equals(FileSystems.matchNewResource(output, true).getScheme());
  }

  /** The folder that holds --output and --output's own name, for siblings beside it. */
  private static String[] parentAndName(String output) throws RunRefusedException.Usage {
    String trimmed = output.strip();
    if (isLocal(trimmed)) {
      Path path = Paths.get(trimmed).toAbsolutePath().normalize();
      if (path.getParent() == null || path.getFileName() == null) {
        throw new RunRefusedException.Usage(
            "--output=" + output + " must be a directory below another one");
      }
      return new String[] {path.getParent().toString(), path.getFileName().toString()};
    }
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    int slash = trimmed.lastIndexOf('/');
    if (slash < 0 || trimmed.substring(0, slash).endsWith("/")) {
      throw new RunRefusedException.Usage(
          "--output=" + output + " must be a folder inside a bucket, not the bucket");
    }
    return new String[] {trimmed.substring(0, slash + 1), trimmed.substring(slash + 1)};
  }

  private static Path local(ResourceId directory) {
    return Paths.get(directory.toString());
  }

  private static boolean isEmptyDirectory(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return Files.isDirectory(dir) && entries.findAny().isEmpty();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    }
  }
}
