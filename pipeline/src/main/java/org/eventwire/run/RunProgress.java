package org.eventwire.run;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.beam.sdk.PipelineResult;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.eventwire.EventwireOptions;
import org.eventwire.common.InJvmCounters;

/**
 * A progress line on stderr every few seconds while a run goes: documents read, deduplicated,
 * annotated and rejected, throughput and time left. It polls the runner's metrics (the counters
 * behind {@link RunCounts}) from a daemon thread, so it works on any runner whose PipelineResult
 * answers metrics while the job runs (the DirectRunner; Flink in detached mode). Before the runner
 * hands over its result (Flink in attached mode blocks in run() until the job ends), it reads
 * another source: the counts the workers keep in this JVM ({@link InJvmCounters}) when they run
 * here (an embedded Flink cluster), a remote Flink cluster's REST API ({@link FlinkRestCounts}),
 * or, with neither, it prints only the time.
 */
public final class RunProgress implements AutoCloseable {
  private final PrintStream err;
  private final long everyMillis;
  private final boolean annotate;
  private final long startNanos = System.nanoTime();
  private final Thread thread;
  private volatile @Nullable Supplier<RunCounts> counts;

  /**
   * When annotation was first seen under way, and how far it was: the rate is measured from there.
   */
  private long annotationSeenNanos = -1;

  private long annotationSeenDone;

  private RunProgress(PrintStream err, int everySeconds, boolean annotate) {
    this.err = err;
    this.everyMillis = everySeconds * 1000L;
    this.annotate = annotate;
    this.thread = new Thread(this::loop, "eventwire-progress");
    thread.setDaemon(true);
  }

  /**
   * Starts reporting, or returns a reporter that says nothing (--quiet, --progressSeconds=0).
   *
   * @param beforeResult where counts come from until the runner hands over its result, for runners
   *     that give no metrics while the job runs; null to print only the time until then
   */
  static RunProgress start(
      PrintStream err, EventwireOptions options, @Nullable Supplier<RunCounts> beforeResult) {
    int seconds = options.getQuiet() ? 0 : options.getProgressSeconds();
    InJvmCounters.reset();
    RunProgress progress = new RunProgress(err, seconds, options.getAnnotate());
    progress.counts = beforeResult;
    if (seconds > 0) {
      progress.thread.start();
    }
    return progress;
  }

  /**
   * Where the progress line's counts come from before the runner hands over its result: the
   * workers' in-JVM counters on an embedded Flink cluster, the REST API of a remote one, else none.
   */
  static @Nullable Supplier<RunCounts> countsBeforeResult(EventwireOptions options) {
    if (Runners.embeddedFlink(options)) {
      return RunCounts::fromThisJvm;
    }
    String master = Runners.remoteFlinkMaster(options);
    return master == null ? null : new FlinkRestCounts(master, options.getJobName());
  }

  /** From now on lines carry this run's counts. */
  void watch(PipelineResult result) {
    counts = () -> RunCounts.from(result);
  }

  @Override
  public void close() {
    thread.interrupt();
    try {
      thread.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void loop() {
    try {
      while (true) {
        Thread.sleep(everyMillis);
        String line = line();
        if (line != null) {
          err.println(line);
        }
      }
    } catch (InterruptedException e) {
      // The run is over.
    }
  }

  private @Nullable String line() {
    long now = System.nanoTime();
    String elapsed = duration((now - startNanos) / 1_000_000_000L);
    Supplier<RunCounts> source = counts;
    if (source == null) {
      return "eventwire: " + elapsed + " running (this runner reports counts at the end)";
    }
    RunCounts c;
    try {
      c = source.get();
    } catch (RuntimeException e) {
      return null; // Metrics not ready yet (a job still being scheduled): next time.
    }
    if (Thread.currentThread().isInterrupted()) {
      return null;
    }
    return format(c, now);
  }

  String format(RunCounts c, long now) {
    double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
    StringBuilder line =
        new StringBuilder(
            String.format(
                "eventwire: %s read %,d (%,d documents, %,d rejected)",
                duration((long) seconds), c.filesMatched, c.documentsRead, c.rejectedRead));
    if (c.canonicalDocuments + c.reprintDocuments > 0) {
      line.append(
          String.format(
              " | dedup %,d canonical + %,d reprints", c.canonicalDocuments, c.reprintDocuments));
    }
    if (!annotate) {
      line.append(String.format(" | %,.0f docs/s", c.filesMatched / seconds));
      return line.toString();
    }
    long done = c.documentsAnnotated + c.rejectedAnnotate;
    line.append(String.format(" | annotated %,d", c.documentsAnnotated));
    if (c.canonicalDocuments > 0) {
      line.append(String.format(" of %,d", c.canonicalDocuments));
    }
    line.append(String.format(" (%,d rejected)", c.rejectedAnnotate));
    if (done > 0 && annotationSeenNanos < 0) {
      annotationSeenNanos = now;
      annotationSeenDone = done;
    }
    double annotatingSeconds = annotationSeenNanos < 0 ? 0 : (now - annotationSeenNanos) / 1e9;
    if (annotatingSeconds > 0 && done > annotationSeenDone) {
      // Measured from the first line that saw annotation under way, so model loading and the
      // reading and deduplication before it do not count as annotation time.
      double docsPerSecond = (done - annotationSeenDone) / annotatingSeconds;
      double tokensPerSecond =
          c.tokens * ((done - annotationSeenDone) / (double) done) / annotatingSeconds;
      line.append(String.format(" | %,.1f docs/s, %,.0f tokens/s", docsPerSecond, tokensPerSecond));
      if (c.canonicalDocuments >= done) {
        line.append(" | about ")
            .append(duration((long) ((c.canonicalDocuments - done) / docsPerSecond)))
            .append(" left to annotate");
      }
    }
    return line.toString();
  }

  static String duration(long seconds) {
    Duration d = Duration.ofSeconds(seconds);
    return d.toHours() > 0
        ? String.format("%dh%02dm%02ds", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
        : String.format("%dm%02ds", d.toMinutes(), d.toSecondsPart());
  }
}
