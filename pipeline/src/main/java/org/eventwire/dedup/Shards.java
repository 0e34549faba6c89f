package org.eventwire.dedup;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * Keys for shuffles. Near-duplicate detection joins millions of small items (shingles, band keys,
 * item ids); keyed one by one, a runner pays its per-key cost millions of times (the DirectRunner
 * makes a bundle and a watermark hold per key, which takes minutes for a few thousand documents).
 * Keyed by a fixed number of shards, each group joins its items in memory. Deterministic.
 */
public final class Shards {
  private Shards() {}

  public static int of(long hash, int shards) {
    return (int) Math.floorMod(Shingles.mix(hash), (long) shards);
  }

  public static int of(String id, int shards) {
    return Math.floorMod(Hashing.murmur3_32_fixed().hashString(id, StandardCharsets.UTF_8).asInt(), shards);
  }
}
