package org.eventwire.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
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
import org.eventwire.common.Shards;
import org.eventwire.events.EventMention;
import org.eventwire.records.Document;
import org.eventwire.records.Event;
import org.eventwire.records.Mention;
import org.eventwire.resolve.ResolveData;
import org.eventwire.resolve.StoryContext;

/**
 * Last stage before writing: the same event reported by many sentences and documents becomes one
 * {@link Event}, keyed by (date, event type, actor, target, location) after name normalisation,
 * with its counts; every sentence behind it becomes a {@link Mention}. A mention without a named
 * actor joins the event of the same date, type, target and place when exactly one actor is named
 * for it elsewhere ("the seizure of Herat" and "the Taliban took over Herat"). The rules are in
 * {@link EventAssembler}; this transform brings each mention to its document, then every mention of
 * one merge key to one place.
 *
 * <p>Input: {@link #MENTIONS} (from annotation), {@link #ANNOTATED} (canonical documents with their
 * passage ids) and {@link #REPRINTS} (the unannotated copies, which carry the story too).
 */
public class MergeEvents extends PTransform<PCollectionTuple, PCollectionTuple> {
  public static final TupleTag<EventMention> MENTIONS = new TupleTag<EventMention>() {};
  public static final TupleTag<Document> ANNOTATED = new TupleTag<Document>() {};
  public static final TupleTag<Document> REPRINTS = new TupleTag<Document>() {};
  public static final TupleTag<Event> EVENTS = new TupleTag<Event>() {};
  public static final TupleTag<Mention> EVENT_MENTIONS = new TupleTag<Mention>() {};

  /** The annotated documents, their place entities resolved when resolution is on. */
  public static final TupleTag<Document> DOCUMENTS = new TupleTag<Document>() {};

  public static final String EVENTS_COUNTER = "events";
  public static final String MENTIONS_COUNTER = "mentions";
  public static final String RESOLVED_ROLES_COUNTER = "resolved_roles";
  public static final String UNRESOLVED_ROLES_COUNTER = "unresolved_roles";

  private final int shards;
  private final boolean resolve;

  /**
   * Merges into {@code shards} shards; {@code resolve}: resolve actors, targets and places (and
   * merge on what they resolve to), else merge on names alone.
   */
  public MergeEvents(int shards, boolean resolve) {
    this.shards = shards;
    this.resolve = resolve;
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    PCollection<KV<Integer, EventMention>> mentions =
        Shards.keyBy(
            "MentionsByDocument", input.get(MENTIONS), shards, (EventMention m) -> m.docId);
    PCollection<KV<Integer, Document>> annotated =
        Shards.keyBy("AnnotatedByDocument", input.get(ANNOTATED), shards, Document::getDocId);
    PCollection<KV<Integer, KV<String, String>>> reprints =
        input.get(REPRINTS).apply("ReprintsByCanonical", ParDo.of(new ReprintsByCanonical(shards)));
    TupleTag<EventMention> mentionTag = new TupleTag<>();
    TupleTag<Document> documentTag = new TupleTag<>();
    TupleTag<KV<String, String>> reprintTag = new TupleTag<>();
    PCollectionTuple located =
        KeyedPCollectionTuple.of(mentionTag, mentions)
            .and(documentTag, annotated)
            .and(reprintTag, reprints)
            .apply("JoinDocuments", CoGroupByKey.create())
            .apply(
                "LocateMentions",
                ParDo.of(new LocateMentions(mentionTag, documentTag, reprintTag, shards, resolve))
                    .withOutputTags(LocateMentions.LOCATED, TupleTagList.of(DOCUMENTS)));
    located.get(DOCUMENTS).setCoder(AvroCoder.specific(Document.class));
    PCollectionTuple merged =
        located
            .get(LocateMentions.LOCATED)
            .apply("GroupByEventKey", GroupByKey.create())
            .apply(
                "Merge",
                ParDo.of(new MergeShard()).withOutputTags(EVENTS, TupleTagList.of(EVENT_MENTIONS)));
    merged.get(EVENTS).setCoder(AvroCoder.specific(Event.class));
    merged.get(EVENT_MENTIONS).setCoder(AvroCoder.specific(Mention.class));
    return merged.and(DOCUMENTS, located.get(DOCUMENTS));
  }

  /** (canonical doc id, reprint doc id), keyed by the canonical document's shard. */
  static final class ReprintsByCanonical extends DoFn<Document, KV<Integer, KV<String, String>>> {
    private final int shards;

