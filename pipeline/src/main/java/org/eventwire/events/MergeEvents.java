package org.eventwire.events;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.DefaultCoder;
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
import org.eventwire.records.Document;
import org.eventwire.records.Event;
import org.eventwire.records.Mention;
import org.eventwire.records.Role;
import org.eventwire.records.Sentence;

/**
 * Last stage before writing: the same event reported by many sentences and documents becomes one
 * {@link Event}, keyed by (date, event type, actor, target, location) after name normalisation,
 * with its counts; every sentence behind it becomes a {@link Mention}. A mention without a named
 * actor joins the event of the same date, type, target and place when exactly one actor is named
 * for it elsewhere ("the seizure of Herat" and "the Taliban took over Herat").
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

  public static final String EVENTS_COUNTER = "events";
  public static final String MENTIONS_COUNTER = "mentions";

  private final int shards;

  public MergeEvents(int shards) {
    this.shards = shards;
  }

  /** A mention with what merging needs from its document. */
  @DefaultCoder(AvroCoder.class)
  static class Located {
    EventMention mention;
    String sentence;
    String passageClusterId;
    List<String> reprintDocIds;

    Located() {}
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    int n = shards;
    PCollection<KV<Integer, EventMention>> mentions =
        Shards.keyBy("MentionsByDocument", input.get(MENTIONS), n, (EventMention m) -> m.docId);
    PCollection<KV<Integer, Document>> annotated =
        Shards.keyBy("AnnotatedByDocument", input.get(ANNOTATED), n, Document::getDocId);
    PCollection<KV<Integer, KV<String, String>>> reprints =
        input
            .get(REPRINTS)
            .apply(
                "ReprintsByCanonical",
                ParDo.of(
                    new DoFn<Document, KV<Integer, KV<String, String>>>() {
                      @ProcessElement
                      public void process(
                          @Element Document d,
                          OutputReceiver<KV<Integer, KV<String, String>>> out) {
                        out.output(
                            KV.of(
                                Shards.of(d.getCanonicalDocId(), n),
                                KV.of(d.getCanonicalDocId(), d.getDocId())));
                      }
                    }));

    TupleTag<EventMention> mentionTag = new TupleTag<>();
    TupleTag<Document> documentTag = new TupleTag<>();
    TupleTag<KV<String, String>> reprintTag = new TupleTag<>();
    PCollection<KV<Integer, Located>> located =
        KeyedPCollectionTuple.of(mentionTag, mentions)
            .and(documentTag, annotated)
            .and(reprintTag, reprints)
            .apply("JoinDocuments", CoGroupByKey.create())
            .apply(
                "LocateMentions",
                ParDo.of(
                    new DoFn<KV<Integer, CoGbkResult>, KV<Integer, Located>>() {
                      @ProcessElement
                      public void process(
                          @Element KV<Integer, CoGbkResult> shard,
                          OutputReceiver<KV<Integer, Located>> out) {
                        Map<String, List<EventMention>> byDoc = new HashMap<>();
                        for (EventMention m : shard.getValue().getAll(mentionTag)) {
                          byDoc.computeIfAbsent(m.docId, k -> new ArrayList<>()).add(m);
                        }
                        if (byDoc.isEmpty()) {
                          return;
                        }
                        Map<String, List<String>> reprintsOf = new HashMap<>();
                        for (KV<String, String> r : shard.getValue().getAll(reprintTag)) {
                          reprintsOf
                              .computeIfAbsent(r.getKey(), k -> new ArrayList<>())
                              .add(r.getValue());
                        }
                        for (Document doc : shard.getValue().getAll(documentTag)) {
                          List<EventMention> docMentions = byDoc.get(doc.getDocId());
                          if (docMentions == null) {
                            continue;
                          }
                          Map<Integer, String> passageOf = new HashMap<>();
                          for (Sentence s : doc.getSentences()) {
                            passageOf.put(s.getIndex(), s.getPassageClusterId());
                          }
                          int[] codePoints = doc.getText().codePoints().toArray();
                          for (EventMention m : docMentions) {
                            Located l = new Located();
                            l.mention = m;
                            l.sentence =
                                new String(
                                    codePoints, m.sentenceBegin, m.sentenceEnd - m.sentenceBegin);
                            l.passageClusterId =
                                passageOf.getOrDefault(
                                    m.sentenceIndex, m.docId + ":" + m.sentenceIndex);
                            l.reprintDocIds = reprintsOf.getOrDefault(doc.getDocId(), List.of());
                            out.output(KV.of(Shards.of(baseKey(m), n), l));
                          }
                        }
                      }
                    }));

    Counter events = Metrics.counter(MergeEvents.class, EVENTS_COUNTER);
    Counter mentionCount = Metrics.counter(MergeEvents.class, MENTIONS_COUNTER);
    PCollectionTuple merged =
        located
            .apply("GroupByEventKey", GroupByKey.create())
            .apply(
                "Merge",
                ParDo.of(
                        new DoFn<KV<Integer, Iterable<Located>>, Event>() {
                          @ProcessElement
                          public void process(
                              @Element KV<Integer, Iterable<Located>> shard,
                              MultiOutputReceiver out) {
                            Map<String, List<Located>> byBase = new TreeMap<>();
                            for (Located l : shard.getValue()) {
                              byBase
                                  .computeIfAbsent(baseKey(l.mention), k -> new ArrayList<>())
                                  .add(l);
                            }
                            for (List<Located> group : byBase.values()) {
                              // A group-by hands values over in no fixed order: sort them, so that
                              // which mention
                              // stands for a sentence, and which role type wins, is the same on
                              // every run.
                              group.sort(
                                  Comparator.comparing((Located l) -> l.mention.docId)
                                      .thenComparingInt(l -> l.mention.sentenceIndex)
                                      .thenComparing(
                                          l ->
                                              String.valueOf(l.mention)
                                                  + l.mention.actorType
                                                  + l.mention.targetType
                                                  + l.mention.locationType));
                              for (List<Located> event : splitByActor(group)) {
                                emit(event, out);
                                events.inc();
                              }
                            }
                          }

                          private void emit(List<Located> event, MultiOutputReceiver out) {
                            EventMention first = event.get(0).mention;
                            String actorKey = "";
                            for (Located l : event) {
                              if (l.mention.actorText != null) {
                                actorKey = Names.key(l.mention.actorText);
                              }
                            }
                            String eventId =
                                Hashing.sha256()
                                    .hashString(
                                        baseKey(first) + "|" + actorKey, StandardCharsets.UTF_8)
                                    .toString()
                                    .substring(0, 32);
                            // One mention per sentence, even when a sentence names the event twice.
                            Map<String, Located> bySentence = new TreeMap<>();
                            for (Located l : event) {
                              bySentence.putIfAbsent(
                                  l.mention.docId + "#" + l.mention.sentenceIndex, l);
                            }
                            TreeSet<String> docIds = new TreeSet<>();
                            Map<String, String> reportOf = new HashMap<>();
                            for (Located l : bySentence.values()) {
                              docIds.add(l.mention.docId);
                              docIds.addAll(l.reprintDocIds);
                              reportOf.putIfAbsent(l.mention.docId, l.mention.docId);
                            }
                            // Documents whose mentions share a reprinted passage are one report
                            // (union-find).
                            Map<String, String> docOfPassage = new HashMap<>();
                            for (Located l : bySentence.values()) {
                              String other =
                                  docOfPassage.putIfAbsent(l.passageClusterId, l.mention.docId);
                              if (other != null) {
                                union(reportOf, other, l.mention.docId);
                              }
                            }
                            TreeSet<String> reports = new TreeSet<>();
                            reportOf.keySet().forEach(d -> reports.add(find(reportOf, d)));

                            boolean fromTimex = false;
                            for (Located l : bySentence.values()) {
                              fromTimex |= EventExtractor.TIMEX.equals(l.mention.dateSource);
                            }
                            out.get(EVENTS)
                                .output(
                                    Event.newBuilder()
                                        .setEventId(eventId)
                                        .setEventDate(
                                            first.date == null ? null : LocalDate.parse(first.date))
                                        .setDateSource(
                                            fromTimex ? EventExtractor.TIMEX : first.dateSource)
                                        .setAction(mostCommon(event, l -> l.mention.action))
                                        .setActions(
                                            new ArrayList<>(
                                                new TreeSet<>(
                                                    collect(event, l -> l.mention.action))))
                                        .setEventType(first.eventType)
                                        .setActor(
                                            role(
                                                event,
                                                l -> l.mention.actorText,
                                                l -> l.mention.actorType))
                                        .setTarget(
                                            role(
                                                event,
                                                l -> l.mention.targetText,
                                                l -> l.mention.targetType))
                                        .setLocation(
                                            role(
                                                event,
                                                l -> l.mention.locationText,
                                                l -> l.mention.locationType))
                                        .setNumMentions(bySentence.size())
                                        .setNumDocuments(docIds.size())
                                        .setNumIndependentReports(reports.size())
                                        .setDocIds(new ArrayList<>(docIds))
                                        .build());
                            for (Located l : bySentence.values()) {
                              mentionCount.inc();
                              out.get(EVENT_MENTIONS)
                                  .output(
                                      Mention.newBuilder()
                                          .setEventId(eventId)
                                          .setDocId(l.mention.docId)
                                          .setSentenceIndex(l.mention.sentenceIndex)
                                          .setSentence(l.sentence)
                                          .setBegin(l.mention.sentenceBegin)
                                          .setEnd(l.mention.sentenceEnd)
                                          .setPassageClusterId(l.passageClusterId)
                                          .setTrigger(l.mention.trigger)
                                          .setDateSource(l.mention.dateSource)
                                          .build());
                            }
                          }
                        })
                    .withOutputTags(EVENTS, TupleTagList.of(EVENT_MENTIONS)));
    merged.get(EVENTS).setCoder(AvroCoder.specific(Event.class));
    merged.get(EVENT_MENTIONS).setCoder(AvroCoder.specific(Mention.class));
    return merged;
  }

  /** Everything an event is merged on but its actor. */
  static String baseKey(EventMention m) {
    return String.join(
        "|",
        m.date == null ? "none" : m.date,
        m.eventType != null ? m.eventType : m.action,
        Names.key(m.targetText),
        Names.key(m.locationText));
  }

  /**
   * Splits one (date, type, target, place) group by actor; mentions without an actor join the one
   * actor named by the others, or stay an event of their own when none or several are named.
   */
  static List<List<Located>> splitByActor(List<Located> group) {
    Map<String, List<Located>> byActor = new TreeMap<>();
    List<Located> unnamed = new ArrayList<>();
    for (Located l : group) {
      if (l.mention.actorText == null) {
        unnamed.add(l);
      } else {
        byActor.computeIfAbsent(Names.key(l.mention.actorText), k -> new ArrayList<>()).add(l);
      }
    }
    if (byActor.size() == 1) {
      byActor.values().iterator().next().addAll(unnamed);
    } else if (!unnamed.isEmpty()) {
      byActor.put("", unnamed);
    }
    return new ArrayList<>(byActor.values());
  }

  private static String find(Map<String, String> parent, String x) {
    while (!parent.get(x).equals(x)) {
      x = parent.get(x);
    }
    return x;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
    }
  }

  private interface Field extends java.io.Serializable {
    String of(Located l);
  }

  private static List<String> collect(List<Located> event, Field field) {
    List<String> values = new ArrayList<>();
    for (Located l : event) {
      String v = field.of(l);
      if (v != null) {
        values.add(v);
      }
    }
    return values;
  }

  /** The most frequent value, ties broken alphabetically; null when there is none. */
  private static String mostCommon(List<Located> event, Field field) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String v : collect(event, field)) {
      counts.merge(v, 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(
            Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static Role role(List<Located> event, Field text, Field type) {
    String name = mostCommon(event, text);
    if (name == null) {
      return null;
    }
    for (Located l : event) {
      if (name.equals(text.of(l))) {
        return Role.newBuilder().setText(name).setType(type.of(l)).build();
      }
    }
    return null;
  }
}
