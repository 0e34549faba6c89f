package org.eventwire.annotate;

import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.eventwire.common.InJvmCounters;
import org.eventwire.common.Rejections;
import org.eventwire.events.EventMention;
import org.eventwire.records.Document;
import org.eventwire.records.Rejected;

/**
 * Stage 2: CoreNLP entities and dates for every document. A document on which the annotator throws
 * or runs past its time budget goes to {@link #REJECTED} with stage {@code annotate}; the run goes
 * on.
 */
public class AnnotateDocuments extends PTransform<PCollection<Document>, PCollectionTuple> {
  public static final TupleTag<Document> ANNOTATED = new TupleTag<Document>() {};
  public static final TupleTag<Rejected> REJECTED = new TupleTag<Rejected>() {};
  public static final TupleTag<EventMention> EVENT_MENTIONS = new TupleTag<EventMention>() {};

  public static final String STAGE = "annotate";
  public static final String ANNOTATION_FAILED = "ANNOTATION_FAILED";
  public static final String ANNOTATION_TIMEOUT = "ANNOTATION_TIMEOUT";

  public static final String DOCUMENTS_ANNOTATED = "documents_annotated";
  public static final String REJECTED_ANNOTATE = "rejected_annotate";
  public static final String TOKENS = "tokens";
  public static final String SENTENCES = "sentences_annotated";

  /** Sentences the dependency parser saw (--parseSentences). */
  public static final String SENTENCES_PARSED = "sentences_parsed";

  /**
   * Prefix of a gauge per worker JVM ({@code model_loads@PID@HOST}): how many CoreNLP pipelines
   * that JVM has loaded, so a run on a cluster can say where its models were loaded and how often.
   */
  public static final String MODEL_LOADS_PREFIX = "model_loads@";

  private final DocumentAnnotator.Factory annotatorFactory;
  private final int maxAnnotationSeconds;
  private final int shards;

  /** shards: how many groups documents are spread over, so that every worker thread gets some. */
  public AnnotateDocuments(
      DocumentAnnotator.Factory annotatorFactory, int maxAnnotationSeconds, int shards) {
    this.annotatorFactory = annotatorFactory;
    this.maxAnnotationSeconds = maxAnnotationSeconds;
    this.shards = shards;
  }

  @Override
  public PCollectionTuple expand(PCollection<Document> documents) {
    PCollectionTuple outcomes =
        documents
            // Spreads documents over all workers, in a bounded number of buckets: one bucket per
            // document would make every later group-by on the DirectRunner quadratic.
            .apply("SpreadDocuments", Reshuffle.<Document>viaRandomKey().withNumBuckets(shards))
            .apply(
                "RunCoreNlp",
                ParDo.of(new AnnotateFn(annotatorFactory, maxAnnotationSeconds))
                    .withOutputTags(ANNOTATED, TupleTagList.of(REJECTED).and(EVENT_MENTIONS)));
    outcomes.get(ANNOTATED).setCoder(AvroCoder.specific(Document.class));
    outcomes.get(REJECTED).setCoder(AvroCoder.specific(Rejected.class));
    outcomes.get(EVENT_MENTIONS).setCoder(AvroCoder.of(EventMention.class));
    return outcomes;
  }

