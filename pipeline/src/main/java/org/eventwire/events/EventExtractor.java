package org.eventwire.events;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.eventwire.events.EventLexicon.Pos;
import org.eventwire.records.Entity;
import org.eventwire.records.Timex;

/**
 * Finds events in one parsed sentence: a trigger (a verb, or an event noun such as "the seizure of
 * Kandahar") whose lemma is in the lexicon, its roles from the dependency graph, and its date.
 * Pure: the same sentence, entities and dates always give the same mentions.
 */
public final class EventExtractor implements Serializable {
  private static final long serialVersionUID = 1L;

  static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

  /** Entity types that can fill a role; numbers, titles and charges cannot. */
  static final Set<String> ROLE_TYPES =
      Set.of(
          "PERSON",
          "ORGANIZATION",
          "LOCATION",
          "CITY",
          "COUNTRY",
          "STATE_OR_PROVINCE",
          "NATIONALITY",
          "MISC",
          "RELIGION",
          "IDEOLOGY");

  /** Verbs whose subject is what the event happens to: "Kandahar fell" (to the Taliban). */
  static final Set<String> SUBJECT_IS_TARGET = Set.of("fall", "collapse", "surrender");

  /** Prepositions that attach a place to an event. */
  static final Set<String> LOCATIVE =
      Set.of("in", "at", "near", "across", "inside", "within", "outside", "around");

  /** Relations through which a date expression attaches to its trigger. */
  static final Set<String> TEMPORAL =
      Set.of(
          "obl:tmod",
          "nmod:tmod",
          "obl:on",
          "nmod:on",
          "obl:in",
          "nmod:in",
          "advmod",
          "obl",
          "nmod",
          "obl:npmod",
          "obl:during",
          "obl:since",
          "obl:by",
          "obl:at");

  /**
   * Nouns that stand for what is named next to them: a place ("the city of Ghazni", "Kandahar
   * city"), or what is controlled ("took control of Herat").
   */
  static final Set<String> PLACE_NOUNS =
      Set.of(
          "city",
          "capital",
          "town",
          "province",
          "district",
          "village",
          "region",
          "country",
          "territory",
          "stronghold",
          "border",
          "crossing",
          "base",
          "airport",
          "control");

  public static final String TIMEX = "TIMEX";
  public static final String DOC_DATE = "DOC_DATE";
  public static final String NONE = "NONE";

  private final EventLexicon lexicon;

