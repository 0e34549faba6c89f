package org.eventwire.run;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.eventwire.EventwireOptions;
import org.eventwire.OptionChecks;
import org.eventwire.annotate.DocumentAnnotator;
import org.eventwire.read.ReadDocuments;
import org.eventwire.records.Document;
import org.eventwire.records.Event;
import org.eventwire.records.Mention;
import org.eventwire.records.Rejected;
import org.eventwire.report.RunReport;
import org.slf4j.LoggerFactory;

/**
 * The life of one run: prepare (check every option, build the whole graph, check the input, lock
 * and stage the output), run the graph into the staging directory with a progress line, verify that
 * every input file became a document or a rejected record, then write the schemas, the manifest,
 * the report and, last, _SUCCESS there, and publish the staged run in the place of --output ({@link
 * StagedOutput}).
 */
public final class RunLifecycle {
  private RunLifecycle() {}

  /** Builds the run's graph, writing into {@code outputDirectory}. */
  public interface Graph {
    void build(Pipeline pipeline, ResourceId outputDirectory);
  }

  /** Runs {@code graph} to completion into options.getOutput(); progress lines on {@code err}. */
  public static RunCounts runToCompletion(
      EventwireOptions options, DocumentAnnotator.Factory annotator, PrintStream err, Graph graph)
      throws Exception {
    Instant started = Instant.now();
    OptionChecks.check(options);
    FileSystems.setDefaultPipelineOptions(options);
    String runId = UUID.randomUUID().toString();
    runnerDefaults(options);
    // The whole graph is built before the input is matched or the output touched: a setting the
    // graph refuses is a usage error that leaves everything as it was.
    Pipeline pipeline = Pipeline.create(options);
    try {
      graph.build(pipeline, StagedOutput.stagingDirectory(options.getOutput(), runId));
    } catch (IllegalArgumentException e) {
      throw new RunRefusedException.Usage(RunRefusedException.oneLine(e.getMessage()));
    }
    checkInput(options);
    try (StagedOutput output =
        StagedOutput.open(options.getOutput(), runId, options.getOverwrite())) {
      // Start the model load at once: it is the longest step before the first document can be
      // annotated.
      if (options.getAnnotate() && Runners.direct(options)) {
        startLoadingModels(annotator);
      }
      RunCounts counts = runGraph(pipeline, options, err);
      pauseBeforeFinishForTests();
      String manifest = Manifest.json(options, annotator, counts, runId, started, Instant.now());
      finish(output, options, counts, manifest);
      return counts;
    }
  }

  /** Runs the graph with a progress line and checks that no input went missing. */
  private static RunCounts runGraph(Pipeline pipeline, EventwireOptions options, PrintStream err) {
    PipelineResult result;
    PipelineResult.State state;
    try (RunProgress progress =
        RunProgress.start(err, options, RunProgress.countsBeforeResult(options))) {
      result = pipeline.run();
      progress.watch(result);
      state = result.waitUntilFinish();
    }
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("pipeline ended in state " + state);
    }
    RunCounts counts = RunCounts.from(result);
    if (!counts.accountsForEveryFile()) {
      throw new IllegalStateException(
          "files_matched "
              + counts.filesMatched
              + " != documents "
              + counts.documents()
              + " + rejected "
              + counts.rejected()
              + ": an input went missing");
    }
    return counts;
  }

  /**
   * Completes the staged run and publishes it, unless too many documents were rejected at annotate:
   * then the staged run is kept for inspection, without _SUCCESS, and --output is left as it was.
   */
  private static void finish(
      StagedOutput output, EventwireOptions options, RunCounts counts, String manifest)
      throws IOException, RunRefusedException {
    List<Schema> schemas =
        List.of(
            Document.getClassSchema(),
            Rejected.getClassSchema(),
            Event.getClassSchema(),
            Mention.getClassSchema());
    double rejectedShare =
        counts.documentsRead == 0 ? 0 : (double) counts.rejectedAnnotate / counts.documentsRead;
    if (rejectedShare > options.getMaxRejectedShare()) {
      output.staging().finishWithout(schemas, manifest, RunReport::html);
      throw new RunRefusedException.TooManyRejected(
          String.format(
              "%,d of %,d documents (%.0f%%) were rejected at annotate, more than --maxRejectedShare=%s allows:"
                  + " a broken worker or CoreNLP, not bad input; %s was left as it was; this run's records,"
                  + " manifest and report are in %s",
              counts.rejectedAnnotate,
              counts.documentsRead,
              100 * rejectedShare,
              options.getMaxRejectedShare(),
              output.output().directory(),
              output.staging().directory()));
    }
    output.staging().finish(schemas, manifest, RunReport::html);
    output.publish();
  }

  /**
   * A glob that matches nothing is a failed crawl far more often than an empty day: it is refused
   * (exit 4) unless --allowEmptyInput says an empty run is what is wanted.
   */
  static void checkInput(EventwireOptions options) throws RunRefusedException {
    long files;
    try {
      files = ReadDocuments.countMatches(options.getInput());
    } catch (IllegalArgumentException e) {
      throw new RunRefusedException.Usage(RunRefusedException.oneLine(e.getMessage()));
    } catch (IOException e) {
      throw new RunRefusedException.Usage(
          "cannot match --input="
              + options.getInput()
              + ": "
              + RunRefusedException.oneLine(String.valueOf(e)));
    }
    if (files == 0 && !options.getAllowEmptyInput()) {
      throw new RunRefusedException.NoInput(
          "--input="
              + options.getInput()
              + " matches no file; nothing was"
              + " written (pass --allowEmptyInput for a complete, empty run)");
    }
  }

  /**
   * Runner settings this pipeline needs. The DirectRunner must not block in run(), so that progress
   * can poll its metrics. Flink keeps its DataSet translation for batch (not
   * useDataStreamForBatch): Flink 1.19.0's DataStream graph generator lists every path from each
   * operator back to the sources (Transformation.getTransitivePredecessors, uncached until
   * FLINK-32513), and the two dedup stages in a row give this graph too many paths: job building
   * never finished.
   */
  static void runnerDefaults(EventwireOptions options) {
    if (Runners.direct(options)) {
      options.as(DirectOptions.class).setBlockOnRun(false);
    }
  }

  /**
   * Loads CoreNLP's models on a background thread while the runner reads and deduplicates, so the
   * load (5 to 15 s) overlaps that work instead of following it. The annotate workers, asking for
   * the same pipelines, wait for this load rather than starting their own (SharedCoreNlp).
   */
  static void startLoadingModels(DocumentAnnotator.Factory annotator) {
    Thread loader =
        new Thread(
            () -> {
              try {
                annotator.preload();
              } catch (RuntimeException e) {
                // The annotate stage loads again and reports the failure where it belongs.
                LoggerFactory.getLogger(RunLifecycle.class)
                    .warn("early model load failed: {}", e.toString());
              }
            },
            "eventwire-model-loader");
    loader.setDaemon(true);
    loader.start();
  }

  /**
   * Test hook: -Deventwire.test.pauseBeforeFinishMillis=N waits N ms after every record is written
   * and before the manifest and _SUCCESS, so a test can kill the run in exactly that window.
   */
  private static void pauseBeforeFinishForTests() {
    long millis = Long.getLong("eventwire.test.pauseBeforeFinishMillis", 0L);
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
