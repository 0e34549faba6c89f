package org.eventwire.passages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.eventwire.common.CodePointText;
import org.eventwire.common.Ids;
import org.eventwire.common.ShardedJoin;
import org.eventwire.common.ShardedJoin.Side;
import org.eventwire.neardup.ClusterAssignment;
import org.eventwire.neardup.DedupSettings;
import org.eventwire.neardup.Fingerprint;
import org.eventwire.neardup.NearDuplicates;
import org.eventwire.neardup.Shingles;
import org.eventwire.records.Document;
import org.eventwire.records.Sentence;

/**
 * Stage 4: the same agency paragraph inside otherwise different articles. Near-identical sentences
 * of annotated documents get one passage_cluster_id (that of the earliest document's copy), so that
 * events can count a wire paragraph reprinted in four articles as one report.
 */
public class FindSharedPassages extends PTransform<PCollection<Document>, PCollection<Document>> {
  public static final String COUNTER_PREFIX = "passages";
  public static final String SHARED_SENTENCES = "sentences_in_shared_passages";

  private final DedupSettings settings;

  /** Sentences shorter than this (in words) are too generic to call shared ("Fighting raged."). */
  private final int minWords;

  public FindSharedPassages(DedupSettings settings, int minWords) {
    this.settings = settings;
    this.minWords = minWords;
  }

  @Override
  public PCollection<Document> expand(PCollection<Document> documents) {
    PCollection<ClusterAssignment> passages =
        documents
            .apply(
                "SentenceFingerprints",
                ParDo.of(new SentenceFingerprints(settings.shingleWords, minWords)))
            .apply("NearDuplicateSentences", new NearDuplicates(COUNTER_PREFIX, settings));
    TupleTag<Document> withPassages = new TupleTag<Document>() {};
    return ShardedJoin.apply(
            "Passages",
            Side.keyBy("PassagesKeyDocuments", documents, settings.shards, Document::getDocId),
            Side.keyBy(
                "PassagesKeyResults",
                passages.setCoder(AvroCoder.of(ClusterAssignment.class)),
                settings.shards,
                (ClusterAssignment a) -> a.id.substring(0, a.id.indexOf(':'))),
            true,
            new MarkSharedSentences(withPassages),
            withPassages,
            TupleTagList.empty())
        .get(withPassages)
        .setCoder(AvroCoder.specific(Document.class));
  }

  /** The fingerprint of each sentence of {@code minWords} words or more. */
  static final class SentenceFingerprints extends DoFn<Document, Fingerprint> {
    private final int shingleWords;
    private final int minWords;

    SentenceFingerprints(int shingleWords, int minWords) {
      this.shingleWords = shingleWords;
      this.minWords = minWords;
    }

    @ProcessElement
    public void process(@Element Document doc, OutputReceiver<Fingerprint> out) {
      String date = doc.getDocDate() == null ? "9999-12-31" : doc.getDocDate().toString();
      CodePointText document = new CodePointText(doc.getText());
      for (Sentence sentence : doc.getSentences()) {
        String text = document.slice(sentence.getBegin(), sentence.getEnd());
        if (Shingles.words(text).size() < minWords) {
          continue;
        }
        String rank = String.format("%s|%s|%06d", date, doc.getDocId(), sentence.getIndex());
        out.output(
            new Fingerprint(
                Ids.sentence(doc.getDocId(), sentence.getIndex()),
                rank,
                Shingles.of(text, shingleWords)));
      }
    }
  }

  /** A document with the passage cluster id of each of its sentences that has a twin. */
  static final class MarkSharedSentences
      implements ShardedJoin.Joiner<Document, ClusterAssignment> {
    private final TupleTag<Document> output;
    private final Counter shared = Metrics.counter(FindSharedPassages.class, SHARED_SENTENCES);

    MarkSharedSentences(TupleTag<Document> output) {
      this.output = output;
    }

    @Override
    public void join(Document doc, List<ClusterAssignment> found, DoFn.MultiOutputReceiver out) {
      if (found.isEmpty()) {
        out.get(output).output(doc);
        return;
      }
      Map<Integer, String> passageOf = new HashMap<>();
      for (ClusterAssignment a : found) {
        passageOf.put(
            Integer.parseInt(a.id.substring(a.id.indexOf(':') + 1)),
            Ids.passageOfSentence(a.canonicalId));
      }
      shared.inc(passageOf.size());
      List<Sentence> updated = new ArrayList<>();
      for (Sentence s : doc.getSentences()) {
        String passage = passageOf.get(s.getIndex());
        updated.add(
            passage == null ? s : Sentence.newBuilder(s).setPassageClusterId(passage).build());
      }
      out.get(output).output(Document.newBuilder(doc).setSentences(updated).build());
    }
  }
}
