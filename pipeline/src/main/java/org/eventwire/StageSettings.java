package org.eventwire;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.eventwire.annotate.AnnotationLimits;
import org.eventwire.annotate.CoreNlpAnnotator;
import org.eventwire.annotate.CoreNlpSettings;
import org.eventwire.annotate.DocumentAnnotator;
import org.eventwire.events.EventLexicon;
import org.eventwire.neardup.DedupSettings;
import org.eventwire.read.DocumentDecoder;
import org.eventwire.run.RunRefusedException;
import org.eventwire.run.Runners;

/** The command line's options turned into each stage's own settings. */
public final class StageSettings {
  private StageSettings() {}

  /** The annotator the options ask for, with its event lexicon read. */
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
          "cannot read --eventLexicon="
              + lexicon
              + ": "
              + RunRefusedException.oneLine(e.getMessage()));
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
            options.getMaxDocumentTokens()),
        options.getTimexResolution(),
        options.getEventDates());
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
    return Runners.direct(o) ? 4 * Runtime.getRuntime().availableProcessors() : 1024;
  }

  /** --defaultDocDate as a date, or null when it is not given. */
  public static @Nullable LocalDate defaultDocDate(EventwireOptions options) {
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
}
