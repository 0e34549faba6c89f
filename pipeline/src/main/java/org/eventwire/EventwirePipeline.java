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
import org.apache.avro.Schema;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.eventwire.annotate.AnnotateDocuments;
import org.eventwire.annotate.AnnotationLimits;
import org.eventwire.annotate.CoreNlpAnnotator;
import org.eventwire.annotate.CoreNlpSettings;
import org.eventwire.annotate.DocumentAnnotator;
import org.eventwire.annotate.SharedCoreNlp;
import org.eventwire.common.RunDirectory;
import org.eventwire.dedup.CopyTimexesToReprints;
import org.eventwire.dedup.DedupSettings;
import org.eventwire.dedup.FindReprints;
import org.eventwire.dedup.FindSharedPassages;
import org.eventwire.dedup.ReplaceRejectedCanonicals;
import org.eventwire.events.EventLexicon;
import org.eventwire.events.EventMention;
import org.eventwire.events.MergeEvents;
import org.eventwire.read.DocumentDecoder;
import org.eventwire.read.ReadDocuments;
import org.eventwire.records.Document;
import org.eventwire.records.Event;
import org.eventwire.records.Mention;
import org.eventwire.records.Rejected;
import org.eventwire.report.RunReport;
import org.eventwire.run.ExitCodes;
import org.eventwire.run.RunCounts;
import org.eventwire.run.RunRefusedException;
import org.eventwire.run.StagedOutput;
import org.eventwire.write.WriteRun;
import org.slf4j.LoggerFactory;

/**
 * eventwire's main: options, then the graph (read, annotate, write), then the run into a staging
 * directory, then the schemas, the manifest, the report and _SUCCESS beside the records, and only
 * then the staged run takes the place of --output ({@link StagedOutput}).
 *
 * <p>Exit codes: {@link ExitCodes}, one table for every way a run ends.
 */
