package org.eventwire;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** How reprints and shared passages are found. Part of {@link EventwireOptions}. */
public interface DedupOptions extends PipelineOptions {
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
      "Clustering rounds, each one shuffle of min-label propagation with pointer jumping"
          + " (unrolled in the graph); items whose label still changed in the last round are"
          + " counted in the manifest.")
  @Default.Integer(10)
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
}
