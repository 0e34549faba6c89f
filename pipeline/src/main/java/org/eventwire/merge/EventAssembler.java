package org.eventwire.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.eventwire.common.CodePointText;
import org.eventwire.common.Ids;
import org.eventwire.events.EventDates;
import org.eventwire.events.EventExtractor;
import org.eventwire.events.EventMention;
import org.eventwire.events.Names;
import org.eventwire.events.Plover;
import org.eventwire.records.Document;
import org.eventwire.records.Event;
import org.eventwire.records.Mention;
import org.eventwire.records.Role;
import org.eventwire.records.Sentence;

/**
 * The merging itself, apart from Beam: mentions located in their documents, grouped into events by
 * (date, event type, target, place) and actor, each event with its counts and the mentions behind
 * it. {@link MergeEvents} only moves the data to where this runs.
 */
final class EventAssembler {
  private EventAssembler() {}

  /** One event and the mentions (one per sentence) behind it. */
  static final class Assembled {
    final Event event;
    final List<Mention> mentions;

    Assembled(Event event, List<Mention> mentions) {
      this.event = event;
      this.mentions = mentions;
    }
  }

  /** The document's mentions with their sentence, passage cluster and the document's reprints. */
  static List<LocatedMention> locate(
      Document doc, List<EventMention> mentions, List<String> reprintDocIds) {
    Map<Integer, String> passageOf = new HashMap<>();
    for (Sentence s : doc.getSentences()) {
      passageOf.put(s.getIndex(), s.getPassageClusterId());
    }
    CodePointText text = new CodePointText(doc.getText());
    List<LocatedMention> located = new ArrayList<>();
    for (EventMention m : mentions) {
      String passage = passageOf.get(m.sentenceIndex);
      located.add(
          new LocatedMention(
              m,
              text.slice(m.sentenceBegin, m.sentenceEnd),
              passage != null ? passage : Ids.passage(m.docId, m.sentenceIndex),
              reprintDocIds));
    }
    return located;
  }

  /**
   * Everything an event is merged on but its actor: a negated mention ("did not attack") never
   * merges with an affirmed one.
   */
  static String mergeKey(EventMention m) {
    return mergeKey(new LocatedMention(m, null, null, List.of()));
  }

  /**
   * The merge key of a located mention: as {@link #mergeKey(EventMention)}, with the target and
   * place's resolved identities in place of their names when resolution found them ("US", "U.S."
   * and "United States" are one key).
   */
  static String mergeKey(LocatedMention l) {
    EventMention m = l.mention;
    String type = m.eventType != null ? m.eventType : m.action;
    return String.join(
        "|",
        m.date == null ? "none" : m.date,
        Plover.NEGATION.equals(m.auxMode) ? type + "/" + Plover.NEGATION : type,
        l.target != null ? l.target.key : Names.key(m.targetText),
        townInItsCountry(l) ? l.target.key : placeKey(l));
  }

  private static String placeKey(LocatedMention l) {
    return l.location != null ? l.location.key : Names.key(l.mention.locationText);
  }

  /**
   * Whether the event's target is a town and its location only the town's country ("captured Ghazni
   * in a sweep across Afghanistan"): the country says nothing the town does not, so the mention
   * merges as if it were placed in the town.
   */
  static boolean townInItsCountry(LocatedMention l) {
    return l.target != null
        && l.location != null
        && ("CITY".equals(l.target.precision) || "DIVISION".equals(l.target.precision))
        && "COUNTRY".equals(l.location.precision)
        && !l.target.countries.isEmpty()
        && l.target.countries.equals(l.location.countries);
  }

  /** The actor's key: its resolved identity when resolution found one, else its name's key. */
  static String actorKey(LocatedMention l) {
    return l.actor != null ? l.actor.key : Names.key(l.mention.actorText);
  }

