package org.eventwire.reprints;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.eventwire.common.CodePointText;
import org.eventwire.common.ShardedJoin;
import org.eventwire.common.ShardedJoin.Side;
import org.eventwire.records.Document;
import org.eventwire.records.Sentence;
import org.eventwire.records.Timex;

/**
 * Gives each reprint the time expressions of its canonical copy that stand in a sentence the
 * reprint carries unchanged, at the reprint's own offsets.
 *
 * <p>Why: reprints are not annotated (they add nothing to parse), but a researcher reading a
 * reprint's document record still wants its dates. The canonical copy's values are the right ones:
 * it is the most complete copy, the earliest of equals, and a story resent a week later still means
 * the Thursday of the original ("Thursday" in an AP story of 7 January 2000, resent on the 15th, is
 * the 6th in the TimeML gold). A sentence the reprint edited gets no expressions: nothing was
 * resolved for its words.
 *
 * <p>Input: a list of two collections, the annotated canonical documents and the reprints. Output:
 * the reprints, with timexes.
 */
public final class CopyTimexesToReprints
    extends PTransform<PCollectionList<Document>, PCollection<Document>> {
  public static final String COPIED_TIMEXES = "reprint_timexes_copied";
  private final int shards;

  public CopyTimexesToReprints(int shards) {
    this.shards = shards;
  }

  /** Canonical documents first, reprints second. */
  @Override
  public PCollection<Document> expand(PCollectionList<Document> canonicalThenReprints) {
    PCollection<Document> canonical = canonicalThenReprints.get(0);
    PCollection<Document> reprints = canonicalThenReprints.get(1);
    // Only what the copy needs, and only from canonical documents that have reprints.
    PCollection<Document> dated =
        canonical
            .apply("WithTimexesAndReprints", ParDo.of(new DatedCanonicals()))
            .setCoder(AvroCoder.specific(Document.class));
    TupleTag<Document> withTimexes = new TupleTag<Document>() {};
    return ShardedJoin.apply(
            "Timexes",
            Side.keyBy("TimexesKeyDocuments", reprints, shards, Document::getCanonicalDocId),
            Side.keyBy("TimexesKeyResults", dated, shards, Document::getDocId),
            true,
            new CopyFromCanonical(withTimexes),
            withTimexes,
            TupleTagList.empty())
        .get(withTimexes)
        .setCoder(AvroCoder.specific(Document.class));
  }

  /** Canonical documents that have reprints and timexes, without what the copy does not need. */
  static final class DatedCanonicals extends DoFn<Document, Document> {
    @ProcessElement
    public void process(@Element Document doc, OutputReceiver<Document> out) {
      if (doc.getClusterSize() > 1 && !doc.getTimexes().isEmpty()) {
        out.output(Document.newBuilder(doc).setEntities(List.of()).build());
      }
    }
  }

  /** A reprint with its canonical copy's timexes where it reprints them. */
  static final class CopyFromCanonical implements ShardedJoin.Joiner<Document, Document> {
    private final TupleTag<Document> output;
    private final Counter copied = Metrics.counter(CopyTimexesToReprints.class, COPIED_TIMEXES);

    CopyFromCanonical(TupleTag<Document> output) {
      this.output = output;
    }

    @Override
    public void join(Document reprint, List<Document> canonicalCopy, DoFn.MultiOutputReceiver out) {
      if (canonicalCopy.isEmpty()) {
        out.get(output).output(reprint);
        return;
      }
      List<Timex> timexes = copy(canonicalCopy.get(0), reprint.getText());
      copied.inc(timexes.size());
      out.get(output).output(Document.newBuilder(reprint).setTimexes(timexes).build());
    }
  }

  /**
   * The canonical document's timexes whose sentence stands unchanged in {@code text}, moved to
   * their place there (code-point offsets). Tid, values and sentence index stay the canonical's.
   */
  static List<Timex> copy(Document canonical, String text) {
    CodePointText canonicalText = new CodePointText(canonical.getText());
    List<Timex> copied = new ArrayList<>();
    int searchFrom = 0; // UTF-16 index: sentences are looked for in order, as they stand
    int lastSentence = -1;
    int sentenceAt = -1;
    for (Timex timex : canonical.getTimexes()) {
      Sentence sentence = sentenceOf(canonical, timex.getSentenceIndex());
      if (sentence == null
          || timex.getBegin() < sentence.getBegin()
          || timex.getEnd() > sentence.getEnd()) {
        continue;
      }
      if (timex.getSentenceIndex() != lastSentence) {
        lastSentence = timex.getSentenceIndex();
        String sentenceText = canonicalText.slice(sentence.getBegin(), sentence.getEnd());
        int found = text.indexOf(sentenceText, searchFrom);
        if (found < 0) {
          found = text.indexOf(sentenceText); // moved up in the reprint
        }
        sentenceAt = found < 0 ? -1 : text.codePointCount(0, found);
        if (found >= 0) {
          searchFrom = found + sentenceText.length();
        }
      }
      if (sentenceAt < 0) {
        continue;
      }
      int begin = sentenceAt + timex.getBegin() - sentence.getBegin();
      copied.add(
          Timex.newBuilder(timex)
              .setBegin(begin)
              .setEnd(begin + timex.getEnd() - timex.getBegin())
              .build());
    }
    return copied;
  }

  private static Sentence sentenceOf(Document doc, int index) {
    List<Sentence> sentences = doc.getSentences();
    if (index >= 0 && index < sentences.size() && sentences.get(index).getIndex() == index) {
      return sentences.get(index);
    }
    for (Sentence s : sentences) {
      if (s.getIndex() == index) {
        return s;
      }
    }
    return null;
  }
}