  public EventExtractor(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Context a sentence is read in: the document's entities, dates and publication date. */
  public static final class DocumentContext {
    final String docId;
    final List<Entity> entities;
    final List<Timex> timexes;
    final @Nullable LocalDate docDate;

    public DocumentContext(
        String docId, List<Entity> entities, List<Timex> timexes, @Nullable LocalDate docDate) {
      this.docId = docId;
      this.entities = entities;
      this.timexes = timexes;
      this.docDate = docDate;
    }

    DocumentContext within(ParsedSentence s) {
      List<Entity> here = new ArrayList<>();
      for (Entity e : entities) {
        if (e.getBegin() < s.end && e.getEnd() > s.begin) {
          here.add(e);
        }
      }
      List<Timex> hereTimexes = new ArrayList<>();
      for (Timex t : timexes) {
        if (t.getBegin() < s.end && t.getEnd() > s.begin) {
          hereTimexes.add(t);
        }
      }
      return new DocumentContext(docId, here, hereTimexes, docDate);
    }
  }

  private static final class Role {
    final String text;
    final String type;

    Role(String text, String type) {
      this.text = text;
      this.type = type;
    }

    boolean isPlace() {
      return PLACE_TYPES.contains(type);
    }
  }

  /** Whether an entity of this type can be an actor, target or place. */
  public static boolean canFillRole(String entityType) {
    return ROLE_TYPES.contains(entityType);
  }

  /**
   * Whether a sentence with these lemmas and part-of-speech tags can report an event at all: false
   * when no token could be a trigger, or when no entity in it can fill a role (every mention needs
   * one), so {@link #extract} would find nothing whatever the parse. Lets the annotator skip the
   * dependency parse of most sentences.
   */
  public boolean mayReportEvent(List<String> lemmas, List<String> tags, boolean hasRoleEntity) {
    if (!hasRoleEntity) {
      return false;
    }
    for (int t = 0; t < lemmas.size(); t++) {
      Pos pos = posClass(tags.get(t));
      if (pos != null && lexicon.mayTrigger(lemmas.get(t).toLowerCase(Locale.ROOT), pos)) {
        return true;
      }
    }
    return false;
  }

  public List<EventMention> extract(ParsedSentence s, DocumentContext document) {
    // Role and date lookups scan entities and timexes once per token: keep only this sentence's.
    DocumentContext doc = document.within(s);
    Graph g = new Graph(s);
    List<EventMention> mentions = new ArrayList<>();
    for (int t = 0; t < s.size(); t++) {
      Pos pos = posClass(s.tags[t]);
      if (pos == null || (pos == Pos.VERB && g.hasParentRelation(t, "aux", "aux:pass", "cop"))) {
        continue;
      }
      String lemma = s.lemmas[t].toLowerCase(Locale.ROOT);
      String action = lemma;
      String type = null;
      int particle = g.child(t, "compound:prt");
      if (pos == Pos.VERB && particle >= 0) {
        action = lemma + " " + s.lemmas[particle].toLowerCase(Locale.ROOT);
        type = lexicon.typeOf(action, pos);
      }
      if (type == null) {
        action = lemma;
        type = lexicon.typeOf(lemma, pos);
      }
      if (type != null) {
        mentionsOfTrigger(s, g, doc, t, pos, action, type, mentions);
      }
    }
    return mentions;
  }

  /** The mentions of one trigger: one per target, each with its actor, place and date. */
  private void mentionsOfTrigger(
      ParsedSentence s,
      Graph g,
      DocumentContext doc,
      int t,
      Pos pos,
      String action,
      String type,
      List<EventMention> mentions) {
    String lemma = s.lemmas[t].toLowerCase(Locale.ROOT);
    int actorToken;
    int targetToken;
    if (pos == Pos.NOUN) {
      targetToken = g.childStarting(t, "nmod:of", "nmod:poss");
      actorToken = g.childStarting(t, "nmod:by", "nmod:agent");
    } else if (SUBJECT_IS_TARGET.contains(lemma)) {
      targetToken = g.childStarting(t, "nsubj");
      actorToken = g.childStarting(t, "obl:to");
    } else if (g.child(t, "nsubj:pass") >= 0 || g.child(t, "aux:pass") >= 0) {
      targetToken = g.child(t, "nsubj:pass");
      actorToken = g.childStarting(t, "obl:agent", "obl:by");
    } else {
      actorToken = g.childStarting(t, "nsubj");
      targetToken = g.childStarting(t, "obj", "dobj");
    }
    List<Role> actors = resolve(s, g, doc, actorToken, 0);
    if (actors.isEmpty() && actorToken >= 0 && s.tags[actorToken].startsWith("PRP")) {
      actors = reporter(s, g, doc, t);
    }
    List<Role> targets = resolve(s, g, doc, targetToken, 0);
    Role location = placeAttachedTo(s, g, doc, t, -1);
    if (location == null
        && g.parent(t) >= 0
        && (pos == Pos.NOUN || g.hasParentRelationStarting(t, "conj"))) {
      // "There is heavy fighting in Kandahar": the place hangs on the verb the noun is subject of;
      // "In Kandahar, the Taliban attacked a prison and freed inmates": on the first conjunct.
      location = placeAttachedTo(s, g, doc, g.parent(t), t);
    }
    Role actor = actors.isEmpty() ? null : actors.get(0);
    if (targets.isEmpty()) {
      targets.add(null);
    }
    Timex timex = dateOf(s, g, doc, t);
    for (Role target : targets) {
      Role place = location != null ? location : target != null && target.isPlace() ? target : null;
      if (actor != null || target != null || place != null) {
        mentions.add(mention(s, doc, t, action, type, actor, target, place, timex));
      }
    }
  }

  private static EventMention mention(
      ParsedSentence s,
      DocumentContext doc,
      int t,
      String action,
      String type,
      @Nullable Role actor,
      @Nullable Role target,
      @Nullable Role place,
      @Nullable Timex timex) {
    EventMention m = new EventMention();
    m.docId = doc.docId;
    m.sentenceIndex = s.index;
    m.sentenceBegin = s.begin;
    m.sentenceEnd = s.end;
    m.trigger = s.words[t];
    m.action = action;
    m.eventType = type;
    if (actor != null) {
      m.actorText = actor.text;
      m.actorType = actor.type;
    }
    if (target != null) {
      m.targetText = target.text;
      m.targetType = target.type;
    }
    if (place != null) {
      m.locationText = place.text;
      m.locationType = place.type;
    }
    if (timex != null) {
      m.date = timex.getResolvedDate().toString();
      m.dateSource = TIMEX;
    } else if (doc.docDate != null) {
      m.date = doc.docDate.toString();
      m.dateSource = DOC_DATE;
    } else {
      m.dateSource = NONE;
    }
    return m;
  }

  /** The first place attached to a token by a locative preposition, skipping one child. */
  private @Nullable Role placeAttachedTo(
      ParsedSentence s, Graph g, DocumentContext doc, int token, int skip) {
    for (int[] edge : g.children(token)) {
      String rel = s.relations[edge[1]];
      int colon = rel.indexOf(':');
      if (edge[0] != skip
          && colon > 0
          && (rel.startsWith("obl:") || rel.startsWith("nmod:"))
          && LOCATIVE.contains(rel.substring(colon + 1))) {
        for (Role r : resolve(s, g, doc, edge[0], 0)) {
          if (r.isPlace()) {
            return r;
          }
        }
      }
    }
    return null;
  }

  /**
   * "The US said it was sending troops": a pronoun subject of a clause reported by a named speaker
   * stands for the speaker.
   */
  private List<Role> reporter(ParsedSentence s, Graph g, DocumentContext doc, int trigger) {
    int governor = g.parent(trigger);
    if (governor >= 0
        && g.hasParentRelation(trigger, "ccomp")
        && EventLexicon.REPORTING_VERBS.contains(s.lemmas[governor].toLowerCase(Locale.ROOT))) {
      return resolve(s, g, doc, g.childStarting(governor, "nsubj"), 0);
    }
    return new ArrayList<>();
  }

  static @Nullable Pos posClass(String tag) {
    if (tag.startsWith("VB")) {
      return Pos.VERB;
    }
    if (tag.equals("NN") || tag.equals("NNS")) {
      return Pos.NOUN;
    }
    return null;
  }

  /**
   * The named entities a role token stands for: the entity it is part of; for a place noun or a
   * nationality-marked noun, the place or nationality named beside it ("the cities of Ghazni and
   * Herat", "Afghanistan's third-largest city, Herat", "Pakistani forces"); and every conjunct.
   */
  private List<Role> resolve(ParsedSentence s, Graph g, DocumentContext doc, int token, int depth) {
    List<Role> roles = new ArrayList<>();
    if (token < 0 || depth > 4) {
      return roles;
    }
    Entity entity = entityAt(s, doc, token);
    if (entity != null && ROLE_TYPES.contains(entity.getType())) {
      roles.add(new Role(entity.getText(), entity.getType()));
    } else if (!s.tags[token].startsWith("PRP")) {
      boolean placeNoun = PLACE_NOUNS.contains(s.lemmas[token].toLowerCase(Locale.ROOT));
      for (int[] edge : g.children(token)) {
        String rel = s.relations[edge[1]];
        boolean namesIt =
            rel.equals("appos") || rel.equals("compound") || (placeNoun && rel.equals("nmod:of"));
        if (namesIt) {
          roles.addAll(resolve(s, g, doc, edge[0], depth + 1));
        }
      }
      if (roles.isEmpty()) {
        for (int[] edge : g.children(token)) {
          Entity modifier = entityAt(s, doc, edge[0]);
          if (s.relations[edge[1]].equals("amod")
              && modifier != null
              && modifier.getType().equals("NATIONALITY")) {
            roles.add(new Role(modifier.getText(), modifier.getType()));
          }
        }
      }
    }
    for (int[] edge : g.children(token)) {
      if (s.relations[edge[1]].startsWith("conj")) {
        roles.addAll(resolve(s, g, doc, edge[0], depth + 1));
      }
    }
    // One role per name: "Ghazni and Herat" via both the conj and the place noun gives each once.
    Set<String> seen = new LinkedHashSet<>();
    roles.removeIf(r -> !seen.add(r.text + "\t" + r.type));
    return roles;
  }

  private static @Nullable Entity entityAt(ParsedSentence s, DocumentContext doc, int token) {
    int begin = s.tokenBegin[token];
    for (Entity e : doc.entities) {
      if (e.getBegin() <= begin && begin < e.getEnd()) {
        return e;
      }
    }
    return null;
  }

  private static @Nullable Timex timexAt(ParsedSentence s, DocumentContext doc, int token) {
    int begin = s.tokenBegin[token];
    for (Timex t : doc.timexes) {
      if (t.getBegin() <= begin && begin < t.getEnd() && t.getResolvedDate() != null) {
        return t;
      }
    }
    return null;
  }

  /**
   * A single-day date expression attached to the trigger (its own temporal modifiers, then anything
   * below it), else one attached to the verb that governs it: "The seizure of Herat on Thursday",
   * "Kandahar fell on Thursday night", "Earlier on Thursday the Taliban captured Ghazni".
   */
  private static @Nullable Timex dateOf(
      ParsedSentence s, Graph g, DocumentContext doc, int trigger) {
    for (int[] edge : g.children(trigger)) {
      if (TEMPORAL.contains(s.relations[edge[1]])) {
        Timex t = timexBelow(s, g, doc, edge[0], 2);
        if (t != null) {
          return t;
        }
      }
    }
    for (int[] edge : g.children(trigger)) {
      // "attacked a prison and freed inmates on Wednesday night": coordinated verbs share a date.
      if (s.relations[edge[1]].startsWith("conj") && posClass(s.tags[edge[0]]) == Pos.VERB) {
        for (int[] inner : g.children(edge[0])) {
          if (TEMPORAL.contains(s.relations[inner[1]])) {
            Timex t = timexBelow(s, g, doc, inner[0], 2);
            if (t != null) {
              return t;
            }
          }
        }
      }
    }
    int governor = g.parent(trigger);
    if (governor >= 0 && posClass(s.tags[trigger]) == Pos.NOUN) {
      for (int[] edge : g.children(governor)) {
        if (TEMPORAL.contains(s.relations[edge[1]]) && edge[0] != trigger) {
          Timex t = timexBelow(s, g, doc, edge[0], 2);
          if (t != null) {
            return t;
          }
        }
      }
    }
    return null;
  }

  private static @Nullable Timex timexBelow(
      ParsedSentence s, Graph g, DocumentContext doc, int token, int depth) {
    Timex here = timexAt(s, doc, token);
    if (here != null || depth == 0) {
      return here;
    }
    for (int[] edge : g.children(token)) {
      Timex below = timexBelow(s, g, doc, edge[0], depth - 1);
      if (below != null) {
        return below;
      }
    }
    return null;
  }

  /** Children and parents of a sentence's tokens, from its edge arrays. */
  private static final class Graph {
    private final ParsedSentence s;
    private final List<List<int[]>> children = new ArrayList<>();
    private final int[] parent;
    private final int[] parentEdge;

    Graph(ParsedSentence s) {
      this.s = s;
      parent = new int[s.size()];
      parentEdge = new int[s.size()];
      java.util.Arrays.fill(parent, -1);
      for (int i = 0; i < s.size(); i++) {
        children.add(new ArrayList<>());
      }
      for (int e = 0; e < s.relations.length; e++) {
        children.get(s.governors[e]).add(new int[] {s.dependents[e], e});
        if (parent[s.dependents[e]] < 0) {
          parent[s.dependents[e]] = s.governors[e];
          parentEdge[s.dependents[e]] = e;
        }
      }
    }

    /** Pairs (child token, edge index). */
    List<int[]> children(int token) {
      return children.get(token);
    }

    int parent(int token) {
      return parent[token];
    }

    int child(int token, String relation) {
      for (int[] edge : children.get(token)) {
        if (s.relations[edge[1]].equals(relation)) {
          return edge[0];
        }
      }
      return -1;
    }

    /** The first child whose relation is one of these or a subtype of one (nsubj:xsubj). */
    int childStarting(int token, String... relations) {
      for (String relation : relations) {
        for (int[] edge : children.get(token)) {
          String rel = s.relations[edge[1]];
          if (rel.equals(relation)
              || (rel.startsWith(relation + ":") && !rel.equals("nsubj:pass"))) {
            return edge[0];
          }
        }
      }
      return -1;
    }

    boolean hasParentRelationStarting(int token, String prefix) {
      return parent[token] >= 0 && s.relations[parentEdge[token]].startsWith(prefix);
    }

    boolean hasParentRelation(int token, String... relations) {
      if (parent[token] < 0) {
        return false;
      }
      String rel = s.relations[parentEdge[token]];
      for (String r : relations) {
        if (rel.equals(r)) {
          return true;
        }
      }
      return false;
    }
  }
}
