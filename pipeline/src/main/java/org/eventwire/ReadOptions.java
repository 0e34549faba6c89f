package org.eventwire;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** How input files become documents. Part of {@link EventwireOptions}. */
public interface ReadOptions extends PipelineOptions {
  @Description(
      "Publication date (YYYY-MM-DD) of documents that carry no date header, e.g. a daily crawl"
          + " partition. A header always wins.")
  String getDefaultDocDate();

  void setDefaultDocDate(String value);

  @Description(
      "Largest document accepted, in bytes after decompression; larger files are rejected (TOO_LARGE).")
  @Default.Long(1L << 20)
  long getMaxDocumentBytes();

  void setMaxDocumentBytes(long value);
}
