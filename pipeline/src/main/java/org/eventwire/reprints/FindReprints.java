package org.eventwire.reprints;

import java.util.List;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.eventwire.common.InJvmCounters;
import org.eventwire.common.ShardedJoin;
import org.eventwire.common.ShardedJoin.Side;
import org.eventwire.neardup.ClusterAssignment;
import org.eventwire.neardup.DedupSettings;
import org.eventwire.neardup.Fingerprint;
import org.eventwire.neardup.NearDuplicates;
import org.eventwire.neardup.Shingles;
import org.eventwire.records.Document;

/**
 * Stage 2: near-identical wire copy. Documents whose word shingles are near-identical, or (with
 * containment on) one mostly inside the other, form a cluster; one copy per cluster is canonical
 * and goes on to {@link #CANONICAL} for annotation: with containment, the most complete copy (most
 * shingles: the original a cut-down copy was cut from, whose later paragraphs the copies lack),
 * then the earliest doc_date; without, the earliest doc_date, then the longest text; then the
 * smallest doc_id, so every run and runner picks the same one. The others go to {@link #REPRINTS}
 * with canonical_doc_id and their similarity set.
 */
public class FindReprints extends PTransform<PCollection<Document>, PCollectionTuple> {
  public static final TupleTag<Document> CANONICAL = new TupleTag<Document>() {};
  public static final TupleTag<Document> REPRINTS = new TupleTag<Document>() {};

  public static final String COUNTER_PREFIX = "documents";
  public static final String CANONICAL_DOCUMENTS = "canonical_documents";
  public static final String REPRINT_DOCUMENTS = "reprint_documents";

  private final DedupSettings settings;

  public FindReprints(DedupSettings settings) {
    this.settings = settings;
  }

  /**
   * The canonical choice as a string that sorts the right way (the smallest doc_id follows):
   * earliest date (undated last), then longest text; with {@code mostCompleteFirst}, the most
   * shingles before both.
   */
  static String rankPrefix(Document doc, int shingles, boolean mostCompleteFirst) {
    String date = doc.getDocDate() == null ? "9999-12-31" : doc.getDocDate().toString();
    String earliestThenLongest =
        String.format("%s|%010d", date, Integer.MAX_VALUE - doc.getText().length());
    return mostCompleteFirst
        ? String.format("%010d|%s", Integer.MAX_VALUE - shingles, earliestThenLongest)
        : earliestThenLongest;
  }

  /** The document's shingles and its rank key. */
  static Fingerprint fingerprint(Document doc, DedupSettings settings) {
    long[] shingles = Shingles.of(doc.getText(), settings.shingleWords);
    return new Fingerprint(
        doc.getDocId(), rankPrefix(doc, shingles.length, settings.containmentOn()), shingles);
  }

  @Override
  public PCollectionTuple expand(PCollection<Document> documents) {
    DedupSettings dedup = settings;
    PCollection<Fingerprint> fingerprints =
        documents.apply(
            "Fingerprint",
            MapElements.into(TypeDescriptor.of(Fingerprint.class))
                .via((Document d) -> fingerprint(d, dedup)));
    PCollection<ClusterAssignment> assignments =
        fingerprints.apply("NearDuplicateDocuments", new NearDuplicates(COUNTER_PREFIX, settings));
    PCollectionTuple split =
        ShardedJoin.apply(
            "Assignments",
            Side.keyBy("AssignmentsKeyDocuments", documents, settings.shards, Document::getDocId),
            Side.keyBy(
                "AssignmentsKeyResults",
                assignments.setCoder(AvroCoder.of(ClusterAssignment.class)),
                settings.shards,
                (ClusterAssignment a) -> a.id),
            true,
            new SplitCanonicalFromReprints(),
            CANONICAL,
            TupleTagList.of(REPRINTS));
    split.get(CANONICAL).setCoder(AvroCoder.specific(Document.class));
    split.get(REPRINTS).setCoder(AvroCoder.specific(Document.class));
    return split;
  }

  /**
   * A document with its cluster assignment: to {@link #CANONICAL} when it has no near duplicate or
   * is its cluster's canonical copy, else to {@link #REPRINTS}.
   */
  static final class SplitCanonicalFromReprints
      implements ShardedJoin.Joiner<Document, ClusterAssignment> {
    private final Counter canonical =
        InJvmCounters.counter(FindReprints.class, CANONICAL_DOCUMENTS);
    private final Counter reprints = InJvmCounters.counter(FindReprints.class, REPRINT_DOCUMENTS);

    @Override
    public void join(Document doc, List<ClusterAssignment> found, DoFn.MultiOutputReceiver out) {
      if (found.isEmpty()) {
        canonical.inc();
        out.get(CANONICAL).output(doc);
        return;
      }
      ClusterAssignment assignment = found.get(0);
      Document marked =
          Document.newBuilder(doc)
              .setCanonicalDocId(assignment.canonicalId)
              .setCanonicalSimilarity(assignment.similarity)
              .setClusterSize(assignment.clusterSize)
              .build();
      if (assignment.canonicalId.equals(doc.getDocId())) {
        canonical.inc();
        out.get(CANONICAL).output(marked);
      } else {
        reprints.inc();
        out.get(REPRINTS).output(marked);
      }
    }
  }
}
