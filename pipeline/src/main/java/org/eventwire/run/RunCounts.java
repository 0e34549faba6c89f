package org.eventwire.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongBiFunction;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.GaugeResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.eventwire.annotate.AnnotateDocuments;
import org.eventwire.common.InJvmCounters;
import org.eventwire.merge.MergeEvents;
import org.eventwire.neardup.NearDuplicates;
import org.eventwire.passages.FindSharedPassages;
import org.eventwire.read.ReadDocuments;
import org.eventwire.reprints.CopyTimexesToReprints;
import org.eventwire.reprints.FindReprints;
import org.eventwire.reprints.ReplaceRejectedCanonicals;

/** The run's counts, read back from the Beam counters the stages keep. */
public final class RunCounts {
  public final long filesMatched;
  public final long documentsRead;
  public final long rejectedRead;
  public final long documentsWithWarnings;
  public final long documentsAnnotated;
  public final long rejectedAnnotate;
  public final long tokens;

  /** Sentences annotated, and those of them the dependency parser saw. */
  public final long sentences;

  public final long sentencesParsed;

  public final long canonicalDocuments;
  public final long reprintDocuments;

  /** Every counter of the near-duplicate stages, by name. */
  public final Map<String, Long> dedupCounters;

  /**
   * CoreNLP pipelines loaded by each worker JVM that annotated ({@code PID@HOST}), as its last
   * bundle reported them; empty before the runner hands over its metrics.
   */
  public final Map<String, Long> modelLoadsByJvm;

  public RunCounts(
      long filesMatched,
      long documentsRead,
      long rejectedRead,
      long documentsWithWarnings,
      long documentsAnnotated,
      long rejectedAnnotate,
      long tokens,
      long[] sentencesAndParsed,
      Map<String, Long> dedupCounters,
      Map<String, Long> modelLoadsByJvm) {
    this.filesMatched = filesMatched;
    this.documentsRead = documentsRead;
    this.rejectedRead = rejectedRead;
    this.documentsWithWarnings = documentsWithWarnings;
    this.documentsAnnotated = documentsAnnotated;
    this.rejectedAnnotate = rejectedAnnotate;
    this.tokens = tokens;
    this.sentences = sentencesAndParsed[0];
    this.sentencesParsed = sentencesAndParsed[1];
    this.dedupCounters = dedupCounters;
    this.modelLoadsByJvm = modelLoadsByJvm;
    this.canonicalDocuments = dedupCounters.getOrDefault(FindReprints.CANONICAL_DOCUMENTS, 0L);
    this.reprintDocuments = dedupCounters.getOrDefault(FindReprints.REPRINT_DOCUMENTS, 0L);
  }

  public static RunCounts from(PipelineResult result) {
    return of(
        (namespace, name) -> counter(result, namespace, name),
        counters(
            result,
            FindReprints.class,
            NearDuplicates.class,
            FindSharedPassages.class,
            MergeEvents.class,
            CopyTimexesToReprints.class,
            ReplaceRejectedCanonicals.class),
        modelLoads(result));
  }

  /**
   * The run's counts, each read from {@code counter}; the dedup stages' counters given whole.
   * Counts that progress lines show need no more than {@code counter} and the two dedup counters.
   */
  static RunCounts of(
      ToLongBiFunction<Class<?>, String> counter,
      Map<String, Long> dedupCounters,
      Map<String, Long> modelLoadsByJvm) {
    return new RunCounts(
        counter.applyAsLong(ReadDocuments.class, ReadDocuments.FILES_MATCHED),
        counter.applyAsLong(ReadDocuments.class, ReadDocuments.DOCUMENTS_READ),
        counter.applyAsLong(ReadDocuments.class, ReadDocuments.REJECTED_READ),
        counter.applyAsLong(ReadDocuments.class, ReadDocuments.DOCUMENTS_WITH_WARNINGS),
        counter.applyAsLong(AnnotateDocuments.class, AnnotateDocuments.DOCUMENTS_ANNOTATED),
        // Reprints of a story no copy of which could be annotated are rejected at annotate too.
        counter.applyAsLong(AnnotateDocuments.class, AnnotateDocuments.REJECTED_ANNOTATE)
            + counter.applyAsLong(
                ReplaceRejectedCanonicals.class, ReplaceRejectedCanonicals.REJECTED_ORPHANS),
        counter.applyAsLong(AnnotateDocuments.class, AnnotateDocuments.TOKENS),
        new long[] {
          counter.applyAsLong(AnnotateDocuments.class, AnnotateDocuments.SENTENCES),
          counter.applyAsLong(AnnotateDocuments.class, AnnotateDocuments.SENTENCES_PARSED)
        },
        dedupCounters,
        modelLoadsByJvm);
  }

