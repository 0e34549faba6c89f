package org.eventwire.common;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * The join every stage uses: two collections keyed by {@link Shards}, grouped together shard by
 * shard; in each group the held side is gathered into memory by id and the streamed side is read
 * once, item by item, each streamed item meeting the held items of its id.
 *
 * <p>Memory: one group holds its shard's held side, about (held items / shards) of them, never the
 * streamed side. So the smaller collection is held (cluster assignments, candidate pairs, labels)
 * and the larger streamed (documents, fingerprints). Keys are shards, not ids: keyed one by one, a
 * runner pays its per-key cost for every id (see {@link Shards}).
 */
public final class ShardedJoin {
  private ShardedJoin() {}

  /** What one streamed item and the held items of its id (in no fixed order) give. */
  public interface Joiner<S, H> extends Serializable {
    void join(S streamed, List<H> held, DoFn.MultiOutputReceiver out);
  }

  /** One side of a join: items keyed by the shard of their id, and how to read that id. */
  public static final class Side<T> {
    final PCollection<KV<Integer, T>> keyed;
    final SerializableFunction<T, String> idOf;

    private Side(PCollection<KV<Integer, T>> keyed, SerializableFunction<T, String> idOf) {
      this.keyed = keyed;
      this.idOf = idOf;
    }

    /** Items already keyed by the shard of {@code idOf}. */
    public static <T> Side<T> of(
        PCollection<KV<Integer, T>> keyed, SerializableFunction<T, String> idOf) {
      return new Side<>(keyed, idOf);
    }

    /** Items keyed here by the shard of {@code idOf}, keeping their coder. */
    public static <T> Side<T> keyBy(
        String name, PCollection<T> items, int shards, SerializableFunction<T, String> idOf) {
      return new Side<>(Shards.keyBy(name, items, shards, idOf), idOf);
    }
  }

  /**
   * Joins {@code streamed} with {@code held}. With {@code streamUnmatched}, every streamed item is
   * given to the joiner, with an empty list when nothing is held for it (a document passes through
   * unchanged); without it, only those that meet a held item.
   */
  public static <S, H> PCollectionTuple apply(
      String name,
      Side<S> streamed,
      Side<H> held,
      boolean streamUnmatched,
      Joiner<S, H> joiner,
      TupleTag<?> mainTag,
      TupleTagList otherTags) {
    TupleTag<H> heldTag = new TupleTag<>();
    TupleTag<S> streamedTag = new TupleTag<>();
    return KeyedPCollectionTuple.of(heldTag, held.keyed)
        .and(streamedTag, streamed.keyed)
        .apply(name + "Join", CoGroupByKey.create())
        .apply(
            name + "Merge",
            ParDo.of(
                    new JoinShard<>(
                        streamedTag, streamed.idOf, heldTag, held.idOf, streamUnmatched, joiner))
                .withOutputTags(castTag(mainTag), otherTags));
  }

  @SuppressWarnings("unchecked")
  private static <T> TupleTag<T> castTag(TupleTag<?> tag) {
    return (TupleTag<T>) tag;
  }

  /** One shard: the held side into memory by id, then the streamed side past it. */
  private static final class JoinShard<S, H, O> extends DoFn<KV<Integer, CoGbkResult>, O> {
    private final TupleTag<S> streamedTag;
    private final SerializableFunction<S, String> streamedId;
    private final TupleTag<H> heldTag;
    private final SerializableFunction<H, String> heldId;
    private final boolean streamUnmatched;
    private final Joiner<S, H> joiner;

    JoinShard(
        TupleTag<S> streamedTag,
        SerializableFunction<S, String> streamedId,
        TupleTag<H> heldTag,
        SerializableFunction<H, String> heldId,
        boolean streamUnmatched,
        Joiner<S, H> joiner) {
      this.streamedTag = streamedTag;
      this.streamedId = streamedId;
      this.heldTag = heldTag;
      this.heldId = heldId;
      this.streamUnmatched = streamUnmatched;
      this.joiner = joiner;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> shard, MultiOutputReceiver out) {
      Map<String, List<H>> heldById = new HashMap<>();
      for (H h : shard.getValue().getAll(heldTag)) {
        heldById.computeIfAbsent(heldId.apply(h), k -> new ArrayList<>()).add(h);
      }
      if (heldById.isEmpty() && !streamUnmatched) {
        return;
      }
      for (S s : shard.getValue().getAll(streamedTag)) {
        List<H> matches = heldById.get(streamedId.apply(s));
        if (matches != null) {
          joiner.join(s, matches, out);
        } else if (streamUnmatched) {
          joiner.join(s, List.of(), out);
        }
      }
    }
  }
}
