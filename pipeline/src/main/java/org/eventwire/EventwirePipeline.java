package org.eventwire;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.eventwire.annotate.AnnotateDocuments;
import org.eventwire.annotate.CoreNlpAnnotator;
import org.eventwire.annotate.CoreNlpSettings;
import org.eventwire.annotate.DocumentAnnotator;
import org.eventwire.annotate.SharedCoreNlp;
import org.eventwire.dedup.DedupSettings;
import org.eventwire.dedup.CopyTimexesToReprints;
import org.eventwire.dedup.FindReprints;
import org.eventwire.dedup.FindSharedPassages;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.Create;
import org.eventwire.events.EventLexicon;
import org.eventwire.events.MergeEvents;
import org.eventwire.read.DocumentDecoder;
import org.eventwire.read.ReadDocuments;
import org.eventwire.records.Document;
import org.eventwire.records.Event;
import org.eventwire.records.Mention;
import org.eventwire.records.Rejected;
import org.eventwire.report.RunReport;
import org.eventwire.write.RunCounts;
import org.eventwire.write.RunDirectory;
import org.eventwire.write.WriteRun;
import org.slf4j.LoggerFactory;

/**
 * eventwire's main: options, then the graph (read, annotate, write), then the run, then the
 * schemas, the manifest, the report and _SUCCESS beside the records.
 *
 * <p>Exit codes: 0 the run succeeded (rejected inputs do not fail it); 1 the run failed;
 * 2 usage error; 3 the output directory holds a complete run and --overwrite was not given.
 */
public final class EventwirePipeline {
  public static final int EXIT_OK = 0;
  public static final int EXIT_RUN_FAILED = 1;
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_OUTPUT_EXISTS = 3;