  static class AnnotateFn extends DoFn<Document, Document> {
    /**
     * Annotation runs on these threads so that the calling thread can give up on a document past
     * its budget. Daemon threads: a CoreNLP call that ignores interruption cannot keep the JVM up.
     */
    private static final ExecutorService WORKERS =
        Executors.newCachedThreadPool(
            new ThreadFactory() {
              private final AtomicInteger count = new AtomicInteger();

              @Override
              public Thread newThread(Runnable r) {
                Thread thread = new Thread(r, "eventwire-annotate-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
              }
            });

    private final DocumentAnnotator.Factory annotatorFactory;
    private final int maxAnnotationSeconds;
    private final Counter annotated =
        InJvmCounters.counter(AnnotateDocuments.class, DOCUMENTS_ANNOTATED);
    private final Counter rejected =
        InJvmCounters.counter(AnnotateDocuments.class, REJECTED_ANNOTATE);
    private final Counter tokens = InJvmCounters.counter(AnnotateDocuments.class, TOKENS);
    private final Counter sentences = InJvmCounters.counter(AnnotateDocuments.class, SENTENCES);
    private final Counter sentencesParsed =
        InJvmCounters.counter(AnnotateDocuments.class, SENTENCES_PARSED);
    private final Distribution millisPerDocument =
        Metrics.distribution(AnnotateDocuments.class, "annotate_millis");
    private transient DocumentAnnotator annotator;

    AnnotateFn(DocumentAnnotator.Factory annotatorFactory, int maxAnnotationSeconds) {
      this.annotatorFactory = annotatorFactory;
      this.maxAnnotationSeconds = maxAnnotationSeconds;
    }

    @Setup
    public void setup() {
      // Shared per JVM: the first instance loads the model, the others get the same pipeline.
      annotator = annotatorFactory.create();
    }

    /**
     * The gauge is named at run time, on the worker: a name fixed in the constructor would be the
     * launcher's JVM, where the DoFn was built and serialised.
     */
    @FinishBundle
    public void reportModelLoads() {
      Metrics.gauge(
              AnnotateDocuments.class,
              MODEL_LOADS_PREFIX + ManagementFactory.getRuntimeMXBean().getName())
          .set(SharedCoreNlp.loadCount());
    }

    @ProcessElement
    public void process(@Element Document document, MultiOutputReceiver out) {
      long start = System.nanoTime();
      Future<DocumentAnnotator.Annotated> result =
          WORKERS.submit(() -> annotator.annotate(document));
      try {
        DocumentAnnotator.Annotated annotatedDocument =
            result.get(maxAnnotationSeconds, TimeUnit.SECONDS);
        Document done = annotatedDocument.document;
        annotatedDocument.mentions.forEach(out.get(EVENT_MENTIONS)::output);
        annotated.inc();
        tokens.inc(done.getNumTokens() == null ? 0 : done.getNumTokens());
        sentences.inc(annotatedDocument.sentences);
        sentencesParsed.inc(annotatedDocument.sentencesParsed);
        millisPerDocument.update((System.nanoTime() - start) / 1_000_000);
        out.get(ANNOTATED).output(done);
      } catch (TimeoutException e) {
        result.cancel(true);
        reject(
            out,
            document,
            ANNOTATION_TIMEOUT,
            String.format(
                "annotation took longer than %d s (--maxAnnotationSeconds) for %,d characters of text",
                maxAnnotationSeconds, document.getText().length()),
            null);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (isWorkerFault(cause)) {
          // Not this document's fault: fail the bundle, so the runner retries it (on Flink batch
          // jobs: restart-strategy.type: fixed-delay in the Flink configuration, --flinkConfDir)
          // or the run fails, rather than reject every document.
          throw new IllegalStateException(
              "worker fault while annotating " + document.getSourceUri(), cause);
        }
        reject(
            out, document, ANNOTATION_FAILED, "CoreNLP failed on this document: " + cause, cause);
      } catch (InterruptedException e) {
        result.cancel(true);
        Thread.currentThread().interrupt();
        throw new IllegalStateException(
            "interrupted while annotating " + document.getSourceUri(), e);
      }
    }

    /**
     * A missing class (models jar absent on a worker), a CoreNLP whose insides are not the ones
     * eventwire's patches know, or a worker out of memory says nothing about the document; a stack
     * overflow on a pathological sentence does, and is rejected like any throw.
     */
    static boolean isWorkerFault(Throwable t) {
      return t instanceof LinkageError
          || t instanceof CoreNlpInternals.IncompatibleCoreNlpException
          || (t instanceof VirtualMachineError && !(t instanceof StackOverflowError));
    }

    private void reject(
        MultiOutputReceiver out,
        Document document,
        String error,
        String message,
        @Nullable Throwable thrown) {
      rejected.inc();
      Rejected record =
          Rejections.of(
              document.getSourceUri(),
              STAGE,
              error,
              message,
              document.getByteSize(),
              document.getContentSha256(),
              document.getDocId(),
              thrown);
      Rejections.log(record);
      out.get(REJECTED).output(record);
    }
  }
}