  /** The events of these mentions, which may hold several merge keys. */
  static List<Assembled> assemble(Iterable<LocatedMention> mentions) {
    Map<String, List<LocatedMention>> byKey = new TreeMap<>();
    for (LocatedMention l : mentions) {
      byKey.computeIfAbsent(mergeKey(l), k -> new ArrayList<>()).add(l);
    }
    List<Assembled> events = new ArrayList<>();
    for (List<LocatedMention> group : byKey.values()) {
      // A group-by hands values over in no fixed order: sort them, so that which mention stands
      // for a sentence, and which role type wins, is the same on every run.
      group.sort(
          Comparator.comparing((LocatedMention l) -> l.mention.docId)
              .thenComparingInt(l -> l.mention.sentenceIndex)
              .thenComparing(
                  l ->
                      String.valueOf(l.mention)
                          + l.mention.actorType
                          + l.mention.targetType
                          + l.mention.locationType));
      for (List<LocatedMention> event : splitByActor(group)) {
        events.add(event(event));
      }
    }
    return events;
  }

  /**
   * Splits one (date, type, target, place) group by actor; mentions without an actor join the one
   * actor named by the others, or stay an event of their own when none or several are named. In a
   * group with neither target nor place, date and type are all its mentions share, so a mention
   * without an actor joins the named one only from the same document or shared passage: a story's
   * "they launched an offensive" is not another story's attack of that day.
   */
  static List<List<LocatedMention>> splitByActor(List<LocatedMention> group) {
    Map<String, List<LocatedMention>> byActor = new TreeMap<>();
    List<LocatedMention> unnamed = new ArrayList<>();
    for (LocatedMention l : group) {
      if (!namesActor(l)) {
        unnamed.add(l);
      } else {
        byActor.computeIfAbsent(actorKey(l), k -> new ArrayList<>()).add(l);
      }
    }
    if (byActor.size() == 1) {
      List<LocatedMention> named = byActor.values().iterator().next();
      boolean anchored = hasTargetOrPlace(group.get(0));
      Set<String> sources = new HashSet<>();
      for (LocatedMention l : named) {
        sources.add(l.mention.docId);
        if (l.passageClusterId != null) {
          sources.add(l.passageClusterId);
        }
      }
      for (Iterator<LocatedMention> it = unnamed.iterator(); it.hasNext(); ) {
        LocatedMention l = it.next();
        if (anchored
            || sources.contains(l.mention.docId)
            || (l.passageClusterId != null && sources.contains(l.passageClusterId))) {
          named.add(l);
          it.remove();
        }
      }
    }
    List<List<LocatedMention>> events = new ArrayList<>(byActor.values());
    if (!unnamed.isEmpty() && hasTargetOrPlace(group.get(0))) {
      events.add(unnamed);
    } else if (!unnamed.isEmpty()) {
      events.addAll(bySource(unnamed));
    }
    return events;
  }

  /**
   * Mentions with neither actor, target nor place, split by the story or shared passage they come
   * from: date and type are all they share, and two stories' "three civilians were killed" that day
   * are two events. Stories joined by a shared passage stay one source.
   */
  static List<List<LocatedMention>> bySource(List<LocatedMention> unnamed) {
    Map<String, String> parent = new HashMap<>();
    for (LocatedMention l : unnamed) {
      String doc = root(parent, l.mention.docId);
      if (l.passageClusterId != null) {
        String passage = root(parent, l.passageClusterId);
        if (!passage.equals(doc)) {
          parent.put(passage, doc);
        }
      }
    }
    Map<String, List<LocatedMention>> bySource = new LinkedHashMap<>();
    for (LocatedMention l : unnamed) {
      bySource.computeIfAbsent(root(parent, l.mention.docId), k -> new ArrayList<>()).add(l);
    }
    return new ArrayList<>(bySource.values());
  }

  private static String root(Map<String, String> parent, String key) {
    String root = key;
    for (String up = parent.get(root); up != null; up = parent.get(root)) {
      root = up;
    }
    return root;
  }