  private EventwirePipeline() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    // CoreNLP and the runner leave non-daemon threads behind; the exit code is what matters.
    System.exit(status);
  }

  /** Parses the arguments, runs the pipeline and returns the process exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (Arrays.asList(args).contains("--help")) {
      PipelineOptionsFactory.printHelp(out, EventwireOptions.class);
      return EXIT_OK;
    }
    EventwireOptions options;
    try {
      PipelineOptionsFactory.register(EventwireOptions.class);
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(EventwireOptions.class);
      defaultDocDate(options);
      documentDedup(options);
    } catch (IllegalArgumentException e) {
      err.println("eventwire: usage error: " + oneLine(e.getMessage()) + " (see --help)");
      return EXIT_USAGE;
    }
    DocumentAnnotator.Factory annotator;
    try {
      annotator = annotatorFactory(options);
    } catch (IllegalArgumentException e) {
      err.println("eventwire: usage error: " + oneLine(e.getMessage()));
      return EXIT_USAGE;
    }
    try {
      RunCounts counts = runToCompletion(options, annotator, err);
      out.printf("eventwire: %,d files matched: %,d documents, %,d rejected; %,d tokens annotated%n",
          counts.filesMatched, counts.documents(), counts.rejected(), counts.tokens);
      out.printf("eventwire: output in %s%n", new RunDirectory(options.getOutput()).directory());
      counts.dedupCounters.forEach((name, value) -> {
        if (name.endsWith("_items_not_converged") && value > 0) {
          err.printf("eventwire: warning: %,d items in clusters wider than --dedupRounds=%d (%s);"
              + " raise --dedupRounds%n", value, options.getDedupRounds(), name);
        }
      });
      return EXIT_OK;
    } catch (RunDirectory.CompleteRunExistsException e) {
      err.println("eventwire: refused: " + e.getMessage());
      return EXIT_OUTPUT_EXISTS;
    } catch (Exception e) {
      err.println("eventwire: run failed: " + oneLine(String.valueOf(e)));
      e.printStackTrace(err);
      return EXIT_RUN_FAILED;
    }
  }

  public static DocumentAnnotator.Factory annotatorFactory(EventwireOptions options) {
    String lexicon = options.getEventLexicon();
    try {
      return CoreNlpAnnotator.factory(coreNlpSettings(options),
          lexicon == null || lexicon.isBlank() ? EventLexicon.standard() : EventLexicon.fromFile(lexicon));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read --eventLexicon=" + lexicon + ": " + e.getMessage());
    }
  }

  public static CoreNlpSettings coreNlpSettings(EventwireOptions options) {
    return new CoreNlpSettings(options.getAnnotators(), options.getFineGrainedNer(), options.getParseSentences(),
        options.getTimexSearch(), options.getParserScoring(), options.getDependencyGraphs());
  }

  /**
   * Whether the job runs on a Flink cluster embedded in this JVM (--flinkMaster=[local]), whose
   * attached mode gives no metrics until the job ends.
   */
  static boolean flinkWorkersHere(EventwireOptions options) {
    if (!options.getRunner().getSimpleName().equals("FlinkRunner")) {
      return false;
    }
    String master = options.as(org.apache.beam.runners.flink.FlinkPipelineOptions.class).getFlinkMaster();
    return "[local]".equals(master);
  }

  /** Whether the runner executes the DoFns in this very JVM (so models loaded here are theirs). */
  static boolean workersShareThisJvm(EventwireOptions options) {
    return options.getRunner().getSimpleName().equals("DirectRunner");
  }

  /**
   * Loads CoreNLP's models on a background thread while the runner reads and deduplicates, so the
   * load (5 to 15 s) overlaps that work instead of following it. The annotate workers, asking for
   * the same pipelines, wait for this load rather than starting their own (SharedCoreNlp).
   */
  static void startLoadingModels(DocumentAnnotator.Factory annotator) {
    Thread loader = new Thread(() -> {
      try {
        annotator.preload();
      } catch (RuntimeException e) {
        // The annotate stage loads again and reports the failure where it belongs.
        LoggerFactory.getLogger(EventwirePipeline.class).warn("early model load failed: {}", e.toString());
      }
    }, "eventwire-model-loader");
    loader.setDaemon(true);
    loader.start();
  }

  /**
   * Runs one complete pipeline into options.getOutput(): prepares the directory, runs the graph,
   * then writes schemas, manifest, report.html (read back from the written records) and, last, _SUCCESS.
   */
  public static RunCounts runToCompletion(EventwireOptions options, DocumentAnnotator.Factory annotator)
      throws IOException, RunDirectory.CompleteRunExistsException {
    return runToCompletion(options, annotator, System.err);
  }

  /** As above, with progress lines (unless --quiet) on {@code err}. */
  public static RunCounts runToCompletion(EventwireOptions options, DocumentAnnotator.Factory annotator,
      PrintStream err) throws IOException, RunDirectory.CompleteRunExistsException {
    Instant started = Instant.now();
    RunDirectory output = new RunDirectory(options.getOutput());
    // Refuse a complete output before anything else, then start the model load at once: it is
    // the longest step before the first document can be annotated.
    output.checkNotComplete(options.getOverwrite());
    if (options.getAnnotate() && workersShareThisJvm(options)) {
      startLoadingModels(annotator);
    }
    runnerDefaults(options);
    Pipeline pipeline = Pipeline.create(options);
    output.prepare(options.getOverwrite());
    build(pipeline, options, annotator, output);
    PipelineResult result;
    PipelineResult.State state;
    try (RunProgress progress = RunProgress.start(err, options, flinkWorkersHere(options))) {
      result = pipeline.run();
      progress.watch(result);
      state = result.waitUntilFinish();
    }
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("pipeline ended in state " + state);
    }
    RunCounts counts = RunCounts.from(result);
    if (!counts.accountsForEveryFile()) {
      throw new IllegalStateException("files_matched " + counts.filesMatched + " != documents "
          + counts.documents() + " + rejected " + counts.rejected() + ": an input went missing");
    }
    pauseBeforeFinishForTests();
    Instant finished = Instant.now();
    output.finish(List.of(Document.getClassSchema(), Rejected.getClassSchema(), Event.getClassSchema(),
            Mention.getClassSchema()),
        manifest(options, annotator, counts, started, finished), RunReport::html);
    return counts;
  }

  /**
   * Runner settings this pipeline needs. The DirectRunner must not block in run(), so that progress
   * can poll its metrics. Flink keeps its DataSet translation for batch (not useDataStreamForBatch):
   * Flink 1.19.0's DataStream graph generator lists every path from each operator back to the
   * sources (Transformation.getTransitivePredecessors, uncached until FLINK-32513), and the two
   * dedup stages in a row give this graph too many paths: job building never finished.
   */
  static void runnerDefaults(EventwireOptions options) {
    if (options.getRunner().getSimpleName().equals("DirectRunner")) {
      options.as(DirectOptions.class).setBlockOnRun(false);
    }
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

  /** The graph: read, annotate (unless --annotate=false), write. */
  public static void build(Pipeline pipeline, EventwireOptions options,
      DocumentAnnotator.Factory annotator, RunDirectory output) {
    PCollectionTuple read = pipeline.apply("ReadDocuments",
        new ReadDocuments(options.getInput(), options.getMaxDocumentBytes(), defaultDocDate(options),
            shuffleShards(options)));
    PCollectionList<Rejected> rejected = PCollectionList.of(read.get(ReadDocuments.REJECTED));

    PCollectionTuple clustered = read.get(ReadDocuments.DOCUMENTS)
        .apply("FindReprints", new FindReprints(documentDedup(options)));
    PCollection<Document> canonical = clustered.get(FindReprints.CANONICAL);
    PCollection<Document> reprints = clustered.get(FindReprints.REPRINTS);
    PCollection<Event> events;
    PCollection<Mention> mentions;
    if (options.getAnnotate()) {
      // Only one copy per cluster is annotated: reprints carry the story but add nothing to parse.
      PCollectionTuple annotated = canonical.apply("AnnotateDocuments",
          new AnnotateDocuments(annotator, options.getMaxAnnotationSeconds(), shuffleShards(options)));
      canonical = annotated.get(AnnotateDocuments.ANNOTATED)
          .apply("FindSharedPassages", new FindSharedPassages(passageDedup(options), options.getPassageMinWords()));
      rejected = rejected.and(annotated.get(AnnotateDocuments.REJECTED));
      PCollectionTuple merged = PCollectionTuple.of(MergeEvents.MENTIONS, annotated.get(AnnotateDocuments.EVENT_MENTIONS))
          .and(MergeEvents.ANNOTATED, canonical)
          .and(MergeEvents.REPRINTS, reprints)
          .apply("MergeEvents", new MergeEvents(shuffleShards(options)));
      events = merged.get(MergeEvents.EVENTS);
      mentions = merged.get(MergeEvents.EVENT_MENTIONS);
      // Reprints are not annotated, but each gets its canonical copy's dates where it reprints them.
      reprints = PCollectionList.of(canonical).and(reprints)
          .apply("CopyTimexesToReprints", new CopyTimexesToReprints(shuffleShards(options)));
    } else {
      events = pipeline.apply("NoEvents", Create.empty(AvroCoder.specific(Event.class)));
      mentions = pipeline.apply("NoMentions", Create.empty(AvroCoder.specific(Mention.class)));
    }
    PCollection<Document> documents = PCollectionList.of(canonical).and(reprints)
        .apply("AllDocuments", Flatten.pCollections());

    PCollectionTuple.of(WriteRun.DOCUMENTS, documents)
        .and(WriteRun.REJECTED, rejected.apply("AllRejected", Flatten.pCollections()))
        .and(WriteRun.EVENTS, events)
        .and(WriteRun.MENTIONS, mentions)
        .apply("WriteRun", new WriteRun(output.directory(), options.getNumShards()));
  }

  public static DedupSettings documentDedup(EventwireOptions o) {
    return new DedupSettings(o.getDedupShingleWords(), o.getDedupThreshold(), o.getDedupBands(),
        o.getDedupRows(), o.getDedupMaxShingleShare(), o.getDedupMinFrequentCount(), o.getDedupRounds(), 50,
        shuffleShards(o), o.getDedupContainment(), o.getDedupMinSharedShingles(), o.getDedupSampleEvery());
  }

  public static DedupSettings passageDedup(EventwireOptions o) {
    return new DedupSettings(o.getPassageShingleWords(), o.getPassageThreshold(), o.getDedupBands(),
        o.getDedupRows(), o.getDedupMaxShingleShare(), o.getDedupMinFrequentCount(), o.getDedupRounds(), 50,
        shuffleShards(o));
  }

  /**
   * Keys per shuffle. The DirectRunner copies a key's grouped state once per input bundle, so it
   * wants few, large bundles: a few per core. A cluster wants many keys, to spread the work.
   */
  public static int shuffleShards(EventwireOptions o) {
    if (o.getShuffleShards() > 0) {
      return o.getShuffleShards();
    }
    boolean direct = o.getRunner().getSimpleName().equals("DirectRunner");
    return direct ? 4 * Runtime.getRuntime().availableProcessors() : 1024;
  }

  static @Nullable LocalDate defaultDocDate(EventwireOptions options) {
    String value = options.getDefaultDocDate();
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return DocumentDecoder.parseIsoDate(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--defaultDocDate=" + value + " is not a YYYY-MM-DD date");
    }
  }

  static String manifest(EventwireOptions options, DocumentAnnotator.Factory annotator, RunCounts counts,
      Instant started, Instant finished) throws IOException {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("run_id", UUID.randomUUID().toString());
    manifest.put("started_at", started.toString());
    manifest.put("finished_at", finished.toString());
    manifest.put("wall_seconds", Duration.between(started, finished).toMillis() / 1000.0);
    manifest.put("versions", versions());
    manifest.put("runner", options.getRunner().getSimpleName());
    manifest.put("options", eventwireOptions(options));
    Map<String, Object> annotation = new LinkedHashMap<>();
    annotation.put("enabled", options.getAnnotate());
    annotation.put("corenlp_properties", options.getAnnotate() ? annotator.describe() : null);
    annotation.put("model_loads_in_this_jvm", SharedCoreNlp.loadCount());
    manifest.put("annotation", annotation);
    manifest.put("counts", counts.asMap());
    Map<String, Object> dedup = new LinkedHashMap<>();
    dedup.put("documents", documentDedup(options).toString());
    dedup.put("passages", passageDedup(options).toString() + ", sentences of " + options.getPassageMinWords()
        + "+ words");
    dedup.put("counters", counts.dedupCounters);
    manifest.put("dedup", dedup);
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("documents", RunDirectory.DOCUMENTS + "/*.avro");
    outputs.put("rejected", RunDirectory.REJECTED + "/*.avro");
    outputs.put("events", RunDirectory.EVENTS + "/*.avro");
    outputs.put("mentions", RunDirectory.MENTIONS + "/*.avro");
    outputs.put("schemas", RunDirectory.SCHEMAS + "/*.avsc");
    manifest.put("outputs", outputs);
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(manifest) + "\n";
  }

  /** Versions of eventwire and of what it runs on, from the build. */
  public static Map<String, String> versions() {
    Properties built = new Properties();
    try (InputStream in = EventwirePipeline.class.getResourceAsStream("versions.properties")) {
      if (in != null) {
        built.load(in);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read versions.properties", e);
    }
    Map<String, String> versions = new LinkedHashMap<>();
    for (String name : List.of("eventwire", "beam", "corenlp", "avro")) {
      versions.put(name, built.getProperty(name, "unknown"));
    }
    versions.put("java", System.getProperty("java.version"));
    return versions;
  }

  /** The values of every eventwire option, by name, as the run saw them. */
  private static Map<String, Object> eventwireOptions(EventwireOptions options) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Method getter : EventwireOptions.class.getDeclaredMethods()) {
      String name = getter.getName();
      if (getter.getParameterCount() == 0 && (name.startsWith("get") || name.startsWith("is"))) {
        String option = name.startsWith("get") ? name.substring(3) : name.substring(2);
        option = Character.toLowerCase(option.charAt(0)) + option.substring(1);
        try {
          values.put(option, getter.invoke(options));
        } catch (ReflectiveOperationException e) {
          values.put(option, "unreadable: " + e);
        }
      }
    }
    return new java.util.TreeMap<>(values);
  }

  private static String oneLine(@Nullable String message) {
    return message == null ? "" : message.replaceAll("\\s*\\n\\s*", " ").strip();
  }
}
