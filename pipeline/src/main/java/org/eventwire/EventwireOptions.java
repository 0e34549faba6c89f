package org.eventwire;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** Every option of an eventwire run. Beam's own options (--runner, --targetParallelism ...) work too. */
public interface EventwireOptions extends PipelineOptions {

  @Description("Glob of input text files, one document per file; .gz and .bz2 are decompressed by extension.")
  @Validation.Required
  String getInput();

  void setInput(String value);

  @Description("Output directory: documents/, rejected/, schemas/, manifest.json and _SUCCESS go here.")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description("Publication date (YYYY-MM-DD) of documents that carry no date header, e.g. a daily crawl"
      + " partition. A header always wins.")
  String getDefaultDocDate();

  void setDefaultDocDate(String value);

  @Description("Replace an output directory that already holds a complete run (one with _SUCCESS)."
      + " Without it such a run is refused.")
  @Default.Boolean(false)
  boolean getOverwrite();

  void setOverwrite(boolean value);

  @Description("Run CoreNLP on the documents. false: read (and deduplicate) only, no entities or dates.")
  @Default.Boolean(true)
  boolean getAnnotate();

  void setAnnotate(boolean value);

  @Description("Largest document accepted, in bytes after decompression; larger files are rejected (TOO_LARGE).")
  @Default.Long(1L << 20)
  long getMaxDocumentBytes();

  void setMaxDocumentBytes(long value);

  @Description("Time budget for annotating one document, in seconds; a document past it is rejected"
      + " (ANNOTATION_TIMEOUT) and the run goes on.")
  @Default.Integer(120)
  int getMaxAnnotationSeconds();

  void setMaxAnnotationSeconds(int value);

  @Description("CoreNLP annotators, comma-separated, in pipeline order.")
  @Default.String("tokenize,ssplit,pos,lemma,ner")
  String getAnnotators();

  void setAnnotators(String value);

  @Description("Files per record kind in the output (0: let the runner decide; that may write empty files"
      + " on the DirectRunner). Raise it for large runs on a cluster.")
  @Default.Integer(1)
  int getNumShards();

  void setNumShards(int value);
}
