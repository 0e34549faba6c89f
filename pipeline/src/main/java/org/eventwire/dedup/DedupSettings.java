package org.eventwire.dedup;

import java.io.Serializable;

/** How near duplicates are found: shingles, LSH banding, verification and clustering. */
public final class DedupSettings implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Words per shingle. */
  public final int shingleWords;
  /** Exact Jaccard similarity at or above which two verified candidates are linked. */
  public final double threshold;
  public final int bands;
  public final int rows;
  /**
   * A shingle in more than this share of items (and in at least {@link #minDocsForFrequent}) is
   * boilerplate or template text and is ignored: it must not glue unrelated stories together.
   */
  public final double maxShingleShare;
  public final int minDocsForFrequent;
  /** Label-propagation rounds unrolled in the graph; a component wider than this may not converge. */
  public final int rounds;
  /** An LSH bucket with more members than this is linked as a star (each to its first member). */
  public final int maxAllPairsBucket;
  /** Keys per shuffle (see {@link Shards}); raise it with the corpus (about items / 1,000). */
  public final int shards;

  public DedupSettings(int shingleWords, double threshold, int bands, int rows, double maxShingleShare,
      int minDocsForFrequent, int rounds, int maxAllPairsBucket, int shards) {
    this.shingleWords = shingleWords;
    this.threshold = threshold;
    this.bands = bands;
    this.rows = rows;
    this.maxShingleShare = maxShingleShare;
    this.minDocsForFrequent = minDocsForFrequent;
    this.rounds = rounds;
    this.maxAllPairsBucket = maxAllPairsBucket;
    this.shards = shards;
  }

  @Override
  public String toString() {
    return String.format("shingles=%d words, jaccard>=%.2f, lsh=%dx%d, ignore shingles in >%.1f%% of items"
        + " (and >=%d), %d rounds, %d shards", shingleWords, threshold, bands, rows, maxShingleShare * 100,
        minDocsForFrequent, rounds, shards);
  }
}