  /**
   * What this JVM's workers have counted so far ({@link InJvmCounters}): the progress line's source
   * when the runner's metrics are not available until the end and the workers run here.
   */
  public static RunCounts fromThisJvm() {
    Map<String, Long> dedup = new TreeMap<>();
    for (String name : List.of(FindReprints.CANONICAL_DOCUMENTS, FindReprints.REPRINT_DOCUMENTS)) {
      dedup.put(name, InJvmCounters.get(FindReprints.class, name));
    }
    return of(InJvmCounters::get, dedup, Map.of());
  }

  /** Documents written: every document read, less those the annotate stage rejected. */
  public long documents() {
    return documentsRead - rejectedAnnotate;
  }

  public long rejected() {
    return rejectedRead + rejectedAnnotate;
  }

  /** Every matched file is exactly one document or one rejected record. */
  public boolean accountsForEveryFile() {
    return filesMatched == documents() + rejected();
  }

  public Map<String, Object> asMap() {
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("files_matched", filesMatched);
    counts.put("documents", documents());
    counts.put("rejected", rejected());
    Map<String, Object> rejectedByStage = new LinkedHashMap<>();
    rejectedByStage.put("read", rejectedRead);
    rejectedByStage.put("annotate", rejectedAnnotate);
    counts.put("rejected_by_stage", rejectedByStage);
    counts.put("documents_with_warnings", documentsWithWarnings);
    counts.put("canonical_documents", canonicalDocuments);
    counts.put("reprint_documents", reprintDocuments);
    counts.put(
        "canonical_substitutes",
        dedupCounters.getOrDefault(ReplaceRejectedCanonicals.CANONICAL_SUBSTITUTES, 0L));
    counts.put("documents_annotated", documentsAnnotated);
    counts.put("tokens_annotated", tokens);
    counts.put("sentences_annotated", sentences);
    counts.put("sentences_parsed", sentencesParsed);
    counts.put("events", dedupCounters.getOrDefault(MergeEvents.EVENTS_COUNTER, 0L));
    counts.put("mentions", dedupCounters.getOrDefault(MergeEvents.MENTIONS_COUNTER, 0L));
    return counts;
  }

  /** The annotate stage's gauges of model loads, by worker JVM. */
  private static Map<String, Long> modelLoads(PipelineResult result) {
    MetricQueryResults metrics =
        result
            .metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(MetricNameFilter.inNamespace(AnnotateDocuments.class))
                    .build());
    Map<String, Long> loads = new TreeMap<>();
    for (MetricResult<GaugeResult> gauge : metrics.getGauges()) {
      String name = gauge.getName().getName();
      GaugeResult value = gauge.getAttempted();
      if (name.startsWith(AnnotateDocuments.MODEL_LOADS_PREFIX) && value != null) {
        loads.merge(
            name.substring(AnnotateDocuments.MODEL_LOADS_PREFIX.length()),
            value.getValue(),
            Math::max);
      }
    }
    return loads;
  }

  /** All counters in the given namespaces, by name, sorted. */
  private static Map<String, Long> counters(PipelineResult result, Class<?>... namespaces) {
    MetricsFilter.Builder filter = MetricsFilter.builder();
    for (Class<?> namespace : namespaces) {
      filter.addNameFilter(MetricNameFilter.inNamespace(namespace));
    }
    Map<String, Long> values = new TreeMap<>();
    for (MetricResult<Long> counter : result.metrics().queryMetrics(filter.build()).getCounters()) {
      values.merge(counter.getName().getName(), committedOrAttempted(counter), Long::sum);
    }
    return values;
  }

  /** One counter of a finished run, summed over its steps. */
  public static long counter(PipelineResult result, Class<?> namespace, String name) {
    MetricQueryResults metrics =
        result
            .metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(MetricNameFilter.named(namespace, name))
                    .build());
    long total = 0;
    for (MetricResult<Long> counter : metrics.getCounters()) {
      total += committedOrAttempted(counter);
    }
    return total;
  }

  /**
   * Committed values count each element once even when bundles are retried; not every runner has
   * them.
   */
  private static long committedOrAttempted(MetricResult<Long> counter) {
    try {
      Long committed = counter.getCommitted();
      if (committed != null) {
        return committed;
      }
    } catch (UnsupportedOperationException e) {
      // Runner without committed metrics: fall through.
    }
    Long attempted = counter.getAttempted();
    return attempted == null ? 0 : attempted;
  }
}