    ReprintsByCanonical(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element Document d, OutputReceiver<KV<Integer, KV<String, String>>> out) {
      out.output(
          KV.of(
              Shards.of(d.getCanonicalDocId(), shards),
              KV.of(d.getCanonicalDocId(), d.getDocId())));
    }
  }

  /**
   * Each mention located in its document ({@link EventAssembler#locate}) and, with resolution on,
   * its roles resolved in the context of its story ({@link RoleResolution}, one context per
   * document), sent to the shard of its merge key. Every document comes out too, its place entities
   * resolved in the same context. A shard holds its mentions and reprint ids in memory and streams
   * its documents.
   */
  static final class LocateMentions
      extends DoFn<KV<Integer, CoGbkResult>, KV<Integer, LocatedMention>> {
    static final TupleTag<KV<Integer, LocatedMention>> LOCATED =
        new TupleTag<KV<Integer, LocatedMention>>() {};

    private final Counter resolvedRoles =
        Metrics.counter(MergeEvents.class, RESOLVED_ROLES_COUNTER);
    private final Counter unresolvedRoles =
        Metrics.counter(MergeEvents.class, UNRESOLVED_ROLES_COUNTER);
    private final TupleTag<EventMention> mentionTag;
    private final TupleTag<Document> documentTag;
    private final TupleTag<KV<String, String>> reprintTag;
    private final int shards;
    private final boolean resolve;
    private transient RoleResolution resolution;

    LocateMentions(
        TupleTag<EventMention> mentionTag,
        TupleTag<Document> documentTag,
        TupleTag<KV<String, String>> reprintTag,
        int shards,
        boolean resolve) {
      this.mentionTag = mentionTag;
      this.documentTag = documentTag;
      this.reprintTag = reprintTag;
      this.shards = shards;
      this.resolve = resolve;
    }

    @Setup
    public void setup() {
      if (resolve) {
        resolution = new RoleResolution(ResolveData.shared());
      }
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> shard, MultiOutputReceiver out) {
      Map<String, List<EventMention>> byDoc = new HashMap<>();
      for (EventMention m : shard.getValue().getAll(mentionTag)) {
        byDoc.computeIfAbsent(m.docId, k -> new ArrayList<>()).add(m);
      }
      Map<String, List<String>> reprintsOf = new HashMap<>();
      for (KV<String, String> r : shard.getValue().getAll(reprintTag)) {
        reprintsOf.computeIfAbsent(r.getKey(), k -> new ArrayList<>()).add(r.getValue());
      }
      for (Document doc : shard.getValue().getAll(documentTag)) {
        List<EventMention> docMentions = byDoc.getOrDefault(doc.getDocId(), List.of());
        List<String> reprintIds = reprintsOf.getOrDefault(doc.getDocId(), List.of());
        List<LocatedMention> located = EventAssembler.locate(doc, docMentions, reprintIds);
        if (resolution == null) {
          out.get(DOCUMENTS).output(doc);
        } else {
          StoryContext story = resolution.story(doc);
          out.get(DOCUMENTS).output(resolution.withPlaces(doc, story));
          for (LocatedMention l : located) {
            resolution.identify(l, doc, story);
            count(l.actor);
            count(l.target);
            count(l.location);
          }
        }
        for (LocatedMention l : located) {
          out.get(LOCATED).output(KV.of(Shards.of(EventAssembler.mergeKey(l), shards), l));
        }
      }
    }

    private void count(RoleIdentity role) {
      if (role != null) {
        (role.countries.isEmpty() ? unresolvedRoles : resolvedRoles).inc();
      }
    }
  }

  /** The events of one shard of merge keys, and their mentions. */
  static final class MergeShard extends DoFn<KV<Integer, Iterable<LocatedMention>>, Event> {
    private final Counter events = Metrics.counter(MergeEvents.class, EVENTS_COUNTER);
    private final Counter mentions = Metrics.counter(MergeEvents.class, MENTIONS_COUNTER);

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<LocatedMention>> shard, MultiOutputReceiver out) {
      for (EventAssembler.Assembled assembled : EventAssembler.assemble(shard.getValue())) {
        // A negated event is written (flagged) so it can be seen, but it is no event to count.
        if (!assembled.event.getNegated()) {
          events.inc();
        }
        out.get(EVENTS).output(assembled.event);
        for (Mention m : assembled.mentions) {
          mentions.inc();
          out.get(EVENT_MENTIONS).output(m);
        }
      }
    }
  }
}
