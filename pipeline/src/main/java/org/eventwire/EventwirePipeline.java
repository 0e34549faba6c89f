package org.eventwire;

import java.io.PrintStream;
import java.util.Arrays;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.eventwire.annotate.AnnotateDocuments;
import org.eventwire.annotate.DocumentAnnotator;
import org.eventwire.common.RunDirectory;
import org.eventwire.events.EventMention;
import org.eventwire.merge.MergeEvents;
import org.eventwire.passages.FindSharedPassages;
import org.eventwire.read.ReadDocuments;
import org.eventwire.records.Document;
import org.eventwire.records.Event;
import org.eventwire.records.Mention;
import org.eventwire.records.Rejected;
import org.eventwire.reprints.CopyTimexesToReprints;
import org.eventwire.reprints.FindReprints;
import org.eventwire.reprints.ReplaceRejectedCanonicals;
import org.eventwire.run.ExitCodes;
import org.eventwire.run.RunCounts;
import org.eventwire.run.RunLifecycle;
import org.eventwire.run.RunRefusedException;
import org.eventwire.write.WriteRun;

/**
 * eventwire's main: the command line, then one run ({@link RunLifecycle}) of the graph built here,
 * a document's road in stage order: read, find reprints, annotate (entities, dates, event
 * mentions), find shared passages, merge events, write.
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
      RunCounts counts = run(options, err);
      out.printf(
          "eventwire: %,d files matched: %,d documents, %,d rejected; %,d tokens annotated%n",
          counts.filesMatched, counts.documents(), counts.rejected(), counts.tokens);
      out.printf("eventwire: output in %s%n", new RunDirectory(options.getOutput()).directory());
      warnUnconverged(counts, options, err);
      return EXIT_OK;
    } catch (Exception e) {
      ExitCodes.Outcome outcome = ExitCodes.of(e);
      err.println(
          "eventwire: "
              + outcome.label
              + ": "
              + RunRefusedException.oneLine(
                  outcome.code == ExitCodes.RUN_FAILED ? String.valueOf(e) : e.getMessage()));
      if (outcome.code == ExitCodes.RUN_FAILED) {
        e.printStackTrace(err);
      }
      return outcome.code;
    }
  }

  /** One complete run with the annotator the options ask for; progress lines on {@code err}. */
  public static RunCounts run(EventwireOptions options, PrintStream err) throws Exception {
    return runToCompletion(options, StageSettings.annotatorFactory(options), err);
  }

  private static void warnUnconverged(RunCounts counts, EventwireOptions options, PrintStream err) {
    counts.dedupCounters.forEach(
        (name, value) -> {
          if (name.endsWith("_items_not_converged") && value > 0) {
            err.printf(
                "eventwire: warning: %,d items in clusters wider than --dedupRounds=%d (%s);"
                    + " raise --dedupRounds%n",
                value, options.getDedupRounds(), name);
          }
        });
  }

  /** The options, every value checked, or a usage error naming what is wrong with them. */
  static EventwireOptions parse(String[] args) throws RunRefusedException.Usage {
    EventwireOptions options;
    try {
      PipelineOptionsFactory.register(EventwireOptions.class);
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(EventwireOptions.class);
      StageSettings.defaultDocDate(options);
    } catch (IllegalArgumentException e) {
      throw new RunRefusedException.Usage(
          RunRefusedException.oneLine(e.getMessage()) + " (see --help)");
    }
    OptionChecks.check(options);
    return options;
  }

  /**
   * Runs one complete pipeline into options.getOutput() with {@code annotator}: see {@link
   * RunLifecycle}.
   */
  public static RunCounts runToCompletion(
      EventwireOptions options, DocumentAnnotator.Factory annotator) throws Exception {
    return runToCompletion(options, annotator, System.err);
  }

  /** As above, with progress lines (unless --quiet) on {@code err}. */
  public static RunCounts runToCompletion(
      EventwireOptions options, DocumentAnnotator.Factory annotator, PrintStream err)
      throws Exception {
    return RunLifecycle.runToCompletion(
        options,
        annotator,
        err,
        (pipeline, outputDirectory) -> build(pipeline, options, annotator, outputDirectory));
  }

  /** The graph: read, find reprints, annotate (unless --annotate=false), write. */
  public static void build(
      Pipeline pipeline,
      EventwireOptions options,
      DocumentAnnotator.Factory annotator,
      ResourceId outputDirectory) {
    int shards = StageSettings.shuffleShards(options);
    PCollectionTuple read =
        pipeline.apply(
            "ReadDocuments",
            new ReadDocuments(
                options.getInput(),
                options.getMaxDocumentBytes(),
                StageSettings.defaultDocDate(options),
                shards,
                options.getAllowEmptyInput()));
    PCollectionTuple clustered =
        read.get(ReadDocuments.DOCUMENTS)
            .apply("FindReprints", new FindReprints(StageSettings.documentDedup(options)));
    Road road =
        new Road(
            clustered.get(FindReprints.CANONICAL),
            clustered.get(FindReprints.REPRINTS),
            PCollectionList.of(read.get(ReadDocuments.REJECTED)));
    if (options.getAnnotate()) {
      road = annotate(road, options, annotator);
    } else {
      road.events = pipeline.apply("NoEvents", Create.empty(AvroCoder.specific(Event.class)));
      road.mentions = pipeline.apply("NoMentions", Create.empty(AvroCoder.specific(Mention.class)));
    }
    PCollection<Document> documents =
        PCollectionList.of(road.canonical)
            .and(road.reprints)
            .apply("AllDocuments", Flatten.pCollections());
    PCollectionTuple.of(WriteRun.DOCUMENTS, documents)
        .and(WriteRun.REJECTED, road.rejected.apply("AllRejected", Flatten.pCollections()))
        .and(WriteRun.EVENTS, road.events)
        .and(WriteRun.MENTIONS, road.mentions)
        .apply("WriteRun", new WriteRun(outputDirectory, options.getNumShards()));
  }

  /** What travels between the stages of the graph: documents, rejections, events. */
  private static final class Road {
    PCollection<Document> canonical;
    PCollection<Document> reprints;
    PCollectionList<Rejected> rejected;
    PCollection<Event> events;
    PCollection<Mention> mentions;
    PCollectionList<EventMention> eventMentions;

    Road(
        PCollection<Document> canonical,
        PCollection<Document> reprints,
        PCollectionList<Rejected> rejected) {
      this.canonical = canonical;
      this.reprints = reprints;
      this.rejected = rejected;
    }
  }

  /**
   * Annotates one copy per cluster (reprints carry the story but add nothing to parse), then finds
   * shared passages, merges the event mentions into events and gives reprints their canonical
   * copy's dates.
   */
  private static Road annotate(
      Road road, EventwireOptions options, DocumentAnnotator.Factory annotator) {
    int shards = StageSettings.shuffleShards(options);
    PCollectionTuple annotated =
        road.canonical.apply(
            "AnnotateDocuments",
            new AnnotateDocuments(annotator, options.getMaxAnnotationSeconds(), shards));
    Road substituted = substituteRejectedCanonicals(road, annotated, options, annotator);
    PCollection<Document> canonical =
        substituted.canonical.apply(
            "FindSharedPassages",
            new FindSharedPassages(
                StageSettings.passageDedup(options), options.getPassageMinWords()));
    PCollectionTuple merged =
        PCollectionTuple.of(
                MergeEvents.MENTIONS,
                substituted.eventMentions.apply("AllEventMentions", Flatten.pCollections()))
            .and(MergeEvents.ANNOTATED, canonical)
            .and(MergeEvents.REPRINTS, substituted.reprints)
            .apply("MergeEvents", new MergeEvents(shards, options.getResolveActorsAndPlaces()));
    // The merge stage hands the documents back with their place entities resolved.
    canonical = merged.get(MergeEvents.DOCUMENTS);
    // Reprints are not annotated, but each gets its canonical copy's dates where it reprints them.
    PCollection<Document> reprints =
        PCollectionList.of(canonical)
            .and(substituted.reprints)
            .apply("CopyTimexesToReprints", new CopyTimexesToReprints(shards));
    Road after = new Road(canonical, reprints, substituted.rejected);
    after.events = merged.get(MergeEvents.EVENTS);
    after.mentions = merged.get(MergeEvents.EVENT_MENTIONS);
    return after;
  }

  /**
   * A cluster whose canonical copy was rejected gets its next copy annotated in its place; a
   * cluster with no copy left that annotates has its reprints rejected.
   */
  private static Road substituteRejectedCanonicals(
      Road road,
      PCollectionTuple annotated,
      EventwireOptions options,
      DocumentAnnotator.Factory annotator) {
    int shards = StageSettings.shuffleShards(options);
    PCollectionTuple replaced =
        PCollectionTuple.of(
                ReplaceRejectedCanonicals.REJECTED, annotated.get(AnnotateDocuments.REJECTED))
            .and(ReplaceRejectedCanonicals.REPRINTS, road.reprints)
            .apply(
                "ChooseSubstitutes",
                new ReplaceRejectedCanonicals.ChooseSubstitutes(
                    shards, options.getDedupShingleWords()));
    PCollectionTuple substitutes =
        replaced
            .get(ReplaceRejectedCanonicals.SUBSTITUTES)
            .apply(
                "AnnotateSubstitutes",
                new AnnotateDocuments(annotator, options.getMaxAnnotationSeconds(), shards));
    PCollectionTuple orphans =
        PCollectionTuple.of(
                ReplaceRejectedCanonicals.REJECTED, substitutes.get(AnnotateDocuments.REJECTED))
            .and(
                ReplaceRejectedCanonicals.REPRINTS,
                replaced.get(ReplaceRejectedCanonicals.REPOINTED))
            .apply("RejectOrphanedReprints", new ReplaceRejectedCanonicals.RejectOrphans(shards));
    Road substituted =
        new Road(
            PCollectionList.of(annotated.get(AnnotateDocuments.ANNOTATED))
                .and(substitutes.get(AnnotateDocuments.ANNOTATED))
                .apply("AllAnnotated", Flatten.pCollections()),
            PCollectionList.of(replaced.get(ReplaceRejectedCanonicals.REPRINTS))
                .and(orphans.get(ReplaceRejectedCanonicals.REPRINTS))
                .apply("AllReprints", Flatten.pCollections()),
            road.rejected
                .and(annotated.get(AnnotateDocuments.REJECTED))
                .and(substitutes.get(AnnotateDocuments.REJECTED))
                .and(orphans.get(ReplaceRejectedCanonicals.ORPHANS)));
    substituted.eventMentions =
        PCollectionList.of(annotated.get(AnnotateDocuments.EVENT_MENTIONS))
            .and(substitutes.get(AnnotateDocuments.EVENT_MENTIONS));
    return substituted;
  }
}
