package org.eventwire.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.time.LocalDate;
import java.util.List;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.eventwire.common.InJvmCounters;
import org.eventwire.common.Rejections;
import org.eventwire.records.Document;
import org.eventwire.records.Rejected;

/**
 * Stage 1: every file matching the input glob becomes one {@link Document} (on {@link #DOCUMENTS})
 * or one {@link Rejected} record (on {@link #REJECTED}); nothing is dropped. Directories that match
 * the glob are not files and are skipped.
 */
public class ReadDocuments extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Document> DOCUMENTS = new TupleTag<Document>() {};
  public static final TupleTag<Rejected> REJECTED = new TupleTag<Rejected>() {};

  /** Counter names, read back for the manifest. */
  public static final String FILES_MATCHED = "files_matched";

  public static final String DOCUMENTS_READ = "documents_read";
  public static final String REJECTED_READ = "rejected_read";
  public static final String DOCUMENTS_WITH_WARNINGS = "documents_with_warnings";

  private final String inputGlob;
  private final long maxDocumentBytes;
  private final @Nullable LocalDate defaultDocDate;
  private final int shards;
  private final boolean allowEmpty;

  /**
   * shards: how many groups the matched files are spread over for reading in parallel; allowEmpty:
   * whether a glob (or a path) that matches nothing reads as no files instead of failing.
   */
  public ReadDocuments(
      String inputGlob,
      long maxDocumentBytes,
      @Nullable LocalDate defaultDocDate,
      int shards,
      boolean allowEmpty) {
    this.inputGlob = inputGlob;
    this.maxDocumentBytes = maxDocumentBytes;
    this.defaultDocDate = defaultDocDate;
    this.shards = shards;
    this.allowEmpty = allowEmpty;
  }

  /**
   * How many files (not directories) the glob matches, before any pipeline runs.
   *
   * @throws IllegalArgumentException if it names a directory without a wildcard
   */
  public static long countMatches(String glob) throws IOException {
    long files = 0;
    for (MatchResult.Metadata metadata : match(glob, EmptyMatchTreatment.ALLOW)) {
      if (!metadata.resourceId().isDirectory()) {
        files++;
      }
    }
    return files;
  }

  /** What the glob matches, refusing a directory named without a wildcard. */
  private static List<MatchResult.Metadata> match(String glob, EmptyMatchTreatment treatment)
      throws IOException {
    MatchResult result = FileSystems.match(glob, treatment);
    if (result.status() == MatchResult.Status.NOT_FOUND) {
      if (treatment == EmptyMatchTreatment.ALLOW) {
        return List.of();
      }
      throw new IOException("no file matches --input=" + glob);
    }
    for (MatchResult.Metadata metadata : result.metadata()) {
      // A directory named without a wildcard matches itself, and would then be skipped in
      // silence: a run with nothing in it. Say so instead.
      if (metadata.resourceId().isDirectory() && !glob.contains("*") && !glob.contains("?")) {
        throw new IllegalArgumentException(
            "--input=" + glob + " is a directory: give a glob such as " + glob + "/*");
      }
    }
    return result.metadata();
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple outcomes =
        begin
            .apply("Glob", Create.of(inputGlob))
            // Not FileIO.match(): it reshuffles with one key per file, which puts every file in a
            // bundle
            // of its own, and on the DirectRunner every later group-by then copies its state once
            // per
            // bundle (quadratic). A bounded number of buckets spreads the files just as well.
            .apply("MatchFiles", ParDo.of(new MatchFilesFn(allowEmpty)))
            .setCoder(MetadataCoderV2.of())
            .apply(
                "SpreadFiles",
                Reshuffle.<MatchResult.Metadata>viaRandomKey().withNumBuckets(shards))
            // Compression is detected per file by the decoder, which also needs the stored bytes
            // (their hash and size go into rejected records), so files are opened undecompressed.
            .apply(
                "OpenFiles",
                FileIO.readMatches()
                    .withCompression(Compression.UNCOMPRESSED)
                    .withDirectoryTreatment(FileIO.ReadMatches.DirectoryTreatment.SKIP))
            .apply(
                "DecodeFiles",
                ParDo.of(new DecodeFileFn(maxDocumentBytes, defaultDocDate))
                    .withOutputTags(DOCUMENTS, TupleTagList.of(REJECTED)));
    outcomes.get(DOCUMENTS).setCoder(AvroCoder.specific(Document.class));
    outcomes.get(REJECTED).setCoder(AvroCoder.specific(Rejected.class));
    return outcomes;
  }

  /** Every file (not directory) the glob matches; none when a wildcard matches nothing. */
  static class MatchFilesFn extends DoFn<String, MatchResult.Metadata> {
    private final boolean allowEmpty;

    MatchFilesFn(boolean allowEmpty) {
      this.allowEmpty = allowEmpty;
    }

    @ProcessElement
    public void process(@Element String glob, OutputReceiver<MatchResult.Metadata> out)
        throws IOException {
      for (MatchResult.Metadata metadata :
          match(
              glob,
              allowEmpty ? EmptyMatchTreatment.ALLOW : EmptyMatchTreatment.ALLOW_IF_WILDCARD)) {
        out.output(metadata);
      }
    }
  }

  static class DecodeFileFn extends DoFn<FileIO.ReadableFile, Document> {
    private final long maxDocumentBytes;
    private final DocumentDecoder decoder;
    private final Counter filesMatched = InJvmCounters.counter(ReadDocuments.class, FILES_MATCHED);
    private final Counter documentsRead =
        InJvmCounters.counter(ReadDocuments.class, DOCUMENTS_READ);
    private final Counter rejectedRead = InJvmCounters.counter(ReadDocuments.class, REJECTED_READ);
    private final Counter withWarnings =
        Metrics.counter(ReadDocuments.class, DOCUMENTS_WITH_WARNINGS);

    DecodeFileFn(long maxDocumentBytes, @Nullable LocalDate defaultDocDate) {
      this.maxDocumentBytes = maxDocumentBytes;
      this.decoder = new DocumentDecoder(maxDocumentBytes, defaultDocDate);
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
      filesMatched.inc();
      String uri = file.getMetadata().resourceId().toString();
      ReadOutcome outcome;
      try (InputStream in = Channels.newInputStream(file.open())) {
        outcome = decoder.decode(uri, StoredFile.read(in, maxDocumentBytes));
      } catch (IOException | RuntimeException e) {
        outcome =
            ReadOutcome.rejected(
                Rejections.of(
                    uri,
                    DocumentDecoder.STAGE,
                    DocumentDecoder.UNREADABLE,
                    "cannot read file: " + e,
                    file.getMetadata().sizeBytes(),
                    null,
                    null,
                    e));
      }
      if (outcome.isDocument()) {
        documentsRead.inc();
        if (!outcome.document().getWarnings().isEmpty()) {
          withWarnings.inc();
        }
        out.get(DOCUMENTS).output(outcome.document());
      } else {
        rejectedRead.inc();
        Rejections.log(outcome.rejected());
        out.get(REJECTED).output(outcome.rejected());
      }
    }
  }
}
