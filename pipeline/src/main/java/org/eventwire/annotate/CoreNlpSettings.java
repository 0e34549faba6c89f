package org.eventwire.annotate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.eventwire.events.EventDates;

/**
 * How eventwire runs CoreNLP, and where that differs from stock. Two pipelines share the work: a
 * tagger (every annotator but depparse) that sees every sentence, and the dependency parser, which
 * sees only the sentences that need it. Each setting that is not stock has its stock value one
 * option away.
 */
public final class CoreNlpSettings implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String PARSER = "depparse";

  /** CoreNLP's fine-grained NER pass (CITY, COUNTRY, NATIONALITY, TITLE ... from gazetteers). */
  public enum FineGrainedNer {
    /** Stock: the full gazetteers, regular-expression entries included. */
    STOCK,
    /**
     * The gazetteers as literal entries only ({@link CompactGazetteer}): same tags, far cheaper.
     */
    COMPACT,
    /** No fine-grained pass: LOCATION instead of CITY or COUNTRY, MISC instead of NATIONALITY. */
    OFF
  }

  /** Which sentences the dependency parser sees. */
  public enum ParseSentences {
    /** Stock: every sentence. */
    ALL,
    /** Only sentences with a token that could trigger an event; the others give no event anyway. */
    EVENT_CANDIDATES
  }

  /** Where SUTime looks for time expressions. */
  public enum TimexSearch {
    /** Stock: every sentence, whole. */
    WHOLE_SENTENCES,
    /**
     * Only around the words an expression needs ({@link CueWindowedSutime}): the same dates, less
     * work.
     */
    CUE_WINDOWS
  }

  /** How the values of temporal expressions are settled once SUTime has found them. */
  public enum TimexResolution {
    /** Stock: SUTime's own values, resolved against the document date alone. */
    SUTIME,
    /**
     * SUTime's values, with relative expressions re-anchored by the tense of their verb, the last
     * day the story named and the granularity the text states ({@link RelativeDates}).
     */
    TENSE_AND_REFERENCE
  }

  /** How the dependency parser computes its transition scores. */
  public enum ParserScoring {
    /** Stock: CoreNLP's own code, one feature cache for every thread behind one lock. */
    STOCK,
    /**
     * Loops the JIT vectorises, a lock-free cache ({@link VectorisedParser}): the same scores, to
     * the bit.
     */
    VECTORISED
  }

  /** Which dependency graphs a parsed sentence gets. */
  public enum DependencyGraphs {
    /**
     * Stock: the five CoreNLP's depparse annotator builds (basic, collapsed, CC-processed,
     * enhanced, enhanced++).
     */
    ALL,
    /**
     * Only enhanced++, the one the event extractor reads ({@link SentenceParser}): the same events,
     * less work.
     */
    ENHANCED_PLUS_PLUS
  }

  /**
   * Marks the parser's properties when it scores the vectorised way; read by {@link SharedCoreNlp}.
   */
  static final String PARSER_SCORING_PROPERTY = "depparse.eventwire.scoring";

  /**
   * Marks the tagger's NER properties when SUTime is windowed. It is read by {@link SharedCoreNlp},
   * and it keeps CoreNLP's own annotator cache from handing a stock pipeline this NER annotator.
   */
  static final String TIMEX_SEARCH_PROPERTY = "ner.eventwire.timexSearch";

  private final List<String> annotators;
  private final FineGrainedNer fineGrainedNer;
  private final ParseSentences parseSentences;
  private final TimexSearch timexSearch;
  private final ParserScoring parserScoring;
  private final DependencyGraphs dependencyGraphs;
  private final @Nullable AnnotationLimits limits;
  private final TimexResolution timexResolution;
  private final EventDates.Rule eventDates;

  public CoreNlpSettings(
      String annotators, FineGrainedNer fineGrainedNer, ParseSentences parseSentences) {
    this(
        annotators,
        fineGrainedNer,
        parseSentences,
        TimexSearch.CUE_WINDOWS,
        ParserScoring.VECTORISED,
        DependencyGraphs.ENHANCED_PLUS_PLUS,
        AnnotationLimits.DEFAULTS);
  }

  /**
   * @param limits what of a document CoreNLP may see; null: everything, as stock CoreNLP does
   */
  public CoreNlpSettings(
      String annotators,
      FineGrainedNer fineGrainedNer,
      ParseSentences parseSentences,
      TimexSearch timexSearch,
      ParserScoring parserScoring,
      DependencyGraphs dependencyGraphs,
      @Nullable AnnotationLimits limits) {
    this(
        annotators,
        fineGrainedNer,
        parseSentences,
        timexSearch,
        parserScoring,
        dependencyGraphs,
        limits,
        TimexResolution.TENSE_AND_REFERENCE,
        EventDates.Rule.CONTEXT);
  }

  /**
   * @param limits what of a document CoreNLP may see; null: everything, as stock CoreNLP does
   * @param timexResolution how expressions get their values once SUTime has found them
   * @param eventDates which rules date an event
   */
  public CoreNlpSettings(
      String annotators,
      FineGrainedNer fineGrainedNer,
      ParseSentences parseSentences,
      TimexSearch timexSearch,
      ParserScoring parserScoring,
      DependencyGraphs dependencyGraphs,
      @Nullable AnnotationLimits limits,
      TimexResolution timexResolution,
      EventDates.Rule eventDates) {
    this.annotators = new ArrayList<>();
    for (String annotator : annotators.split(",")) {
      if (!annotator.isBlank()) {
        this.annotators.add(annotator.strip().toLowerCase(Locale.ROOT));
      }
    }
    this.fineGrainedNer = fineGrainedNer;
    this.parseSentences = parseSentences;
    this.timexSearch = timexSearch;
    this.parserScoring = parserScoring;
    this.dependencyGraphs = dependencyGraphs;
    this.limits = limits;
    this.timexResolution = timexResolution;
    this.eventDates = eventDates;
  }

  /**
   * CoreNLP as it comes: these annotators, stock properties, every sentence parsed and searched for
   * dates.
   */
  public static CoreNlpSettings stock(String annotators) {
    return new CoreNlpSettings(
        annotators,
        FineGrainedNer.STOCK,
        ParseSentences.ALL,
        TimexSearch.WHOLE_SENTENCES,
        ParserScoring.STOCK,
        DependencyGraphs.ALL,
        null,
        TimexResolution.SUTIME,
        EventDates.Rule.CONTEXT);
  }

  /**
   * What eventwire runs unless told otherwise: compact fine-grained NER, parse where events can be,
   * SUTime around temporal cues, vectorised parser scoring, only the enhanced++ graph.
   */
  public static CoreNlpSettings eventwireDefaults(String annotators) {
    return new CoreNlpSettings(
        annotators,
        FineGrainedNer.COMPACT,
        ParseSentences.EVENT_CANDIDATES,
        TimexSearch.CUE_WINDOWS,
        ParserScoring.VECTORISED,
        DependencyGraphs.ENHANCED_PLUS_PLUS,
        AnnotationLimits.DEFAULTS);
  }

  /** These settings with another way of settling the values of temporal expressions. */
  public CoreNlpSettings withTimexResolution(TimexResolution other) {
    return new CoreNlpSettings(
        String.join(",", annotators),
        fineGrainedNer,
        parseSentences,
        timexSearch,
        parserScoring,
        dependencyGraphs,
        limits,
        other,
        eventDates);
  }

  /** These settings with other rules for dating events. */
  public CoreNlpSettings withEventDates(EventDates.Rule other) {
    return new CoreNlpSettings(
        String.join(",", annotators),
        fineGrainedNer,
        parseSentences,
        timexSearch,
        parserScoring,
        dependencyGraphs,
        limits,
        timexResolution,
        other);
  }

  public TimexSearch timexSearch() {
    return timexSearch;
  }

  public TimexResolution timexResolution() {
    return timexResolution;
  }

  public EventDates.Rule eventDates() {
    return eventDates;
  }

  public ParserScoring parserScoring() {
    return parserScoring;
  }

  public DependencyGraphs dependencyGraphs() {
    return dependencyGraphs;
  }

  public ParseSentences parseSentences() {
    return parseSentences;
  }

  /** Properties of the tagging pipeline: every annotator but the parser. */
  public Properties taggerProperties() {
    return taggerProperties(false);
  }

  private Properties taggerProperties(boolean forDescription) {
    List<String> tagger = new ArrayList<>(annotators);
    tagger.remove(PARSER);
    Properties properties = new Properties();
    if (limits != null && tagger.contains("tokenize")) {
      // Right after the sentences are made, before any tagger: see LimitSentences.
      tagger.add(
          tagger.indexOf(tagger.contains("ssplit") ? "ssplit" : "tokenize") + 1,
          LimitSentences.NAME);
      properties.setProperty(
          "customAnnotatorClass." + LimitSentences.NAME, LimitSentences.class.getName());
      limits.addTo(properties);
    }
    properties.setProperty("annotators", String.join(",", tagger));
    if (tagger.contains("tokenize")) {
      // A blank line ends a sentence: a headline ("Clashes erupt at border") is not the subject of
      // the paragraph after it.
      properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
    }
    if (tagger.contains("ner")) {
      switch (fineGrainedNer) {
        case STOCK:
          break;
        case COMPACT:
          // The compact files live in a temporary directory: a description says what, not where.
          properties.setProperty(
              "ner.fine.regexner.mapping",
              forDescription
                  ? CompactGazetteer.STOCK_OPTIONS
                      + ",literal entries of "
                      + CompactGazetteer.CASELESS
                      + ";"
                      + CompactGazetteer.CASED
                  : CompactGazetteer.mapping());
          break;
        case OFF:
          properties.setProperty("ner.applyFineGrained", "false");
          break;
        default:
          throw new AssertionError(fineGrainedNer);
      }
      if (timexSearch == TimexSearch.CUE_WINDOWS) {
        properties.setProperty(TIMEX_SEARCH_PROPERTY, TimexSearch.CUE_WINDOWS.name());
      }
    }
    return properties;
  }

  /**
   * Properties of the parsing pipeline, or null when the annotators have no parser. It runs after
   * the tagger (whose tokens and tags it reads), so CoreNLP's own requirement check is off.
   */
  public @Nullable Properties parserProperties() {
    if (!annotators.contains(PARSER)) {
      return null;
    }
    Properties properties = new Properties();
    properties.setProperty("annotators", PARSER);
    properties.setProperty("enforceRequirements", "false");
    if (parserScoring == ParserScoring.VECTORISED) {
      properties.setProperty(PARSER_SCORING_PROPERTY, ParserScoring.VECTORISED.name());
    }
    return properties;
  }

  /** What the manifest and the log record: every property given to CoreNLP, and the parse scope. */
  public String describe() {
    Properties parser = parserProperties();
    String tagger = SharedCoreNlp.key(taggerProperties(true));
    return "tagger "
        + tagger
        + (parser == null
            ? ""
            : "; parser " + SharedCoreNlp.key(parser) + " on " + parseSentences + " sentences")
        + "; fine-grained NER "
        + fineGrainedNer
        + "; SUTime on "
        + timexSearch
        + (timexSearch == TimexSearch.CUE_WINDOWS
            ? " (margin " + CueWindowedSutime.DEFAULT_MARGIN + " words)"
            : "")
        + "; TIMEX values by "
        + timexResolution
        + (parser == null
            ? ""
            : "; parser scoring "
                + parserScoring
                + "; dependency graphs "
                + dependencyGraphs
                + "; event dates by "
                + eventDates)
        + "; limits: "
        + (limits == null ? "none" : limits.toString());
  }

  @Override
  public String toString() {
    return describe();
  }
}
