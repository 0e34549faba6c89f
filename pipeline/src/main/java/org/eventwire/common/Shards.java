package org.eventwire.common;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Keys for shuffles. Near-duplicate detection joins millions of small items (shingles, band keys,
 * item ids); keyed one by one, a runner pays its per-key cost millions of times (the DirectRunner
 * makes a bundle and a watermark hold per key, which takes minutes for a few thousand documents).
 * Keyed by a fixed number of shards, each group joins its items in memory. Deterministic.
 */
public final class Shards {
  private Shards() {}

  public static int of(long hash, int shards) {
    return (int) Math.floorMod(Hashes.mix(hash), (long) shards);
  }

  public static int of(String id, int shards) {
    return Math.floorMod(
        Hashing.murmur3_32_fixed().hashString(id, StandardCharsets.UTF_8).asInt(), shards);
  }

  /** Keys every item by the shard of its id, keeping the items' coder. */
  public static <T> PCollection<KV<Integer, T>> keyBy(
      String name, PCollection<T> items, int shards, SerializableFunction<T, String> idOf) {
    return items
        .apply(name, ParDo.of(new KeyFn<>(shards, idOf)))
        .setCoder(KvCoder.of(VarIntCoder.of(), items.getCoder()));
  }

  private static final class KeyFn<T> extends DoFn<T, KV<Integer, T>> {
    private final int shards;
    private final SerializableFunction<T, String> idOf;

    KeyFn(int shards, SerializableFunction<T, String> idOf) {
      this.shards = shards;
      this.idOf = idOf;
    }

    @ProcessElement
    public void process(@Element T item, OutputReceiver<KV<Integer, T>> out) {
      out.output(KV.of(of(idOf.apply(item), shards), item));
    }
  }
}
