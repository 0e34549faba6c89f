package org.eventwire;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.eventwire.annotate.CoreNlpSettings;
import org.eventwire.events.EventDates;

/** What CoreNLP annotates and how events are coded. Part of {@link EventwireOptions}. */
public interface AnnotateOptions extends PipelineOptions {
  @Description(
      "Run CoreNLP on the documents. false: read (and deduplicate) only, no entities or dates.")
  @Default.Boolean(true)
  boolean getAnnotate();

  void setAnnotate(boolean value);

  @Description(
      "Time budget for annotating one document, in seconds; a document past it is rejected"
          + " (ANNOTATION_TIMEOUT) and the run goes on.")
  @Default.Integer(120)
  int getMaxAnnotationSeconds();

  void setMaxAnnotationSeconds(int value);

  @Description(
      "Longest token CoreNLP sees, in characters; longer ones (base64, minified script, a run of"
          + " one character) are left out of annotation and the document says so in its warnings.")
  @Default.Integer(200)
  int getMaxTokenChars();

  void setMaxTokenChars(int value);

  @Description(
      "Longest sentence CoreNLP's taggers and parser see, in tokens; a longer one (a paragraph"
          + " with no sentence punctuation, a list of lines) is annotated in pieces of this length, with a warning.")
  @Default.Integer(250)
  int getMaxSentenceTokens();

  void setMaxSentenceTokens(int value);

  @Description(
      "Longest sentence CoreNLP's taggers and parser see, in characters; longer ones are"
          + " annotated in pieces, with a warning.")
  @Default.Integer(3000)
  int getMaxSentenceChars();

  void setMaxSentenceChars(int value);

  @Description(
      "Most tokens annotated in one document; the rest of a longer one is left out of"
          + " annotation (its text is kept whole), with a warning.")
  @Default.Integer(20000)
  int getMaxDocumentTokens();

  void setMaxDocumentTokens(int value);

  @Description("CoreNLP annotators, comma-separated, in pipeline order.")
  @Default.String("tokenize,ssplit,pos,lemma,ner,depparse")
  String getAnnotators();

  void setAnnotators(String value);

  @Description(
      "CoreNLP's fine-grained NER pass (CITY, COUNTRY, NATIONALITY ... from gazetteers)."
          + " COMPACT: its gazetteers as literal entries, the same tags at a fraction of the cost; STOCK:"
          + " CoreNLP's own pass, whose ~1,200 regular-expression entries are tried at every token; OFF: none"
          + " (LOCATION for places, MISC for nationalities).")
  @Default.Enum("COMPACT")
  CoreNlpSettings.FineGrainedNer getFineGrainedNer();

  void setFineGrainedNer(CoreNlpSettings.FineGrainedNer value);

  @Description(
      "Sentences the dependency parser (depparse) sees. EVENT_CANDIDATES: only those with a word"
          + " that could trigger an event in the lexicon (the others cannot give an event); ALL: every"
          + " sentence, as stock CoreNLP does. Events are the same either way.")
  @Default.Enum("EVENT_CANDIDATES")
  CoreNlpSettings.ParseSentences getParseSentences();

  void setParseSentences(CoreNlpSettings.ParseSentences value);

  @Description(
      "Where SUTime looks for dates and times. CUE_WINDOWS: only within a few words of a word an"
          + " expression needs (a number, a unit such as \"week\", a day or month name, \"yesterday\" ...);"
          + " the same expressions at a fraction of the cost. WHOLE_SENTENCES: every sentence, whole, as stock"
          + " CoreNLP does.")
  @Default.Enum("CUE_WINDOWS")
  CoreNlpSettings.TimexSearch getTimexSearch();

  void setTimexSearch(CoreNlpSettings.TimexSearch value);

  @Description(
      "How dates and times get their values once SUTime has found them. TENSE_AND_REFERENCE:"
          + " SUTime's values, with a bare weekday or a month without a year placed by the tense of the"
          + " nearest verb (past: the previous one; \"will\": the next; else the closest), \"that day\","
          + " \"the next day\", \"two days later\" counted from the last day the story named, \"41 years"
          + " ago\" as a year, and a clock time on the day its sentence names. SUTIME: SUTime's own"
          + " values, against the document date alone, as stock CoreNLP gives them. Each expression"
          + " records the rule that gave its value (value_rule).")
  @Default.Enum("TENSE_AND_REFERENCE")
  CoreNlpSettings.TimexResolution getTimexResolution();

  void setTimexResolution(CoreNlpSettings.TimexResolution value);

  @Description(
      "Which rules date an event. CONTEXT: the date expression on the trigger or its clause"
          + " (date_source TIMEX); else a single day named elsewhere in the sentence, or one carried"
          + " from the two sentences before when the sentence refers back (\"the attack\", \"the blast"
          + " killed\") (TIMEX_CONTEXT); no date (NONE) when the text puts the event at another time"
          + " (\"in 1995\", \"last year's offensive\", \"had attacked\", \"earlier raids\"); else the"
          + " document date (DOC_DATE). TRIGGER_OR_DOC_DATE: a single-day expression attached to the"
          + " trigger or its governing verb, else the document date, as before.")
  @Default.Enum("CONTEXT")
  EventDates.Rule getEventDates();

  void setEventDates(EventDates.Rule value);

  @Description(
      "How the dependency parser computes its transition scores. VECTORISED: the same arithmetic in"
          + " loops the JIT vectorises, one lock-free feature cache for all threads (the model stays one copy);"
          + " STOCK: CoreNLP's own code, one cache behind one lock for all threads. The scores are the same to the bit,"
          + " so the parses are too.")
  @Default.Enum("VECTORISED")
  CoreNlpSettings.ParserScoring getParserScoring();

  void setParserScoring(CoreNlpSettings.ParserScoring value);

  @Description(
      "Which dependency graphs a parsed sentence gets. ENHANCED_PLUS_PLUS: only the one the event"
          + " extractor reads; ALL: the five CoreNLP's depparse annotator builds (basic, collapsed, CC-processed,"
          + " enhanced, enhanced++), as stock CoreNLP does. The events are the same either way.")
  @Default.Enum("ENHANCED_PLUS_PLUS")
  CoreNlpSettings.DependencyGraphs getDependencyGraphs();

  void setDependencyGraphs(CoreNlpSettings.DependencyGraphs value);

  @Description(
      "Event lexicon: a TSV of lemma, VERB or NOUN, PLOVER event type, mode, contexts, fine"
          + " type, object, prep, prep_object (see the shipped lexicon.tsv), replacing the shipped"
          + " one; +PATH puts its rows before the shipped ones. Default: the lexicon shipped with"
          + " eventwire.")
  String getEventLexicon();

  void setEventLexicon(String value);

  @Description(
      "Resolve each event's actor, target and location (canonical name, country, sectors,"
          + " coordinates) and each place entity, and merge events on what they resolve to"
          + " (US, U.S. and United States are one actor). false: names only, as before.")
  @Default.Boolean(true)
  boolean getResolveActorsAndPlaces();

  void setResolveActorsAndPlaces(boolean value);
}
