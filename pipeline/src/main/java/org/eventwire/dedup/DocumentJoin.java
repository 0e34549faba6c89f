package org.eventwire.dedup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
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
import org.eventwire.common.Shards;
import org.eventwire.records.Document;

/**
 * Attaches small results (cluster assignments, passage ids) to the documents they are about, shard
 * by shard: a group holds its shard's results in memory and streams its documents.
 */
final class DocumentJoin {
  private DocumentJoin() {}

  /** What to do with one document and the results attached to it (empty when none). */
  interface Merge<T> extends Serializable {
    void apply(Document document, List<T> attached, DoFn.MultiOutputReceiver out);
  }

  static <T> PCollectionTuple apply(
      String name,
      PCollection<Document> documents,
      PCollection<T> results,
      SerializableFunction<T, String> docIdOf,
      Coder<T> resultCoder,
      int shards,
      Merge<T> merge,
      TupleTag<Document> mainTag,
      TupleTagList otherTags) {
    return apply(
        name,
        documents,
        Document::getDocId,
        results,
        docIdOf,
        resultCoder,
        shards,
        merge,
        mainTag,
        otherTags);
  }

  /** As above, a result going to the documents whose {@code documentKey} is its {@code docIdOf}. */
  static <T> PCollectionTuple apply(
      String name,
      PCollection<Document> documents,
      SerializableFunction<Document, String> documentKey,
      PCollection<T> results,
      SerializableFunction<T, String> docIdOf,
      Coder<T> resultCoder,
      int shards,
      Merge<T> merge,
      TupleTag<Document> mainTag,
      TupleTagList otherTags) {
    PCollection<KV<Integer, Document>> docsByShard =
        Shards.keyBy(name + "KeyDocuments", documents, shards, documentKey);
    PCollection<KV<Integer, T>> resultsByShard =
        Shards.keyBy(name + "KeyResults", results.setCoder(resultCoder), shards, docIdOf);
    TupleTag<Document> documentTag = new TupleTag<>();
    TupleTag<T> resultTag = new TupleTag<>();
    return KeyedPCollectionTuple.of(documentTag, docsByShard)
        .and(resultTag, resultsByShard)
        .apply(name + "Join", CoGroupByKey.create())
        .apply(
            name + "Merge",
            ParDo.of(
                    new DoFn<KV<Integer, CoGbkResult>, Document>() {
                      @ProcessElement
                      public void process(
                          @Element KV<Integer, CoGbkResult> shard, MultiOutputReceiver out) {
                        Map<String, List<T>> byDocument = new HashMap<>();
                        for (T r : shard.getValue().getAll(resultTag)) {
                          byDocument
                              .computeIfAbsent(docIdOf.apply(r), k -> new ArrayList<>())
                              .add(r);
                        }
                        for (Document d : shard.getValue().getAll(documentTag)) {
                          merge.apply(
                              d, byDocument.getOrDefault(documentKey.apply(d), List.of()), out);
                        }
                      }
                    })
                .withOutputTags(mainTag, otherTags));
  }
}