  /** Whether a mention's merge key holds a target or a place, besides its date and type. */
  static boolean hasTargetOrPlace(LocatedMention l) {
    String target = l.target != null ? l.target.key : Names.key(l.mention.targetText);
    return !target.isEmpty() || !placeKey(l).isEmpty();
  }

  /**
   * Whether a mention names its actor: a pronoun kept as the actor ("he said, accusing ...") does
   * not, and joins the one actor the others name as a mention without actor does.
   */
  static boolean namesActor(LocatedMention l) {
    return l.mention.actorText != null && !EventExtractor.PRONOUN.equals(l.mention.actorType);
  }

  /** One event from its sorted mentions. */
  static Assembled event(List<LocatedMention> event) {
    EventMention first = event.get(0).mention;
    String actorKey = "";
    for (LocatedMention l : event) {
      if (namesActor(l)) {
        actorKey = actorKey(l);
      }
    }
    if (actorKey.isEmpty() && !hasTargetOrPlace(event.get(0))) {
      // Events of several sources share this key (see bySource): the first source tells them apart.
      actorKey = "@" + event.get(0).mention.docId;
    }
    String eventId = Ids.event(mergeKey(event.get(0)), actorKey);
    // One mention per sentence, even when a sentence names the event twice.
    Map<String, LocatedMention> bySentence = new TreeMap<>();
    for (LocatedMention l : event) {
      bySentence.putIfAbsent(l.mention.docId + "#" + l.mention.sentenceIndex, l);
    }
    TreeSet<String> docIds = new TreeSet<>();
    for (LocatedMention l : bySentence.values()) {
      docIds.add(l.mention.docId);
      docIds.addAll(l.reprintDocIds);
    }
    String dateSource = first.dateSource;
    for (LocatedMention l : bySentence.values()) {
      dateSource = EventDates.moreDirect(dateSource, l.mention.dateSource);
    }
    Event record =
        Event.newBuilder()
            .setEventId(eventId)
            .setEventDate(first.date == null ? null : LocalDate.parse(first.date))
            .setDateSource(dateSource)
            .setAction(mostCommon(event, l -> l.mention.action))
            .setActions(new ArrayList<>(new TreeSet<>(collect(event, l -> l.mention.action))))
            .setEventType(first.eventType)
            .setNumMentions(bySentence.size())
            .setNumDocuments(docIds.size())
            .setNumIndependentReports(independentReports(bySentence.values()))
            .setDocIds(new ArrayList<>(docIds))
            .setMode(mostCommon(event, l -> l.mention.mode))
            .setContexts(contexts(event))
            .setAuxMode(emptyAsNull(mostCommon(event, l -> nullAsEmpty(l.mention.auxMode))))
            .setNegated(Plover.NEGATION.equals(first.auxMode))
            .setFineType(mostCommon(event, l -> l.mention.fineType))
            .build();
    setRoles(record, event);
    if (record.getEventType() != null) {
      record.setPloverScore(Plover.score(record.getEventType(), record.getMode()));
      record.setQuadClass(Plover.quadClass(record.getEventType()));
    }
    if (event.get(0).resolved) {
      setEventCountry(record, bySentence.values());
    }
    List<Mention> mentions = new ArrayList<>();
    for (LocatedMention l : bySentence.values()) {
      mentions.add(mention(eventId, l));
    }
    return new Assembled(record, mentions);
  }

  /** Actor, target and location as most mentions name them, with their resolution. */
  private static void setRoles(Event record, List<LocatedMention> event) {
    // A name wins over a pronoun that stands for it.
    List<LocatedMention> named = event.stream().filter(EventAssembler::namesActor).toList();
    record.setActor(
        role(
            named.isEmpty() ? event : named,
            l -> l.mention.actorText,
            l -> l.mention.actorType,
            l -> l.actor));
    record.setTarget(
        role(event, l -> l.mention.targetText, l -> l.mention.targetType, l -> l.target));
    record.setLocation(
        role(event, l -> l.mention.locationText, l -> l.mention.locationType, l -> l.location));
  }

