package org.eventwire.neardup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.eventwire.common.Hashes;
import org.eventwire.common.ShardedJoin;
import org.eventwire.common.ShardedJoin.Side;
import org.eventwire.common.Shards;

/**
 * Near-duplicate clusters of items (documents or sentences), computed inside Beam without gathering
 * all items on one worker: shingles in a huge share of items dropped, MinHash signatures, LSH bands
 * into candidate pairs, every candidate verified by exact Jaccard, then connected components of the
 * verified links by a bounded number of min-label propagation rounds. The label is the rank key, so
 * a component's final label names its canonical item. Emits one {@link ClusterAssignment} per item
 * that has at least one near duplicate (the canonical item included); other items are not emitted.
 *
 * <p>Every shuffle is keyed by {@link Shards}, and each group joins its part in memory, holding
 * only the smaller side (pairs, links, messages) and streaming the larger (fingerprints).
 */
public class NearDuplicates
    extends PTransform<PCollection<Fingerprint>, PCollection<ClusterAssignment>> {
  private final String counterPrefix;
  private final DedupSettings settings;

  /** counterPrefix keeps this use's counters apart from another's (documents, passages). */
  public NearDuplicates(String counterPrefix, DedupSettings settings) {
    this.counterPrefix = counterPrefix;
    this.settings = settings;
  }

  /** Two linked items, with the rank keys of both ends. */
  @DefaultCoder(AvroCoder.class)
  static class Link {
    String a;
    String aRank;
    String b;
    String bRank;

    Link() {}

    Link(Fingerprint x, Fingerprint y) {
      this(x.id, x.rank, y.id, y.rank);
    }

    /** The link between two items, their ids in order, so that both ends name it alike. */
    Link(String x, String xRank, String y, String yRank) {
      boolean xFirst = x.compareTo(y) < 0;
      a = xFirst ? x : y;
      aRank = xFirst ? xRank : yRank;
      b = xFirst ? y : x;
      bRank = xFirst ? yRank : xRank;
    }
  }

  /**
   * What an item shares with a verified candidate, sent to the item's shard: the shingles they have
   * in common, and whether they are linked (a candidate that shares many shingles without being
   * linked is still evidence of another story within the item; see {@link StoriesWithin}).
   */
  @DefaultCoder(AvroCoder.class)
  static class SharedRegion {
    String item;
    String itemRank;
    String partner;
    String partnerRank;
    long[] shingles;
    boolean linked;

    SharedRegion() {}

    SharedRegion(Fingerprint item, Fingerprint partner, long[] shingles, boolean linked) {
      this.item = item.id;
      this.itemRank = item.rank;
      this.partner = partner.id;
      this.partnerRank = partner.rank;
      this.shingles = shingles;
      this.linked = linked;
    }
  }

  /** One end's verdict on a link: whether that end keeps it. */
  @DefaultCoder(AvroCoder.class)
  static class Vote {
    Link link;
    boolean keep;

    Vote() {}

    Vote(Link link, boolean keep) {
      this.link = link;
      this.keep = keep;
    }
  }

  /**
   * A label sent to a node in a propagation round; self marks the node's own current label. In a
   * pointer jump, a message with askedBy set is a question instead: node askedBy (whose label is
   * label) asks node for its own label.
   */
  @DefaultCoder(AvroCoder.class)
  static class Message {
    String node;
    String label;
    boolean self;
    @org.apache.avro.reflect.Nullable String askedBy;

    Message() {}

    Message(String node, String label, boolean self) {
      this.node = node;
      this.label = label;
      this.self = self;
    }

    static Message ask(String node, String askedBy, String askerLabel) {
      Message ask = new Message(node, askerLabel, false);
      ask.askedBy = askedBy;
      return ask;
    }
  }

  /** A canonical item's shingles, sent to a member of its cluster. */
  @DefaultCoder(AvroCoder.class)
  static class CanonicalCopy {
    String member;
    String id;
    long[] shingles;
    int clusterSize;

    CanonicalCopy() {}

    CanonicalCopy(String member, String id, long[] shingles, int clusterSize) {
      this.member = member;
      this.id = id;
      this.shingles = shingles;
      this.clusterSize = clusterSize;
    }
  }

  /** A fingerprint sent to the shard of the other end of a candidate pair. */
  @DefaultCoder(AvroCoder.class)
  static class PairHalf {
    String other;
    Fingerprint first;

    PairHalf() {}

    PairHalf(String other, Fingerprint first) {
      this.other = other;
      this.first = first;
    }
  }

  /**
   * How many items hold each shingle, counted within a bundle and sent as one packed array of
   * (shingle, count) pairs per shard. One element per shingle would be one element per word of the
   * corpus: the DirectRunner copies a group's whole state for every bundle it receives, and on the
   * sentences of annotated documents (which arrive in dozens of bundles) those copies were most of
   * the time between the last annotated document and the end of the run.
   */
  static final class CountShinglesInBundle extends DoFn<Fingerprint, KV<Integer, long[]>> {
    /**
     * Distinct shingles a bundle may hold before they are sent, so a huge bundle stays in memory.
     */
    static final int MAX_HELD = 200_000;

    private final int shards;
    private transient List<Map<Long, Long>> counts;
    private transient int held;

    CountShinglesInBundle(int shards) {
      this.shards = shards;
    }

    @StartBundle
    public void startBundle() {
      counts = new ArrayList<>();
      for (int s = 0; s < shards; s++) {
        counts.add(new HashMap<>());
      }
      held = 0;
    }

    @ProcessElement
    public void process(@Element Fingerprint f, OutputReceiver<KV<Integer, long[]>> out) {
      for (long shingle : f.shingles) {
        if (counts.get(Shards.of(shingle, shards)).merge(shingle, 1L, Long::sum) == 1L) {
          held++;
        }
      }
      if (held >= MAX_HELD) {
        for (int s = 0; s < shards; s++) {
          if (!counts.get(s).isEmpty()) {
            out.output(KV.of(s, packed(counts.get(s))));
            counts.get(s).clear();
          }
        }
        held = 0;
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      for (int s = 0; s < shards; s++) {
        if (!counts.get(s).isEmpty()) {
          context.output(
              KV.of(s, packed(counts.get(s))),
              GlobalWindow.INSTANCE.maxTimestamp(),
              GlobalWindow.INSTANCE);
        }
      }
    }

    private static long[] packed(Map<Long, Long> counts) {
      long[] pairs = new long[2 * counts.size()];
      int i = 0;
      for (Map.Entry<Long, Long> e : counts.entrySet()) {
        pairs[i++] = e.getKey();
        pairs[i++] = e.getValue();
      }
      return pairs;
    }
  }

  private String counter(String name) {
    return counterPrefix + "_" + name;
  }

  @Override
  public PCollection<ClusterAssignment> expand(PCollection<Fingerprint> items) {
    PCollection<KV<Integer, Fingerprint>> byShard = dropFrequentShingles(items);
    PCollection<Fingerprint> filtered = byShard.apply("Fingerprints", Values.create());
    PCollection<KV<Integer, KV<String, String>>> candidates = candidatePairs(filtered);
    PCollection<Link> links = verify(byShard, candidates);
    PCollection<KV<String, String>> labels = connectedComponents(links);
    return assign(byShard, labels);
  }

  /**
   * Shingles in a huge share of items (boilerplate, templates) are removed from every item; the
   * result is keyed by the item's shard. The frequent shingles and the item count reach every shard
   * through a join rather than a side input: the DirectRunner splits a ParDo waiting on a side
   * input into hundreds of small bundles, and every later group-by copies its state per bundle.
   */
  private PCollection<KV<Integer, Fingerprint>> dropFrequentShingles(
      PCollection<Fingerprint> items) {
    int shards = settings.shards;
    PCollection<KV<Integer, Fingerprint>> byShard =
        Shards.keyBy("KeyByShard", items, shards, (Fingerprint f) -> f.id);
    PCollection<KV<Integer, Long>> itemCount =
        items
            .apply("CountItems", Count.globally())
            .apply("CountToEveryShard", ParDo.of(new CountToEveryShard(shards)));
    // Shingles in at least minDocsForFrequent items, with their counts, as flat (shingle, count)
    // lists.
    PCollection<KV<Integer, List<Long>>> common =
        items
            .apply("CountShinglesByShard", ParDo.of(new CountShinglesInBundle(shards)))
            .setCoder(KvCoder.of(VarIntCoder.of(), LongArrayCoder.of()))
            .apply("GroupShingles", GroupByKey.create())
            .apply(
                "CommonShinglesToEveryShard",
                ParDo.of(new CommonShinglesToEveryShard(shards, settings.minDocsForFrequent)));
    TupleTag<Fingerprint> fingerprintTag = new TupleTag<>();
    TupleTag<Long> countTag = new TupleTag<>();
    TupleTag<List<Long>> commonTag = new TupleTag<>();
    return KeyedPCollectionTuple.of(fingerprintTag, byShard)
        .and(countTag, itemCount)
        .and(commonTag, common)
        .apply("JoinFrequentShingles", CoGroupByKey.create())
        .apply(
            "DropFrequentShingles",
            ParDo.of(
                new DropFrequentShingles(
                    fingerprintTag,
                    countTag,
                    commonTag,
                    settings,
                    counter("frequent_shingles_dropped"))));
  }

  /** The number of items, sent to every shard. */
  static final class CountToEveryShard extends DoFn<Long, KV<Integer, Long>> {
    private final int shards;

    CountToEveryShard(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element Long n, OutputReceiver<KV<Integer, Long>> out) {
      for (int s = 0; s < shards; s++) {
        out.output(KV.of(s, n));
      }
    }
  }

  /**
   * One shard's shingles held by at least minCount items, with their counts, sent to every shard.
   */
  static final class CommonShinglesToEveryShard
      extends DoFn<KV<Integer, Iterable<long[]>>, KV<Integer, List<Long>>> {
    private final int shards;
    private final long minCount;

    CommonShinglesToEveryShard(int shards, long minCount) {
      this.shards = shards;
      this.minCount = minCount;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<long[]>> shard, OutputReceiver<KV<Integer, List<Long>>> out) {
      Map<Long, Long> counts = new HashMap<>();
      for (long[] pairs : shard.getValue()) {
        for (int i = 0; i < pairs.length; i += 2) {
          counts.merge(pairs[i], pairs[i + 1], Long::sum);
        }
      }
      List<Long> common = new ArrayList<>();
      counts.forEach(
          (shingle, count) -> {
            if (count >= minCount) {
              common.add(shingle);
              common.add(count);
            }
          });
      if (!common.isEmpty()) {
        for (int s = 0; s < shards; s++) {
          out.output(KV.of(s, common));
        }
      }
    }
  }

  /**
   * Each fingerprint of a shard without the shingles held by more than the allowed share of all
   * items (and at least minDocsForFrequent of them).
   */
  static final class DropFrequentShingles
      extends DoFn<KV<Integer, CoGbkResult>, KV<Integer, Fingerprint>> {
    private final TupleTag<Fingerprint> fingerprintTag;
    private final TupleTag<Long> countTag;
    private final TupleTag<List<Long>> commonTag;
    private final long minCount;
    private final double share;
    private final Counter dropped;

    DropFrequentShingles(
        TupleTag<Fingerprint> fingerprintTag,
        TupleTag<Long> countTag,
        TupleTag<List<Long>> commonTag,
        DedupSettings settings,
        String counterName) {
      this.fingerprintTag = fingerprintTag;
      this.countTag = countTag;
      this.commonTag = commonTag;
      this.minCount = settings.minDocsForFrequent;
      this.share = settings.maxShingleShare;
      this.dropped = Metrics.counter(NearDuplicates.class, counterName);
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, CoGbkResult> shard, OutputReceiver<KV<Integer, Fingerprint>> out) {
      long n = shard.getValue().getOnly(countTag, 0L);
      double limit = Math.max(minCount, share * n);
      List<Long> frequent = new ArrayList<>();
      for (List<Long> pairs : shard.getValue().getAll(commonTag)) {
        for (int i = 0; i < pairs.size(); i += 2) {
          if (pairs.get(i + 1) >= limit) {
            frequent.add(pairs.get(i));
          }
        }
      }
      long[] frequentSorted = frequent.stream().mapToLong(Long::longValue).sorted().toArray();
      for (Fingerprint f : shard.getValue().getAll(fingerprintTag)) {
        long[] kept = Shingles.without(f.shingles, frequentSorted);
        dropped.inc(f.shingles.length - kept.length);
        Fingerprint filtered = new Fingerprint();
        filtered.id = f.id;
        filtered.rank = f.rank;
        filtered.shingles = kept;
        out.output(KV.of(shard.getKey(), filtered));
      }
    }
  }

  /**
   * An item's candidate keys, keyed by their shard: its LSH band keys and, when sampleEvery is
   * above 0, its sampled shingles (see {@link DedupSettings#sampleEvery}).
   */
  static final class CandidateKeys extends DoFn<Fingerprint, KV<Integer, KV<Long, String>>> {
    /** Keeps sampled shingles apart from band keys as bucket keys. */
    private static final long SAMPLE_SALT = 0x5A3F1E0D2C4B6987L;

    private final MinHashLsh lsh;
    private final int sampleEvery;
    private final int shards;

    CandidateKeys(MinHashLsh lsh, int sampleEvery, int shards) {
      this.lsh = lsh;
      this.sampleEvery = sampleEvery;
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element Fingerprint f, OutputReceiver<KV<Integer, KV<Long, String>>> out) {
      for (long key : lsh.bandKeys(lsh.signature(f.shingles))) {
        out.output(KV.of(Shards.of(key, shards), KV.of(key, f.id)));
      }
      if (sampleEvery > 0) {
        for (long shingle : f.shingles) {
          long key = Hashes.mix(shingle ^ SAMPLE_SALT);
          if (Math.floorMod(key, (long) sampleEvery) == 0) {
            out.output(KV.of(Shards.of(key, shards), KV.of(key, f.id)));
          }
        }
      }
    }
  }

  /** Pairs (a, b), a &lt; b, that share at least one candidate key, keyed by the shard of a. */
  private PCollection<KV<Integer, KV<String, String>>> candidatePairs(
      PCollection<Fingerprint> items) {
    MinHashLsh lsh = new MinHashLsh(settings.bands, settings.rows);
    int sampleEvery = settings.containmentOn() ? settings.sampleEvery : 0;
    return items
        .apply("BandKeys", ParDo.of(new CandidateKeys(lsh, sampleEvery, settings.shards)))
        .apply("GroupBandKeys", GroupByKey.create())
        .apply(
            "PairsInBuckets",
            ParDo.of(
                new PairsInBuckets(
                    settings.shards, settings.maxAllPairsBucket, counter("star_linked_buckets"))));
  }

  /**
   * The pairs in each bucket (items sharing a key); a bucket of more than maxAllPairs items links
   * its first item to each of the others instead.
   */
  static final class PairsInBuckets
      extends DoFn<KV<Integer, Iterable<KV<Long, String>>>, KV<Integer, KV<String, String>>> {
    private final int shards;
    private final int maxAllPairs;
    private final Counter starBuckets;

    PairsInBuckets(int shards, int maxAllPairs, String counterName) {
      this.shards = shards;
      this.maxAllPairs = maxAllPairs;
      this.starBuckets = Metrics.counter(NearDuplicates.class, counterName);
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<KV<Long, String>>> shard,
        OutputReceiver<KV<Integer, KV<String, String>>> out) {
      Map<Long, List<String>> buckets = new HashMap<>();
      for (KV<Long, String> entry : shard.getValue()) {
        buckets.computeIfAbsent(entry.getKey(), k -> new ArrayList<>(2)).add(entry.getValue());
      }
      for (List<String> members : buckets.values()) {
        if (members.size() < 2) {
          continue;
        }
        members.sort(null);
        if (members.size() <= maxAllPairs) {
          for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
              emit(out, members.get(i), members.get(j));
            }
          }
        } else {
          // A huge bucket is mostly shared template text: linear, not quadratic, candidates.
          starBuckets.inc();
          for (int j = 1; j < members.size(); j++) {
            emit(out, members.get(0), members.get(j));
          }
        }
      }
    }

    private void emit(OutputReceiver<KV<Integer, KV<String, String>>> out, String a, String b) {
      if (!a.equals(b)) {
        out.output(KV.of(Shards.of(a, shards), KV.of(a, b)));
      }
    }
  }

  /**
   * The verified links among the candidate pairs: by exact Jaccard; with containment on, also by
   * containment, less the links that would join two stories one item holds.
   */
  private PCollection<Link> verify(
      PCollection<KV<Integer, Fingerprint>> byShard,
      PCollection<KV<Integer, KV<String, String>>> pairs) {
    Side<Fingerprint> fingerprints = Side.of(byShard, (Fingerprint f) -> f.id);
    TupleTag<KV<Integer, PairHalf>> halfTag = new TupleTag<>();
    PCollection<KV<Integer, PairHalf>> halves =
        ShardedJoin.apply(
                "SendFirstToSecond",
                fingerprints,
                Side.of(pairs, (KV<String, String> pair) -> pair.getKey()),
                false,
                new SendFirstToSecond(halfTag, settings.shards),
                halfTag,
                TupleTagList.empty())
            .get(halfTag)
            .setCoder(KvCoder.of(VarIntCoder.of(), AvroCoder.of(PairHalf.class)));
    Side<PairHalf> halvesBySecond = Side.of(halves, (PairHalf half) -> half.other);
    if (!settings.containmentOn()) {
      TupleTag<Link> linkTag = new TupleTag<>();
      return ShardedJoin.apply(
              "ExactJaccard",
              fingerprints,
              halvesBySecond,
              false,
              new LinkByJaccard(linkTag, settings.threshold, counterPrefix),
              linkTag,
              TupleTagList.empty())
          .get(linkTag)
          .setCoder(AvroCoder.of(Link.class));
    }
    TupleTag<KV<Integer, SharedRegion>> regionTag = new TupleTag<>();
    return ShardedJoin.apply(
            "SharedRegions",
            fingerprints,
            halvesBySecond,
            false,
            new FindSharedRegions(regionTag, settings, counterPrefix),
            regionTag,
            TupleTagList.empty())
        .get(regionTag)
        .setCoder(KvCoder.of(VarIntCoder.of(), AvroCoder.of(SharedRegion.class)))
        .apply("GroupRegionsByItem", GroupByKey.create())
        .apply("StoriesWithinItems", ParDo.of(new VoteOneStoryPerLink(settings.shards)))
        .apply("GroupVotes", GroupByKey.create())
        .apply("LinksBothEndsKeep", ParDo.of(new LinksBothEndsKeep(counterPrefix)));
  }

  /** The first item of each candidate pair, sent to the shard of the second. */
  static final class SendFirstToSecond
      implements ShardedJoin.Joiner<Fingerprint, KV<String, String>> {
    private final TupleTag<KV<Integer, PairHalf>> output;
    private final int shards;

    SendFirstToSecond(TupleTag<KV<Integer, PairHalf>> output, int shards) {
      this.output = output;
      this.shards = shards;
    }

    @Override
    public void join(
        Fingerprint first, List<KV<String, String>> pairs, DoFn.MultiOutputReceiver out) {
      // The same pair can come from several bands: a set makes each pair count once.
      Set<String> partners = new HashSet<>();
      for (KV<String, String> pair : pairs) {
        partners.add(pair.getValue());
      }
      for (String second : partners) {
        out.get(output).output(KV.of(Shards.of(second, shards), new PairHalf(second, first)));
      }
    }
  }

  /** Links the candidate pairs whose exact Jaccard similarity reaches the threshold. */
  static final class LinkByJaccard implements ShardedJoin.Joiner<Fingerprint, PairHalf> {
    private final TupleTag<Link> output;
    private final double threshold;
    private final Counter linked;
    private final Counter rejected;

    LinkByJaccard(TupleTag<Link> output, double threshold, String counterPrefix) {
      this.output = output;
      this.threshold = threshold;
      this.linked = Metrics.counter(NearDuplicates.class, counterPrefix + "_candidates_linked");
      this.rejected = Metrics.counter(NearDuplicates.class, counterPrefix + "_candidates_rejected");
    }

    @Override
    public void join(Fingerprint second, List<PairHalf> firsts, DoFn.MultiOutputReceiver out) {
      for (PairHalf half : firsts) {
        Fingerprint first = half.first;
        if (Shingles.jaccard(first.shingles, second.shingles) >= threshold) {
          linked.inc();
          out.get(output).output(new Link(first, second));
        } else {
          rejected.inc();
        }
      }
    }
  }

  /**
   * Verifies candidate pairs by Jaccard or containment ({@link DedupSettings#linked}) and sends
   * what each pair shares to both ends, when they are linked or share at least the minimum number
   * of shingles a link needs.
   */
  static final class FindSharedRegions implements ShardedJoin.Joiner<Fingerprint, PairHalf> {
    private final TupleTag<KV<Integer, SharedRegion>> output;
    private final DedupSettings settings;
    private final Counter linked;
    private final Counter linkedByContainment;
    private final Counter rejected;

    FindSharedRegions(
        TupleTag<KV<Integer, SharedRegion>> output, DedupSettings settings, String counterPrefix) {
      this.output = output;
      this.settings = settings;
      this.linked = Metrics.counter(NearDuplicates.class, counterPrefix + "_candidates_linked");
      this.linkedByContainment =
          Metrics.counter(NearDuplicates.class, counterPrefix + "_containment_links");
      this.rejected = Metrics.counter(NearDuplicates.class, counterPrefix + "_candidates_rejected");
    }

    @Override
    public void join(Fingerprint second, List<PairHalf> firsts, DoFn.MultiOutputReceiver out) {
      for (PairHalf half : firsts) {
        Fingerprint first = half.first;
        long[] common = Shingles.common(first.shingles, second.shingles);
        boolean link =
            settings.linked(common.length, first.shingles.length, second.shingles.length);
        if (link) {
          linked.inc();
          if ((double) common.length
                  / (first.shingles.length + second.shingles.length - common.length)
              < settings.threshold) {
            linkedByContainment.inc();
          }
        } else {
          rejected.inc();
        }
        if (link || common.length >= settings.minSharedShingles) {
          out.get(output)
              .output(
                  KV.of(
                      Shards.of(first.id, settings.shards),
                      new SharedRegion(first, second, common, link)));
          out.get(output)
              .output(
                  KV.of(
                      Shards.of(second.id, settings.shards),
                      new SharedRegion(second, first, common, link)));
        }
      }
    }
  }

  /**
   * For each item, the stories it holds ({@link StoriesWithin}): a vote on each of its links, sent
   * to the shard of the link's first id.
   */
  static final class VoteOneStoryPerLink
      extends DoFn<KV<Integer, Iterable<SharedRegion>>, KV<Integer, Vote>> {
    private final int shards;

    VoteOneStoryPerLink(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<SharedRegion>> shard, OutputReceiver<KV<Integer, Vote>> out) {
      Map<String, List<SharedRegion>> byItem = new HashMap<>();
      for (SharedRegion region : shard.getValue()) {
        byItem.computeIfAbsent(region.item, k -> new ArrayList<>()).add(region);
      }
      for (List<SharedRegion> regions : byItem.values()) {
        Map<String, long[]> shared = new HashMap<>();
        Set<String> linked = new HashSet<>();
        for (SharedRegion region : regions) {
          shared.put(region.partner, region.shingles);
          if (region.linked) {
            linked.add(region.partner);
          }
        }
        Set<String> kept = StoriesWithin.keptLinks(shared, linked);
        for (SharedRegion region : regions) {
          if (region.linked) {
            Link link = new Link(region.item, region.itemRank, region.partner, region.partnerRank);
            out.output(
                KV.of(Shards.of(link.a, shards), new Vote(link, kept.contains(region.partner))));
          }
        }
      }
    }
  }

  /** The links both ends keep; every link gets one vote from each end. */
  static final class LinksBothEndsKeep extends DoFn<KV<Integer, Iterable<Vote>>, Link> {
    private final Counter dropped;

    LinksBothEndsKeep(String counterPrefix) {
      this.dropped =
          Metrics.counter(NearDuplicates.class, counterPrefix + "_links_dropped_across_stories");
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<Vote>> shard, OutputReceiver<Link> out) {
      Map<String, Vote> first = new HashMap<>();
      for (Vote vote : shard.getValue()) {
        String pair = vote.link.a + "|" + vote.link.b;
        Vote other = first.remove(pair);
        if (other == null) {
          first.put(pair, vote);
        } else if (vote.keep && other.keep) {
          out.output(vote.link);
        } else {
          dropped.inc();
        }
      }
      if (!first.isEmpty()) {
        throw new IllegalStateException(first.size() + " links with a vote from one end only");
      }
    }
  }

  /**
   * Labels every linked item with the smallest rank key in its component, by min-label propagation
   * with pointer jumping, unrolled {@code rounds} times; counts items whose label still changed in
   * the last round (their component is wider than the rounds reach).
   */
  private PCollection<KV<String, String>> connectedComponents(PCollection<Link> links) {
    int shards = settings.shards;
    PCollection<KV<Integer, KV<String, String>>> adjacency =
        links.apply("Adjacency", ParDo.of(new BothDirections(shards)));
    PCollection<KV<Integer, Message>> messages =
        links.apply("FirstMessages", ParDo.of(new FirstMessages(shards)));
    for (int round = 1; round <= settings.rounds; round++) {
      messages = round(adjacency, messages, "Round" + round);
    }
    return messages
        .apply("GroupLastMessages", GroupByKey.create())
        .apply("FinalLabels", ParDo.of(new FinalLabels(counter("items_not_converged"))));
  }

  /** Each link as an edge from each of its ends, keyed by the shard of that end. */
  static final class BothDirections extends DoFn<Link, KV<Integer, KV<String, String>>> {
    private final int shards;

    BothDirections(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element Link l, OutputReceiver<KV<Integer, KV<String, String>>> out) {
      out.output(KV.of(Shards.of(l.a, shards), KV.of(l.a, l.b)));
      out.output(KV.of(Shards.of(l.b, shards), KV.of(l.b, l.a)));
    }
  }

  /** Before the first round, each end of a link gets its own label and its neighbour's. */
  static final class FirstMessages extends DoFn<Link, KV<Integer, Message>> {
    private final int shards;

    FirstMessages(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element Link l, OutputReceiver<KV<Integer, Message>> out) {
      out.output(KV.of(Shards.of(l.a, shards), new Message(l.a, l.aRank, true)));
      out.output(KV.of(Shards.of(l.a, shards), new Message(l.a, l.bRank, false)));
      out.output(KV.of(Shards.of(l.b, shards), new Message(l.b, l.bRank, true)));
      out.output(KV.of(Shards.of(l.b, shards), new Message(l.b, l.aRank, false)));
    }
  }

  /** Each node's smallest label after the last round; counts nodes whose label still changed. */
  static final class FinalLabels extends DoFn<KV<Integer, Iterable<Message>>, KV<String, String>> {
    private final Counter unconverged;

    FinalLabels(String counterName) {
      this.unconverged = Metrics.counter(NearDuplicates.class, counterName);
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<Message>> shard, OutputReceiver<KV<String, String>> out) {
      Map<String, String> smallest = new HashMap<>();
      Map<String, String> own = new HashMap<>();
      for (Message m : shard.getValue()) {
        if (m.askedBy != null) {
          continue;
        }
        smallest.merge(m.node, m.label, NearDuplicates::min);
        if (m.self) {
          own.merge(m.node, m.label, NearDuplicates::min);
        }
      }
      smallest.forEach(
          (node, label) -> {
            if (!label.equals(own.get(node))) {
              unconverged.inc();
            }
            out.output(KV.of(node, label));
          });
    }
  }

  private static String min(String x, String y) {
    return x.compareTo(y) <= 0 ? x : y;
  }

  /**
   * One round, one shuffle: each node takes the smallest label it was sent, passes it to itself and
   * its neighbours, and asks the node that label names for that node's own label (pointer jumping);
   * the same shuffle answers the questions of the round before. Propagation alone needs as many
   * rounds as the longest chain of copies (a story re-sent in many write-thru versions); with the
   * jumps the reach grows much faster. Labels and questions travel in one collection, with the
   * links joined to it: two collections joined again would make a diamond in the graph per round,
   * and Flink's graph builders walk every path through the graph (2^rounds of them), which never
   * finishes.
   */
  private PCollection<KV<Integer, Message>> round(
      PCollection<KV<Integer, KV<String, String>>> adjacency,
      PCollection<KV<Integer, Message>> messages,
      String name) {
    TupleTag<KV<String, String>> edgeTag = new TupleTag<>();
    TupleTag<Message> messageTag = new TupleTag<>();
    return KeyedPCollectionTuple.of(edgeTag, adjacency)
        .and(messageTag, messages)
        .apply(name + "Join", CoGroupByKey.create())
        .apply(name + "Send", ParDo.of(new SendLabels(edgeTag, messageTag, settings.shards)));
  }

  /**
   * A node's smallest label, to itself and along each of its edges, a question to the node the
   * label names, and the answers to the questions put to this shard's nodes.
   */
  static final class SendLabels extends DoFn<KV<Integer, CoGbkResult>, KV<Integer, Message>> {
    private final TupleTag<KV<String, String>> edgeTag;
    private final TupleTag<Message> messageTag;
    private final int shards;

    SendLabels(TupleTag<KV<String, String>> edgeTag, TupleTag<Message> messageTag, int shards) {
      this.edgeTag = edgeTag;
      this.messageTag = messageTag;
      this.shards = shards;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, CoGbkResult> shard, OutputReceiver<KV<Integer, Message>> out) {
      Map<String, String> labels = new HashMap<>();
      List<Message> asks = new ArrayList<>();
      for (Message m : shard.getValue().getAll(messageTag)) {
        if (m.askedBy == null) {
          labels.merge(m.node, m.label, NearDuplicates::min);
        } else {
          asks.add(m);
        }
      }
      for (Message ask : asks) {
        String label = labels.get(ask.node);
        if (label != null && label.compareTo(ask.label) < 0) {
          out.output(KV.of(Shards.of(ask.askedBy, shards), new Message(ask.askedBy, label, false)));
        }
      }
      labels.forEach(
          (node, label) -> {
            out.output(KV.of(Shards.of(node, shards), new Message(node, label, true)));
            String labelOwner = Fingerprint.idOfRank(label);
            if (!labelOwner.equals(node)) {
              out.output(
                  KV.of(Shards.of(labelOwner, shards), Message.ask(labelOwner, node, label)));
            }
          });
      for (KV<String, String> edge : shard.getValue().getAll(edgeTag)) {
        String label = labels.get(edge.getKey());
        if (label != null) {
          out.output(
              KV.of(
                  Shards.of(edge.getValue(), shards), new Message(edge.getValue(), label, false)));
        }
      }
    }
  }

  /** Each linked item's canonical item, the cluster's size, and the item's similarity to it. */
  private PCollection<ClusterAssignment> assign(
      PCollection<KV<Integer, Fingerprint>> byShard, PCollection<KV<String, String>> labels) {
    Side<Fingerprint> fingerprints = Side.of(byShard, (Fingerprint f) -> f.id);
    PCollection<KV<Integer, KV<String, String>>> membersByCanonical =
        labels.apply("MembersByCanonical", ParDo.of(new MemberToCanonical(settings.shards)));
    TupleTag<KV<Integer, CanonicalCopy>> copyTag = new TupleTag<>();
    PCollection<KV<Integer, CanonicalCopy>> canonicalCopies =
        ShardedJoin.apply(
                "SendCanonicalToMembers",
                fingerprints,
                Side.of(membersByCanonical, (KV<String, String> m) -> m.getKey()),
                false,
                new SendCanonicalToMembers(copyTag, settings.shards),
                copyTag,
                TupleTagList.empty())
            .get(copyTag)
            .setCoder(KvCoder.of(VarIntCoder.of(), AvroCoder.of(CanonicalCopy.class)));
    TupleTag<ClusterAssignment> assignmentTag = new TupleTag<>();
    return ShardedJoin.apply(
            "Similarity",
            fingerprints,
            Side.of(canonicalCopies, (CanonicalCopy copy) -> copy.member),
            false,
            new SimilarityToCanonical(assignmentTag),
            assignmentTag,
            TupleTagList.empty())
        .get(assignmentTag)
        .setCoder(AvroCoder.of(ClusterAssignment.class));
  }

  /** (canonical, member) from a member's final label, keyed by the canonical item's shard. */
  static final class MemberToCanonical
      extends DoFn<KV<String, String>, KV<Integer, KV<String, String>>> {
    private final int shards;

    MemberToCanonical(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(
        @Element KV<String, String> label, OutputReceiver<KV<Integer, KV<String, String>>> out) {
      String canonical = Fingerprint.idOfRank(label.getValue());
      out.output(KV.of(Shards.of(canonical, shards), KV.of(canonical, label.getKey())));
    }
  }

  /** A canonical item's shingles, sent to each member of its cluster. */
  static final class SendCanonicalToMembers
      implements ShardedJoin.Joiner<Fingerprint, KV<String, String>> {
    private final TupleTag<KV<Integer, CanonicalCopy>> output;
    private final int shards;

    SendCanonicalToMembers(TupleTag<KV<Integer, CanonicalCopy>> output, int shards) {
      this.output = output;
      this.shards = shards;
    }

    @Override
    public void join(
        Fingerprint canonical, List<KV<String, String>> cluster, DoFn.MultiOutputReceiver out) {
      for (KV<String, String> member : cluster) {
        out.get(output)
            .output(
                KV.of(
                    Shards.of(member.getValue(), shards),
                    new CanonicalCopy(
                        member.getValue(), canonical.id, canonical.shingles, cluster.size())));
      }
    }
  }

  /** A member's assignment: its canonical item, the cluster's size, its similarity to it. */
  static final class SimilarityToCanonical
      implements ShardedJoin.Joiner<Fingerprint, CanonicalCopy> {
    private final TupleTag<ClusterAssignment> output;

    SimilarityToCanonical(TupleTag<ClusterAssignment> output) {
      this.output = output;
    }

    @Override
    public void join(Fingerprint member, List<CanonicalCopy> copies, DoFn.MultiOutputReceiver out) {
      // One copy per member; were there several, the last would stand, as a map would keep it.
      CanonicalCopy canonical = copies.get(copies.size() - 1);
      double similarity =
          member.id.equals(canonical.id)
              ? 1.0
              : Shingles.jaccard(member.shingles, canonical.shingles);
      out.get(output)
          .output(
              new ClusterAssignment(member.id, canonical.id, similarity, canonical.clusterSize));
    }
  }
}
