package org.eventwire;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** Where a run reads and writes, and how it behaves as a job. Part of {@link EventwireOptions}. */
public interface RunOptions extends PipelineOptions {
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
      "Files per record kind in the output (0: let the runner decide; that may write empty files"
          + " on the DirectRunner). Raise it for large runs on a cluster.")
  @Default.Integer(1)
  int getNumShards();

  void setNumShards(int value);

  @Description(
      "Keys per shuffle (near-duplicate joins, spreading files and documents); each key's group is"
          + " joined in memory. 0: 4 per core on the DirectRunner (which copies group state once per bundle),"
          + " 1024 on other runners; on a large cluster run about documents / 1,000.")
  @Default.Integer(0)
  int getShuffleShards();

  void setShuffleShards(int value);

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
