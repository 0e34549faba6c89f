package org.eventwire.neardup;

import java.io.Serializable;
import java.util.SplittableRandom;
import org.eventwire.common.Hashes;

/**
 * MinHash signatures and LSH band keys. Two sets with Jaccard similarity J share a band with
 * probability 1 - (1 - J^rows)^bands; every candidate that shares one is verified exactly before it
 * counts. Pure and deterministic: the same seeds on every run and every runner.
 */
public final class MinHashLsh implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int bands;
  private final int rows;
  private final long[] seeds;

  public MinHashLsh(int bands, int rows) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException(
          "bands and rows must be at least 1: " + bands + "x" + rows);
    }
    this.bands = bands;
    this.rows = rows;
    this.seeds = new long[bands * rows];
    SplittableRandom random = new SplittableRandom(20210812L);
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = random.nextLong();
    }
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  /** One minimum per hash function; empty for an empty set. */
  public long[] signature(long[] shingles) {
    if (shingles.length == 0) {
      return new long[0];
    }
    long[] signature = new long[seeds.length];
    for (int i = 0; i < seeds.length; i++) {
      long seed = seeds[i];
      long min = Long.MAX_VALUE;
      for (long shingle : shingles) {
        long h = Hashes.mix(shingle ^ seed);
        if (h < min) {
          min = h;
        }
      }
      signature[i] = min;
    }
    return signature;
  }

  /** One key per band: equal keys mean equal rows in that band. Empty for an empty signature. */
  public long[] bandKeys(long[] signature) {
    if (signature.length == 0) {
      return new long[0];
    }
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = Hashes.mix(b + 1);
      for (int r = 0; r < rows; r++) {
        h = Hashes.mix(h ^ signature[b * rows + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /** Probability that two sets of Jaccard similarity j become candidates. */
  public double candidateProbability(double j) {
    return 1 - Math.pow(1 - Math.pow(j, rows), bands);
  }
}
