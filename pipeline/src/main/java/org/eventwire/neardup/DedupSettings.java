package org.eventwire.neardup;

import java.io.Serializable;
import org.eventwire.common.Shards;

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

  /**
   * Label-propagation rounds unrolled in the graph; a component wider than this may not converge.
   */
  public final int rounds;

  /** An LSH bucket with more members than this is linked as a star (each to its first member). */
  public final int maxAllPairsBucket;

  /** Keys per shuffle (see {@link Shards}); raise it with the corpus (about items / 1,000). */
  public final int shards;

  /**
   * Share of the smaller item's shingles found in the larger at or above which two verified
   * candidates are linked even below {@link #threshold}: a cut-down copy inside its original. 0
   * turns containment off (plain Jaccard, the earliest copy canonical).
   */
  public final double containment;

  /** A containment link also needs this many shared shingles: a shared quote is not a story. */
  public final int minSharedShingles;

  /**
   * With containment on, one shingle in this many (chosen by its hash, so the same in every item)
   * is also a candidate key: two items that share s shingles become candidates with probability 1 -
   * (1 - 1/sampleEvery)^s whatever their sizes, where LSH on the whole sets misses a small copy of
   * a large story (low Jaccard).
   */
  public final int sampleEvery;

  /** Plain Jaccard: no containment links. */
  public DedupSettings(
      int shingleWords,
      double threshold,
      int bands,
      int rows,
      double maxShingleShare,
      int minDocsForFrequent,
      int rounds,
      int maxAllPairsBucket,
      int shards) {
    this(
        shingleWords,
        threshold,
        bands,
        rows,
        maxShingleShare,
        minDocsForFrequent,
        rounds,
        maxAllPairsBucket,
        shards,
        0,
        0,
        1);
  }

  public DedupSettings(
      int shingleWords,
      double threshold,
      int bands,
      int rows,
      double maxShingleShare,
      int minDocsForFrequent,
      int rounds,
      int maxAllPairsBucket,
      int shards,
      double containment,
      int minSharedShingles,
      int sampleEvery) {
    if (containment < 0 || containment > 1) {
      throw new IllegalArgumentException("containment must be between 0 and 1: " + containment);
    }
    if (sampleEvery < 1) {
      throw new IllegalArgumentException(
          "the shingle sample (one in N) needs N of at least 1: " + sampleEvery);
    }
    this.shingleWords = shingleWords;
    this.threshold = threshold;
    this.bands = bands;
    this.rows = rows;
    this.maxShingleShare = maxShingleShare;
    this.minDocsForFrequent = minDocsForFrequent;
    this.rounds = rounds;
    this.maxAllPairsBucket = maxAllPairsBucket;
    this.shards = shards;
    this.containment = containment;
    this.minSharedShingles = minSharedShingles;
    this.sampleEvery = sampleEvery;
  }

  /** The same settings with another number of propagation rounds. */
  public DedupSettings withRounds(int rounds) {
    return new DedupSettings(
        shingleWords,
        threshold,
        bands,
        rows,
        maxShingleShare,
        minDocsForFrequent,
        rounds,
        maxAllPairsBucket,
        shards,
        containment,
        minSharedShingles,
        sampleEvery);
  }

  public boolean containmentOn() {
    return containment > 0;
  }

  /**
   * Whether two items with these shingle counts and this many shingles in common are copies of one
   * story: Jaccard at the threshold, or (containment on) the smaller mostly inside the larger with
   * enough shingles shared.
   */
  public boolean linked(int shared, int sizeA, int sizeB) {
    if (shared == 0) {
      return false;
    }
    if ((double) shared / (sizeA + sizeB - shared) >= threshold) {
      return true;
    }
    return containmentOn()
        && shared >= minSharedShingles
        && (double) shared / Math.min(sizeA, sizeB) >= containment;
  }

  @Override
  public String toString() {
    String containmentPart =
        containmentOn()
            ? String.format(
                " or containment>=%.2f with >=%d shared shingles (candidates also from 1 shingle in %d),"
                    + " no links across the stories one item holds,",
                containment, minSharedShingles, sampleEvery)
            : "";
    return String.format(
        "shingles=%d words, jaccard>=%.2f,%s lsh=%dx%d, ignore shingles in >%.1f%% of items"
            + " (and >=%d), %d rounds, %d shards",
        shingleWords,
        threshold,
        containmentPart,
        bands,
        rows,
        maxShingleShare * 100,
        minDocsForFrequent,
        rounds,
        shards);
  }
}
