package org.eventwire.reprints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.eventwire.common.Rejections;
import org.eventwire.common.Shards;
import org.eventwire.neardup.Shingles;
import org.eventwire.records.Document;
import org.eventwire.records.Rejected;

/**
 * A cluster whose canonical copy CoreNLP rejected (a limit, a time budget, a CoreNLP error) must
 * not leave its reprints pointing at a document that is not in the output, without annotations.
 * {@link ChooseSubstitutes} makes the most complete remaining copy the cluster's canonical copy (to
 * be annotated in its place) and points the other copies at it; {@link RejectOrphans} rejects the
 * copies of a cluster whose substitute was rejected too, so that every canonical_doc_id in the
 * output names a written, annotated document. One substitute per cluster: a story CoreNLP failed on
 * twice is not tried on every copy.
 */
public final class ReplaceRejectedCanonicals {
  public static final TupleTag<Rejected> REJECTED = new TupleTag<Rejected>() {};
  public static final TupleTag<Document> REPRINTS = new TupleTag<Document>() {};

  /** Copies that stand for their cluster in place of a rejected canonical copy: to be annotated. */
  public static final TupleTag<Document> SUBSTITUTES = new TupleTag<Document>() {};

  /** Reprints now pointing at a substitute. */
  public static final TupleTag<Document> REPOINTED = new TupleTag<Document>() {};

  /** Reprints of a cluster none of whose tried copies could be annotated. */
  public static final TupleTag<Rejected> ORPHANS = new TupleTag<Rejected>() {};

  public static final String CANONICAL_SUBSTITUTES = "canonical_substitutes";
  public static final String REJECTED_ORPHANS = "rejected_orphaned_reprints";
  public static final String CLUSTER_NOT_ANNOTATED = "CLUSTER_NOT_ANNOTATED";
  public static final String STAGE = "annotate";

  private ReplaceRejectedCanonicals() {}

  /** Reprints and annotate rejections in; SUBSTITUTES, REPOINTED and the untouched REPRINTS out. */
  public static final class ChooseSubstitutes
      extends PTransform<PCollectionTuple, PCollectionTuple> {
    private final int shards;
    private final int shingleWords;

    public ChooseSubstitutes(int shards, int shingleWords) {
      this.shards = shards;
      this.shingleWords = shingleWords;
    }

    @Override
    public PCollectionTuple expand(PCollectionTuple input) {
      PCollectionTuple out =
          joinByCluster(input, shards)
              .apply(
                  "ChooseSubstitutes",
                  ParDo.of(new ChooseSubstitutesFn(shingleWords))
                      .withOutputTags(REPRINTS, TupleTagList.of(SUBSTITUTES).and(REPOINTED)));
      for (TupleTag<Document> tag : List.of(REPRINTS, SUBSTITUTES, REPOINTED)) {
        out.get(tag).setCoder(AvroCoder.specific(Document.class));
      }
      return out;
    }
  }

  /** Repointed reprints and the substitutes' annotate rejections in; REPRINTS and ORPHANS out. */
  public static final class RejectOrphans extends PTransform<PCollectionTuple, PCollectionTuple> {
    private final int shards;

    public RejectOrphans(int shards) {
      this.shards = shards;
    }

    @Override
    public PCollectionTuple expand(PCollectionTuple input) {
      PCollectionTuple out =
          joinByCluster(input, shards)
              .apply(
                  "RejectOrphans",
                  ParDo.of(new RejectOrphansFn())
                      .withOutputTags(REPRINTS, TupleTagList.of(ORPHANS)));
      out.get(REPRINTS).setCoder(AvroCoder.specific(Document.class));
      out.get(ORPHANS).setCoder(AvroCoder.specific(Rejected.class));
      return out;
    }
  }

  /**
   * Reprints by the shard of their canonical copy, rejections by the shard of their document: one
   * group.
   */
  private static PCollection<KV<Integer, CoGbkResult>> joinByCluster(
      PCollectionTuple input, int shards) {
    return KeyedPCollectionTuple.of(
            REPRINTS,
            Shards.keyBy("KeyReprints", input.get(REPRINTS), shards, Document::getCanonicalDocId))
        .and(
            REJECTED,
            Shards.keyBy(
                "KeyRejected", input.get(REJECTED), shards, ReplaceRejectedCanonicals::docIdOf))
        .apply("JoinByCluster", CoGroupByKey.create());
  }