  /** Event country and its reason from the roles as the event shows them and its stories. */
  private static void setEventCountry(Event record, Iterable<LocatedMention> mentions) {
    List<String> storyCountries = new ArrayList<>();
    for (LocatedMention l : mentions) {
      storyCountries.add(l.storyCountry);
    }
    RoleResolution.EventCountry country =
        RoleResolution.eventCountry(
            identity(record.getLocation()),
            identity(record.getActor()),
            identity(record.getTarget()),
            storyCountries);
    record.setEventCountry(country.country());
    record.setEventCountryReason(country.reason());
  }

  /** The countries of a role record as an identity, for {@link RoleResolution#eventCountry}. */
  private static RoleIdentity identity(Role role) {
    if (role == null) {
      return null;
    }
    RoleIdentity identity = RoleIdentity.keyOnly(role.getText());
    identity.countries = new ArrayList<>(role.getCountries());
    return identity;
  }

  /** An auxiliary mode is the event's when most mentions have it, "none" counting as one. */
  private static String nullAsEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String emptyAsNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  /** Every PLOVER context of the mentions, sorted. */
  private static List<String> contexts(List<LocatedMention> event) {
    TreeSet<String> contexts = new TreeSet<>();
    for (String joined : collect(event, l -> l.mention.contexts)) {
      for (String context : joined.split(";")) {
        if (!context.isBlank()) {
          contexts.add(context.strip());
        }
      }
    }
    return new ArrayList<>(contexts);
  }

  /**
   * How many independent reports the mentions make: documents whose mentions share a reprinted
   * passage are one report (union-find over documents).
   */
  static int independentReports(Iterable<LocatedMention> mentions) {
    Map<String, String> reportOf = new HashMap<>();
    for (LocatedMention l : mentions) {
      reportOf.putIfAbsent(l.mention.docId, l.mention.docId);
    }
    Map<String, String> docOfPassage = new HashMap<>();
    for (LocatedMention l : mentions) {
      String other = docOfPassage.putIfAbsent(l.passageClusterId, l.mention.docId);
      if (other != null) {
        union(reportOf, other, l.mention.docId);
      }
    }
    TreeSet<String> reports = new TreeSet<>();
    reportOf.keySet().forEach(d -> reports.add(find(reportOf, d)));
    return reports.size();
  }

  private static Mention mention(String eventId, LocatedMention l) {
    return Mention.newBuilder()
        .setEventId(eventId)
        .setDocId(l.mention.docId)
        .setSentenceIndex(l.mention.sentenceIndex)
        .setSentence(l.sentence)
        .setBegin(l.mention.sentenceBegin)
        .setEnd(l.mention.sentenceEnd)
        .setPassageClusterId(l.passageClusterId)
        .setTrigger(l.mention.trigger)
        .setDateSource(l.mention.dateSource)
        .build();
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

  private static List<String> collect(
      List<LocatedMention> event, Function<LocatedMention, String> field) {
    List<String> values = new ArrayList<>();
    for (LocatedMention l : event) {
      String v = field.apply(l);
      if (v != null) {
        values.add(v);
      }
    }
    return values;
  }

  /** The most frequent value, ties broken alphabetically; null when there is none. */
  static String mostCommon(List<LocatedMention> event, Function<LocatedMention, String> field) {
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

  /**
   * The role as most mentions write it, with the resolution of the first mention that writes it so
   * (one of the event's, whose roles all share one key).
   */
  private static Role role(
      List<LocatedMention> event,
      Function<LocatedMention, String> text,
      Function<LocatedMention, String> type,
      Function<LocatedMention, RoleIdentity> identity) {
    String name = mostCommon(event, text);
    if (name == null) {
      return null;
    }
    for (LocatedMention l : event) {
      if (name.equals(text.apply(l))) {
        RoleIdentity resolved = identity.apply(l);
        return resolved == null
            ? Role.newBuilder().setText(name).setType(type.apply(l)).build()
            : resolved.role(name, type.apply(l));
      }
    }
    return null;
  }
}
