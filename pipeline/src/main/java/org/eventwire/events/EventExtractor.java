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
  static final Set<String> GOVERNING_TYPES =
      Set.of("REQUEST", "THREATEN", "REJECT", "AGREE", "CONCEDE", "ACCUSE");

  /**
   * Verbs that, with a "to" clause, only mean trying: combat verbs ("fighting to keep the boy") and
   * "seek" without an object ("hoteliers sought to protect their businesses" asks nobody for
   * anything).
   */
  static final Set<String> STRIVING_VERBS = Set.of("fight", "battle", "struggle", "seek");

  /**
   * Verbs of refusal that, with "to comment", only decline to speak: CAMEO files declining comment
   * with public statements, which have no PLOVER type.
   */
  static final Set<String> REFUSING_VERBS = Set.of("decline", "refuse");

  /** Auxiliaries that put an event in the future, and those that make it hypothetical. */
  static final Set<String> FUTURE_AUX = Set.of("will", "shall", "would", "'ll");

  static final Set<String> HYPOTHETICAL_AUX =
      Set.of("could", "might", "may", "should", "can", "must");

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
          "collision",
          "lightning",
          "epidemic");

  /** Vehicles, whose killing is an accident's when nothing in the sentence tells of violence. */
  static final Set<String> VEHICLES =
      Set.of(
          "bus",
          "car",
          "truck",
          "lorry",
          "train",
          "plane",
          "aircraft",
          "airliner",
          "ferry",
          "boat",
          "ship",
          "vehicle",
          "van",
          "helicopter",
          "minibus",
          "coach",
          "tanker",
          "jet");

  /** Words that tell of violence done with a vehicle: a car bomb, an attack, a hijacker. */
  static final Set<String> VIOLENT_CUES =
      Set.of(
          "bomb",
          "bomber",
          "bombing",
          "explosive",
          "explosives",
          "blast",
          "explode",
          "attack",
          "attacker",
          "suicide",
          "grenade",
          "rocket",
          "missile",
          "gunman",
          "gunmen",
          "militant",
          "rebel",
          "insurgent",
          "hijack",
          "hijacker",
          "ram",
          "shoot",
          "fire",
          "ambush");

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

  /** Nouns that stand before a name as a title and that the tagger may read as verbs. */
  static final Set<String> TITLE_NOUNS = Set.of("suspect");

  /** Prepositions that name what something is about: "over", "into", "about", "for". */
  static final Set<String> TOPIC_PREPOSITIONS =
      Set.of("over", "into", "about", "for", "regarding", "concerning", "in_connection_with");

  /** Types of an answer to a deed: "charged in", "jailed in", "arrested in" the deed. */
  static final Set<String> ANSWERS_TO_A_DEED = Set.of("ACCUSE", "SANCTION", "COERCE");

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
          "premiership",
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
          "skating",
          "nba",
          "fifa",
          "uefa",
          "referee",
          "umpire",
          "playoff",
          "racing");

  /** Closing quotation marks as the tokenizer writes them. */
  static final Set<String> QUOTES = Set.of("''", "\"", "'", "`", "``", ")", "-RRB-");

  /** The role type of a personal pronoun kept as a role. */
  public static final String PRONOUN = "PRONOUN";

  private final EventLexicon lexicon;
  private final Agents agents;
  private final RoleFiller roleFiller;
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
    this.roleFiller = new RoleFiller(agents);
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

  /** Whether an entity of this type names a place. */
  public static boolean isPlace(String entityType) {
    return Role.PLACE_TYPES.contains(entityType);
  }

  /** Whether an entity of this type can be an actor, target or place. */
  public static boolean canFillRole(String entityType) {
    return Role.ROLE_TYPES.contains(entityType);
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
      // "They urged the public to consume pork": a pronoun stands for who the story names
      hasRole =
          (Pos.ofTag(tags.get(t)) == Pos.NOUN && agents.isAgent(lemmas.get(t)))
              || (tags.get(t).equals("PRP")
                  && RoleFiller.PERSONAL_PRONOUNS.contains(lemmas.get(t).toLowerCase(Locale.ROOT)));
    }
    if (!hasRole || isSportNews(lemmas, tags) || isMarketNews(lemmas)) {
      return false;
    }
    boolean hasPlace = hasPlaceEntity;
    Set<String> words = new java.util.HashSet<>();
    for (int t = 0; t < lemmas.size(); t++) {
      String lemma = lemmas.get(t).toLowerCase(Locale.ROOT);
      words.add(lemma);
      hasPlace |= PLACE_NOUNS.contains(lemma);
      String singular = unreducedSingular(lemma, tags.get(t));
      if (singular != null) {
        // The rows name the singular, as nounLemmas reads them once the sentence is parsed
        // ("dispatched 500 troops").
        words.add(singular);
      }
    }
    for (int t = 0; t < lemmas.size(); t++) {
      Pos pos = Pos.ofTag(tags.get(t));
      if (pos != null && lexicon.mayTrigger(lemmas.get(t), pos, words, hasPlace)) {
        return true;
      }
      if (pos == Pos.VERB && ORDERS_PARSED.contains(lemmas.get(t).toLowerCase(Locale.ROOT))) {
        return true; // an order is a request the lexicon does not hold (see ORDERING_VERBS)
      }
    }
    return Statements.mayJudge(words);
  }

  public List<EventMention> extract(ParsedSentence parsed, DocumentContext document) {
    // Role lookups scan entities once per token: keep only this sentence's.
    DocumentContext doc = document.within(parsed);
    List<String> lemmas = java.util.Arrays.asList(parsed.lemmas);
    if (isSportNews(lemmas, java.util.Arrays.asList(parsed.tags)) || isMarketNews(lemmas)) {
      return new ArrayList<>();
    }
    DependencyGraph parsedGraph = new DependencyGraph(parsed);
    ParsedSentence s = MisparseRepairs.repair(parsed, parsedGraph);
    DependencyGraph g = s == parsed ? parsedGraph : new DependencyGraph(s);
    Trigger[] triggers = new Trigger[s.size()];
    for (int t = 0; t < s.size(); t++) {
      triggers[t] = trigger(s, g, t);
      if (triggers[t] == null) {
        triggers[t] =
            Statements.of(
                s, g, t, lexicon, noun -> !roleFiller.resolve(s, g, doc, noun, 0).isEmpty());
      }
    }
    boolean[] background = background(s, g, doc, triggers);
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
    boolean[] subordinate = inSubordinateParts(s, g, triggers);
    List<EventMention> mentions = new ArrayList<>();
    boolean question = isQuestion(s);
    for (int t = 0; t < s.size(); t++) {
      Trigger trigger = triggers[t];
      if (trigger != null && !absorbed[t] && !subordinate[t]) {
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
   * Which triggers stand outside the main predication, what it reports or governs, and the clauses
   * joined to it: in a relative clause, a clause of what came long before, a phrase of cause or a
   * wished-for complement (see {@link ClauseStanding}). Those tell background, not the news, and
   * code no event. Read after absorption, so that a governing verb so placed still takes its
   * complement with it.
   */
  private static boolean[] inSubordinateParts(
      ParsedSentence s, DependencyGraph g, Trigger[] triggers) {
    boolean[] isTrigger = new boolean[s.size()];
    for (int t = 0; t < s.size(); t++) {
      isTrigger[t] = triggers[t] != null;
    }
    boolean[] subordinate = new boolean[s.size()];
    for (int t = 0; t < s.size(); t++) {
      ClauseStanding standing = isTrigger[t] ? ClauseStanding.of(s, g, t, isTrigger) : null;
      subordinate[t] =
          standing != null
              && standing != ClauseStanding.MAIN
              && !(standing == ClauseStanding.BACKGROUND_PHRASE
                  && isMeetingJustHeld(s, g, triggers[t]));
    }
    return subordinate;
  }

  /**
   * Whether a meeting is the occasion of what is said: "said Tuesday after talks between Solana and
   * Primakov", "said after a telephone discussion with Yushchenko". Unlike an attack "after" which
   * something happened, or a visit after which someone takes a holiday, the meeting is news of the
   * same day.
   */
  private static boolean isMeetingJustHeld(ParsedSentence s, DependencyGraph g, Trigger trigger) {
    return trigger.entry.type.equals("CONSULT")
        && trigger.pos == Pos.NOUN
        && g.hasParentRelation(trigger.token, "obl:after", "nmod:after")
        && (!RoleFiller.TRIP_NOUNS.contains(s.lemmas[trigger.token].toLowerCase(Locale.ROOT))
            || SPEAKING_VERBS.contains(s.lemmas[g.parent(trigger.token)].toLowerCase(Locale.ROOT)));
  }

  /**
   * Verbs of speaking whose "after" names the visit they follow: a visit "after" which someone
   * takes a holiday, or a ship leaves port, is background (talks "after" which Bashir left Libya
   * are not).
   */
  static final Set<String> SPEAKING_VERBS =
      Set.of("say", "tell", "speak", "add", "announce", "declare", "state", "insist");

  /**
   * Whether a trigger names an event the sentence does not report as happening: an event noun told
   * as background (see {@link #isBackgroundNoun}); a verb in a clause that only qualifies a noun
   * (see {@link #qualifiesANoun}), or deep in what a verb of request, threat, refusal or agreement
   * governs ("urged Washington to boost its efforts to resolve the conflict"); a light verb whose
   * object is a statement to the press ("held a news conference"); a warning that warns no one and
   * announces no hostile act ("cautioned that results would not be available").
   */
  private boolean isBackground(
      ParsedSentence s,
      DependencyGraph g,
      DocumentContext doc,
      Trigger[] triggers,
      Trigger trigger) {
    int t = trigger.token;
    if (trigger.pos == Pos.NOUN) {
      // "talks held at Pyongyang's request", "at the request of the government": why what is
      // told was done, asked for before it
      boolean requestedBefore =
          trigger.entry.type.equals("REQUEST") && g.hasParentRelation(t, "obl:at", "nmod:at");
      return requestedBefore || isBackgroundNoun(s, g, triggers, t);
    }
    for (int[] edge : g.children(t)) {
      if (g.hasParentRelation(edge[0], "obj", "nsubj:pass")
          && s.lemmas[edge[0]].equalsIgnoreCase(trigger.entry.object)
          && isForThePress(g, edge[0])) {
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
    if (trigger.entry.type.equals("REQUEST") && asksAQuestion(s, g, t)) {
      return true; // "asked if France still supported Mobutu": a question, nothing requested
    }
    if (trigger.entry.type.equals("MOBILIZE") && isPresentPassive(s, g, t)) {
      return true; // "37,000 troops are stationed in South Korea": where forces stand, no move
    }
    return trigger.entry.type.equals("THREATEN")
        && WARNING_VERBS.contains(s.lemmas[t].toLowerCase(Locale.ROOT))
        && !"relations".equals(trigger.entry.mode)
        && !warnsSomeoneOrOfSomething(s, g, triggers, t);
  }

  /** Subordinators of an indirect question: what is asked "if" or "whether" is a question. */
  static final Set<String> QUESTION_SUBORDINATORS = Set.of("if", "whether");

  /**
   * Whether a verb's clause is an indirect question ("asked Singirok whether he was cooperating",
   * "when asked if France would block"): asking a question requests nothing of anyone.
   */
  private static boolean asksAQuestion(ParsedSentence s, DependencyGraph g, int verb) {
    for (int[] edge : g.children(verb)) {
      String rel = s.relations[edge[1]];
      if ((rel.equals("ccomp") || rel.startsWith("advcl"))
          && g.markedBy(edge[0], QUESTION_SUBORDINATORS)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb is a passive in the simple present ("are stationed", "is deployed"), which tells
   * a state; not "are being deployed", "have been sent", "will be deployed".
   */
  private static boolean isPresentPassive(ParsedSentence s, DependencyGraph g, int verb) {
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
  private static boolean isBackgroundNoun(
      ParsedSentence s, DependencyGraph g, Trigger[] triggers, int t) {
    int head = g.parent(t);
    if ((g.child(t, "cop") >= 0 && !isUndergone(g, t)) || isForThePress(g, t)) {
      return true; // "the raid was a violation", "a press conference"
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
        || (Pos.ofTag(s.tags[head]) == Pos.VERB && RELATIONAL_VERBS.contains(governing))
        || (over != null
            && over.pos == Pos.VERB
            && REACTIONS.contains(over.entry.type)
            && (rel.equals("obj") || rel.equals("obl:for")))
        || isTopicOf(rel, over, triggers[t])
        || isHeldNow(s, head, rel);
  }

  /**
   * Whether an event noun is what someone has now: "Washington has an economic embargo on Cuba",
   * "the two states have a defence pact" tell a standing state; "had talks on Monday" was held.
   */
  private static boolean isHeldNow(ParsedSentence s, int head, String rel) {
    return rel.equals("obj")
        && s.lemmas[head].equalsIgnoreCase("have")
        && (s.tags[head].equals("VBZ") || s.tags[head].equals("VBP"));
  }

  /**
   * Whether an event noun is what something else is about ("anger over the jailing of", "a mission
   * into the killing of", "charged in the bombing of"): the news is the anger, the inquiry, the
   * charge; the happening they are about was told before. Not an event of the same type ("killed in
   * an attack" is one assault), nor "in" under anything but a charge, a sentence or an arrest
   * ("took part in talks" is the talks).
   */
  private static boolean isTopicOf(String rel, Trigger over, Trigger noun) {
    int colon = rel.indexOf(':');
    if (colon < 0 || !(rel.startsWith("obl") || rel.startsWith("nmod"))) {
      return false;
    }
    String preposition = rel.substring(colon + 1);
    if (over != null && over.entry.type.equals(noun.entry.type)) {
      return false;
    }
    if ((preposition.equals("for") || preposition.equals("into"))
        && noun.entry.type.equals("CONSULT")) {
      return false; // "flew to Athens for talks with", "went into talks with": the news
    }
    return TOPIC_PREPOSITIONS.contains(preposition)
        || (preposition.equals("in")
            && over != null
            && ANSWERS_TO_A_DEED.contains(over.entry.type));
  }

  /** Whether a warning has someone warned, a danger warned of, or a hostile act it announces. */
  private static boolean warnsSomeoneOrOfSomething(
      ParsedSentence s, DependencyGraph g, Trigger[] triggers, int t) {
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
  private boolean qualifiesANoun(
      ParsedSentence s, DependencyGraph g, DocumentContext doc, int verb) {
    int head = g.parent(verb);
    if (head < 0 || Pos.ofTag(s.tags[verb]) != Pos.VERB) {
      return false;
    }
    String rel = g.parentRelation(verb);
    if (((rel.startsWith("acl:") && !rel.equals("acl:relcl"))
            || (rel.startsWith("nmod:") && Pos.ofTag(s.tags[head]) == Pos.NOUN))
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
            && Pos.ofTag(s.tags[subject]) == Pos.NOUN
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
  private static boolean isRanked(ParsedSentence s, DependencyGraph g, int noun) {
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
  private static boolean isForThePress(DependencyGraph g, int noun) {
    return g.hasChild(noun, "compound", MEDIA_WORDS);
  }

  /**
   * "violence erupted at the weekend injuring at least 20 people": a participle that counts who it
   * hit tells of the event, wherever the parser hangs it.
   */
  private static boolean countsCasualties(ParsedSentence s, DependencyGraph g, int verb) {
    int object = g.child(verb, "obj");
    return object >= 0 && (s.tags[object].equals("CD") || g.child(object, "nummod") >= 0);
  }

  private static boolean isInfinitive(ParsedSentence s, DependencyGraph g, int verb) {
    int to = g.child(verb, "mark");
    return s.tags[verb].equals("VB") && to >= 0 && s.lemmas[to].equalsIgnoreCase("to");
  }

  /** Whether a noun names who can act (an entity, an agent noun) or an official act. */
  private boolean namesAnActorOrAct(ParsedSentence s, DocumentContext doc, int noun) {
    Entity entity = RoleFiller.entityAt(s, doc, noun);
    return (entity != null && Role.ROLE_TYPES.contains(entity.getType()))
        || agents.isAgent(s.lemmas[noun])
        || ACT_NOUNS.contains(s.words[noun].toLowerCase(Locale.ROOT))
        || ACT_NOUNS.contains(s.lemmas[noun].toLowerCase(Locale.ROOT));
  }

  /** Whether a trigger's subject says no one did it: "nobody", "none", "no danger". */
  private static boolean hasNegativeSubject(ParsedSentence s, DependencyGraph g, int t) {
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
  private static boolean isUnrealised(ParsedSentence s, DependencyGraph g, int noun) {
    for (int[] edge : g.children(noun)) {
      if ((s.relations[edge[1]].equals("amod") || s.relations[edge[1]].equals("compound"))
          && UNREALISED_ADJECTIVES.contains(s.lemmas[edge[0]].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a trigger is what an adjective of likelihood governs: "was likely to be opposed". */
  private static boolean isForecast(ParsedSentence s, DependencyGraph g, int t) {
    int head = g.parent(t);
    return head >= 0
        && g.hasParentRelation(t, "xcomp")
        && FORECAST_WORDS.contains(s.lemmas[head].toLowerCase(Locale.ROOT));
  }

  /** The lexicon row a token triggers, with its complements: null when it triggers none. */
  private @Nullable Trigger trigger(ParsedSentence s, DependencyGraph g, int t) {
    Pos pos = Pos.ofTag(s.tags[t]);
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
    if (pos == Pos.NOUN && lemma.equals("deal") && isQuantity(s, g, t)) {
      return null; // "a great deal of work": an amount, no agreement
    }
    if (pos == Pos.VERB && isTitleTaggedAsVerb(s, g, t, lemma)) {
      return null;
    }
    if (pos == Pos.VERB) {
      Trigger governing = readByItsComplement(s, g, t, lemma);
      if (governing != null) {
        return governing == NO_TRIGGER ? null : governing;
      }
    }
    Set<String> objects = objectLemmas(s, g, t);
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
    EventLexicon.Entry entry = peopleTaken(s, g, t, lexicon.match(lemma, pos, objects, preps));
    if (entry == null || (pos == Pos.VERB && objectReadsOtherwise(s, g, t, entry))) {
      return null;
    }
    Trigger trigger = readInContext(s, g, new Trigger(t, pos, lemma, entry));
    if (pos == Pos.NOUN && isUndergone(g, t)) {
      // "are in talks with the UN": the subject takes part; "are under investigation": it undergoes
      int subject = g.childStarting(t, "nsubj");
      if (TAKING_PART.contains(entry.type)) {
        trigger.actorToken = subject;
      } else {
        trigger.embeddedSubject = subject;
      }
    }
    return trigger;
  }

  /**
   * A trigger's row as the words around it read it: an attack made in words accuses, a warning that
   * ties are at stake threatens relations (aimed at whose ties they are).
   */
  private static Trigger readInContext(ParsedSentence s, DependencyGraph g, Trigger trigger) {
    int t = trigger.token;
    int plea = s.lemmas[t].equalsIgnoreCase("plead") ? g.child(t, "xcomp") : -1;
    if (plea >= 0 && s.lemmas[plea].equalsIgnoreCase("guilty")) {
      // a plea answers a charge: "not guilty" denies it, "guilty" admits it
      boolean denies = g.hasChild(plea, "advmod", NEGATORS);
      trigger.entry = trigger.entry.as(denies ? "REJECT" : "CONCEDE", null);
    }
    if (trigger.entry.type.equals("ASSAULT") && isVerbalAttack(s, g, t)) {
      trigger.entry = trigger.entry.as("ACCUSE", "disapprove");
    }
    int warned = trigger.entry.type.equals("THREATEN") ? warnedForItsRelations(s, g, t) : -1;
    if (warned >= 0) {
      trigger.entry = trigger.entry.as("THREATEN", "relations");
      trigger.embeddedSubject = warned == t ? -1 : warned;
    }
    return trigger;
  }

  /** Nouns of the ties between states a warning may say are at stake. */
  static final Set<String> TIES = Set.of("relation", "relations", "tie", "ties", "relationship");

  /**
   * Whether a warning says its addressee's relations are at stake, the codebook's THREATEN
   * relations: "warned that all countries supporting the motion would adversely affect their
   * relations with China", "a warning to Slovakia that its drive towards NATO could affect its
   * relations with Russia". Returns the subject of what is warned of (whose relations they are),
   * the trigger itself when there is none, or -1 when the warning is of something else.
   */
  private static int warnedForItsRelations(ParsedSentence s, DependencyGraph g, int t) {
    if (!WARNING_VERBS.contains(s.lemmas[t].toLowerCase(Locale.ROOT))
        && !s.lemmas[t].equalsIgnoreCase("warning")) {
      return -1;
    }
    for (int[] edge : g.children(t)) {
      String rel = s.relations[edge[1]];
      if (!rel.equals("ccomp") && !rel.startsWith("acl")) {
        continue;
      }
      for (int[] part : g.children(edge[0])) {
        if (s.relations[part[1]].equals("obj")
            && TIES.contains(s.lemmas[part[0]].toLowerCase(Locale.ROOT))) {
          int subject = g.childStarting(edge[0], "nsubj");
          return subject >= 0 ? subject : t;
        }
      }
    }
    return -1;
  }

  /** Verbs of speech whose participle tells that an attack was made in words. */
  static final Set<String> ATTACKING_IN_WORDS =
      Set.of("say", "accuse", "call", "dismiss", "describe", "brand", "charge", "claim", "label");

  /** Adjectives of an attack made in words: "a scathing attack on the government's policy". */
  static final Set<String> VERBAL_ATTACKS =
      Set.of("verbal", "scathing", "stinging", "blistering", "withering", "rhetorical");

  /**
   * Whether an attack is made in words, the codebook's ACCUSE: "attacked Chirac, saying he had
   * betrayed Europe", "launched a fresh attack against Israel, dismissing the Holocaust as a myth",
   * "a scathing attack on the policy".
   */
  private static boolean isVerbalAttack(ParsedSentence s, DependencyGraph g, int t) {
    String lemma = s.lemmas[t].toLowerCase(Locale.ROOT);
    int attack = t;
    if (!lemma.equals("attack")) {
      attack = g.child(t, "obj");
      if (attack < 0 || !s.lemmas[attack].equalsIgnoreCase("attack")) {
        return false;
      }
    }
    if (g.hasChild(attack, "amod", VERBAL_ATTACKS)) {
      return true;
    }
    int verb = Pos.ofTag(s.tags[t]) == Pos.VERB ? t : g.parent(t);
    for (int[] edge : verb < 0 ? List.<int[]>of() : g.children(verb)) {
      String rel = s.relations[edge[1]];
      boolean participle =
          (rel.startsWith("advcl") || rel.equals("dep") || rel.equals("xcomp"))
              && s.tags[edge[0]].equals("VBG")
              && ATTACKING_IN_WORDS.contains(s.lemmas[edge[0]].toLowerCase(Locale.ROOT));
      // the parser may make "saying" the marker of what is said: advcl:saying
      boolean marker =
          rel.startsWith("advcl:")
              && rel.endsWith("ing")
              && g.markedBy(edge[0], ATTACKING_IN_WORDS);
      if (participle || marker) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the object a verb's row names is, with the word that modifies it, an event of another
   * type: "launched air strikes" is the air strikes' attack, not the launching of a walkout. The
   * object noun is then the trigger.
   */
  private boolean objectReadsOtherwise(
      ParsedSentence s, DependencyGraph g, int verb, EventLexicon.Entry entry) {
    if (entry.object.isEmpty()) {
      return false;
    }
    for (int[] edge : g.children(verb)) {
      if (s.relations[edge[1]].equals("obj") && nounLemmas(s, edge[0]).contains(entry.object)) {
        EventLexicon.Entry own =
            lexicon.match(
                s.lemmas[edge[0]].toLowerCase(Locale.ROOT),
                Pos.NOUN,
                objectLemmas(s, g, edge[0]),
                java.util.Map.of());
        if (own != null && !own.object.isEmpty() && !own.type.equals(entry.type)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The lemmas a lexicon row's object column is matched against: the object's nouns and titles. */
  private static Set<String> objectLemmas(ParsedSentence s, DependencyGraph g, int t) {
    Set<String> objects = new LinkedHashSet<>();
    if (Pos.ofTag(s.tags[t]) == Pos.NOUN) {
      // A noun's row names the word that says which kind it is: an "air strike" is no walkout.
      for (int[] edge : g.children(t)) {
        if (s.relations[edge[1]].equals("compound") || s.relations[edge[1]].equals("amod")) {
          objects.add(s.lemmas[edge[0]].toLowerCase(Locale.ROOT));
        }
      }
      return objects;
    }
    for (String rel : new String[] {"obj", "dobj", "nsubj:pass"}) {
      for (int[] edge : g.children(t)) {
        if (s.relations[edge[1]].equals(rel)) {
          objects.addAll(nounLemmas(s, edge[0]));
          objects.addAll(titleLemmas(s, g, edge[0]));
          objects.addAll(whatABodyIsOf(s, g, edge[0]));
        }
      }
    }
    return objects;
  }

  /**
   * The arrest row in place of a verb's own when it takes people: "14 insurgents captured", "seized
   * the rebel leader" (people taken are arrested, not land), "have been holding 10 suspected
   * Islamists" (not "held them responsible").
   */
  private EventLexicon.@Nullable Entry peopleTaken(
      ParsedSentence s, DependencyGraph g, int t, EventLexicon.@Nullable Entry entry) {
    Pos pos = Pos.ofTag(s.tags[t]);
    boolean holdsPeople =
        pos == Pos.VERB
            && s.lemmas[t].equalsIgnoreCase("hold")
            && (entry == null || entry.object.isEmpty())
            && g.child(t, "xcomp") < 0
            && holdsPeople(s, g, t);
    if ((entry != null && "SEIZE".equals(entry.fineType) && seizesSomeone(s, g, t))
        || holdsPeople) {
      EventLexicon.Entry arrest = lexicon.match("arrest", pos, Set.of(), java.util.Map.of());
      return arrest != null ? arrest : entry;
    }
    return entry;
  }

  /**
   * Whether an event noun tells a state its subject is in: "are under investigation", "is in
   * detention", "was under attack", "are in talks". The state is news, not a description such as
   * "the raid was a violation".
   */
  private static boolean isUndergone(DependencyGraph g, int noun) {
    return g.child(noun, "cop") >= 0
        && g.childStarting(noun, "nsubj") >= 0
        && g.hasChild(noun, "case", UNDERGOING_PREPOSITIONS);
  }

  static final Set<String> UNDERGOING_PREPOSITIONS = Set.of("under", "in");

  /**
   * Whether a title before a name was tagged as a verb: "top Serb war crimes suspect Radovan
   * Karadzic" names a man, it does not suspect anyone. Such a "verb" has no subject and follows a
   * noun or an adjective of its own phrase.
   */
  private static boolean isTitleTaggedAsVerb(
      ParsedSentence s, DependencyGraph g, int t, String lemma) {
    return TITLE_NOUNS.contains(lemma)
        && t > 0
        && (s.tags[t - 1].startsWith("NN") || s.tags[t - 1].startsWith("JJ"))
        && g.childStarting(t, "nsubj") < 0
        && g.child(t, "aux:pass") < 0;
  }

  /** Types whose subject, in "are in talks", takes part rather than undergoes. */
  static final Set<String> TAKING_PART = Set.of("CONSULT", "COOPERATE", "AGREE", "PROTEST");

  private static boolean isQuantity(ParsedSentence s, DependencyGraph g, int noun) {
    for (int[] edge : g.children(noun)) {
      String lemma = s.lemmas[edge[0]].toLowerCase(Locale.ROOT);
      if (s.relations[edge[1]].equals("amod") && (lemma.equals("great") || lemma.equals("good"))) {
        return true;
      }
    }
    return false;
  }

  /** Marks a verb that {@link #readByItsComplement} found to code nothing. */
  private static final Trigger NO_TRIGGER = new Trigger(-1, Pos.VERB, "", null);

  /**
   * A verb whose reading its complement decides: an effort, a naming, an order, a failure to agree,
   * a refusal to comment. {@link #NO_TRIGGER} when it codes nothing, null when the lexicon decides.
   */
  private @Nullable Trigger readByItsComplement(
      ParsedSentence s, DependencyGraph g, int t, String lemma) {
    if (STRIVING_VERBS.contains(lemma)
        && g.child(t, "xcomp") >= 0
        && !(lemma.equals("seek") && (g.child(t, "obj") >= 0 || g.child(t, "dobj") >= 0))) {
      // "fighting to keep the boy", "struggled to form a government": an effort, not combat;
      // "sought to protect" tries, while "seeking Indian help to resolve it" asks for the help.
      return NO_TRIGGER;
    }
    if (lemma.equals("vow") && g.child(t, "xcomp") >= 0) {
      // "vowed to hunt down the bombers" threatens through what it governs (a verb of intention:
      // see INTENTION_VERBS); "vowed to prioritise Darfur" promises nothing PLOVER codes.
      return NO_TRIGGER;
    }
    if (lemma.equals("call") && !asksSomething(s, g, t)) {
      // "called Best the greatest footballer", "a creature called history", "called the
      // authorities": naming or telephoning, no request.
      return NO_TRIGGER;
    }
    if (lemma.equals("defend") && defendsItsOwn(s, g, t)) {
      return NO_TRIGGER; // "the BBC defended its interview": no endorsement of anyone else
    }
    if (ORDERING_VERBS.contains(lemma) && ordersSomeone(s, g, t)) {
      // "told church officials to dig holes", "instructed the ambassador to make representations"
      EventLexicon.Entry request = lexicon.match("urge", Pos.VERB, Set.of(), java.util.Map.of());
      return request == null ? NO_TRIGGER : new Trigger(t, Pos.VERB, lemma, request);
    }
    if (lemma.equals("fail") && failsToAgree(s, g, t)) {
      // "failed to reach agreement": the codebook's REJECT; failing anything else is no refusal
      EventLexicon.Entry reject = lexicon.match("reject", Pos.VERB, Set.of(), java.util.Map.of());
      return reject == null ? NO_TRIGGER : new Trigger(t, Pos.VERB, lemma, reject);
    }
    if (REFUSING_VERBS.contains(lemma)) {
      int clause = g.child(t, "xcomp");
      if (clause >= 0 && s.lemmas[clause].equalsIgnoreCase("comment")) {
        return NO_TRIGGER; // "declined to comment": no statement, so no refusal of anything asked
      }
    }
    return null;
  }

  private boolean seizesSomeone(ParsedSentence s, DependencyGraph g, int verb) {
    int taken = g.child(verb, "obj");
    taken = taken >= 0 ? taken : g.child(verb, "nsubj:pass");
    if (taken < 0 || s.tags[taken].startsWith("NNP") || !s.tags[taken].startsWith("NN")) {
      return false;
    }
    return namesPeople(s, taken);
  }

  /**
   * Whether "hold" keeps people: a common noun of people as its object ("suspects", "10 suspected
   * French Islamists"), not one judged ("held the rebels responsible", an adjective after it).
   */
  private boolean holdsPeople(ParsedSentence s, DependencyGraph g, int verb) {
    int held = g.child(verb, "obj");
    if (held < 0 || s.tags[held].equals("NNP") || !s.tags[held].startsWith("NN")) {
      return false;
    }
    for (int[] edge : g.children(held)) {
      if (s.relations[edge[1]].equals("amod") && edge[0] > held) {
        return false;
      }
    }
    return namesPeople(s, held);
  }

  /** Whether a verb's object is the subject's own: "defended its interview", "his record". */
  private static boolean defendsItsOwn(ParsedSentence s, DependencyGraph g, int verb) {
    int object = g.child(verb, "obj");
    int owner = object < 0 ? -1 : g.child(object, "nmod:poss");
    return owner >= 0 && s.tags[owner].equals("PRP$");
  }

  /** Verbs that order when they govern someone and a "to" clause, and tell or teach otherwise. */
  static final Set<String> ORDERING_VERBS = Set.of("tell", "instruct", "order", "direct");

  /**
   * The ordering verbs for which a sentence is parsed though it holds no lexicon word: not "tell",
   * which mostly reports speech ("told reporters"), so "told officials to dig" is read only in a
   * sentence parsed for another word.
   */
  static final Set<String> ORDERS_PARSED = Set.of("instruct", "order", "direct");

  /** Whether a verb has an object and a "to" clause: "told officials to dig". */
  private static boolean ordersSomeone(ParsedSentence s, DependencyGraph g, int verb) {
    int clause = g.child(verb, "xcomp");
    return g.child(verb, "obj") >= 0 && clause >= 0 && g.markedBy(clause, Set.of("to"));
  }

  /**
   * Which triggers name background, not news (see {@link #isBackground}), with the objects of a
   * background trigger and what an accusation alleges.
   */
  private boolean[] background(
      ParsedSentence s, DependencyGraph g, DocumentContext doc, Trigger[] triggers) {
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
      if (triggers[t] != null && isAccusing(triggers[t])) {
        markAllegedContent(g, triggers, t, background);
      }
    }
    return background;
  }

  private static boolean isAccusing(Trigger trigger) {
    return trigger.pos == Pos.VERB && trigger.entry.type.equals("ACCUSE");
  }

  /**
   * "a woman charged he raped and assaulted her", "alleged that troops killed": what an accusation
   * says happened is the accusation's content, not a happening the sentence reports.
   */
  private static void markAllegedContent(
      DependencyGraph g, Trigger[] triggers, int accusing, boolean[] background) {
    for (int[] edge : g.children(accusing)) {
      int clause = edge[0];
      if (!g.hasParentRelation(clause, "ccomp") || g.parent(clause) != accusing) {
        continue;
      }
      background[clause] |= triggers[clause] != null;
      for (int[] inner : g.children(clause)) {
        if (g.hasParentRelationStarting(inner[0], "conj") && triggers[inner[0]] != null) {
          background[inner[0]] = true;
        }
      }
    }
  }

  /** Whether "fail" governs an agreeing: "failed to agree", "failed to reach a deal". */
  private static boolean failsToAgree(ParsedSentence s, DependencyGraph g, int fail) {
    int clause = g.child(fail, "xcomp");
    if (clause < 0) {
      return false;
    }
    String verb = s.lemmas[clause].toLowerCase(Locale.ROOT);
    int object = g.child(clause, "obj");
    return verb.equals("agree")
        || (verb.equals("reach")
            && object >= 0
            && AGREEMENT_NOUNS.contains(s.lemmas[object].toLowerCase(Locale.ROOT)));
  }

  /** What parties reach when they agree. */
  static final Set<String> AGREEMENT_NOUNS =
      Set.of(
          "agreement", "accord", "deal", "consensus", "compromise", "settlement", "understanding");

  /**
   * Whether "call" asks: "called for talks", "called on Iran to stop", "called upon", "called the
   * rebels to lay down their arms", "called a strike" (a noun object that is no one).
   */
  private static boolean asksSomething(ParsedSentence s, DependencyGraph g, int call) {
    for (int[] edge : g.children(call)) {
      String rel = s.relations[edge[1]];
      if (rel.equals("obl:for")
          || ((rel.equals("obl:on") || rel.equals("obl:upon")) && !isDayName(s, edge[0]))) {
        return true;
      }
      if ((rel.equals("xcomp") && Pos.ofTag(s.tags[edge[0]]) == Pos.VERB)
          || rel.equals("ccomp")
          || rel.startsWith("advcl")) {
        return true; // "called Monday for Damascus to do everything", parsed as a clause
      }
    }
    return hasEventObject(s, g, call);
  }

  private static boolean isDayName(ParsedSentence s, int token) {
    String lemma = s.lemmas[token].toLowerCase(Locale.ROOT);
    return lemma.endsWith("day") || isMonth(s, token);
  }

  /**
   * Whether a verb's object is an event it could ask for ("called a strike", "called elections").
   */
  private static boolean hasEventObject(ParsedSentence s, DependencyGraph g, int verb) {
    int object = g.child(verb, "obj");
    if (object < 0 || Pos.ofTag(s.tags[object]) != Pos.NOUN || g.child(verb, "xcomp") >= 0) {
      return false;
    }
    return CALLED_EVENTS.contains(s.lemmas[object].toLowerCase(Locale.ROOT));
  }

  /** What one "calls" as a request: a strike, elections, a meeting, a ceasefire. */
  static final Set<String> CALLED_EVENTS =
      Set.of(
          "strike",
          "election",
          "meeting",
          "ceasefire",
          "truce",
          "halt",
          "referendum",
          "vote",
          "session",
          "boycott",
          "protest",
          "rally",
          "demonstration");

  /**
   * What a body set up is for: "a commission of inquiry", "a panel of investigation" read as the
   * inquiry and the investigation.
   */
  private static Set<String> whatABodyIsOf(ParsedSentence s, DependencyGraph g, int noun) {
    if (!NAMED_BY_THEIR_OF.contains(s.lemmas[noun].toLowerCase(Locale.ROOT))) {
      return Set.of();
    }
    int of = g.child(noun, "nmod:of");
    return of >= 0 ? nounLemmas(s, of) : Set.of();
  }

  /**
   * Nouns named by what they are of: a commission, committee or panel of inquiry, a state of
   * emergency.
   */
  static final Set<String> NAMED_BY_THEIR_OF =
      Set.of("commission", "committee", "panel", "board", "state");

  /**
   * The title words before a name, lower-cased: "sacked Foreign Minister Boris Tarasyuk" sacked a
   * minister, as a row with the object "minister" reads it.
   */
  private static Set<String> titleLemmas(ParsedSentence s, DependencyGraph g, int noun) {
    if (!s.tags[noun].startsWith("NNP")) {
      return Set.of();
    }
    Set<String> titles = new LinkedHashSet<>();
    for (int[] edge : g.children(noun)) {
      if (s.relations[edge[1]].equals("compound") && s.tags[edge[0]].startsWith("NN")) {
        titles.add(s.lemmas[edge[0]].toLowerCase(Locale.ROOT));
      }
    }
    return titles;
  }

  /** A token's prepositions (obl:with, nmod:against...), each with the lemmas of its nouns. */
  private static java.util.Map<String, Set<String>> prepositions(
      ParsedSentence s, DependencyGraph g, int t) {
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
    String singular = unreducedSingular(lemma, s.tags[t]);
    if (singular != null && lemma.equals(s.words[t].toLowerCase(Locale.ROOT))) {
      return Set.of(lemma, singular);
    }
    return Set.of(lemma);
  }

  /**
   * The singular of a plural noun whose lemma the lemmatizer left as the plural ("troops"), or null
   * when the lemma reads as no such plural.
   */
  static @Nullable String unreducedSingular(String lemma, String tag) {
    boolean plural =
        tag.equals("NNS") && lemma.length() > 3 && lemma.endsWith("s") && !lemma.endsWith("ss");
    return plural ? lemma.substring(0, lemma.length() - 1) : null;
  }

  /** A noun's lemma in lower case, in the singular where the lemmatizer left the plural. */
  static String singularLemma(ParsedSentence s, int noun) {
    String lemma = s.lemmas[noun].toLowerCase(Locale.ROOT);
    String singular = unreducedSingular(lemma, s.tags[noun]);
    return singular != null ? singular : lemma;
  }

  /**
   * Whether a trigger is part of another trigger's event: the object noun of a verb pattern ("held
   * talks": the talks are the holding), or an event governed by a verb of request, threat, refusal
   * or agreement ("demanded that the ministry supply"), which is the event in its place. A trigger
   * under an intention verb ("prepared to impose") is rewritten instead: THREATEN or AGREE.
   */
  /** Whether an event noun is what the verb over it names, asks for or agrees to. */
  private static boolean isTheGovernedNoun(
      ParsedSentence s, DependencyGraph g, Trigger over, Trigger noun) {
    if (g.hasParentRelation(noun.token, "obj", "dobj", "nsubj:pass")
        && over.entry.specificity() >= 2) {
      return true;
    }
    if (!over.entry.prepObject.isEmpty()
        && over.entry.prepObject.equals(s.lemmas[noun.token].toLowerCase(Locale.ROOT))) {
      // "called for a probe": the noun a pattern names after its preposition is its event too.
      return true;
    }
    if (over.entry.type.equals("REQUEST")
        && g.hasParentRelation(noun.token, "obl:for", "nmod:for")) {
      // "called for the release of the hostages", "appealed for a withdrawal": what is asked for
      // has not happened; the request is the event.
      return true;
    }
    // "agreed to face-to-face talks", "agreed to a ceasefire": the agreement is the event, what it
    // is to has not happened yet.
    return over.entry.type.equals("AGREE")
        && !noun.entry.type.equals("AGREE")
        && g.hasParentRelation(noun.token, "obl:to", "nmod:to");
  }

  private boolean absorbed(
      ParsedSentence s, DependencyGraph g, Trigger[] triggers, Trigger trigger) {
    int governor = g.parent(trigger.token);
    if (governor < 0) {
      return false;
    }
    Trigger over = triggers[governor];
    if (over != null && trigger.pos == Pos.NOUN && isTheGovernedNoun(s, g, over, trigger)) {
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
                && g.markedBy(trigger.token, Set.of("for")));
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

  /**
   * PLOVER's auxiliary mode of a trigger: negation ("did not attack", "never met", or a negated
   * verb that governs it), future ("will meet"), hypothetical ("could attack", "if they attack").
   */
  private static @Nullable String auxMode(ParsedSentence s, DependencyGraph g, int t) {
    String found = null;
    for (int token = t, depth = 0; token >= 0 && depth < 2; depth++) {
      if (depth == 1 && s.lemmas[token].equalsIgnoreCase("fail")) {
        return Plover.NEGATION; // "failed to stop the attack": it was not stopped
      }
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
    if (found == null
        && (isScheduled(s, g, t)
            || (Pos.ofTag(s.tags[t]) == Pos.NOUN
                && g.parent(t) >= 0
                && isScheduled(s, g, g.parent(t))))) {
      found = Plover.FUTURE; // "was due to bring the delegates to peace talks"
    }
    int head = g.parent(t);
    if (found == null
        && head >= 0
        && (g.hasParentRelationStarting(t, "conj") || Pos.ofTag(s.tags[t]) == Pos.NOUN)
        && isConditional(s, g, head)) {
      // "If a suspect is caught and charged", "if the appeal goes to court": the condition on
      // the first conjunct, or on the verb an event noun depends on, is the event's too.
      found = Plover.HYPOTHETICAL;
    }
    return found;
  }

  /**
   * Whether a verb tells what is arranged to happen: "Gingrich is to pay a visit", a headline's "FM
   * to visit Afghanistan", "was due to hold a cabinet meeting", "is scheduled to meet".
   */
  private static boolean isScheduled(ParsedSentence s, DependencyGraph g, int verb) {
    if (Pos.ofTag(s.tags[verb]) != Pos.VERB || !g.markedBy(verb, Set.of("to"))) {
      return false;
    }
    int head = g.parent(verb);
    if (head < 0) {
      return true;
    }
    for (int[] edge : g.children(verb)) {
      String rel = s.relations[edge[1]];
      if ((rel.equals("aux") || rel.equals("cop")) && s.lemmas[edge[0]].equalsIgnoreCase("be")) {
        return true;
      }
    }
    return g.hasParentRelation(verb, "xcomp")
        && SCHEDULING_WORDS.contains(s.lemmas[head].toLowerCase(Locale.ROOT));
  }

  /** Words whose "to" complement is arranged or intended: due, scheduled, set, plan. */
  static final Set<String> SCHEDULING_WORDS =
      Set.of("due", "schedule", "scheduled", "set", "slate", "slated", "plan", "intend", "poised");

  private static boolean isConditional(ParsedSentence s, DependencyGraph g, int token) {
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

  /**
   * Whether a whole story is about sport: two of its sentences, and at least one in five, have a
   * sport word. Its other sentences ("India took the silver", "Ntini dismissed Langer for 37") are
   * results too, though they name no sport.
   */
  public static boolean isSportStory(List<List<List<String>>> sentences) {
    int sport = 0;
    for (List<List<String>> s : sentences) {
      if (isSport(s.get(0), s.get(1))) {
        sport++;
      }
    }
    return sport >= 2 && sport * 5 >= sentences.size();
  }

  /**
   * Whether a sentence is company or market news (see {@link #MARKET_WORDS}): "agreed to terms",
   * "signed an agreement", "oil prices shot above" there are deals and prices, which PLOVER does
   * not code.
   */
  static boolean isMarketNews(List<String> lemmas) {
    for (String lemma : lemmas) {
      if (MARKET_WORDS.contains(lemma.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words of company deals and markets that politics hardly uses: a merger, a stake, a barrel of
   * oil, profits, investors, inflation, equity, consumers, a contract. Not "shareholder" (the
   * states that own a development bank). Not "bid" ("in a bid to show flexibility"), "stock"
   * ("stock law"), "bank" or "trade", which states have too.
   */
  static final Set<String> MARKET_WORDS =
      Set.of(
          "merger",
          "takeover",
          "stake",
          "acquisition",
          "barrel",
          "profit",
          "revenue",
          "investor",
          "inflation",
          "earnings",
          "dividend",
          "equity",
          "consumer",
          "contract");

  /**
   * Whether a sentence is sport and nothing else: one that names an arrest is disorder around the
   * game ("Nine people were arrested after a fight between fans of both sides in a World Cup
   * qualifying match"), which PLOVER codes.
   */
  static boolean isSportNews(List<String> lemmas, List<String> tags) {
    if (!isSport(lemmas, tags)) {
      return false;
    }
    for (String lemma : lemmas) {
      if (ARREST_WORDS.contains(lemma.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  static final Set<String> ARREST_WORDS = Set.of("arrest", "detain");

  /** Whether a sentence is about sport (see {@link #SPORT_WORDS}). */
  static boolean isSport(List<String> lemmas, List<String> tags) {
    for (int t = 0; t < lemmas.size(); t++) {
      // "the second Ashes Test": a cricket match, capitalised.
      if ((SPORT_WORDS.contains(lemmas.get(t).toLowerCase(Locale.ROOT))
              && !isPoliticalLeague(lemmas, tags, t))
          || (lemmas.get(t).equals("Test") && tags.get(t).equals("NNP"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a "League" is a party or an alliance of states, not a sports league: "the Arab League
   * urged", "Awami League supporters", Italy's "Northern League", "the National League for
   * Democracy", "the League of Nations".
   */
  private static boolean isPoliticalLeague(List<String> lemmas, List<String> tags, int t) {
    if (!lemmas.get(t).equalsIgnoreCase("league") || !tags.get(t).startsWith("NNP")) {
      return false;
    }
    String before = t > 0 ? lemmas.get(t - 1).toLowerCase(Locale.ROOT) : "";
    String after = t + 1 < lemmas.size() ? lemmas.get(t + 1).toLowerCase(Locale.ROOT) : "";
    return POLITICAL_LEAGUES.contains(before) || after.equals("for") || after.equals("of");
  }

  /** The names before "League" of parties and alliances of states in the news. */
  static final Set<String> POLITICAL_LEAGUES = Set.of("arab", "awami", "muslim", "northern");

  /**
   * Whether an event is told as background from before the story: the trigger, or the noun or verb
   * it hangs on by a relative clause or complement, carries a past marker ("years ago", "last
   * year", "previous attempts") or a year before the story's ("since 1985", "the 1996 bombing").
   */
  private static boolean isHistorical(
      ParsedSentence s, DependencyGraph g, int t, @Nullable LocalDate docDate) {
    if (isPastPerfectMainClause(s, g, t)) {
      return true;
    }
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
                  // "pulled out of the talks in November last year in protest": the verb's time
                  || (depth == 0
                      && Pos.ofTag(s.tags[token]) == Pos.NOUN
                      && g.hasParentRelationStarting(token, "obl"))
              ? g.parent(token)
              : -1;
    }
    return false;
  }

  /**
   * "some 20 years after US and Nato troops invaded": a clause under "after" measured in years is
   * that long before what it is told beside.
   */
  private static boolean yearsAfter(ParsedSentence s, DependencyGraph g, int token) {
    boolean after = false;
    boolean years = false;
    for (int[] edge : g.children(token)) {
      String rel = s.relations[edge[1]];
      after |= rel.equals("mark") && s.lemmas[edge[0]].equalsIgnoreCase("after");
      years |= !rel.equals("mark") && isLongAgo(s, edge[0]);
    }
    return after && years;
  }

  /**
   * "Japan had imposed a similar ban in May 2003", "Prosecutors had accused the defendant": the
   * past perfect of a sentence's own main clause tells what came before the news. Not under a verb
   * of saying ("police said they had arrested three men"), where it is the news, shifted back.
   */
  private static boolean isPastPerfectMainClause(ParsedSentence s, DependencyGraph g, int t) {
    if (!s.tags[t].equals("VBN")) {
      return false;
    }
    boolean had = false;
    for (int[] edge : g.children(t)) {
      had |= s.relations[edge[1]].equals("aux") && s.words[edge[0]].equalsIgnoreCase("had");
    }
    int token = t;
    for (int depth = 0; had && token >= 0 && depth < MAX_CLAUSE_DEPTH; depth++) {
      if (g.hasParentRelationStarting(token, "ccomp")
          || g.hasParentRelationStarting(token, "parataxis")
          || g.hasParentRelationStarting(token, "advcl")
          || g.hasParentRelationStarting(token, "dep")) {
        return false;
      }
      token = g.parent(token);
    }
    return had;
  }

  /** How far up a clause chain {@link #isPastPerfectMainClause} looks for a verb of saying. */
  private static final int MAX_CLAUSE_DEPTH = 6;

  private static boolean isMonth(ParsedSentence s, int token) {
    if (!s.tags[token].startsWith("NNP")) {
      return false;
    }
    String name = s.lemmas[token].toUpperCase(Locale.ROOT);
    return java.util.Arrays.stream(java.time.Month.values()).anyMatch(m -> m.name().equals(name));
  }

  private static boolean isTimeNoun(ParsedSentence s, int token) {
    String lemma = s.lemmas[token].toLowerCase(Locale.ROOT);
    return isMonth(s, token)
        || lemma.equals("year")
        || lemma.equals("decade")
        || lemma.equals("month")
        || lemma.equals("week")
        || lemma.equals("past")
        || s.tags[token].equals("CD");
  }

  private static boolean marksThePast(
      ParsedSentence s, DependencyGraph g, int token, @Nullable LocalDate docDate) {
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
      DependencyGraph g,
      DocumentContext doc,
      Trigger trigger,
      List<EventMention> mentions) {
    int t = trigger.token;
    int[] roles =
        trigger.actorToken >= 0
            ? new int[] {trigger.actorToken, -1, trigger.actorToken, -1}
            : RoleFiller.roleTokens(s, g, trigger);
    if (doneByNature(s, trigger, roles[2])
        || doneByAThing(s, g, doc, trigger)
        || doneToOneself(s, g, trigger)) {
      return;
    }
    List<Role> actors = roleFiller.resolve(s, g, doc, roles[0], 0);
    actors.forEach(r -> r.onlyFills |= roles[0] != roles[2]);
    if (actors.stream().allMatch(r -> r.onlyFills) && doneByNature(s, trigger, -1)) {
      return; // "two others injured when their car was hit by an avalanche"
    }
    if (actors.isEmpty()) {
      actors = roleFiller.speakerOrPronoun(s, g, doc, trigger, roles[0]);
    }
    List<Role> targets = roleFiller.recipients(s, g, doc, trigger, roles[3]);
    if (targets.isEmpty() && roles[1] != roles[3]) {
      targets = roleFiller.recipients(s, g, doc, trigger, roles[1]);
      targets.forEach(r -> r.onlyFills = true);
    }
    Role location = roleFiller.locationOf(s, g, doc, trigger, true);
    Role directPlace =
        roleFiller.locationOf(s, g, doc, trigger, false); // decides if there is an event
    if (trigger.entry.type.equals("MOBILIZE")) {
      // "sending 3,000 troops": the forces moved are what is mobilised, not a recipient.
      targets.removeIf(r -> r.type.equals(Agents.AGENT));
    }
    if ("SEIZE".equals(trigger.entry.fineType)
        && directPlace == null
        && targets.stream().noneMatch(Role::isPlace)
        && !takesAPlaceNoun(s, g, t)) {
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
    if (roles[2] < 0 && lacksItsActor(g, trigger, targets)) {
      return; // no one agrees, meets or yields: "children were consulted" ("talks in Qatar" are)
    }
    boolean nominalRole = unnamedParticipant(s, g, trigger, roles, directPlace);
    EventDates.EventDate date = dates.date(s, t, doc.timexes, doc.docDate);
    // "France and Germany agreed": each conjunct acts, as each conjunct of the target is one.
    List<Role> actorsOrNone = actors.isEmpty() ? java.util.Collections.singletonList(null) : actors;
    addMentions(mentions, s, doc, trigger, actorsOrNone, targets, location, nominalRole, date);
    EventLexicon.Entry other = otherHalfOfASentence(s, g, trigger);
    if (other != null) {
      addMentions(
          mentions, s, doc, trigger.as(other), actorsOrNone, targets, location, nominalRole, date);
    }
  }

  /** Nouns of a prison term: "sentenced to 16 years in prison", "jailed for seven months". */
  static final Set<String> PRISON_TERMS =
      Set.of("prison", "jail", "year", "month", "week", "life", "term", "imprisonment");

  /**
   * The codebook's second code of a court sentence: a sentence or conviction to a prison term is
   * SANCTION convict and COERCE arrest ("sentenced to 16 years in prison"), and a jailing for a
   * term is a conviction too ("was jailed for seven months"). Null for a sentence with no prison
   * ("sentenced to death") or a jailing with no term (an arrest).
   */
  private static EventLexicon.@Nullable Entry otherHalfOfASentence(
      ParsedSentence s, DependencyGraph g, Trigger trigger) {
    if (trigger.pos != Pos.VERB) {
      return null;
    }
    boolean convicts =
        trigger.entry.type.equals("SANCTION") && "convict".equals(trigger.entry.mode);
    boolean jails = trigger.entry.type.equals("COERCE") && "arrest".equals(trigger.entry.mode);
    String prep = convicts ? "obl:to" : "obl:for";
    for (int[] edge : g.children(trigger.token)) {
      if ((convicts || jails)
          && s.relations[edge[1]].equals(prep)
          && PRISON_TERMS.contains(singularLemma(s, edge[0]))) {
        return convicts
            ? trigger.entry.as("COERCE", "arrest")
            : trigger.entry.as("SANCTION", "convict");
      }
    }
    return null;
  }

  /**
   * Whether a verb whose type needs an actor names none: "children were consulted" is no meeting.
   * An agentless passive of support that names whom it supports is praise by someone left unsaid:
   * "Blair was praised abroad".
   */
  private static boolean lacksItsActor(DependencyGraph g, Trigger trigger, List<Role> targets) {
    // "Blair was praised abroad"; "a prisoner was denied a leave": whom it is done to is written
    boolean doneToOne =
        (trigger.entry.type.equals("SUPPORT")
                || (trigger.entry.type.equals("REJECT") && g.child(trigger.token, "obj") >= 0))
            && g.child(trigger.token, "nsubj:pass") >= 0
            && targets.stream().anyMatch(r -> r != null && !r.isPlace());
    return trigger.pos == Pos.VERB && NEEDS_ACTOR.contains(trigger.entry.type) && !doneToOne;
  }

  /**
   * One mention per actor, target and place of a trigger's event: "France and Germany agreed" has
   * two actors, "bombings at U.S. embassies in Kenya and Tanzania" two places. A target that is a
   * place is where, when nothing else says, unless the event is only addressed to it ({@link
   * #happensAtTarget}).
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
                  : target != null
                          && target.isPlace()
                          && !target.ownerOfAgent
                          && happensAtTarget(trigger)
                      ? target
                      : null;
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
   * Types whose recipient is someone addressed: a statement, demand, threat, rejection, backing or
   * penalty aimed at a state or its capital, wherever the actor stands.
   */
  private static final Set<String> ADDRESSED_TO_THE_RECIPIENT =
      Set.of("ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT", "SANCTION");

  /**
   * Whether the event's recipient, when it is a place, is also where the event happened. PLOVER's
   * location is where the event occurred: a town attacked, seized or withdrawn from, a meeting or
   * visit where the host is. A state accused, urged, threatened or sanctioned is whom the event is
   * directed at, not where it took place ("Russia accused Georgia", "Italy will urge Israel").
   */
  static boolean happensAtTarget(Trigger trigger) {
    return !ADDRESSED_TO_THE_RECIPIENT.contains(trigger.entry.type);
  }

  /**
   * Whether an event with no named or agent participant still happened: a participant that is a
   * common noun or a pronoun acts ("Rival sides deployed heavy artillery") or a common noun or a
   * person's pronoun is acted on ("civilians were killed", "he was gunned down"), or an event noun
   * has a place ("heavy fighting in Kandahar"). A verb with only a place is none ("a fire broke out
   * at Mina, forcing an evacuation"), nor is an event noun beside a natural force.
   */
  private static boolean unnamedParticipant(
      ParsedSentence s, DependencyGraph g, Trigger trigger, int[] roles, @Nullable Role location) {
    // "Fighting raged in Lashkar Gah": a gerund subject is an event noun too.
    boolean eventNoun =
        trigger.pos == Pos.NOUN
            || (s.tags[trigger.token].equals("VBG")
                && g.hasParentRelationStarting(trigger.token, "nsubj"));
    return RoleFiller.isNominal(s, roles[2])
        || (RoleFiller.isNominal(s, roles[3])
            && (!s.tags[roles[3]].startsWith("PRP")
                || RoleFiller.PERSONAL_PRONOUNS.contains(
                    s.lemmas[roles[3]].toLowerCase(Locale.ROOT))))
        || (location != null && eventNoun && !mentionsNaturalForce(s))
        || (trigger.pos == Pos.NOUN
            && g.hasParentRelationStarting(trigger.token, "nsubj")
            && PHASE_VERBS.contains(s.lemmas[g.parent(trigger.token)].toLowerCase(Locale.ROOT)));
  }

  /** Verbs that tell an event noun's phase: "six-nation talks began here Monday". */
  static final Set<String> PHASE_VERBS =
      Set.of("begin", "start", "open", "resume", "continue", "end", "close", "conclude");

  /**
   * Whether a natural force is the actor, or an ASSAULT without actor stands beside one: "Two
   * people were killed when their car was hit by an avalanche".
   */
  private static boolean doneByNature(ParsedSentence s, Trigger trigger, int actor) {
    if (actor >= 0) {
      String lemma = s.lemmas[actor].toLowerCase(Locale.ROOT);
      // "A passenger bus drove off a cliff, killing 45 people": an accident, unless a bomb is told
      return NATURAL_FORCES.contains(lemma)
          || (VEHICLES.contains(lemma)
              && trigger.entry.type.equals("ASSAULT")
              && java.util.Arrays.stream(s.lemmas)
                  .noneMatch(l -> VIOLENT_CUES.contains(l.toLowerCase(Locale.ROOT))));
    }
    Integer quad = Plover.quadClass(trigger.entry.type);
    return quad != null && quad == 4 && mentionsNaturalForce(s);
  }

  /**
   * Whether the subject of a violent verb is a thing that does no violence: "Oil prices shot above
   * 61 dollars", "Talks broke down", "each new massacre hammers a wedge", "The campaign will target
   * television". Someone, something named, or a weapon or attack can; a common noun of neither kind
   * means another sense of the verb. A thing that threatens ("fishing threatened the ecosystem") is
   * a danger, whatever it is.
   */
  private boolean doneByAThing(
      ParsedSentence s, DependencyGraph g, DocumentContext doc, Trigger trigger) {
    boolean threat = trigger.entry.type.equals("THREATEN");
    if (!(trigger.entry.type.equals("ASSAULT") || threat) || trigger.pos != Pos.VERB) {
      return false;
    }
    int subject = g.child(trigger.token, "nsubj");
    boolean commonNoun =
        subject >= 0
            && (s.tags[subject].equals("NN")
                || s.tags[subject].equals("NNS")
                || (threat && s.tags[subject].equals("VBG")));
    if (!commonNoun) {
      return false;
    }
    if (isSomeone(s, doc, subject) || DIRECTIONS.matcher(s.lemmas[subject]).matches()) {
      return false; // "southeast of Pekalongan, a convoy clashed": a misparse, not a thing
    }
    for (int[] edge : g.children(subject)) {
      String rel = s.relations[edge[1]];
      if ((rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:of"))
          && isSomeone(s, doc, edge[0])) {
        return false; // "a breakaway rebel faction", "a convoy of PPP supporters"
      }
    }
    // "unregulated fishing threatened the ecosystem", "the dispute threatens supplies": a danger,
    // not a threat someone makes
    return threat
        || (!VIOLENT_CAUSES.contains(singularLemma(s, subject))
            && !NATURAL_FORCES.contains(s.lemmas[subject].toLowerCase(Locale.ROOT)));
  }

  private boolean isSomeone(ParsedSentence s, DocumentContext doc, int noun) {
    String lemma = s.lemmas[noun].toLowerCase(Locale.ROOT);
    Entity entity = RoleFiller.entityAt(s, doc, noun);
    return (entity != null && Role.ROLE_TYPES.contains(entity.getType()))
        || namesPeople(s, noun)
        || (PERSON_ENDINGS.matcher(lemma).find() && !NOT_PERSONS.contains(lemma));
  }

  /** Whether a common noun names people: an agent noun ("troops") or a person noun ("warlord"). */
  private boolean namesPeople(ParsedSentence s, int noun) {
    String lemma = s.lemmas[noun].toLowerCase(Locale.ROOT);
    // The tagger leaves a capitalised plural unreduced: "Islamists", "Kurds".
    String singular = unreducedSingular(lemma, s.tags[noun].equals("NNPS") ? "NNS" : s.tags[noun]);
    return agents.isAgent(lemma)
        || (singular != null && agents.isAgent(singular))
        || PERSON_NOUNS.contains(singular != null ? singular : lemma);
  }

  /** Nouns of people the agent dictionary has no sector for: "the former warlord murdered". */
  static final Set<String> PERSON_NOUNS =
      Set.of(
          "man",
          "woman",
          "boy",
          "girl",
          "child",
          "youth",
          "person",
          "people",
          "warlord",
          "suspect",
          "family",
          "resident",
          "student",
          "president",
          "opponent",
          "leader",
          "chief",
          "lord",
          "neighbour",
          "neighbor",
          "relative",
          "friend",
          "husband",
          "wife",
          "son",
          "daughter",
          "father",
          "mother",
          "brother",
          "sister",
          "side",
          "group",
          "faction",
          "team",
          "unit");

  /** Endings of nouns that name someone who does something: attacker, terrorist, assailant. */
  private static final java.util.regex.Pattern PERSON_ENDINGS =
      java.util.regex.Pattern.compile("(er|or|ist|man|men|ian|ant|ee)$");

  /** Nouns with those endings that name no one. */
  static final Set<String> NOT_PERSONS =
      Set.of(
          "disaster",
          "number",
          "water",
          "paper",
          "order",
          "sector",
          "factor",
          "center",
          "centre",
          "matter",
          "letter",
          "quarter",
          "border",
          "power",
          "tower",
          "weather",
          "cancer",
          "fever",
          "error",
          "terror",
          "horror",
          "rumor",
          "rumour",
          "humor",
          "summer",
          "winter",
          "manner",
          "banner",
          "chapter",
          "corridor",
          "minor",
          "plan",
          "ban",
          "scan",
          "span",
          "trade-off");

  private static final java.util.regex.Pattern DIRECTIONS =
      java.util.regex.Pattern.compile("(?i)(north|south)?-?(east|west)?(ern)?|north|south");

  /** "seized control of a key Somali township": a place named by a common noun changes hands. */
  private static boolean takesAPlaceNoun(ParsedSentence s, DependencyGraph g, int verb) {
    int object = g.childStarting(verb, "obj", "nsubj:pass");
    if (object >= 0 && !PLACE_NOUNS.contains(s.lemmas[object].toLowerCase(Locale.ROOT))) {
      object = g.child(object, "nmod:of");
    }
    return object >= 0 && PLACE_NOUNS.contains(s.lemmas[object].toLowerCase(Locale.ROOT));
  }

  /** Common nouns of places that can be taken. */
  static final Set<String> PLACE_NOUNS =
      Set.of(
          "town",
          "township",
          "city",
          "village",
          "district",
          "province",
          "region",
          "port",
          "airport",
          "base",
          "capital",
          "territory",
          "stronghold",
          "headquarters",
          "garrison",
          "island",
          "hill",
          "bridge",
          "crossing",
          "airfield",
          "outpost");

  /** "tried to hang himself", "killed himself": harm to oneself is no attack on anyone. */
  private static boolean doneToOneself(ParsedSentence s, DependencyGraph g, Trigger trigger) {
    int object = g.child(trigger.token, "obj");
    return trigger.entry.type.equals("ASSAULT")
        && object >= 0
        && s.tags[object].equals("PRP")
        && s.words[object].toLowerCase(Locale.ROOT).endsWith("self");
  }

  /** Things that kill, wound or strike: weapons, attacks, the machines that carry them. */
  static final Set<String> VIOLENT_CAUSES =
      Set.of(
          "bomb",
          "blast",
          "explosion",
          "explosive",
          "device",
          "attack",
          "violence",
          "clash",
          "fighting",
          "fight",
          "battle",
          "war",
          "gunfire",
          "fire",
          "shot",
          "shell",
          "shelling",
          "rocket",
          "missile",
          "mortar",
          "grenade",
          "mine",
          "landmine",
          "bullet",
          "strike",
          "airstrike",
          "raid",
          "bombing",
          "shooting",
          "ambush",
          "assault",
          "offensive",
          "operation",
          "incident",
          "unrest",
          "riot",
          "weapon",
          "gun",
          "artillery",
          "tank",
          "helicopter",
          "plane",
          "aircraft",
          "jet",
          "warplane",
          "drone",
          "ship",
          "boat",
          "vessel",
          "round",
          "barrage",
          "crossfire",
          "car",
          "truck",
          "vehicle",
          "convoy",
          "unit",
          "patrol",
          "crowd",
          "mob",
          "gang",
          "attacker",
          "assailant",
          "bomber",
          "killer",
          "squad",
          "force",
          "army",
          "navy",
          "military",
          "troop",
          "security",
          "uprising",
          "insurgency",
          "gas",
          "poison",
          "knife",
          "machete",
          "stone",
          "rock",
          "arson");

  /** "opened fire", "returned fire", "under fire", "an exchange of fire": shooting, no blaze. */
  private static boolean isGunfire(ParsedSentence s, int t) {
    return t > 0
        && s.lemmas[t].equalsIgnoreCase("fire")
        && GUNFIRE_WORDS.contains(s.lemmas[t - 1].toLowerCase(Locale.ROOT));
  }

  static final Set<String> GUNFIRE_WORDS =
      Set.of("open", "return", "exchange", "trade", "under", "of", "hold", "cease");

  private static boolean mentionsNaturalForce(ParsedSentence s) {
    for (int t = 0; t < s.size(); t++) {
      // A noun only: "was heating soup when he was gunned down" names no heat wave.
      if (s.tags[t].startsWith("NN")
          && NATURAL_FORCES.contains(s.lemmas[t].toLowerCase(Locale.ROOT))
          && !isGunfire(s, t)) {
        return true;
      }
      if (s.lemmas[t].equalsIgnoreCase("collide")) {
        return true; // "killed when a truck and a tractor collided": a road accident
      }
    }
    return false;
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
}
