package org.eventwire;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;
import org.eventwire.annotate.CoreNlpSettings;

/**
 * Every option of an eventwire run. Beam's own options (--runner, --targetParallelism ...) work
 * too.
 */
public interface EventwireOptions extends PipelineOptions {

  @Description(
      "Glob of input text files, one document per file; .gz and .bz2 are decompressed by extension.")
  @Validation.Required
  String getInput();

  void setInput(String value);

  @Description(
      "Output directory: documents/, events/, mentions/, rejected/, schemas/, manifest.json and"
          + " _SUCCESS go here.")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description(
      "Publication date (YYYY-MM-DD) of documents that carry no date header, e.g. a daily crawl"
          + " partition. A header always wins.")
  String getDefaultDocDate();

  void setDefaultDocDate(String value);

  @Description(
      "Replace an output directory that already holds a complete run (one with _SUCCESS)."
          + " Without it such a run is refused.")
  @Default.Boolean(false)
  boolean getOverwrite();

  void setOverwrite(boolean value);

  @Description(
      "A glob that matches no file gives a complete, empty run instead of exit 4 (no input).")
  @Default.Boolean(false)
  boolean getAllowEmptyInput();

  void setAllowEmptyInput(boolean value);

  @Description(
      "Largest share (0 to 1) of the documents read that may be rejected at annotate; a run past it"
          + " exits 5 without _SUCCESS and without replacing --output (its records and manifest stay in its"
          + " staging directory): so many failures mean a broken worker, not bad documents.")
  @Default.Double(0.25)
  double getMaxRejectedShare();

  void setMaxRejectedShare(double value);

  @Description(
      "Run CoreNLP on the documents. false: read (and deduplicate) only, no entities or dates.")
  @Default.Boolean(true)
  boolean getAnnotate();

  void setAnnotate(boolean value);

  @Description(
      "Largest document accepted, in bytes after decompression; larger files are rejected (TOO_LARGE).")
  @Default.Long(1L << 20)
  long getMaxDocumentBytes();

  void setMaxDocumentBytes(long value);

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
      "Files per record kind in the output (0: let the runner decide; that may write empty files"
          + " on the DirectRunner). Raise it for large runs on a cluster.")
  @Default.Integer(1)
  int getNumShards();

  void setNumShards(int value);

  @Description("Near-duplicate documents: words per shingle.")
  @Default.Integer(5)
  int getDedupShingleWords();

  void setDedupShingleWords(int value);

  @Description(
      "Near-duplicate documents: exact Jaccard similarity of shingles at or above which two"
          + " documents are copies of one story.")
  @Default.Double(0.5)
  double getDedupThreshold();

  void setDedupThreshold(double value);

  @Description(
      "Near-duplicate documents: share of the smaller document's shingles found in the larger"
          + " at or above which two documents are one story even below --dedupThreshold (a copy cut down to"
          + " part of its original); the most complete copy is then canonical. 0: plain Jaccard, the"
          + " earliest copy canonical.")
  @Default.Double(0.6)
  double getDedupContainment();

  void setDedupContainment(double value);

  @Description(
      "Near-duplicate documents: shingles two documents must share for a containment link,"
          + " and for a shared region to count as another story inside a document (a quoted paragraph does"
          + " not make two stories one).")
  @Default.Integer(50)
  int getDedupMinSharedShingles();

  void setDedupMinSharedShingles(int value);

  @Description(
      "Near-duplicate documents, with containment: one shingle in this many (by hash) is also"
          + " an LSH candidate key, so that a small copy of a large story becomes a candidate.")
  @Default.Integer(16)
  int getDedupSampleEvery();

  void setDedupSampleEvery(int value);

  @Description("LSH bands (MinHash signature length is bands x rows).")
  @Default.Integer(42)
  int getDedupBands();

  void setDedupBands(int value);

  @Description("LSH rows per band: more rows, fewer and better candidates, lower recall.")
  @Default.Integer(3)
  int getDedupRows();

  void setDedupRows(int value);

  @Description(
      "Shingles found in more than this share of documents (or sentences) are template or"
          + " boilerplate text and are ignored, so that they cannot glue unrelated stories together.")
  @Default.Double(0.02)
  double getDedupMaxShingleShare();

  void setDedupMaxShingleShare(double value);

  @Description(
      "A shingle is only ever ignored as frequent when it is in at least this many documents"
          + " (or sentences): small runs keep every shingle.")
  @Default.Integer(50)
  int getDedupMinFrequentCount();

  void setDedupMinFrequentCount(int value);

  @Description(
      "Label-propagation rounds for clustering, each followed by a pointer jump (unrolled in the"
          + " graph); items whose label still changed in the last round are counted in the manifest.")
  @Default.Integer(8)
  int getDedupRounds();

  void setDedupRounds(int value);

  @Description("Shared passages: words per sentence shingle.")
  @Default.Integer(3)
  int getPassageShingleWords();

  void setPassageShingleWords(int value);

  @Description(
      "Shared passages: exact Jaccard similarity at or above which two sentences are one passage.")
  @Default.Double(0.5)
  double getPassageThreshold();

  void setPassageThreshold(double value);

  @Description("Shared passages: sentences with fewer words are never clustered (too generic).")
  @Default.Integer(8)
  int getPassageMinWords();

  void setPassageMinWords(int value);

  @Description(
      "Keys per shuffle (near-duplicate joins, spreading files and documents); each key's group is"
          + " joined in memory. 0: 4 per core on the DirectRunner (which copies group state once per bundle),"
          + " 1024 on other runners; on a large cluster run about documents / 1,000.")
  @Default.Integer(0)
  int getShuffleShards();

  void setShuffleShards(int value);

  @Description(
      "Event lexicon: a TSV of lemma, VERB or NOUN, PLOVER event type, mode, contexts, fine"
          + " type, object, prep, prep_object (see the shipped lexicon.tsv), replacing the shipped"
          + " one; +PATH puts its rows before the shipped ones. Default: the lexicon shipped with"
          + " eventwire.")
  String getEventLexicon();

  void setEventLexicon(String value);

  @Description(
      "Seconds between progress lines on stderr (documents read, deduplicated, annotated,"
          + " rejected, throughput, time left); 0: none.")
  @Default.Integer(5)
  int getProgressSeconds();

  void setProgressSeconds(int value);

  @Description("No progress lines on stderr; warnings and errors still go there.")
  @Default.Boolean(false)
  boolean getQuiet();

  void setQuiet(boolean value);
}
