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

  /**
   * Support verbs: their subject does what their object noun names ("Manila hopes to forge an
   * accord", "Cuba kept up its condemnation", "the minister issued a directive calling on ..."),
   * unlike verbs that report or judge an event ("condemned the attack" is not the attacker's).
   */
  static final Set<String> SUPPORT_VERBS =
      Set.of(
          "issue",
          "forge",
          "keep",
          "make",
          "reach",
          "conduct",
          "carry",
          "mount",
          "wage",
          "step",
          "lodge",
          "file",
          "pursue",
          "continue",
          "resume",
          "begin",
          "start",
          "sign",
          "seal",
          "clinch",
          "strike",
          "hold",
          "stage",
          "launch",
          "deliver",
          "pay",
          "give");

  /** Prepositions that attach a place to an event. */
  static final Set<String> LOCATIVE =
      Set.of("in", "at", "near", "across", "inside", "within", "outside", "around");

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

  /**
   * Verbs of intention that are no event themselves: what they govern is intended, so a conflictual
   * event under them is THREATEN and a cooperative one AGREE ("prepared to impose martial law").
   */
  static final Set<String> INTENTION_VERBS =
      Set.of("plan", "prepare", "intend", "decide", "aim", "mean", "seek", "want", "hope", "vow");

  /**
   * Types of a governing verb that is the event in place of what it governs: "demanded that the
   * ministry supply the lists" is REQUEST, "refused to withdraw" REJECT, "threatened to strike"
   * THREATEN, "agreed to undertake joint exercises" AGREE.
   */
  static final Set<String> GOVERNING_TYPES = Set.of("REQUEST", "THREATEN", "REJECT", "AGREE");

  /**
   * Verbs that carry an event noun as their object without being an event themselves: the noun is
   * the event and the verb's subject its actor ("carried out an attack", "opened new peace talks",
   * "pushed ahead with their investigation").
   */
  static final Set<String> EVENT_NOUN_VERBS =
      Set.of(
          "carry",
          "conduct",
          "launch",
          "stage",
          "hold",
          "mount",
          "wage",
          "open",
          "pursue",
          "continue",
          "resume",
          "begin",
          "start",
          "step",
          "intensify",
          "press",
          "push",
          "extend",
          "organise",
          "organize",
          "make",
          "undertake");

  /**
   * Verbs of combat that, with a "to" clause, only mean trying hard: "fighting to keep the boy".
   */
  static final Set<String> STRIVING_VERBS = Set.of("fight", "battle", "struggle");

  /** Auxiliaries that put an event in the future, and those that make it hypothetical. */
  static final Set<String> FUTURE_AUX = Set.of("will", "shall", "would", "'ll");

  static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "might", "may", "should");

  /**
   * Adjectives that make an event noun one only envisaged: "possible UN sanctions", "a proposed
   * ceasefire", "a draft agreement", "the planned visit" did not (yet) happen.
   */
  static final Set<String> UNREALISED_ADJECTIVES =
      Set.of(
          "possible",
          "potential",
          "proposed",
          "planned",
          "draft",
          "likely",
          "eventual",
          "prospective",
          "hypothetical",
          "future");

  /**
   * Pronouns that stand for people: one acted on is a participant ("he was gunned down", "arresting
   * him"), and one with no name standing for it is kept as the role as written ("he", "They"), the
   * gold convention; the resolver gives it the story's country only when the story leaves no doubt.
   * Not "it", which mostly stands for no one ("it was reported").
   */
  static final Set<String> PERSONAL_PRONOUNS =
      Set.of("he", "she", "him", "her", "they", "them", "we", "us", "i", "me");

  static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");

  /** Verbs of assent whose negation is a rejection: "did not accept", "does not recognise". */
  static final Set<String> WITHHELD_ASSENT = Set.of("accept", "recognize", "recognise");

  /** Cooperative types that PLOVER codes as AGREE when they are only promised (future). */
  static final Set<String> AGREE_WHEN_FUTURE = Set.of("CONSULT", "SUPPORT", "COOPERATE", "AID");

  /**
   * What does harm without acting: "hit by an avalanche", "an earthquake killed" report no event,
   * however violent the verb.
   */
  static final Set<String> NATURAL_FORCES =
      Set.of(
          "earthquake",
          "quake",
          "avalanche",
          "storm",
          "flood",
          "fire",
          "accident",
          "crash",
          "typhoon",
          "hurricane",
          "cyclone",
          "landslide",
          "tsunami",
          "disease",
          "virus",
          "cancer",
          "illness",
          "drought",
          "heat",
          "wave",
          "tornado",
          "mudslide",
          "lightning",
          "epidemic");

  /**
   * Types that PLOVER gives an actor by definition (someone agrees, meets, yields, refuses,
   * praises): without one the sentence names no event of theirs ("children were consulted" is no
   * CONSULT).
   */
  static final Set<String> NEEDS_ACTOR = Set.of("AGREE", "CONCEDE", "CONSULT", "REJECT", "SUPPORT");

  /**
   * Verbs that say how one thing stands to another: an event noun they take ("the killing has
   * become a factor", "the raid is not linked with the probe", "signifies a rejection") is talked
   * about, not reported as happening.
   */
  static final Set<String> RELATIONAL_VERBS =
      Set.of(
          "become",
          "link",
          "relate",
          "connect",
          "tie",
          "signify",
          "mean",
          "represent",
          "constitute",
          "resemble");

  /**
   * Nouns naming an official act whose content a participle beside them states: "a directive
   * calling on all levels of government", "a court ruling accusing the government" are the call and
   * the accusation; "a scandal surrounding the company" is no siege.
   */
  static final Set<String> ACT_NOUNS =
      Set.of(
          "directive",
          "ruling",
          "order",
          "decree",
          "resolution",
          "verdict",
          "judgment",
          "judgement",
          "statement",
          "declaration",
          "communique",
          "letter",
          "motion",
          "petition",
          "ultimatum");

  /**
   * Nouns of intention and possibility: an infinitive they govern ("attempts to kill", "the plan to
   * arrest the editors") is intended or possible, not done.
   */
  static final Set<String> INTENTION_NOUNS =
      Set.of(
          "decision",
          "plan",
          "attempt",
          "effort",
          "bid",
          "move",
          "proposal",
          "intention",
          "plot",
          "right",
          "chance",
          "opportunity",
          "willingness",
          "readiness",
          "determination",
          "promise",
          "pledge",
          "offer");

  /** Verbs of going on: in the present they tell what is happening now, not a habit. */
  static final Set<String> ASPECTUAL_VERBS = Set.of("continue", "keep", "begin", "start", "resume");

  /** Ordinals that rank a noun by what it did: "the first country to recognise Kosovo". */
  static final Set<String> RANKS = Set.of("first", "last", "only", "second", "third");

  /** Verbs of protection: what they guard from or against is a danger, not an event. */
  static final Set<String> PROTECTION_VERBS = Set.of("protect", "shield", "guard", "safeguard");

  /** Words that make a meeting noun a statement to the press ("a news conference"). */
  static final Set<String> MEDIA_WORDS = Set.of("news", "press", "media");

  /** Types of a verbal reaction: what it reacts to is told as its cause, not as news. */
  static final Set<String> REACTIONS = Set.of("ACCUSE", "SUPPORT");

  /** Adjectives of likelihood: what they govern is a forecast ("was likely to be opposed"). */
  static final Set<String> FORECAST_WORDS = Set.of("likely", "unlikely");

  /** Verbs of warning: a threat only when someone is warned or a hostile act is announced. */
  static final Set<String> WARNING_VERBS = Set.of("warn", "caution");

  /** Subjects that say no one did it: "Nobody talks to Fidel", "no danger had been found". */
  static final Set<String> NEGATIVE_SUBJECTS = Set.of("nobody", "none", "nothing", "no-one");

  /**
   * Words that mark a sentence as sport: "beat", "defeat", "battle", "attack" and "win" there are
   * results, never political events (PLOVER codes no sport), so such a sentence yields none.
   */
  static final Set<String> SPORT_WORDS =
      Set.of(
          "cricket",
          "football",
          "soccer",
          "tennis",
          "rugby",
          "golf",
          "hockey",
          "basketball",
          "baseball",
          "league",
          "championship",
          "tournament",
          "innings",
          "wicket",
          "stump",
          "striker",
          "midfielder",
          "goalkeeper",
          "semi-final",
          "quarter-final",
          "medal",
          "champion",
          "player",
          "cup",
          "batsman",
          "bowler",
          "wicketkeeper",
          "birdie",
          "bogey",
          "athlete",
          "olympics",
          "skating");

  /** Closing quotation marks as the tokenizer writes them. */
  static final Set<String> QUOTES = Set.of("''", "\"", "'", "`", "``", ")", "-RRB-");

  /** Verbs whose subject suffers an attack they are "in": "died in", "were wounded in". */
  static final Set<String> VICTIM_VERBS =
      Set.of("die", "perish", "kill", "wound", "injure", "hurt", "maim");

  /** The role type of a personal pronoun kept as a role. */
  public static final String PRONOUN = "PRONOUN";

  /** Prepositions through which a verb or event noun names its recipient. */
  static final List<String> RECIPIENT_RELATIONS =
      List.of(
          "iobj",
          "obl:against",
          "obl:on",
          "obl:with",
          "obl:to",
          "obl:for",
          "obl:from",
          "nmod:against",
          "nmod:on",
          "nmod:with",
          "nmod:to",
          "nmod:for");

  private final EventLexicon lexicon;
  private final Agents agents;
  private final EventDates dates;

  public EventExtractor(EventLexicon lexicon) {
    this(lexicon, Agents.standard());
  }

  public EventExtractor(EventLexicon lexicon, Agents agents) {
    this(lexicon, agents, new EventDates(EventDates.Rule.CONTEXT));
  }

  public EventExtractor(EventLexicon lexicon, Agents agents, EventDates dates) {
    this.lexicon = lexicon;
    this.agents = agents;
    this.dates = dates;
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
      // All the document's dates: an event may take its date from the sentences before.
      return new DocumentContext(docId, here, timexes, docDate);
    }
  }

  private static final class Role {
    final String text;
    final String type;

    /**
     * Named by a rule that only fills a role (a pronoun, a support verb's subject, a for-to
     * subject): such a role never makes an event that would otherwise not be one.
     */
    boolean onlyFills;

    /**
     * A place or nationality named as whose an agent noun is ("the foreign ministers of Poland",
     * "embassies of the United States"): the agent's country, not where the event happens.
     */
    boolean ownerOfAgent;

    /**
     * For a place, the places joined to it ("in Kenya and Tanzania"): the event happened in each,
     * so each gets its own event, as each conjunct of an actor does.
     */
    List<Role> coordinatedPlaces = List.of();

    Role(String text, String type) {
      this.text = text;
      this.type = type;
    }

    boolean isPlace() {
      return PLACE_TYPES.contains(type);
    }
  }

  /** Whether an entity of this type names a place. */
  public static boolean isPlace(String entityType) {
    return PLACE_TYPES.contains(entityType);
  }

  /** Whether an entity of this type can be an actor, target or place. */
  public static boolean canFillRole(String entityType) {
    return ROLE_TYPES.contains(entityType);
  }

  /**
   * Whether a sentence with these lemmas and part-of-speech tags can report an event at all: false
   * when no token could be a trigger, or when nothing in it can fill a role (every mention needs
   * one: an entity, or a common noun that names an agent, such as "police"), so {@link #extract}
   * would find nothing whatever the parse; false too for a sentence about sport, which {@link
   * #extract} never codes. Lets the annotator skip the dependency parse of most sentences.
   */
  public boolean mayReportEvent(List<String> lemmas, List<String> tags, boolean hasRoleEntity) {
    return mayReportEvent(lemmas, tags, hasRoleEntity, true);
  }

  /**
   * Like {@link #mayReportEvent(List, List, boolean)}, knowing whether the sentence names a place
   * (an entity of a place type): without one, a place cannot change hands.
   */
  public boolean mayReportEvent(
      List<String> lemmas, List<String> tags, boolean hasRoleEntity, boolean hasPlaceEntity) {
    boolean hasRole = hasRoleEntity;
    for (int t = 0; t < lemmas.size() && !hasRole; t++) {
      hasRole = posClass(tags.get(t)) == Pos.NOUN && agents.isAgent(lemmas.get(t));
    }
    if (!hasRole || isSport(lemmas, tags)) {
      return false;
    }
    Set<String> words = new java.util.HashSet<>();
    for (String lemma : lemmas) {
      words.add(lemma.toLowerCase(Locale.ROOT));
    }
    for (int t = 0; t < lemmas.size(); t++) {
      Pos pos = posClass(tags.get(t));
      if (pos != null && lexicon.mayTrigger(lemmas.get(t), pos, words, hasPlaceEntity)) {
        return true;
      }
    }
    return false;
  }

  /** What a trigger token codes, once its lexicon row and governing verb are known. */
  private static final class Trigger {
    final int token;
    final Pos pos;
    final String action;
    EventLexicon.Entry entry;
    @Nullable String auxMode;

    /** A governed event's subject, the governing verb's recipient when it names none itself. */
    int embeddedSubject = -1;

    Trigger(int token, Pos pos, String action, EventLexicon.Entry entry) {
      this.token = token;
      this.pos = pos;
      this.action = action;
      this.entry = entry;
    }
  }

  public List<EventMention> extract(ParsedSentence s, DocumentContext document) {
    // Role lookups scan entities once per token: keep only this sentence's.
    DocumentContext doc = document.within(s);
    if (isSport(java.util.Arrays.asList(s.lemmas), java.util.Arrays.asList(s.tags))) {
      return new ArrayList<>();
    }
    Graph g = new Graph(s);
    Trigger[] triggers = new Trigger[s.size()];
    for (int t = 0; t < s.size(); t++) {
      triggers[t] = trigger(s, g, t);
    }
    boolean[] background = new boolean[s.size()];
    for (int t = 0; t < s.size(); t++) {
      background[t] = triggers[t] != null && isBackground(s, g, doc, triggers, triggers[t]);
    }
    for (int t = 0; t < s.size(); t++) {
      int head = g.parent(t);
      if (triggers[t] != null
          && head >= 0
          && background[head]
          && g.hasParentRelation(t, "obj", "dobj", "nsubj:pass")) {
        background[t] = true; // "a vote imposing sanctions": the sanctions are the imposing's
      }
    }
    for (int t = 0; t < s.size(); t++) {
      if (background[t]) {
        triggers[t] = null;
      }
    }
    // All governing verbs first learn what they govern, then every event is coded.
    boolean[] absorbed = new boolean[s.size()];
    for (int t = 0; t < s.size(); t++) {
      absorbed[t] = triggers[t] != null && absorbed(s, g, triggers, triggers[t]);
    }
    List<EventMention> mentions = new ArrayList<>();
    boolean question = isQuestion(s);
    for (int t = 0; t < s.size(); t++) {
      Trigger trigger = triggers[t];
      if (trigger != null && !absorbed[t]) {
        trigger.auxMode = auxMode(s, g, t);
        if (question && !Plover.NEGATION.equals(trigger.auxMode)) {
          trigger.auxMode = Plover.HYPOTHETICAL; // asked about, not reported
        }
        if (trigger.auxMode == null && hasNegativeSubject(s, g, t)) {
          trigger.auxMode = Plover.NEGATION;
        } else if (trigger.auxMode == null
            && (isForecast(s, g, t) || (trigger.pos == Pos.NOUN && isUnrealised(s, g, t)))) {
          trigger.auxMode = Plover.HYPOTHETICAL;
        }
        if (trigger.auxMode == null && isHistorical(s, g, t, doc.docDate)) {
          trigger.auxMode = Plover.HISTORICAL;
        }
        readRefusal(s, trigger);
        readModality(trigger);
        mentionsOfTrigger(s, g, doc, trigger, mentions);
      }
    }
    return mentions;
  }

  /**
   * Whether a trigger names an event the sentence does not report as happening: an event noun told
   * as background (see {@link #isBackgroundNoun}); a verb in a clause that only qualifies a noun
   * (see {@link #qualifiesANoun}), or deep in what a verb of request, threat, refusal or agreement
   * governs ("urged Washington to boost its efforts to resolve the conflict"); a light verb whose
   * object is a statement to the press ("held a news conference"); a warning that warns no one and
   * announces no hostile act ("cautioned that results would not be available").
   */
  private boolean isBackground(
      ParsedSentence s, Graph g, DocumentContext doc, Trigger[] triggers, Trigger trigger) {
    int t = trigger.token;
    if (trigger.pos == Pos.NOUN) {
      return isBackgroundNoun(s, g, triggers, t);
    }
    for (int[] edge : g.children(t)) {
      if (g.hasParentRelation(edge[0], "obj", "nsubj:pass")
          && s.lemmas[edge[0]].equalsIgnoreCase(trigger.entry.object)
          && isForThePress(s, g, edge[0])) {
        return true;
      }
    }
    int clause = t;
    for (int depth = 0; clause >= 0 && depth < 4; depth++) {
      if (qualifiesANoun(s, g, doc, clause)) {
        return true;
      }
      if (depth >= 1
          && triggers[clause] != null
          && GOVERNING_TYPES.contains(triggers[clause].entry.type)) {
        return true; // the governing verb's own complement is absorbed by it instead
      }
      clause = g.hasParentRelation(clause, "xcomp", "ccomp") ? g.parent(clause) : -1;
    }
    if (trigger.entry.type.equals("MOBILIZE") && isPresentPassive(s, g, t)) {
      return true; // "37,000 troops are stationed in South Korea": where forces stand, no move
    }
    return trigger.entry.type.equals("THREATEN")
        && WARNING_VERBS.contains(s.lemmas[t].toLowerCase(Locale.ROOT))
        && !warnsSomeoneOrOfSomething(s, g, triggers, t);
  }

  /**
   * Whether a verb is a passive in the simple present ("are stationed", "is deployed"), which tells
   * a state; not "are being deployed", "have been sent", "will be deployed".
   */
  private static boolean isPresentPassive(ParsedSentence s, Graph g, int verb) {
    boolean presentBe = false;
    for (int[] edge : g.children(verb)) {
      String rel = s.relations[edge[1]];
      String tag = s.tags[edge[0]];
      if (rel.equals("aux")) {
        return false;
      }
      if (rel.equals("aux:pass")) {
        presentBe |= tag.equals("VBP") || tag.equals("VBZ");
      }
    }
    return presentBe;
  }

  /**
   * Whether an event noun is told as background: described ("is the clearest demonstration of"),
   * qualified by an adjective ("responsible for the bombings"), conceded ("despite a fragile
   * truce"), related to something else ("the killing has become a factor"), guarded against ("to
   * protect its border from attacks"), the cause of a reaction that is the news ("criticised him
   * for his attack on"), or a statement to the press ("a news conference").
   */
  private static boolean isBackgroundNoun(ParsedSentence s, Graph g, Trigger[] triggers, int t) {
    int head = g.parent(t);
    if (g.child(t, "cop") >= 0 || isForThePress(s, g, t)) {
      return true;
    }
    if (head < 0) {
      return false;
    }
    String rel = g.parentRelation(t);
    Trigger over = triggers[head];
    String governing = s.lemmas[head].toLowerCase(Locale.ROOT);
    return ((rel.startsWith("obl:") || rel.startsWith("nmod:")) && s.tags[head].startsWith("JJ"))
        || ((rel.equals("obl:from") || rel.equals("obl:against"))
            && PROTECTION_VERBS.contains(governing))
        || rel.equals("obl:despite")
        || rel.equals("nmod:despite")
        || (posClass(s.tags[head]) == Pos.VERB && RELATIONAL_VERBS.contains(governing))
        || (over != null
            && over.pos == Pos.VERB
            && REACTIONS.contains(over.entry.type)
            && (rel.equals("obj") || rel.equals("obl:for")));
  }

  /** Whether a warning has someone warned, a danger warned of, or a hostile act it announces. */
  private static boolean warnsSomeoneOrOfSomething(
      ParsedSentence s, Graph g, Trigger[] triggers, int t) {
    for (int[] edge : g.children(t)) {
      String rel = s.relations[edge[1]];
      if (rel.equals("obj")
          || rel.equals("iobj")
          || rel.equals("obl:of")
          || rel.equals("obl:against")
          || ((rel.equals("ccomp") || rel.equals("xcomp")) && triggers[edge[0]] != null)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb heads a clause that only qualifies a noun: an infinitive or a prepositional
   * gerund beside a noun that names no one who acts ("attempts to kill", "his decision to seek an
   * indictment", "progress toward ending the war"), a participle beside a noun that names no one
   * who acts nor an official act ("a scandal surrounding the company", "crimes committed against
   * their people"; not "a directive calling on"), or a relative clause in the simple present, which
   * tells a habit or a standing state ("groups that reject it", "a minister who is accused of").
   */
  private boolean qualifiesANoun(ParsedSentence s, Graph g, DocumentContext doc, int verb) {
    int head = g.parent(verb);
    if (head < 0 || posClass(s.tags[verb]) != Pos.VERB) {
      return false;
    }
    String rel = g.parentRelation(verb);
    if (((rel.startsWith("acl:") && !rel.equals("acl:relcl"))
            || (rel.startsWith("nmod:") && posClass(s.tags[head]) == Pos.NOUN))
        && !namesAnActorOrAct(s, doc, head)
        && !isRanked(s, g, head)) {
      return true;
    }

    if (isInfinitive(s, g, verb)) {
      // "the government's decision to expel the diplomats", parsed with the noun as the
      // infinitive's subject: a decision, plan or attempt does not act, the clause qualifies it.
      for (int[] edge : g.children(verb)) {
        String childRel = s.relations[edge[1]];
        int subject = edge[0];
        if ((childRel.equals("nsubj") || childRel.equals("nsubj:xsubj"))
            && posClass(s.tags[subject]) == Pos.NOUN
            && INTENTION_NOUNS.contains(s.lemmas[subject].toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    if (rel.equals("acl")
        && (s.tags[verb].equals("VBG") || s.tags[verb].equals("VBN"))
        && !namesAnActorOrAct(s, doc, head)
        && !countsCasualties(s, g, verb)) {
      return true;
    }
    if (rel.equals("acl:relcl")) {
      if ((s.tags[verb].equals("VBP") || s.tags[verb].equals("VBZ"))
          && !ASPECTUAL_VERBS.contains(s.lemmas[verb].toLowerCase(Locale.ROOT))) {
        return true; // not "who continues to press their offensive": that goes on now
      }
      for (int[] edge : g.children(verb)) {
        String tag = s.tags[edge[0]];
        if (s.relations[edge[1]].equals("aux:pass") && (tag.equals("VBP") || tag.equals("VBZ"))) {
          return true; // "who is accused of ordering the killings": a standing state
        }
      }
    }
    return false;
  }

  /**
   * Whether a noun is ranked by an ordinal or superlative: "the first country to recognise Kosovo"
   * did recognise it, the infinitive tells what it was first to do.
   */
  private static boolean isRanked(ParsedSentence s, Graph g, int noun) {
    for (int[] edge : g.children(noun)) {
      String lemma = s.lemmas[edge[0]].toLowerCase(Locale.ROOT);
      if (s.relations[edge[1]].equals("amod")
          && (RANKS.contains(lemma) || s.tags[edge[0]].equals("JJS"))) {
        return true;
      }
    }
    return false;
  }

  /** "a news conference", "a press briefing": a statement to the press, no meeting of parties. */
  private static boolean isForThePress(ParsedSentence s, Graph g, int noun) {
    for (int[] edge : g.children(noun)) {
      if (s.relations[edge[1]].equals("compound")
          && MEDIA_WORDS.contains(s.lemmas[edge[0]].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "violence erupted at the weekend injuring at least 20 people": a participle that counts who it
   * hit tells of the event, wherever the parser hangs it.
   */
  private static boolean countsCasualties(ParsedSentence s, Graph g, int verb) {
    int object = g.child(verb, "obj");
    return object >= 0 && (s.tags[object].equals("CD") || g.child(object, "nummod") >= 0);
  }

  private static boolean isInfinitive(ParsedSentence s, Graph g, int verb) {
    int to = g.child(verb, "mark");
    return s.tags[verb].equals("VB") && to >= 0 && s.lemmas[to].equalsIgnoreCase("to");
  }

  /** Whether a noun names who can act (an entity, an agent noun) or an official act. */
  private boolean namesAnActorOrAct(ParsedSentence s, DocumentContext doc, int noun) {
    Entity entity = entityAt(s, doc, noun);
    return (entity != null && ROLE_TYPES.contains(entity.getType()))
        || agents.isAgent(s.lemmas[noun])
        || ACT_NOUNS.contains(s.words[noun].toLowerCase(Locale.ROOT))
        || ACT_NOUNS.contains(s.lemmas[noun].toLowerCase(Locale.ROOT));
  }

  /** Whether a trigger's subject says no one did it: "nobody", "none", "no danger". */
  private static boolean hasNegativeSubject(ParsedSentence s, Graph g, int t) {
    for (int[] edge : g.children(t)) {
      String rel = s.relations[edge[1]];
      if (!rel.equals("nsubj") && !rel.equals("nsubj:pass")) {
        continue;
      }
      if (NEGATIVE_SUBJECTS.contains(s.lemmas[edge[0]].toLowerCase(Locale.ROOT))) {
        return true;
      }
      for (int[] inner : g.children(edge[0])) {
        String innerRel = s.relations[inner[1]];
        String lemma = s.lemmas[inner[0]];
        if ((innerRel.equals("det") && lemma.equalsIgnoreCase("no"))
            || (innerRel.equals("advmod") && lemma.equalsIgnoreCase("not"))) {
          return true; // "no danger", "not all Cuban-Americans"
        }
      }
    }
    return false;
  }

  /** Whether an event noun is only envisaged: "possible sanctions", "the proposed ceasefire". */
  private static boolean isUnrealised(ParsedSentence s, Graph g, int noun) {
    for (int[] edge : g.children(noun)) {
      if ((s.relations[edge[1]].equals("amod") || s.relations[edge[1]].equals("compound"))
          && UNREALISED_ADJECTIVES.contains(s.lemmas[edge[0]].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a trigger is what an adjective of likelihood governs: "was likely to be opposed". */
  private static boolean isForecast(ParsedSentence s, Graph g, int t) {
    int head = g.parent(t);
    return head >= 0
        && g.hasParentRelation(t, "xcomp")
        && FORECAST_WORDS.contains(s.lemmas[head].toLowerCase(Locale.ROOT));
  }

  /** The lexicon row a token triggers, with its complements: null when it triggers none. */
  private @Nullable Trigger trigger(ParsedSentence s, Graph g, int t) {
    Pos pos = posClass(s.tags[t]);
    if (pos == null || (pos == Pos.VERB && g.hasParentRelation(t, "aux", "aux:pass", "cop"))) {
      return null;
    }
    if (pos == Pos.NOUN
        && g.hasParentRelationStarting(t, "nmod:")
        && (s.tags[g.parent(t)].startsWith("NN") || s.tags[g.parent(t)].startsWith("JJ"))) {
      // An event noun that qualifies another noun is background: "victims of the attacks on the
      // embassies", "the probe into the bombings", "figures for the dead in the bombings".
      return null;
    }
    String lemma = s.lemmas[t].toLowerCase(Locale.ROOT);
    if (pos == Pos.VERB && STRIVING_VERBS.contains(lemma) && g.child(t, "xcomp") >= 0) {
      // "fighting to keep the boy", "struggled to form a government": an effort, not combat.
      return null;
    }
    Set<String> objects = new LinkedHashSet<>();
    for (String rel : new String[] {"obj", "dobj", "nsubj:pass"}) {
      for (int[] edge : g.children(t)) {
        if (s.relations[edge[1]].equals(rel)) {
          objects.addAll(nounLemmas(s, edge[0]));
        }
      }
    }
    java.util.Map<String, Set<String>> preps = prepositions(s, g, t);
    int particle = g.child(t, "compound:prt");
    if (pos == Pos.VERB && particle >= 0) {
      String phrasal = lemma + " " + s.lemmas[particle].toLowerCase(Locale.ROOT);
      EventLexicon.Entry entry = lexicon.match(phrasal, pos, objects, preps);
      if (entry != null) {
        return new Trigger(t, pos, phrasal, entry);
      }
      if (lexicon.isNoEvent(phrasal, pos, objects, preps)) {
        return null; // "aircraft took off": the phrasal verb is another word than "take"
      }
    }
    EventLexicon.Entry entry = lexicon.match(lemma, pos, objects, preps);
    return entry == null ? null : new Trigger(t, pos, lemma, entry);
  }

  /** A token's prepositions (obl:with, nmod:against...), each with the lemmas of its nouns. */
  private static java.util.Map<String, Set<String>> prepositions(ParsedSentence s, Graph g, int t) {
    java.util.Map<String, Set<String>> preps = new java.util.HashMap<>();
    for (int[] edge : g.children(t)) {
      String rel = s.relations[edge[1]];
      int colon = rel.indexOf(':');
      if (colon > 0 && (rel.startsWith("obl:") || rel.startsWith("nmod:"))) {
        String prep = rel.substring(colon + 1).replace('_', ' ');
        preps.computeIfAbsent(prep, k -> new LinkedHashSet<>()).addAll(nounLemmas(s, edge[0]));
      }
    }
    return preps;
  }

  /**
   * A complement's lemma as the lexicon rows name it, with its singular too where the lemmatizer
   * leaves a plural noun as it is: CoreNLP lemmatizes "troops" as "troops", so "sending 3,000
   * troops" would miss the rows for troop and fall back to the verb's bare row.
   */
  static Set<String> nounLemmas(ParsedSentence s, int t) {
    String lemma = s.lemmas[t].toLowerCase(Locale.ROOT);
    if (s.tags[t].equals("NNS")
        && lemma.length() > 3
        && lemma.endsWith("s")
        && !lemma.endsWith("ss")
        && lemma.equals(s.words[t].toLowerCase(Locale.ROOT))) {
      return Set.of(lemma, lemma.substring(0, lemma.length() - 1));
    }
    return Set.of(lemma);
  }

  /**
   * Whether a trigger is part of another trigger's event: the object noun of a verb pattern ("held
   * talks": the talks are the holding), or an event governed by a verb of request, threat, refusal
   * or agreement ("demanded that the ministry supply"), which is the event in its place. A trigger
   * under an intention verb ("prepared to impose") is rewritten instead: THREATEN or AGREE.
   */
  private boolean absorbed(ParsedSentence s, Graph g, Trigger[] triggers, Trigger trigger) {
    int governor = g.parent(trigger.token);
    if (governor < 0) {
      return false;
    }
    Trigger over = triggers[governor];
    if (over != null
        && trigger.pos == Pos.NOUN
        && g.hasParentRelation(trigger.token, "obj", "dobj", "nsubj:pass")
        && over.entry.specificity() >= 2) {
      return true;
    }
    if (over != null
        && trigger.pos == Pos.NOUN
        && !over.entry.prepObject.isEmpty()
        && over.entry.prepObject.equals(s.lemmas[trigger.token].toLowerCase(Locale.ROOT))) {
      // "called for a probe": the noun a pattern names after its preposition is its event too.
      return true;
    }
    if (over != null
        && trigger.pos == Pos.NOUN
        && over.entry.type.equals("REQUEST")
        && g.hasParentRelation(trigger.token, "obl:for", "nmod:for")) {
      // "called for the release of the hostages", "appealed for a withdrawal": what is asked for
      // has not happened; the request is the event.
      return true;
    }
    // "called for the prime minister to resign": the parser may hang the requested act on the
    // request as a purpose clause, marked "to" or "for".
    boolean complement =
        g.hasParentRelation(trigger.token, "xcomp", "ccomp")
            || (over != null
                && over.entry.type.equals("REQUEST")
                && g.hasParentRelation(trigger.token, "advcl:to"))
            || (g.hasParentRelationStarting(trigger.token, "advcl")
                && hasMark(s, g, trigger.token, "for"));
    if (over != null && complement && GOVERNING_TYPES.contains(over.entry.type)) {
      if (over.embeddedSubject < 0) {
        over.embeddedSubject = g.childStarting(trigger.token, "nsubj");
      }
      return true;
    }
    String governing = s.lemmas[governor].toLowerCase(Locale.ROOT);
    if (complement && INTENTION_VERBS.contains(governing)) {
      Integer quad = Plover.quadClass(trigger.entry.type);
      boolean conflict = quad != null && quad >= 3;
      if (conflict && !trigger.entry.type.equals("THREATEN")) {
        trigger.entry = trigger.entry.as("THREATEN", null);
      } else if (!conflict && AGREE_WHEN_FUTURE.contains(trigger.entry.type)) {
        trigger.entry = trigger.entry.as("AGREE", null);
      }
    }
    return false;
  }

  private static boolean hasMark(ParsedSentence s, Graph g, int token, String word) {
    for (int[] edge : g.children(token)) {
      if (s.relations[edge[1]].equals("mark") && s.lemmas[edge[0]].equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * PLOVER's auxiliary mode of a trigger: negation ("did not attack", "never met", or a negated
   * verb that governs it), future ("will meet"), hypothetical ("could attack", "if they attack").
   */
  private static @Nullable String auxMode(ParsedSentence s, Graph g, int t) {
    String found = null;
    for (int token = t, depth = 0; token >= 0 && depth < 2; depth++) {
      for (int[] edge : g.children(token)) {
        String rel = s.relations[edge[1]];
        String lemma = s.lemmas[edge[0]].toLowerCase(Locale.ROOT);
        if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det"))
            && NEGATORS.contains(lemma)) {
          return Plover.NEGATION;
        }
        if (depth == 0 && rel.equals("aux") && FUTURE_AUX.contains(lemma)) {
          found = Plover.FUTURE;
        } else if (depth == 0
            && ((rel.equals("aux") && HYPOTHETICAL_AUX.contains(lemma))
                || (rel.equals("mark") && (lemma.equals("if") || lemma.equals("unless"))))) {
          found = found == null ? Plover.HYPOTHETICAL : found;
        }
      }
      // A negation on the verb that governs it ("did not agree to withdraw") reaches the event.
      token = g.hasParentRelation(token, "xcomp", "ccomp") ? g.parent(token) : -1;
    }
    int head = g.parent(t);
    if (found == null
        && head >= 0
        && (g.hasParentRelationStarting(t, "conj") || posClass(s.tags[t]) == Pos.NOUN)
        && isConditional(s, g, head)) {
      // "If a suspect is caught and charged", "if the appeal goes to court": the condition on
      // the first conjunct, or on the verb an event noun depends on, is the event's too.
      found = Plover.HYPOTHETICAL;
    }
    return found;
  }

  private static boolean isConditional(ParsedSentence s, Graph g, int token) {
    for (int[] edge : g.children(token)) {
      String rel = s.relations[edge[1]];
      String lemma = s.lemmas[edge[0]].toLowerCase(Locale.ROOT);
      if ((rel.equals("aux") && HYPOTHETICAL_AUX.contains(lemma))
          || (rel.equals("mark") && (lemma.equals("if") || lemma.equals("unless")))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence is a question ("who ordered that?", "Will the army withdraw?"): what it asks
   * about is not reported as having happened.
   */
  private static boolean isQuestion(ParsedSentence s) {
    for (int t = s.size() - 1; t >= 0; t--) {
      String word = s.words[t];
      if (word.equals("?")) {
        return true;
      }
      if (!QUOTES.contains(word)) {
        return false;
      }
    }
    return false;
  }

  /** Whether a sentence is about sport (see {@link #SPORT_WORDS}). */
  static boolean isSport(List<String> lemmas, List<String> tags) {
    for (int t = 0; t < lemmas.size(); t++) {
      // "the second Ashes Test": a cricket match, capitalised.
      if (SPORT_WORDS.contains(lemmas.get(t).toLowerCase(Locale.ROOT))
          || (lemmas.get(t).equals("Test") && tags.get(t).equals("NNP"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an event is told as background from before the story: the trigger, or the noun or verb
   * it hangs on by a relative clause or complement, carries a past marker ("years ago", "last
   * year", "previous attempts") or a year before the story's ("since 1985", "the 1996 bombing").
   */
  private static boolean isHistorical(
      ParsedSentence s, Graph g, int t, @Nullable LocalDate docDate) {
    for (int token = t, depth = 0; token >= 0 && depth < 2; depth++) {
      if (yearsAfter(s, g, token)) {
        return true;
      }
      for (int[] edge : g.children(token)) {
        if (marksThePast(s, g, edge[0], docDate)
            || (s.relations[edge[1]].equals("mark")
                && s.lemmas[edge[0]].equalsIgnoreCase("since"))) {
          // "has had high blood pressure since he was jailed": the jailing is background.
          return true;
        }
        for (int[] inner : g.children(edge[0])) {
          // "in 1995", "two years ago", "last year": the marker modifies the trigger's modifier.
          if (isTimeNoun(s, edge[0]) && marksThePast(s, g, inner[0], docDate)) {
            return true;
          }
        }
      }
      token =
          g.hasParentRelationStarting(token, "acl")
                  || g.hasParentRelationStarting(token, "conj")
                  || g.hasParentRelation(token, "xcomp", "advcl")
              ? g.parent(token)
              : -1;
    }
    return false;
  }

  /**
   * "some 20 years after US and Nato troops invaded": a clause under "after" measured in years is
   * that long before what it is told beside.
   */
  private static boolean yearsAfter(ParsedSentence s, Graph g, int token) {
    boolean after = false;
    boolean years = false;
    for (int[] edge : g.children(token)) {
      String rel = s.relations[edge[1]];
      after |= rel.equals("mark") && s.lemmas[edge[0]].equalsIgnoreCase("after");
      years |= !rel.equals("mark") && isLongAgo(s, edge[0]);
    }
    return after && years;
  }

  private static boolean isTimeNoun(ParsedSentence s, int token) {
    String lemma = s.lemmas[token].toLowerCase(Locale.ROOT);
    return lemma.equals("year")
        || lemma.equals("decade")
        || lemma.equals("month")
        || lemma.equals("week")
        || lemma.equals("past")
        || s.tags[token].equals("CD");
  }

  private static boolean marksThePast(
      ParsedSentence s, Graph g, int token, @Nullable LocalDate docDate) {
    String lemma = s.lemmas[token].toLowerCase(Locale.ROOT);
    if (lemma.equals("previous") || lemma.equals("former")) {
      return true;
    }
    if (lemma.equals("ago")) {
      // "two years ago", "months ago" are background; "two days ago" is news.
      for (int[] edge : g.children(token)) {
        if (isLongAgo(s, edge[0])) {
          return true;
        }
      }
      return false;
    }
    if (lemma.equals("last") || lemma.equals("past")) {
      // "last year", "the past 22 years"; not "last week", "the past 24 hours".
      int noun = g.parent(token);
      return noun >= 0 && isLongAgo(s, noun);
    }
    if (s.tags[token].equals("CD") && lemma.matches("(19|20)\\d\\d")) {
      int year = Integer.parseInt(lemma);
      return docDate != null && year < docDate.getYear();
    }
    return false;
  }

  private static boolean isLongAgo(ParsedSentence s, int noun) {
    String lemma = s.lemmas[noun].toLowerCase(Locale.ROOT);
    return lemma.equals("year")
        || lemma.equals("decade")
        || lemma.equals("century")
        || lemma.equals("month");
  }

  /**
   * "does not recognize the court", "did not accept the offer", "no longer supports the plan": to
   * withhold support or acceptance is to reject (the codebook's REJECT), an event that happened.
   */
  private static void readRefusal(ParsedSentence s, Trigger trigger) {
    if (!Plover.NEGATION.equals(trigger.auxMode) || trigger.pos != Pos.VERB) {
      return;
    }
    String lemma = s.lemmas[trigger.token].toLowerCase(Locale.ROOT);
    if (trigger.entry.type.equals("SUPPORT") || WITHHELD_ASSENT.contains(lemma)) {
      trigger.entry = trigger.entry.as("REJECT", null);
      trigger.auxMode = null;
    }
  }

  /** PLOVER's readings of promised events: cooperation that will happen is AGREE. */
  private static void readModality(Trigger trigger) {
    if (!Plover.FUTURE.equals(trigger.auxMode)) {
      return;
    }
    if (AGREE_WHEN_FUTURE.contains(trigger.entry.type)) {
      trigger.entry = trigger.entry.as("AGREE", null);
    } else if (trigger.entry.type.equals("RETREAT")) {
      trigger.entry = trigger.entry.as("CONCEDE", null);
    }
  }

  /** The mentions of one trigger: one per target, each with its actor, place and date. */
  private void mentionsOfTrigger(
      ParsedSentence s,
      Graph g,
      DocumentContext doc,
      Trigger trigger,
      List<EventMention> mentions) {
    int t = trigger.token;
    int[] roles = roleTokens(s, g, trigger);
    if (doneByNature(s, trigger, roles[2])) {
      return;
    }
    List<Role> actors = resolve(s, g, doc, roles[0], 0);
    actors.forEach(r -> r.onlyFills |= roles[0] != roles[2]);
    if (actors.stream().allMatch(r -> r.onlyFills) && doneByNature(s, trigger, -1)) {
      return; // "two others injured when their car was hit by an avalanche"
    }
    if (actors.isEmpty()) {
      actors = speakerOrPronoun(s, g, doc, trigger, roles[0]);
    }
    List<Role> targets = recipients(s, g, doc, trigger, roles[3]);
    if (targets.isEmpty() && roles[1] != roles[3]) {
      targets = recipients(s, g, doc, trigger, roles[1]);
      targets.forEach(r -> r.onlyFills = true);
    }
    Role location = locationOf(s, g, doc, trigger, true);
    Role directPlace = locationOf(s, g, doc, trigger, false); // decides if there is an event
    if (trigger.entry.type.equals("MOBILIZE")) {
      // "sending 3,000 troops": the forces moved are what is mobilised, not a recipient.
      targets.removeIf(r -> r.type.equals(Agents.AGENT));
    }
    if ("SEIZE".equals(trigger.entry.fineType)
        && directPlace == null
        && targets.stream().noneMatch(Role::isPlace)) {
      return; // a place changes hands, or nothing does: "took 43 percent of the vote", "prices
      // fell"
    }
    // "Pakistani forces clashed with Afghans": an actor is never also the recipient.
    for (Role actor : actors) {
      String actorKey = Names.key(actor.text);
      targets.removeIf(r -> Names.key(r.text).equals(actorKey));
    }
    if (targets.isEmpty()) {
      targets.add(null);
    }
    if (roles[2] < 0 && trigger.pos == Pos.VERB && NEEDS_ACTOR.contains(trigger.entry.type)) {
      return; // no one agrees, meets or yields: "children were consulted" ("talks in Qatar" are)
    }
    boolean nominalRole = unnamedParticipant(s, g, trigger, roles, directPlace);
    EventDates.EventDate date = dates.date(s, t, doc.timexes, doc.docDate);
    // "France and Germany agreed": each conjunct acts, as each conjunct of the target is one.
    List<Role> actorsOrNone = actors.isEmpty() ? java.util.Collections.singletonList(null) : actors;
    addMentions(mentions, s, doc, trigger, actorsOrNone, targets, location, nominalRole, date);
  }

  /**
   * One mention per actor, target and place of a trigger's event: "France and Germany agreed" has
   * two actors, "bombings at U.S. embassies in Kenya and Tanzania" two places. A target that is a
   * place (a town taken) is where, when nothing else says.
   */
  private static void addMentions(
      List<EventMention> mentions,
      ParsedSentence s,
      DocumentContext doc,
      Trigger trigger,
      List<Role> actorsOrNone,
      List<Role> targets,
      @Nullable Role location,
      boolean nominalRole,
      EventDates.EventDate date) {
    List<Role> places = new ArrayList<>();
    places.add(location);
    if (location != null) {
      places.addAll(location.coordinatedPlaces);
    }
    for (Role each : actorsOrNone) {
      for (Role target : targets) {
        for (Role located : places) {
          Role place =
              located != null
                  ? located
                  : target != null && target.isPlace() && !target.ownerOfAgent ? target : null;
          if ((each != null && !each.onlyFills)
              || (target != null && !target.onlyFills)
              || nominalRole) {
            mentions.add(mention(s, doc, trigger, each, target, place, date));
          }
        }
      }
    }
  }

  /**
   * The actor when its token names none: for a pronoun, the named speaker who reports it, else the
   * pronoun itself; for a passive without agent, a named speaker.
   */
  private List<Role> speakerOrPronoun(
      ParsedSentence s, Graph g, DocumentContext doc, Trigger trigger, int actor) {
    int t = trigger.token;
    if (actor >= 0 && s.tags[actor].startsWith("PRP")) {
      List<Role> actors = reporter(s, g, doc, t);
      if (actors.isEmpty() && s.words[actor].equalsIgnoreCase("it")) {
        actors = nearestBefore(s, g, doc, actor);
      }
      return actors.isEmpty() ? pronoun(s, actor) : actors;
    }
    if (actor < 0 && trigger.pos == Pos.VERB && g.child(t, "aux:pass") >= 0) {
      // "Britain said 600 troops would be deployed", "the ministry said the governor had been
      // arrested": a named speaker of a passive without agent is the one who acts.
      List<Role> actors = reporter(s, g, doc, t);
      actors.removeIf(r -> r.type.equals(Agents.AGENT));
      return actors;
    }
    return new ArrayList<>();
  }

  /**
   * What "it" stands for when no speaker reports it: the nearest singular noun before it in its
   * sentence that names an actor ("walked out of the Lebanese government after it voted to call
   * for": the government). It only fills the role, as the pronoun would.
   */
  private List<Role> nearestBefore(ParsedSentence s, Graph g, DocumentContext doc, int pronoun) {
    for (int j = pronoun - 1; j >= 0; j--) {
      boolean singular = s.tags[j].equals("NN") || s.tags[j].equals("NNP");
      if (!singular || g.hasParentRelationStarting(j, "compound")) {
        continue;
      }
      List<Role> roles = resolve(s, g, doc, j, 0);
      roles.removeIf(r -> r.isPlace() && !r.type.equals("COUNTRY"));
      if (!roles.isEmpty()) {
        roles.forEach(r -> r.onlyFills = true);
        return roles;
      }
    }
    return new ArrayList<>();
  }

  /**
   * A personal pronoun as a role of its own ("he said, accusing Washington"): the pronoun is the
   * span, its country the story's when the story leaves no doubt (done at resolution).
   */
  private static List<Role> pronoun(ParsedSentence s, int token) {
    List<Role> roles = new ArrayList<>();
    if (token >= 0
        && s.tags[token].equals("PRP")
        && PERSONAL_PRONOUNS.contains(s.words[token].toLowerCase(Locale.ROOT))) {
      Role role = new Role(s.words[token], PRONOUN);
      role.onlyFills = true;
      roles.add(role);
    }
    return roles;
  }

  /**
   * Where an event happens: a place attached to its trigger, else to the trigger's head. Without
   * {@code nested}, only places attached directly, as read before sites ("at the home in a
   * village") and main clauses gave theirs: whether there is an event at all is decided on those.
   */
  private @Nullable Role locationOf(
      ParsedSentence s, Graph g, DocumentContext doc, Trigger trigger, boolean nested) {
    int t = trigger.token;
    Role location = placeAttachedTo(s, g, doc, t, -1, 0, nested);
    if (location == null
        && g.parent(t) >= 0
        && (trigger.pos == Pos.NOUN
            || g.hasParentRelationStarting(t, "conj")
            || g.hasParentRelationStarting(t, "nsubj"))) {
      // "There is heavy fighting in Kandahar": the place hangs on the verb the noun is subject of;
      // "In Kandahar, the Taliban attacked a prison and freed inmates": on the first conjunct.
      location = placeAttachedTo(s, g, doc, g.parent(t), t, 0, nested);
    }
    if (location == null && nested) {
      // "Haniya, on his first trip to Iran, met Khamenei": where the trip the event is part of
      // went.
      for (int[] edge : g.children(t)) {
        String rel = s.relations[edge[1]];
        if ((rel.equals("obl:on") || rel.equals("obl:during"))
            && TRIP_NOUNS.contains(s.lemmas[edge[0]].toLowerCase(Locale.ROOT))) {
          for (Role r : resolve(s, g, doc, g.child(edge[0], "nmod:to"), 0)) {
            if (location == null && r.isPlace()) {
              location = r;
            }
          }
        }
      }
    }
    if (location == null
        && nested
        && g.hasParentRelationStarting(t, "advcl")
        && !EventLexicon.REPORTING_VERBS.contains(s.lemmas[g.parent(t)].toLowerCase(Locale.ROOT))) {
      // "Heavy fighting resumed in central Somalia after Islamist fighters opened fire": a clause
      // of time or cause without a place of its own happens where its main clause does (not where
      // it is told: "said in Washington after ...").
      location = placeAttachedTo(s, g, doc, g.parent(t), t, 0, true);
    }
    return location;
  }

  /**
   * Whether an event with no named or agent participant still happened: a participant that is a
   * common noun or a pronoun acts ("Rival sides deployed heavy artillery") or a common noun or a
   * person's pronoun is acted on ("civilians were killed", "he was gunned down"), or an event noun
   * has a place ("heavy fighting in Kandahar"). A verb with only a place is none ("a fire broke out
   * at Mina, forcing an evacuation"), nor is an event noun beside a natural force.
   */
  private static boolean unnamedParticipant(
      ParsedSentence s, Graph g, Trigger trigger, int[] roles, @Nullable Role location) {
    // "Fighting raged in Lashkar Gah": a gerund subject is an event noun too.
    boolean eventNoun =
        trigger.pos == Pos.NOUN
            || (s.tags[trigger.token].equals("VBG")
                && g.hasParentRelationStarting(trigger.token, "nsubj"));
    return isNominal(s, roles[2])
        || (isNominal(s, roles[3])
            && (!s.tags[roles[3]].startsWith("PRP")
                || PERSONAL_PRONOUNS.contains(s.lemmas[roles[3]].toLowerCase(Locale.ROOT))))
        || (location != null && eventNoun && !mentionsNaturalForce(s));
  }

  /**
   * Whether a natural force is the actor, or an ASSAULT without actor stands beside one: "Two
   * people were killed when their car was hit by an avalanche".
   */
  private static boolean doneByNature(ParsedSentence s, Trigger trigger, int actor) {
    if (actor >= 0) {
      return NATURAL_FORCES.contains(s.lemmas[actor].toLowerCase(Locale.ROOT));
    }
    Integer quad = Plover.quadClass(trigger.entry.type);
    return quad != null && quad == 4 && mentionsNaturalForce(s);
  }

  private static boolean mentionsNaturalForce(ParsedSentence s) {
    for (int t = 0; t < s.size(); t++) {
      // A noun only: "was heating soup when he was gunned down" names no heat wave.
      if (s.tags[t].startsWith("NN")
          && NATURAL_FORCES.contains(s.lemmas[t].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNominal(ParsedSentence s, int token) {
    return token >= 0
        && (s.tags[token].startsWith("NN")
            || s.tags[token].equals("CD")
            || s.tags[token].startsWith("PRP"));
  }

  /**
   * The tokens heading the actor and the first recipient candidate of a trigger, then the actor and
   * recipient tokens as the rules that decide whether there is an event at all see them (the
   * support-verb, gerund and shared-object rules only name a role; they never make or drop an
   * event).
   */
  private static int[] roleTokens(ParsedSentence s, Graph g, Trigger trigger) {
    int t = trigger.token;
    String lemma = s.lemmas[t].toLowerCase(Locale.ROOT);
    if (trigger.pos == Pos.NOUN) {
      return nounRoleTokens(s, g, t);
    }
    if (SUBJECT_IS_TARGET.contains(lemma)) {
      int actor = g.childStarting(t, "obl:to");
      int subject = g.childStarting(t, "nsubj");
      return new int[] {actor, subject, actor, subject};
    }
    int undergoer = participleUndergoer(s, g, t);
    if (undergoer >= 0) {
      int agent = g.childStarting(t, "obl:agent", "obl:by");
      return new int[] {agent, undergoer, agent, undergoer};
    }
    if (g.child(t, "nsubj:pass") >= 0 || g.child(t, "aux:pass") >= 0) {
      int agent = g.childStarting(t, "obl:agent", "obl:by");
      int patient = g.child(t, "nsubj:pass");
      return new int[] {agent, patient, agent, patient};
    }
    int subject = g.childStarting(t, "nsubj");
    int clause = t;
    // A parse may join a token to itself ("conj:and(died, died)"): a few steps at most.
    for (int step = 0;
        step < 4 && subject < 0 && g.hasParentRelationStarting(clause, "conj");
        step++) {
      // "After touring the capital and meeting with police leaders": the first conjunct's subject.
      clause = g.parent(clause);
      subject = g.childStarting(clause, "nsubj");
    }
    if (subject < 0 && g.hasParentRelation(clause, "advcl")) {
      // "After meeting with Kenyan police leaders, the FBI chief said": the main clause's subject.
      subject = g.childStarting(g.parent(clause), "nsubj");
    } else if (subject < 0 && g.hasParentRelation(t, "acl") && s.tags[t].equals("VBG")) {
      // "footage of Cuban exiles protesting in Miami": the noun the clause describes ("the poll
      // released on Thursday" is what was released, not who).
      subject = g.parent(t);
    }
    int before = subject;
    subject = fillSubject(s, g, t, clause, subject);
    int object = g.childStarting(t, "obj", "dobj");
    int ownObject = object;
    if (object < 0 && g.hasParentRelationStarting(t, "conj")) {
      // "interviewed and released one of two men": conjoined verbs share the object after both.
      int shared = g.childStarting(g.parent(t), "obj", "dobj");
      object = shared > t ? shared : -1;
    }
    return new int[] {subject, object, before, ownObject};
  }

  /** {@link #roleTokens} of an event noun. */
  private static int[] nounRoleTokens(ParsedSentence s, Graph g, int t) {
    int actor = g.childStarting(t, "nmod:by", "nmod:agent");
    int poss = g.child(t, "nmod:poss");
    int of = g.childStarting(t, "nmod:of");
    if (actor < 0 && of >= 0 && poss >= 0) {
      // "the Taliban's capture of Ghazni": the possessor did it.
      actor = poss;
    }
    if (actor < 0 && g.hasParentRelation(t, "obl:on", "obl:during")) {
      // "paid tribute on a visit to East Africa": the visit is the subject's.
      actor = g.childStarting(g.parent(t), "nsubj");
    }
    if (actor < 0 && takesEventNoun(s, g, t)) {
      // "opened new peace talks", "pushed ahead with their investigation": a verb that only
      // carries an event noun lends it its subject.
      actor = subjectOf(g, g.parent(t));
    }
    int before = actor;
    if (actor >= 0 && s.tags[actor].equals("PRP$") && takesEventNoun(s, g, t)) {
      // "The UN agency will press ahead with its investigation": the possessive pronoun is the
      // subject of the verb that carries the noun; that subject names whom it stands for.
      int subject = subjectOf(g, g.parent(t));
      actor = subject >= 0 && !s.tags[subject].startsWith("PRP") ? subject : actor;
    }
    if (actor < 0 && objectOfSupportVerb(s, g, t)) {
      // "Manila hopes to forge an accord with the MILF": who forges it agrees.
      actor = g.childStarting(g.parent(t), "nsubj");
    } else if (actor < 0 && poss < 0) {
      // "After touring the capital and meeting with police leaders, the FBI chief said": a
      // gerund the tagger took for a noun heads a clause (or its second conjunct) whose subject
      // is the main clause's.
      int clause = t;
      // A parse may join a token to itself ("conj:and(died, died)"): a few steps at most.
      for (int step = 0; step < 4 && g.hasParentRelationStarting(clause, "conj"); step++) {
        clause = g.parent(clause);
      }
      if (g.hasParentRelationStarting(clause, "advcl")) {
        actor = g.childStarting(g.parent(clause), "nsubj");
      }
    }
    return new int[] {actor, of >= 0 ? of : poss, before, of >= 0 ? of : poss};
  }

  /**
   * The verb's actor token by the rules that only fill a role: the issuer of a directive that
   * calls, the subject of the main clause of a gerund clause; {@code subject} when none applies.
   */
  private static int fillSubject(ParsedSentence s, Graph g, int t, int clause, int subject) {
    if (subject < 0) {
      int reporter = g.childStarting(t, "csubj");
      int reported = reporter < 0 ? -1 : g.childStarting(reporter, "obj");
      if (reported >= 0
          && reported < t
          && EventLexicon.REPORTING_VERBS.contains(s.lemmas[reporter].toLowerCase(Locale.ROOT))) {
        // "Afghan officials say the Taliban has taken Kandahar": without a "that", the parse can
        // make the saying the clause's subject and the Taliban what was said; the Taliban took it.
        return reported;
      }
    }
    if (g.hasParentRelation(t, "acl") && s.tags[t].equals("VBG") && subject == g.parent(t)) {
      if (objectOfSupportVerb(s, g, subject)) {
        // "the minister issued a directive calling on ...": the one who issued it calls.
        return g.childStarting(g.parent(subject), "nsubj");
      }
      if (s.tags[subject].equals("VBG")
          && g.hasParentRelation(subject, "acl")
          && isNominal(s, g.parent(subject))) {
        // "a German court ruling accusing the government": the parse hangs "accusing" on the
        // ruling it took for a verb; the ruling is the court's, and so is the accusation.
        return g.parent(subject);
      }
    } else if (subject < 0
        && s.tags[clause].equals("VBG")
        && (g.hasParentRelation(clause, "xcomp")
            || g.hasParentRelationStarting(clause, "advcl")
            || (g.hasParentRelation(clause, "dep")
                && posClass(s.tags[g.parent(clause)]) == Pos.VERB))) {
      // "he said, accusing Washington", "After touring the capital and meeting with police
      // leaders, the FBI chief said", "Lawyers filed a brief arguing ...": a gerund clause without
      // subject is its main clause's subject's doing.
      return g.childStarting(g.parent(clause), "nsubj");
    } else if (subject < 0
        && g.hasParentRelation(clause, "advcl:to")
        && s.tags[clause].equals("VB")
        && posClass(s.tags[g.parent(clause)]) == Pos.VERB) {
      // "Satcher led a team of specialists to Africa to help victims": a purpose clause without
      // subject is the doing of its main clause's subject.
      return g.childStarting(g.parent(clause), "nsubj");
    } else if (subject >= 0
        && RELATIVIZERS.contains(s.lemmas[subject].toLowerCase(Locale.ROOT))
        && g.hasParentRelation(clause, "dep", "acl:relcl", "ccomp")
        && s.tags[g.parent(clause)].startsWith("NN")) {
      // "an influential US report that urged Washington": when the parse leaves the relative
      // pronoun as the subject (a content clause's "that" is never one), the noun the clause
      // describes is who acts.
      return g.parent(clause);
    }
    return subject;
  }

  /** Relative pronouns: as a clause's subject they stand for the noun the clause describes. */
  static final Set<String> RELATIVIZERS = Set.of("that", "which", "who");

  /** Whether a noun is the object of a support verb ("forge an accord", "issued a directive"). */
  private static boolean objectOfSupportVerb(ParsedSentence s, Graph g, int noun) {
    int verb = g.parent(noun);
    return verb >= 0
        && g.hasParentRelation(noun, "obj", "dobj")
        && posClass(s.tags[verb]) == Pos.VERB
        && SUPPORT_VERBS.contains(s.lemmas[verb].toLowerCase(Locale.ROOT));
  }

  /**
   * Who a bare past participle beside a clause happens to: that clause's subject ("Arrested on
   * Monday, the leader was charged"; "was sent for trial, accused of passing secrets"); -1 when the
   * participle has a subject or auxiliary of its own, or is no such adjunct. A participle that
   * describes a noun is left alone: "the poll released on Thursday" names no one released.
   */
  private static int participleUndergoer(ParsedSentence s, Graph g, int t) {
    int head = g.parent(t);
    if (!s.tags[t].equals("VBN")
        || head < 0
        || g.childStarting(t, "nsubj") >= 0
        || g.child(t, "nsubj:pass") >= 0
        || g.childStarting(t, "aux") >= 0
        || g.childStarting(t, "obj") >= 0) {
      return -1;
    }
    if ((g.hasParentRelationStarting(t, "advcl") || g.hasParentRelation(t, "dep"))
        && posClass(s.tags[head]) == Pos.VERB) {
      int subject = g.child(head, "nsubj:pass");
      return subject >= 0 ? subject : g.childStarting(head, "nsubj");
    }
    return -1;
  }

  /**
   * Whether an event noun is the object (or the "with" of "pushed ahead with") of a verb that only
   * carries it: "carried out an attack", "opened talks", "pressed on with the offensive".
   */
  private static boolean takesEventNoun(ParsedSentence s, Graph g, int noun) {
    int verb = g.parent(noun);
    return verb >= 0
        && posClass(s.tags[verb]) == Pos.VERB
        && g.hasParentRelation(noun, "obj", "obl:with")
        && EVENT_NOUN_VERBS.contains(s.lemmas[verb].toLowerCase(Locale.ROOT));
  }

  /**
   * A verb's subject, or its first conjunct's ("opened talks and criticised the minister"), or, for
   * a clause that completes a noun, the noun's agent ("a decision by pilots to extend a strike",
   * "the union's decision to extend the strike").
   */
  private static int subjectOf(Graph g, int verb) {
    int subject = g.childStarting(verb, "nsubj");
    int clause = verb;
    // A parse may join a token to itself ("conj:and(died, died)"): a few steps at most.
    for (int step = 0;
        step < 4 && subject < 0 && g.hasParentRelationStarting(clause, "conj");
        step++) {
      clause = g.parent(clause);
      subject = g.childStarting(clause, "nsubj");
    }
    if (subject < 0 && g.hasParentRelation(clause, "acl:to")) {
      subject = g.childStarting(g.parent(clause), "nmod:by", "nmod:agent", "nmod:poss");
    }
    return subject;
  }

  /**
   * Who the event is done to: the object (or passive subject, or the "of" of an event noun), else
   * the possessor of the object ("Turkey's efforts"), else a recipient by preposition ("to X",
   * "with X", "against X", "on X") or indirect object, else the subject of a governed event
   * ("demanded that the ministry supply").
   */
  private List<Role> recipients(
      ParsedSentence s, Graph g, DocumentContext doc, Trigger trigger, int direct) {
    List<Role> targets = resolve(s, g, doc, direct, 0);
    if (targets.isEmpty() && direct >= 0) {
      targets = resolve(s, g, doc, g.childStarting(direct, "nmod:poss", "nmod:of"), 0);
    }
    for (int i = 0; i < RECIPIENT_RELATIONS.size() && targets.isEmpty(); i++) {
      int token = g.child(trigger.token, RECIPIENT_RELATIONS.get(i));
      targets = resolve(s, g, doc, token, 0);
    }
    for (int i = 0; i < RECIPIENT_RELATIONS.size() && targets.isEmpty() && direct >= 0; i++) {
      // "imposed sanctions on Iran": the preposition hangs on the object.
      String rel = RECIPIENT_RELATIONS.get(i);
      if (rel.startsWith("nmod:")) {
        targets = resolve(s, g, doc, g.child(direct, rel), 0);
      }
    }
    if (targets.isEmpty() && trigger.embeddedSubject >= 0) {
      targets = resolve(s, g, doc, trigger.embeddedSubject, 0);
    }
    if (targets.isEmpty()
        && trigger.pos == Pos.NOUN
        && g.hasParentRelation(trigger.token, "obl:in", "obl:during")
        && VICTIM_VERBS.contains(s.lemmas[g.parent(trigger.token)].toLowerCase(Locale.ROOT))) {
      // "Two US soldiers died in separate attacks": who died in the attack is whom it was on.
      int verb = g.parent(trigger.token);
      int victim = g.child(verb, "nsubj:pass");
      targets = resolve(s, g, doc, victim >= 0 ? victim : g.childStarting(verb, "nsubj"), 0);
      targets.forEach(r -> r.onlyFills = true);
    }
    if (targets.isEmpty()) {
      // "called for Damascus to do everything", "called for Netanyahu to resign": the subject of a
      // for-to clause under the trigger is who is asked.
      targets = resolve(s, g, doc, forToSubject(s, g, trigger.token, 0), 0);
      targets.forEach(r -> r.onlyFills = true);
    }
    if (targets.isEmpty() && trigger.entry.type.equals("ASSAULT")) {
      // "bombings at U.S. embassies", "blasts outside embassies of the United States": a site
      // that names who keeps it (an embassy, a police station's police) is whom the attack was on;
      // it is whose the site is, not where the event happened.
      for (String rel : List.of("obl:at", "nmod:at", "obl:outside", "nmod:outside")) {
        int site = g.child(trigger.token, rel);
        if (targets.isEmpty() && site >= 0 && agents.isAgent(s.lemmas[site])) {
          targets = resolve(s, g, doc, site, 0);
          targets.forEach(
              r -> {
                r.onlyFills = true;
                r.ownerOfAgent = true;
              });
        }
      }
    }
    if (targets.isEmpty()) {
      // "the election commission barred him": a pronoun object is the recipient as written.
      targets = pronoun(s, direct);
    }
    return targets;
  }

  /**
   * The subject of a clause introduced by "for ... to" under a token, through clausal complements
   * and adverbial clauses, two levels deep; -1 when there is none.
   */
  private static int forToSubject(ParsedSentence s, Graph g, int token, int depth) {
    if (depth > 2) {
      return -1;
    }
    for (int[] edge : g.children(token)) {
      String rel = s.relations[edge[1]];
      if (!rel.equals("ccomp") && !rel.equals("xcomp") && !rel.startsWith("advcl")) {
        continue;
      }
      int clause = edge[0];
      boolean forMark = false;
      for (int[] mark : g.children(clause)) {
        forMark |= s.relations[mark[1]].equals("mark") && s.lemmas[mark[0]].equalsIgnoreCase("for");
      }
      int subject = g.childStarting(clause, "nsubj");
      if (forMark && subject >= 0) {
        return subject;
      }
      int deeper = forToSubject(s, g, clause, depth + 1);
      if (deeper >= 0) {
        return deeper;
      }
    }
    return -1;
  }

  private static EventMention mention(
      ParsedSentence s,
      DocumentContext doc,
      Trigger trigger,
      @Nullable Role actor,
      @Nullable Role target,
      @Nullable Role place,
      EventDates.EventDate date) {
    EventMention m = new EventMention();
    m.docId = doc.docId;
    m.sentenceIndex = s.index;
    m.sentenceBegin = s.begin;
    m.sentenceEnd = s.end;
    m.trigger = s.words[trigger.token];
    m.action = trigger.action;
    m.eventType = trigger.entry.type;
    m.mode = trigger.entry.mode;
    m.contexts = trigger.entry.contexts.isEmpty() ? null : trigger.entry.contexts;
    m.fineType = trigger.entry.fineType;
    m.auxMode = trigger.auxMode;
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
    m.date = date.date == null ? null : date.date.toString();
    m.dateSource = date.source;
    return m;
  }

  /**
   * The first place attached to a token by a locative preposition, skipping one child; with {@code
   * nested}, a site that is no place (a home, an embassy) gives the place it is in.
   */
  private @Nullable Role placeAttachedTo(
      ParsedSentence s,
      Graph g,
      DocumentContext doc,
      int token,
      int skip,
      int depth,
      boolean nested) {
    if (depth > 2) {
      return null;
    }
    for (int[] edge : g.children(token)) {
      String rel = s.relations[edge[1]];
      int colon = rel.indexOf(':');
      if (edge[0] != skip
          && colon > 0
          && (rel.startsWith("obl:") || rel.startsWith("nmod:"))
          && LOCATIVE.contains(rel.substring(colon + 1))) {
        int noun = edge[0];
        if (nested
            && entityAt(s, doc, noun) == null
            && !PLACE_NOUNS.contains(s.lemmas[noun].toLowerCase(Locale.ROOT))) {
          // "at the family home in a village in the West Bank", "bombings at U.S. embassies in
          // Kenya": a building or site is where it stands, not whose it is.
          Role within = placeAttachedTo(s, g, doc, noun, -1, depth + 1, true);
          int participle = g.childStarting(noun, "acl");
          if (within == null && participle >= 0 && s.tags[participle].equals("VBN")) {
            // "joined NATO at a ceremony held in Independence": where the site was held.
            within = placeAttachedTo(s, g, doc, participle, -1, depth + 1, true);
          }
          int owner = g.child(noun, "nmod:of");
          if (within == null && owner >= 0 && entityAt(s, doc, owner) != null) {
            // "embassies of the United States in Kenya": a parse hangs the site's place on its
            // owner's name, which no place is in.
            within = placeAttachedTo(s, g, doc, owner, -1, depth + 1, true);
          }
          if (within != null) {
            // "outside embassies of the United States in Kenya and Tanzania": a place the parse
            // joined to the site itself is another place of the event.
            List<Role> beside = new ArrayList<>();
            for (int[] conjunct : g.children(noun)) {
              if (s.relations[conjunct[1]].startsWith("conj")) {
                beside.addAll(resolve(s, g, doc, conjunct[0], 0));
              }
            }
            String withinText = within.text;
            beside.removeIf(r -> !r.isPlace() || r.ownerOfAgent || r.text.equals(withinText));
            if (!beside.isEmpty()) {
              List<Role> coordinated = new ArrayList<>(within.coordinatedPlaces);
              coordinated.addAll(beside);
              within.coordinatedPlaces = List.copyOf(coordinated);
            }
            return within;
          }
        }
        List<Role> places = resolve(s, g, doc, noun, 0);
        places.removeIf(r -> !r.isPlace() || r.ownerOfAgent);
        if (!places.isEmpty()) {
          Role first = places.get(0);
          first.coordinatedPlaces = List.copyOf(places.subList(1, places.size()));
          return first;
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
      roles.add(new Role(withTitle(s, g, entity, token), entity.getType()));
      if (depth == 0 || g.hasParentRelation(token, "nmod:of")) {
        roles.addAll(listedAfter(s, doc, entity));
      }
    } else if (!s.tags[token].startsWith("PRP")) {
      boolean placeNoun = PLACE_NOUNS.contains(s.lemmas[token].toLowerCase(Locale.ROOT));
      for (int[] edge : g.children(token)) {
        String rel = s.relations[edge[1]];
        boolean namesIt =
            rel.equals("appos") || rel.equals("compound") || (placeNoun && rel.equals("nmod:of"));
        if (namesIt) {
          List<Role> named = resolve(s, g, doc, edge[0], depth + 1);
          String head = s.lemmas[token].toLowerCase(Locale.ROOT);
          if (rel.equals("compound")
              && !POLICY_NOUNS.contains(head)
              && !COLLECTIVES.contains(head)) {
            // "police headquarters" names a building, not the police ("government policy" is
            // the government's doing, "a rebel faction" is rebels).
            named.removeIf(r -> r.type.equals(Agents.AGENT));
          }
          roles.addAll(named);
        }
      }
      if (roles.isEmpty()) {
        roles.addAll(namedModifiers(s, g, doc, token));
      }
      if (roles.isEmpty() && isPartitive(s, token)) {
        // "one of two men", "one of Haniya's bodyguards": the part is of whom the "of" names.
        List<Role> whole = resolve(s, g, doc, g.childStarting(token, "nmod:of"), depth + 1);
        whole.forEach(r -> r.onlyFills = true);
        roles.addAll(whole);
      }
      if (roles.isEmpty() && posClass(s.tags[token]) == Pos.NOUN) {
        String sector = agents.sectorOf(s.lemmas[token]);
        if (sector != null) {
          roles.add(new Role(agentPhrase(s, g, token), Agents.AGENT));
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

  /**
   * The names a parse tore from a list that {@code first} opens ("the foreign ministers of Poland,
   * the Czech Republic and Hungary", where the parser made "the Czech Republic" a clause's
   * subject): names of the same type that follow it joined by commas and a final "and". Nothing
   * when the words after it are no such list.
   */
  private static List<Role> listedAfter(ParsedSentence s, DocumentContext doc, Entity first) {
    List<Role> listed = new ArrayList<>();
    int i = 0;
    while (i < s.size() && s.tokenBegin[i] < first.getEnd()) {
      i++;
    }
    boolean closed = false;
    while (!closed && i < s.size()) {
      boolean comma = s.words[i].equals(",");
      if (comma) {
        i++;
      }
      if (i < s.size() && s.words[i].equalsIgnoreCase("and")) {
        closed = true;
        i++;
      } else if (!comma) {
        return List.of();
      }
      if (i < s.size() && s.words[i].equalsIgnoreCase("the")) {
        i++;
      }
      Entity next = i < s.size() ? entityAt(s, doc, i) : null;
      if (next == null
          || next.getBegin() != s.tokenBegin[i]
          || !next.getType().equals(first.getType())) {
        return List.of();
      }
      listed.add(new Role(next.getText(), next.getType()));
      while (i < s.size() && s.tokenBegin[i] < next.getEnd()) {
        i++;
      }
    }
    return closed ? listed : List.of();
  }

  /**
   * A person's name with the title and nationality words written before it, as the codebook's actor
   * span is ("Zairean President Mobutu Sese Seko", "EU foreign policy chief Javier Solana"): the
   * compound and adjective modifiers of the name's head that stand just before it. They say whom
   * the person acts for when the dictionaries do not know the name. Other names stay as the entity
   * is.
   */
  private static String withTitle(ParsedSentence s, Graph g, Entity entity, int token) {
    if (!entity.getType().equals("PERSON")) {
      return entity.getText();
    }
    int first = token;
    while (first > 0 && s.tokenBegin[first - 1] >= entity.getBegin()) {
      first--;
    }
    int head = first;
    while (head + 1 < s.size() && s.tokenBegin[head + 1] < entity.getEnd()) {
      head++;
    }
    Set<Integer> modifiers = new java.util.HashSet<>();
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(head));
    while (!todo.isEmpty()) {
      for (int[] edge : g.children(todo.pop())) {
        String rel = s.relations[edge[1]];
        if ((rel.equals("compound") || rel.equals("amod")) && modifiers.add(edge[0])) {
          todo.push(edge[0]);
        }
      }
    }
    int start = first;
    while (start > 0 && modifiers.contains(start - 1)) {
      start--;
    }
    if (start == first) {
      return entity.getText();
    }
    StringBuilder text = new StringBuilder();
    for (int i = start; i < first; i++) {
      text.append(s.words[i]).append(s.tokenEnd[i] < s.tokenBegin[i + 1] ? " " : "");
    }
    return text + entity.getText();
  }

  /** Nouns of a journey whose "to" says where what happens on it happens. */
  static final Set<String> TRIP_NOUNS = Set.of("trip", "visit", "tour", "mission");

  /**
   * Nouns of what a body decides: "protest against government policy" is against the government.
   */
  static final Set<String> POLICY_NOUNS = Set.of("policy", "plan", "decision", "reform", "law");

  /** Words that head a part of a group named by their "of": "one of", "some of", "most of". */
  static final Set<String> PARTITIVES =
      Set.of("one", "some", "many", "most", "several", "all", "none", "each", "both", "few", "any");

  /**
   * Nouns of a body of people that say nothing of who they are: "a convoy of PPP supporters", "a
   * force of government and Ethiopian troops" are whom their "of" names.
   */
  static final Set<String> COLLECTIVES =
      Set.of(
          "convoy",
          "group",
          "band",
          "contingent",
          "force",
          "unit",
          "column",
          "member",
          "faction",
          "wing");

  private static boolean isPartitive(ParsedSentence s, int token) {
    String lemma = s.lemmas[token].toLowerCase(Locale.ROOT);
    return s.tags[token].equals("CD") || PARTITIVES.contains(lemma) || COLLECTIVES.contains(lemma);
  }

  /**
   * The nationality or possessor naming a noun: "Pakistani forces", "Burma's military authorities",
   * "the foreign ministers of Poland"; a possessor only when the noun names an agent (not "Turkey's
   * capital").
   */
  private List<Role> namedModifiers(ParsedSentence s, Graph g, DocumentContext doc, int token) {
    List<Role> roles = new ArrayList<>();
    for (int[] edge : g.children(token)) {
      Entity modifier = entityAt(s, doc, edge[0]);
      String rel = s.relations[edge[1]];
      if (modifier == null || !ROLE_TYPES.contains(modifier.getType())) {
        continue;
      }
      if ((rel.equals("amod") && modifier.getType().equals("NATIONALITY"))
          || ((rel.equals("nmod:poss") || rel.equals("nmod:of"))
              && agents.isAgent(s.lemmas[token]))) {
        if (rel.equals("nmod:of")) {
          // "the foreign ministers of Poland, the Czech Republic and Hungary": each conjunct.
          List<Role> owners = resolve(s, g, doc, edge[0], 3);
          owners.forEach(r -> r.ownerOfAgent = true);
          roles.addAll(owners);
        } else {
          roles.add(new Role(modifier.getText(), modifier.getType()));
        }
      }
    }
    return roles;
  }

  /** An agent noun with the modifiers just before it: "the opposition leader", "riot police". */
  private static String agentPhrase(ParsedSentence s, Graph g, int token) {
    int first = token;
    boolean extended = true;
    while (extended && first > 0) {
      extended = false;
      for (int[] edge : g.children(token)) {
        String rel = s.relations[edge[1]];
        if (edge[0] == first - 1 && (rel.equals("compound") || rel.equals("amod"))) {
          first--;
          extended = true;
        }
      }
    }
    StringBuilder phrase = new StringBuilder();
    for (int i = first; i <= token; i++) {
      phrase.append(i > first ? " " : "").append(s.words[i]);
    }
    return phrase.toString();
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

    /** The relation from a token's first parent, or "" for the root. */
    String parentRelation(int token) {
      return parent[token] >= 0 ? s.relations[parentEdge[token]] : "";
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