  private static String docIdOf(Rejected rejected) {
    return rejected.getDocId() == null ? "" : rejected.getDocId();
  }

  /**
   * Streams a shard's reprints: those whose canonical copy was not rejected go out as they are; the
   * copies of each cluster whose canonical copy was rejected are handled together.
   */
  private abstract static class RejectedClustersFn
      extends DoFn<KV<Integer, CoGbkResult>, Document> {
    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> shard, MultiOutputReceiver out) {
      Map<String, Rejected> rejected = new HashMap<>();
      for (Rejected r : shard.getValue().getAll(REJECTED)) {
        if (r.getDocId() != null) {
          rejected.put(r.getDocId(), r);
        }
      }
      Map<String, List<Document>> copiesOfRejected = new TreeMap<>();
      for (Document reprint : shard.getValue().getAll(REPRINTS)) {
        if (rejected.containsKey(reprint.getCanonicalDocId())) {
          copiesOfRejected
              .computeIfAbsent(reprint.getCanonicalDocId(), k -> new ArrayList<>())
              .add(reprint);
        } else {
          out.get(REPRINTS).output(reprint);
        }
      }
      copiesOfRejected.forEach(
          (canonicalId, copies) -> handle(rejected.get(canonicalId), copies, out));
    }

    abstract void handle(Rejected canonical, List<Document> copies, MultiOutputReceiver out);
  }

  static final class ChooseSubstitutesFn extends RejectedClustersFn {
    /**
     * The most complete copy first (the original rather than a cut), then the earliest, then by id.
     */
    static final Comparator<Document> MOST_COMPLETE_FIRST =
        Comparator.comparingInt((Document d) -> -d.getText().length())
            .thenComparing(d -> d.getDocDate() == null ? "9999-12-31" : d.getDocDate().toString())
            .thenComparing(Document::getDocId);

    private final int shingleWords;
    private final Counter substitutes =
        Metrics.counter(ReplaceRejectedCanonicals.class, CANONICAL_SUBSTITUTES);

    ChooseSubstitutesFn(int shingleWords) {
      this.shingleWords = shingleWords;
    }

    @Override
    void handle(Rejected canonical, List<Document> copies, MultiOutputReceiver out) {
      copies.sort(MOST_COMPLETE_FIRST);
      Document chosen = copies.get(0);
      List<String> warnings = new ArrayList<>(chosen.getWarnings());
      warnings.add(
          "stands for its near-duplicate cluster in place of "
              + canonical.getSourceUri()
              + ", which was rejected at annotate ("
              + canonical.getError()
              + ")");
      Document substitute =
          Document.newBuilder(chosen)
              .setCanonicalDocId(chosen.getDocId())
              .setCanonicalSimilarity(1.0)
              .setWarnings(warnings)
              .build();
      substitutes.inc();
      out.get(SUBSTITUTES).output(substitute);
      long[] substituteShingles = Shingles.of(substitute.getText(), shingleWords);
      for (Document copy : copies.subList(1, copies.size())) {
        out.get(REPOINTED)
            .output(
                Document.newBuilder(copy)
                    .setCanonicalDocId(substitute.getDocId())
                    .setCanonicalSimilarity(
                        Shingles.jaccard(
                            Shingles.of(copy.getText(), shingleWords), substituteShingles))
                    .build());
      }
    }
  }

  static final class RejectOrphansFn extends RejectedClustersFn {
    private final Counter orphans =
        Metrics.counter(ReplaceRejectedCanonicals.class, REJECTED_ORPHANS);

    @Override
    void handle(Rejected substitute, List<Document> copies, MultiOutputReceiver out) {
      for (Document copy : copies) {
        Rejected orphan =
            Rejections.of(
                copy.getSourceUri(),
                STAGE,
                CLUSTER_NOT_ANNOTATED,
                String.format(
                    "a reprint of a story CoreNLP could not annotate: neither its canonical copy nor the next copy, %s,"
                        + " could be (%s: %s)",
                    substitute.getSourceUri(), substitute.getError(), substitute.getMessage()),
                copy.getByteSize(),
                copy.getContentSha256(),
                copy.getDocId(),
                null);
        Rejections.log(orphan);
        orphans.inc();
        out.get(ORPHANS).output(orphan);
      }
    }
  }
}