public final class EventwirePipeline {
  public static final int EXIT_OK = ExitCodes.OK;
  public static final int EXIT_RUN_FAILED = ExitCodes.RUN_FAILED;
  public static final int EXIT_USAGE = ExitCodes.USAGE;
  public static final int EXIT_OUTPUT_EXISTS = ExitCodes.OUTPUT_COMPLETE;

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
    try {
      EventwireOptions options = parse(args);
      DocumentAnnotator.Factory annotator = annotatorFactory(options);
      RunCounts counts = runToCompletion(options, annotator, err);
      out.printf(
          "eventwire: %,d files matched: %,d documents, %,d rejected; %,d tokens annotated%n",
          counts.filesMatched, counts.documents(), counts.rejected(), counts.tokens);
      out.printf("eventwire: output in %s%n", new RunDirectory(options.getOutput()).directory());
      counts.dedupCounters.forEach(
          (name, value) -> {
            if (name.endsWith("_items_not_converged") && value > 0) {
              err.printf(
                  "eventwire: warning: %,d items in clusters wider than --dedupRounds=%d (%s);"
                      + " raise --dedupRounds%n",
                  value, options.getDedupRounds(), name);
            }
          });
      return EXIT_OK;
    } catch (Exception e) {
      ExitCodes.Outcome outcome = ExitCodes.of(e);
      err.println(
          "eventwire: "
              + outcome.label
              + ": "
              + oneLine(outcome.code == ExitCodes.RUN_FAILED ? String.valueOf(e) : e.getMessage()));
      if (outcome.code == ExitCodes.RUN_FAILED) {
        e.printStackTrace(err);
      }
      return outcome.code;
    }
  }

  /** The options, every value checked, or a usage error naming what is wrong with them. */
  static EventwireOptions parse(String[] args) throws RunRefusedException.Usage {
    EventwireOptions options;
    try {
      PipelineOptionsFactory.register(EventwireOptions.class);
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(EventwireOptions.class);
      defaultDocDate(options);
    } catch (IllegalArgumentException e) {
      throw new RunRefusedException.Usage(oneLine(e.getMessage()) + " (see --help)");
    }
    OptionChecks.check(options);
    return options;
  }

  public static DocumentAnnotator.Factory annotatorFactory(EventwireOptions options)
      throws RunRefusedException.Usage {
    String lexicon = options.getEventLexicon();
    EventLexicon eventLexicon;
    try {
      eventLexicon =
          lexicon == null || lexicon.isBlank()
              ? EventLexicon.standard()
              : EventLexicon.fromFile(lexicon);
    } catch (IOException | IllegalArgumentException e) {
      throw new RunRefusedException.Usage(
          "cannot read --eventLexicon=" + lexicon + ": " + oneLine(e.getMessage()));
    }
    return CoreNlpAnnotator.factory(coreNlpSettings(options), eventLexicon);
  }

  public static CoreNlpSettings coreNlpSettings(EventwireOptions options) {
    return new CoreNlpSettings(
        options.getAnnotators(),
        options.getFineGrainedNer(),
        options.getParseSentences(),
        options.getTimexSearch(),
        options.getParserScoring(),
        options.getDependencyGraphs(),
        new AnnotationLimits(
            options.getMaxTokenChars(),
            options.getMaxSentenceTokens(),
            options.getMaxSentenceChars(),
            options.getMaxDocumentTokens()));
  }

  /**
   * Whether the job runs on a Flink cluster embedded in this JVM (--flinkMaster=[local]), whose
   * attached mode gives no metrics until the job ends.
   */
  static boolean flinkWorkersHere(EventwireOptions options) {
    if (!options.getRunner().getSimpleName().equals("FlinkRunner")) {
      return false;
    }
    String master =
        options.as(org.apache.beam.runners.flink.FlinkPipelineOptions.class).getFlinkMaster();
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
    Thread loader =
        new Thread(
            () -> {
              try {
                annotator.preload();
              } catch (RuntimeException e) {
                // The annotate stage loads again and reports the failure where it belongs.
                LoggerFactory.getLogger(EventwirePipeline.class)
                    .warn("early model load failed: {}", e.toString());
              }
            },
            "eventwire-model-loader");
    loader.setDaemon(true);
    loader.start();
  }

  /**
   * Runs one complete pipeline into options.getOutput(): checks every option and builds the graph,
   * checks the input and the output, then runs the graph into a staging directory, writes schemas,
   * manifest, report.html (read back from the written records) and, last, _SUCCESS there, and
   * publishes the staged run in the place of --output.
   */
  public static RunCounts runToCompletion(
      EventwireOptions options, DocumentAnnotator.Factory annotator) throws Exception {
    return runToCompletion(options, annotator, System.err);
  }

  /** As above, with progress lines (unless --quiet) on {@code err}. */
  public static RunCounts runToCompletion(
      EventwireOptions options, DocumentAnnotator.Factory annotator, PrintStream err)
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
      build(
          pipeline, options, annotator, StagedOutput.stagingDirectory(options.getOutput(), runId));
    } catch (IllegalArgumentException e) {
      throw new RunRefusedException.Usage(oneLine(e.getMessage()));
    }
    checkInput(options);
    try (StagedOutput output =
        StagedOutput.open(options.getOutput(), runId, options.getOverwrite())) {
      // Start the model load at once: it is the longest step before the first document can be
      // annotated.
      if (options.getAnnotate() && workersShareThisJvm(options)) {
        startLoadingModels(annotator);
      }
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
        throw new IllegalStateException(
            "files_matched "
                + counts.filesMatched
                + " != documents "
                + counts.documents()
                + " + rejected "
                + counts.rejected()
                + ": an input went missing");
      }
      pauseBeforeFinishForTests();
      String manifest = manifest(options, annotator, counts, runId, started, Instant.now());
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
      return counts;
    }
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
      throw new RunRefusedException.Usage(oneLine(e.getMessage()));
    } catch (IOException e) {
      throw new RunRefusedException.Usage(
          "cannot match --input=" + options.getInput() + ": " + oneLine(String.valueOf(e)));
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
  public static void build(
      Pipeline pipeline,
      EventwireOptions options,
      DocumentAnnotator.Factory annotator,
      ResourceId outputDirectory) {
    PCollectionTuple read =
        pipeline.apply(
            "ReadDocuments",
            new ReadDocuments(
                options.getInput(),
                options.getMaxDocumentBytes(),
                defaultDocDate(options),
                shuffleShards(options),
                options.getAllowEmptyInput()));
    PCollectionList<Rejected> rejected = PCollectionList.of(read.get(ReadDocuments.REJECTED));

    PCollectionTuple clustered =
        read.get(ReadDocuments.DOCUMENTS)
            .apply("FindReprints", new FindReprints(documentDedup(options)));
    PCollection<Document> canonical = clustered.get(FindReprints.CANONICAL);
    PCollection<Document> reprints = clustered.get(FindReprints.REPRINTS);
    PCollection<Event> events;
    PCollection<Mention> mentions;
    if (options.getAnnotate()) {
      // Only one copy per cluster is annotated: reprints carry the story but add nothing to parse.
      PCollectionTuple annotated =
          canonical.apply(
              "AnnotateDocuments",
              new AnnotateDocuments(
                  annotator, options.getMaxAnnotationSeconds(), shuffleShards(options)));
      // A cluster whose canonical copy was rejected gets its next copy annotated in its place.
      PCollectionTuple replaced =
          PCollectionTuple.of(
                  ReplaceRejectedCanonicals.REJECTED, annotated.get(AnnotateDocuments.REJECTED))
              .and(ReplaceRejectedCanonicals.REPRINTS, reprints)
              .apply(
                  "ChooseSubstitutes",
                  new ReplaceRejectedCanonicals.ChooseSubstitutes(
                      shuffleShards(options), options.getDedupShingleWords()));
      PCollectionTuple substitutes =
          replaced
              .get(ReplaceRejectedCanonicals.SUBSTITUTES)
              .apply(
                  "AnnotateSubstitutes",
                  new AnnotateDocuments(
                      annotator, options.getMaxAnnotationSeconds(), shuffleShards(options)));
      PCollectionTuple orphans =
          PCollectionTuple.of(
                  ReplaceRejectedCanonicals.REJECTED, substitutes.get(AnnotateDocuments.REJECTED))
              .and(
                  ReplaceRejectedCanonicals.REPRINTS,
                  replaced.get(ReplaceRejectedCanonicals.REPOINTED))
              .apply(
                  "RejectOrphanedReprints",
                  new ReplaceRejectedCanonicals.RejectOrphans(shuffleShards(options)));
      reprints =
          PCollectionList.of(replaced.get(ReplaceRejectedCanonicals.REPRINTS))
              .and(orphans.get(ReplaceRejectedCanonicals.REPRINTS))
              .apply("AllReprints", Flatten.pCollections());
      canonical =
          PCollectionList.of(annotated.get(AnnotateDocuments.ANNOTATED))
              .and(substitutes.get(AnnotateDocuments.ANNOTATED))
              .apply("AllAnnotated", Flatten.pCollections())
              .apply(
                  "FindSharedPassages",
                  new FindSharedPassages(passageDedup(options), options.getPassageMinWords()));
      rejected =
          rejected
              .and(annotated.get(AnnotateDocuments.REJECTED))
              .and(substitutes.get(AnnotateDocuments.REJECTED))
              .and(orphans.get(ReplaceRejectedCanonicals.ORPHANS));
      PCollection<EventMention> eventMentions =
          PCollectionList.of(annotated.get(AnnotateDocuments.EVENT_MENTIONS))
              .and(substitutes.get(AnnotateDocuments.EVENT_MENTIONS))
              .apply("AllEventMentions", Flatten.pCollections());
      PCollectionTuple merged =
          PCollectionTuple.of(MergeEvents.MENTIONS, eventMentions)
              .and(MergeEvents.ANNOTATED, canonical)
              .and(MergeEvents.REPRINTS, reprints)
              .apply("MergeEvents", new MergeEvents(shuffleShards(options)));
      events = merged.get(MergeEvents.EVENTS);
      mentions = merged.get(MergeEvents.EVENT_MENTIONS);
      // Reprints are not annotated, but each gets its canonical copy's dates where it reprints
      // them.
      reprints =
          PCollectionList.of(canonical)
              .and(reprints)
              .apply("CopyTimexesToReprints", new CopyTimexesToReprints(shuffleShards(options)));
    } else {
      events = pipeline.apply("NoEvents", Create.empty(AvroCoder.specific(Event.class)));
      mentions = pipeline.apply("NoMentions", Create.empty(AvroCoder.specific(Mention.class)));
    }
    PCollection<Document> documents =
        PCollectionList.of(canonical).and(reprints).apply("AllDocuments", Flatten.pCollections());

    PCollectionTuple.of(WriteRun.DOCUMENTS, documents)
        .and(WriteRun.REJECTED, rejected.apply("AllRejected", Flatten.pCollections()))
        .and(WriteRun.EVENTS, events)
        .and(WriteRun.MENTIONS, mentions)
        .apply("WriteRun", new WriteRun(outputDirectory, options.getNumShards()));
  }

  public static DedupSettings documentDedup(EventwireOptions o) {
    return new DedupSettings(
        o.getDedupShingleWords(),
        o.getDedupThreshold(),
        o.getDedupBands(),
        o.getDedupRows(),
        o.getDedupMaxShingleShare(),
        o.getDedupMinFrequentCount(),
        o.getDedupRounds(),
        50,
        shuffleShards(o),
        o.getDedupContainment(),
        o.getDedupMinSharedShingles(),
        o.getDedupSampleEvery());
  }

  public static DedupSettings passageDedup(EventwireOptions o) {
    return new DedupSettings(
        o.getPassageShingleWords(),
        o.getPassageThreshold(),
        o.getDedupBands(),
        o.getDedupRows(),
        o.getDedupMaxShingleShare(),
        o.getDedupMinFrequentCount(),
        o.getDedupRounds(),
        50,
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

  static String manifest(
      EventwireOptions options,
      DocumentAnnotator.Factory annotator,
      RunCounts counts,
      String runId,
      Instant started,
      Instant finished)
      throws IOException {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("run_id", runId);
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
    dedup.put(
        "passages",
        passageDedup(options).toString()
            + ", sentences of "
            + options.getPassageMinWords()
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
    return new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(manifest)
        + "\n";
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
