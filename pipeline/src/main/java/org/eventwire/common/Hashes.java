package org.eventwire.common;

/** Hash mixing shared by shard keys and the near-duplicate machinery. */
public final class Hashes {
  private Hashes() {}

  /** A strong 64-bit mixer (SplitMix64's finaliser). */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
