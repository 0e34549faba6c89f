package org.eventwire.events;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.eventwire.events.EventExtractor.DocumentContext;
import org.eventwire.events.EventLexicon.Pos;
import org.eventwire.records.Entity;

/**
 * Fills an event's roles from a sentence's dependency graph: which tokens head its actor and
 * recipient, the named entities, agent nouns and pronouns they stand for, and where it happened.
 * {@link EventExtractor} decides whether a trigger is an event at all; this class only says who and
 * where.
 */
final class RoleFiller implements Serializable {
  private static final long serialVersionUID = 1L;

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
          "give",
          "tender",
          "submit",
          "offer",
          "voice",
          "express");

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
   * Pronouns that stand for people: one acted on is a participant ("he was gunned down", "arresting
   * him"), and one with no name standing for it is kept as the role as written ("he", "They"), the
   * gold convention; the resolver gives it the story's country only when the story leaves no doubt.
   * Not "it", which mostly stands for no one ("it was reported").
   */
  static final Set<String> PERSONAL_PRONOUNS =
      Set.of("he", "she", "him", "her", "they", "them", "we", "us", "i", "me");

  /** Verbs whose subject suffers an attack they are "in": "died in", "were wounded in". */
  static final Set<String> VICTIM_VERBS =
      Set.of("die", "perish", "kill", "wound", "injure", "hurt", "maim");

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

  /** Relative pronouns: as a clause's subject they stand for the noun the clause describes. */
  static final Set<String> RELATIVIZERS = Set.of("that", "which", "who");

  /** Types that judge or answer what someone did: criticism, rejection, backing, protest. */
  static final Set<String> REACTIONS = Set.of("ACCUSE", "REJECT", "SUPPORT", "PROTEST");

  /** Nouns of a journey whose "to" says where what happens on it happens. */
  static final Set<String> TRIP_NOUNS = Set.of("trip", "visit", "tour", "mission");

  /**
   * Nouns of what a body decides or issues: "protest against government policy" is against the
   * government, "the ICG's report endorsed" is the ICG's doing.
   */
  static final Set<String> POLICY_NOUNS =
      Set.of(
          "policy",
          "plan",
          "decision",
          "reform",
          "law",
          "report",
          "statement",
          "letter",
          "proposal",
          "resolution",
          "ruling");

  /** Words that head a part of a group named by their "of": "one of", "some of", "most of". */
  static final Set<String> PARTITIVES =
      Set.of("one", "some", "many", "most", "several", "all", "none", "each", "both", "few", "any");

  /**
   * Nouns of a body of people that say nothing of who they are: "a convoy of PPP supporters", "a
   * force of government and Ethiopian troops", "an association of retired generals", "the member
   * states of the OSCE", "the WTO's members" are whom their "of" or possessor names.
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
          "wing",
          "association",
          "coalition",
          "alliance",
          "majority",
          "state");

  private final Agents agents;

  RoleFiller(Agents agents) {
    this.agents = agents;
  }

  /**
   * The actor when its token names none: for a pronoun, the named speaker who reports it, else the
   * pronoun itself; for a passive without agent, a named speaker.
   */
  List<Role> speakerOrPronoun(
      ParsedSentence s, DependencyGraph g, DocumentContext doc, Trigger trigger, int actor) {
    int t = trigger.token;
    if (actor >= 0 && s.tags[actor].startsWith("PRP")) {
      List<Role> actors = reporter(s, g, doc, t);
      if (actors.isEmpty() && s.words[actor].equalsIgnoreCase("it")) {
        actors = nearestBefore(s, g, doc, actor);
      }
      return actors.isEmpty() ? pronoun(s, actor) : actors;
    }
    if (actor < 0
        && trigger.pos == Pos.VERB
        && g.child(t, "aux:pass") >= 0
        && !VICTIM_VERBS.contains(s.lemmas[t].toLowerCase(Locale.ROOT))) {
      // "Britain said 600 troops would be deployed", "the ministry said the governor had been
      // arrested": a named speaker of a passive without agent is the one who acts. Not of a
      // killing or wounding: "the army said two soldiers were killed" names the victims' side.
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
  private List<Role> nearestBefore(
      ParsedSentence s, DependencyGraph g, DocumentContext doc, int pronoun) {
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
      Role role = new Role(s.words[token], EventExtractor.PRONOUN);
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
  @Nullable Role locationOf(
      ParsedSentence s, DependencyGraph g, DocumentContext doc, Trigger trigger, boolean nested) {
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
   * The tokens heading the actor and the first recipient candidate of a trigger, then the actor and
   * recipient tokens as the rules that decide whether there is an event at all see them (the
   * support-verb, gerund and shared-object rules only name a role; they never make or drop an
   * event).
   */
  static int[] roleTokens(ParsedSentence s, DependencyGraph g, Trigger trigger) {
    int t = trigger.token;
    String lemma = s.lemmas[t].toLowerCase(Locale.ROOT);
    if (trigger.pos == Pos.NOUN) {
      int[] roles = nounRoleTokens(s, g, t, trigger.entry.type);
      return doneByPossessorOrHost(s, g, t, trigger.entry.type, roles);
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
    int reducedPassive = reducedPassiveSubject(s, g, t);
    if (reducedPassive >= 0) {
      // "Owens fined for spitting", "men snatched in a raid by gunmen", "left three soldiers
      // injured": the subject undergoes it, the by-phrase does it. The rules that decide whether
      // there is an event still see the subject as the parse gave it.
      int agent = g.childStarting(t, "obl:agent", "obl:by");
      return new int[] {agent, reducedPassive, reducedPassive, -1};
    }
    if (g.child(t, "nsubj:pass") >= 0 || g.child(t, "aux:pass") >= 0) {
      int agent = g.childStarting(t, "obl:agent", "obl:by");
      int patient = nearestPassiveSubject(s, g, t);
      return new int[] {agent, patient, agent, patient};
    }
    // "After touring the capital and meeting with police leaders": the first conjunct's subject.
    int clause = clauseWithSubject(g, t);
    int subject = g.childStarting(clause, "nsubj");
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
    if (before < 0
        && g.hasParentRelation(t, "xcomp")
        && EventExtractor.ASPECTUAL_VERBS.contains(
            s.lemmas[g.parent(t)].toLowerCase(Locale.ROOT))) {
      // "soldiers began shooting", "rebels kept firing": whoever begins or keeps doing it does it
      before = subject;
    }
    int object = g.childStarting(t, "obj", "dobj");
    int ownObject = object;
    if (object < 0) {
      object = sharedObject(s, g, t);
    }
    return new int[] {subject, object, before, ownObject};
  }

  /**
   * The passive subject nearest before the verb: "South of the capital, three more civilians were
   * killed", where the parser made the fronted place a second passive subject.
   */
  private static int nearestPassiveSubject(ParsedSentence s, DependencyGraph g, int verb) {
    int first = g.child(verb, "nsubj:pass");
    int nearest = first;
    for (int[] edge : g.children(verb)) {
      // conjoined subjects ("Bozlak and the other leaders were arrested") stay with the first,
      // as does any part of its phrase
      if (s.relations[edge[1]].equals("nsubj:pass")
          && edge[0] > nearest
          && edge[0] < verb
          && !g.parentRelation(edge[0]).startsWith("conj")
          && g.relationBetween(first, edge[0]) == null) {
        nearest = edge[0];
      }
    }
    return nearest;
  }

  /**
   * The object conjoined verbs share, written after the last: "interviewed and released one of two
   * men", "ambushed and shot dead a council member"; -1 if none.
   */
  private static int sharedObject(ParsedSentence s, DependencyGraph g, int verb) {
    if (g.hasParentRelationStarting(verb, "conj")) {
      int shared = g.childStarting(g.parent(verb), "obj", "dobj");
      return shared > verb ? shared : -1;
    }
    int next = g.childStarting(verb, "conj");
    return next > verb && s.tags[next].startsWith("VB") ? g.childStarting(next, "obj") : -1;
  }

  /**
   * Event types whose noun's possessor is, as often as not, whom it is done to ("his arrest", "the
   * president's trial", "the town's capture") or whose "at", "in" or "for" names a victim's or an
   * onlooker's place ("died in an attack", "police fired at a rally").
   */
  static final Set<String> UNDERGONE_TYPES = Set.of("ASSAULT", "COERCE", "SANCTION", "ACCUSE");

  /** Types of event nouns whose "between" names the parties that hold them together. */
  static final Set<String> MUTUAL_TYPES = Set.of("CONSULT", "ASSAULT");

  /** Prepositions through which a clause says which event its subject takes part in. */
  static final Set<String> TAKING_PART =
      Set.of("obl:for", "obl:in", "obl:at", "obl:on", "obl:during");

  /**
   * The actor of an event noun by rules that only fill a role: the possessor, for types whose
   * possessor does it ("Chernomyrdin's visit to Bratislava", "Moscow's request"); else the subject
   * of a clause that takes part in it ("At a summit with Roh, Yushchenko said", "pulled out of the
   * talks in protest", "paid a visit for talks with the king"). A verb of dying or of being hurt
   * says who suffered an event, not who did it.
   */
  private static int[] doneByPossessorOrHost(
      ParsedSentence s, DependencyGraph g, int t, String type, int[] roles) {
    if (UNDERGONE_TYPES.contains(type)) {
      return roles;
    }
    int poss = g.child(t, "nmod:poss");
    if (poss >= 0
        && !s.tags[poss].startsWith("PRP")
        && g.childStarting(t, "nmod:of", "nmod:by", "nmod:agent") < 0) {
      return new int[] {poss, -1, roles[2], roles[3]};
    }
    int host = g.parent(t);
    if (roles[0] < 0
        && host >= 0
        && Pos.ofTag(s.tags[host]) == Pos.VERB
        && TAKING_PART.contains(g.parentRelation(t))
        && !(type.equals("PROTEST") && g.parentRelation(t).equals("obl:at"))
        && !VICTIM_VERBS.contains(s.lemmas[host].toLowerCase(Locale.ROOT))) {
      return new int[] {g.childStarting(host, "nsubj"), roles[1], roles[2], roles[3]};
    }
    return roles;
  }

  /** {@link #roleTokens} of an event noun. */
  private static int[] nounRoleTokens(ParsedSentence s, DependencyGraph g, int t, String type) {
    int actor = g.childStarting(t, "nmod:by", "nmod:agent");
    if (actor < 0 && MUTUAL_TYPES.contains(type)) {
      // "talks between Solana and Primakov", "clashes between Kurds and Turks": the parties are
      // all actors, as the codebook has it for meetings ("an alliance between" is a state).
      actor = g.childStarting(t, "nmod:between");
    }
    if (actor < 0 && g.hasParentRelation(t, "obl:after")) {
      // "Putin said Friday after a telephone discussion with Yushchenko": who speaks after a
      // meeting took part in it.
      actor = g.childStarting(g.parent(t), "nsubj");
    }
    int poss = g.child(t, "nmod:poss");
    int of = g.childStarting(t, "nmod:of");
    if (actor < 0 && of >= 0 && poss >= 0) {
      // "the Taliban's capture of Ghazni": the possessor did it.
      actor = poss;
    }
    boolean hosted = actor < 0 && g.hasParentRelation(t, "obl:on", "obl:during");
    if (hosted) {
      // "paid tribute on a visit to East Africa": the visit is the subject's.
      actor = g.childStarting(g.parent(t), "nsubj");
    }
    if (actor < 0 && takesEventNoun(s, g, t)) {
      // "opened new peace talks", "pushed ahead with their investigation": a verb that only
      // carries an event noun lends it its subject.
      actor = subjectOf(g, g.parent(t));
    }
    int before = actor;
    if (hosted && VICTIM_VERBS.contains(s.lemmas[g.parent(t)].toLowerCase(Locale.ROOT))) {
      // "a candidate died during a clash": who dies in it is whom it was on (a recipient), not
      // who fought it; whether there is an event is still decided as before.
      actor = -1;
    }
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
  private static int fillSubject(
      ParsedSentence s, DependencyGraph g, int t, int clause, int subject) {
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
                && Pos.ofTag(s.tags[g.parent(clause)]) == Pos.VERB))) {
      // "he said, accusing Washington", "After touring the capital and meeting with police
      // leaders, the FBI chief said", "Lawyers filed a brief arguing ...": a gerund clause without
      // subject is its main clause's subject's doing.
      return g.childStarting(g.parent(clause), "nsubj");
    } else if (subject < 0
        && g.hasParentRelation(clause, "acl:to")
        && s.tags[g.parent(clause)].startsWith("NN")) {
      // "the CBI's plans to prosecute the chief minister", "a decision by pilots to extend the
      // strike": a clause that completes a noun is the doing of whoever the noun is.
      int owner = g.childStarting(g.parent(clause), "nmod:by", "nmod:agent", "nmod:poss");
      return owner >= 0 && !s.tags[owner].startsWith("PRP") ? owner : subject;
    } else if (subject < 0
        && g.hasParentRelation(clause, "advcl:to")
        && s.tags[clause].equals("VB")
        && Pos.ofTag(s.tags[g.parent(clause)]) == Pos.VERB) {
      // "Satcher led a team of specialists to Africa to help victims": a purpose clause without
      // subject is the doing of its main clause's subject.
      return g.childStarting(g.parent(clause), "nsubj");
    }
    return subject >= 0 ? antecedent(s, g, clause, subject) : subject;
  }

  /**
   * What a relative pronoun the parse left as a clause's subject stands for; the subject itself
   * when it is no such pronoun.
   */
  private static int antecedent(ParsedSentence s, DependencyGraph g, int clause, int subject) {
    if (RELATIVIZERS.contains(s.lemmas[subject].toLowerCase(Locale.ROOT))
        && g.hasParentRelation(clause, "dep", "acl:relcl", "ccomp")
        && s.tags[g.parent(clause)].startsWith("NN")) {
      // "an influential US report that urged Washington": when the parse leaves the relative
      // pronoun as the subject (a content clause's "that" is never one), the noun the clause
      // describes is who acts.
      return g.parent(clause);
    }
    if (s.tags[subject].startsWith("W") && subject < clause) {
      // "ruled by the Yemeni Socialist Party (YSP) which boycotted the elections": a relative
      // pronoun the parse left as the subject of a clause it hung on a verb stands for the noun
      // written just before it.
      int noun = nounBefore(s, subject);
      return noun >= 0 ? noun : subject;
    }
    return subject;
  }

  /**
   * The noun written just before a token, over commas and brackets ("the Party (YSP) which"); -1
   * when a word of another kind or a dash stands between: "it is the spirits -- not the soldiers --
   * who" sets aside what the dashes enclose.
   */
  private static int nounBefore(ParsedSentence s, int token) {
    for (int j = token - 1; j >= 0; j--) {
      if (s.tags[j].startsWith("NN")) {
        return j;
      }
      if (!s.words[j].equals(",") && !s.tags[j].equals("-RRB-")) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether a noun is the object of a support verb ("forge an accord", "issued a directive"). */
  private static boolean objectOfSupportVerb(ParsedSentence s, DependencyGraph g, int noun) {
    int verb = g.parent(noun);
    return verb >= 0
        && g.hasParentRelation(noun, "obj", "dobj")
        && Pos.ofTag(s.tags[verb]) == Pos.VERB
        && SUPPORT_VERBS.contains(s.lemmas[verb].toLowerCase(Locale.ROOT));
  }

  /**
   * Who a bare past participle beside a clause happens to: that clause's subject ("Arrested on
   * Monday, the leader was charged"; "was sent for trial, accused of passing secrets"); -1 when the
   * participle has a subject or auxiliary of its own, or is no such adjunct. A participle that
   * describes a noun is left alone: "the poll released on Thursday" names no one released.
   */
  private static int participleUndergoer(ParsedSentence s, DependencyGraph g, int t) {
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
        && Pos.ofTag(s.tags[head]) == Pos.VERB) {
      int subject = g.child(head, "nsubj:pass");
      return subject >= 0 ? subject : g.childStarting(head, "nsubj");
    }
    return -1;
  }

  /**
   * The subject of a past participle that has no auxiliary and no object: a passive without its
   * "be", as headlines and small clauses write it ("Owens fined for spitting", "left three soldiers
   * injured"), or as a parse makes of a reduced relative ("30 men snatched by gunmen"). An active
   * verb in the past tense is tagged VBD, or keeps its object when the tagger errs. -1 when the
   * participle is no such passive.
   */
  static int reducedPassiveSubject(ParsedSentence s, DependencyGraph g, int t) {
    if (!s.tags[t].equals("VBN")
        || g.childStarting(t, "obj", "dobj", "iobj") >= 0
        || g.childStarting(t, "ccomp", "xcomp") >= 0) {
      return -1;
    }
    // "has interviewed and released one of two men": a conjunct shares its first conjunct's
    // auxiliary (and subject) without an edge of its own; "welcomed the talks and called for"
    // shares the tense of a first conjunct in the past.
    int clause = t;
    for (int step = 0; step < 4; step++) {
      if (g.childStarting(clause, "aux") >= 0
          || (clause != t && !s.tags[clause].equals("VBN") && s.tags[clause].startsWith("VB"))) {
        return -1;
      }
      if (!g.hasParentRelationStarting(clause, "conj")) {
        break;
      }
      clause = g.parent(clause);
    }
    int subject = g.childStarting(t, "nsubj");
    // Only a participant undergoes it: a name, a pronoun or people counted ("30 men"), or any
    // subject when a by-phrase says who did it ("coalition troops backed by Afghan soldiers");
    // "UN sanctions imposed last year" names what was imposed, and whose they are.
    boolean participant =
        subject >= 0
            && (g.childStarting(t, "obl:agent", "obl:by") >= 0
                || s.tags[subject].startsWith("PRP")
                || s.tags[subject].startsWith("NNP")
                || s.tags[subject].equals("CD")
                || g.child(subject, "nummod") >= 0);
    return participant ? subject : -1;
  }

  /**
   * Whether an event noun is the object (or the "with" of "pushed ahead with") of a verb that only
   * carries it: "carried out an attack", "opened talks", "pressed on with the offensive".
   */
  private static boolean takesEventNoun(ParsedSentence s, DependencyGraph g, int noun) {
    int verb = g.parent(noun);
    if (verb < 0 || Pos.ofTag(s.tags[verb]) != Pos.VERB) {
      return false;
    }
    String lemma = s.lemmas[verb].toLowerCase(Locale.ROOT);
    if (lemma.equals("have")) {
      // "had talks with Rice", "we had a two-hour meeting": a meeting held; not "have the support
      // of" (a state) nor "can have a meeting" (a wish)
      return s.tags[verb].equals("VBD")
          && g.hasParentRelation(noun, "obj")
          && MEETING_NOUNS.contains(s.lemmas[noun].toLowerCase(Locale.ROOT));
    }
    return g.hasParentRelation(noun, "obj", "obl:with") && EVENT_NOUN_VERBS.contains(lemma);
  }

  /**
   * The clause a verb takes its subject from: the verb's own, else the conjunct it is joined to,
   * climbing while none has a subject. A parse may join a token to itself ("conj:and(died, died)"),
   * so the climb takes a few steps at most.
   */
  static int clauseWithSubject(DependencyGraph g, int verb) {
    int clause = verb;
    for (int step = 0;
        step < 4
            && g.childStarting(clause, "nsubj") < 0
            && g.hasParentRelationStarting(clause, "conj");
        step++) {
      clause = g.parent(clause);
    }
    return clause;
  }

  /**
   * A verb's subject, or its first conjunct's ("opened talks and criticised the minister"), or, for
   * a clause that completes a noun, the noun's agent ("a decision by pilots to extend a strike",
   * "the union's decision to extend the strike").
   */
  private static int subjectOf(DependencyGraph g, int verb) {
    int clause = clauseWithSubject(g, verb);
    int subject = g.childStarting(clause, "nsubj");
    if (subject < 0 && g.hasParentRelation(clause, "acl:to")) {
      subject = g.childStarting(g.parent(clause), "nmod:by", "nmod:agent", "nmod:poss");
    }
    return subject;
  }

  /**
   * Who the event is done to: the object (or passive subject, or the "of" of an event noun), else
   * the possessor or agent of the object ("Turkey's efforts", "attacks by militias"), else a
   * recipient by preposition ("to X", "with X", "against X", "on X") or indirect object, else the
   * subject of a governed event ("demanded that the ministry supply").
   */
  List<Role> recipients(
      ParsedSentence s, DependencyGraph g, DocumentContext doc, Trigger trigger, int direct) {
    List<Role> targets = objectRoles(s, g, doc, trigger, direct);
    if (targets.isEmpty()) {
      targets = whomTheTripMeets(s, g, doc, trigger);
    }
    for (int i = 0; i < RECIPIENT_RELATIONS.size() && targets.isEmpty(); i++) {
      int token = g.child(trigger.token, RECIPIENT_RELATIONS.get(i));
      if (!isWhatItWasDoneFor(s, g, token)) {
        targets = resolve(s, g, doc, token, 0);
      }
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
      targets = whomItIsFor(s, g, doc, trigger, direct);
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
        if (targets.isEmpty() && site >= 0 && sectorOf(s, site) != null) {
          targets = resolve(s, g, doc, site, 0);
          targets.forEach(
              r -> {
                r.onlyFills = true;
                r.ownerOfAgent = true;
              });
        }
      }
    }
    return targets.isEmpty() ? recipientsOfItsNouns(s, g, doc, trigger, direct) : targets;
  }

  /** Nouns of talks, whose "with" names the other party. */
  static final Set<String> TALK_NOUNS =
      Set.of("talk", "talks", "meeting", "discussion", "consultation", "negotiation", "summit");

  /** Nouns of a meeting or a journey ({@link #TRIP_NOUNS}) that a verb of travel can be "for". */
  static final Set<String> MEETING_NOUNS = unionOf(TALK_NOUNS, TRIP_NOUNS);

  private static Set<String> unionOf(Set<String> a, Set<String> b) {
    Set<String> union = new LinkedHashSet<>(a);
    union.addAll(b);
    return Set.copyOf(union);
  }

  /**
   * "arrived in Paris for talks with Chirac", "headed for Jordan for talks with King Hussein",
   * "arrived for a visit to Singapore": a journey's meeting is with whom the talks are with, else
   * with the state visited, not with the town the traveller heads for.
   */
  private List<Role> whomTheTripMeets(
      ParsedSentence s, DependencyGraph g, DocumentContext doc, Trigger trigger) {
    List<Role> parties = new ArrayList<>();
    if (trigger.pos != Pos.VERB
        || !trigger.entry.type.equals("CONSULT")
        || g.childStarting(trigger.token, "obl:with") >= 0) {
      return parties; // "on his trip to Iran, met with Khamenei": whom the verb meets
    }
    for (int[] edge : g.children(trigger.token)) {
      String rel = s.relations[edge[1]];
      int noun = edge[0];
      if (parties.isEmpty()
          && (rel.equals("obl:for") || rel.equals("obl:on"))
          && MEETING_NOUNS.contains(s.lemmas[noun].toLowerCase(Locale.ROOT))) {
        parties = resolve(s, g, doc, g.childStarting(noun, "nmod:with"), 0);
        if (parties.isEmpty()) {
          parties = resolve(s, g, doc, g.childStarting(noun, "nmod:to"), 0);
        }
      }
    }
    return parties;
  }

  /**
   * "fined for assaulting photographer", parsed as a photographer described by "assaulting": a
   * "for" that gives the reason names whom the deed was done to, not whom the trigger is aimed at.
   */
  private static boolean isWhatItWasDoneFor(ParsedSentence s, DependencyGraph g, int token) {
    if (token < 0 || !g.hasParentRelation(token, "obl:for", "nmod:for")) {
      return false;
    }
    for (int[] edge : g.children(token)) {
      if (s.relations[edge[1]].equals("amod") && s.tags[edge[0]].equals("VBG")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Recipients that the nouns around the trigger name: the other party of a governed noun, whom a
   * thing given is for, whose deed a feeling is about, a count of people harmed, a visit's host;
   * else a pronoun object.
   */
  private List<Role> recipientsOfItsNouns(
      ParsedSentence s, DependencyGraph g, DocumentContext doc, Trigger trigger, int direct) {
    List<Role> targets = partyToTheGovernedNoun(s, g, doc, trigger);
    if (targets.isEmpty() && direct >= 0) {
      // "approved a credit for Pakistan to help reconstruction": whom the thing given is for.
      targets = resolve(s, g, doc, forToSubject(s, g, direct, 0), 0);
      targets.forEach(r -> r.onlyFills = true);
    }
    if (targets.isEmpty() && REACTIONS.contains(trigger.entry.type)) {
      targets = whoseDoingItIsAbout(s, g, doc, trigger, direct);
    }
    if (targets.isEmpty() && direct >= 0 && isCountedVictim(s, g, trigger, direct)) {
      targets.add(new Role(agentPhrase(s, g, direct), Agents.AGENT));
    }
    if (targets.isEmpty()) {
      targets = hostOfArrival(s, g, doc, trigger);
    }
    // "the election commission barred him": a pronoun object is the recipient as written.
    return targets.isEmpty() ? pronoun(s, direct) : targets;
  }

  /**
   * "agreed to talks with Mobutu", "agreed on a ceasefire with the rebels": the other party of the
   * noun the verb governs by a preposition.
   */
  private List<Role> partyToTheGovernedNoun(
      ParsedSentence s, DependencyGraph g, DocumentContext doc, Trigger trigger) {
    List<Role> parties = new ArrayList<>();
    if (trigger.pos != Pos.VERB) {
      return parties;
    }
    for (String rel : List.of("obl:to", "obl:on")) {
      int noun = g.child(trigger.token, rel);
      if (parties.isEmpty() && noun >= 0) {
        parties = resolve(s, g, doc, g.childStarting(noun, "nmod:with"), 0);
      }
    }
    parties.forEach(r -> r.onlyFills = true);
    return parties;
  }

  /**
   * "expressed dismay at the military's breakdown in discipline", "concern over Iran's programme":
   * a judgement aimed at a deed is aimed at whoever the deed is, as for a judged object.
   */
  private List<Role> whoseDoingItIsAbout(
      ParsedSentence s, DependencyGraph g, DocumentContext doc, Trigger trigger, int direct) {
    int about = g.childStarting(trigger.token, "obl:over", "obl:about");
    if (about < 0 && g.hasChild(trigger.token, "compound:prt", Set.of("out"))) {
      about = g.child(trigger.token, "obl:at"); // "lashed out at a reporter", "hit out at"
    }
    if (about < 0 && direct >= 0) {
      about = g.childStarting(direct, "nmod:over", "nmod:about");
      if (about < 0 && FEELINGS.contains(s.lemmas[direct].toLowerCase(Locale.ROOT))) {
        about = g.child(direct, "nmod:at"); // "expressed dismay at"; "violence at Rafah" is a place
      }
    }
    if (about < 0 || VENUES.contains(s.lemmas[about].toLowerCase(Locale.ROOT))) {
      return new ArrayList<>();
    }
    List<Role> judged = resolve(s, g, doc, about, 0);
    if (judged.isEmpty()
        && DEEDS_DONE_TO_THEIR_OF.contains(s.lemmas[about].toLowerCase(Locale.ROOT))) {
      // "outrage at the murder of a newspaper chief" is not aimed at the victim
      judged = resolve(s, g, doc, g.childStarting(about, "nmod:poss", "nmod:by", "nmod:agent"), 0);
    } else if (judged.isEmpty()) {
      judged = ownerOfObject(s, g, doc, trigger, about);
    }
    judged.removeIf(r -> r.type.equals("LOCATION") || r.type.equals("CITY"));
    judged.forEach(r -> r.onlyFills = true);
    return judged;
  }

  /** Nouns of a feeling whose "at" names what it is about: "dismay at", "anger at". */
  static final Set<String> FEELINGS =
      Set.of(
          "dismay",
          "concern",
          "anger",
          "outrage",
          "disappointment",
          "regret",
          "displeasure",
          "indignation",
          "frustration",
          "alarm",
          "shock",
          "unease",
          "worry",
          "fury",
          "irritation",
          "satisfaction",
          "pleasure",
          "delight",
          "surprise");

  /** Occasions at which something is said or raised, not what it is about. */
  static final Set<String> VENUES =
      Set.of(
          "meeting",
          "conference",
          "summit",
          "session",
          "talk",
          "talks",
          "rally",
          "ceremony",
          "hearing",
          "forum",
          "gathering",
          "briefing");

  /** Deeds whose "of" names whom they were done to, not who did them. */
  static final Set<String> DEEDS_DONE_TO_THEIR_OF =
      Set.of(
          "murder",
          "killing",
          "assassination",
          "death",
          "arrest",
          "detention",
          "abduction",
          "kidnapping",
          "execution",
          "imprisonment",
          "jailing",
          "shooting",
          "torture",
          "treatment");

  /** Verbs whose counted object is people: "wounded 34 seminarists", "kidnapped two engineers". */
  static final Set<String> HARM_VERBS =
      Set.of(
          "kill",
          "wound",
          "injure",
          "hurt",
          "maim",
          "murder",
          "execute",
          "behead",
          "shoot",
          "abduct",
          "kidnap",
          "torture",
          "massacre",
          "assassinate",
          "arrest",
          "detain");

  /**
   * Whether the noun harmed is a count of people the agent list does not know ("34 seminarists were
   * wounded"): a plural with a number under a verb that only harms people or animals.
   */
  private static boolean isCountedVictim(
      ParsedSentence s, DependencyGraph g, Trigger trigger, int noun) {
    return trigger.pos == Pos.VERB
        && HARM_VERBS.contains(s.lemmas[trigger.token].toLowerCase(Locale.ROOT))
        && s.tags[noun].equals("NNS")
        && g.child(noun, "nummod") >= 0;
  }

  /**
   * "Segolene Royal arrived in Israel": the codebook's visit is to the country it names, which is
   * also where it happens ("arrived in Paris for talks with Chirac" is with Chirac).
   */
  private List<Role> hostOfArrival(
      ParsedSentence s, DependencyGraph g, DocumentContext doc, Trigger trigger) {
    if (!trigger.entry.type.equals("CONSULT")
        || !ARRIVING_VERBS.contains(s.lemmas[trigger.token].toLowerCase(Locale.ROOT))
        || g.child(trigger.token, "obl:for") >= 0) {
      return new ArrayList<>();
    }
    List<Role> hosts = resolve(s, g, doc, g.child(trigger.token, "obl:in"), 0);
    hosts.forEach(r -> r.onlyFills = true);
    return hosts;
  }

  /** Nouns of a state's envoys, whose "to" names the state they are sent to. */
  static final Set<String> ENVOYS = Set.of("ambassador", "envoy", "diplomat", "consul", "emissary");

  /** Verbs of a visit's arrival, whose "in" names the host. */
  static final Set<String> ARRIVING_VERBS = Set.of("arrive", "land");

  /** Whom the object names, else whose it is ({@link #ownerOfObject}). */
  private List<Role> objectRoles(
      ParsedSentence s, DependencyGraph g, DocumentContext doc, Trigger trigger, int direct) {
    if (direct >= 0 && ENVOYS.contains(s.lemmas[direct].toLowerCase(Locale.ROOT))) {
      // "Iran recalled its ambassador to New Zealand": the recall is aimed at the country the
      // envoy is sent to, not at the envoy (the parse hangs the "to" on either).
      int to = g.child(direct, "nmod:to");
      List<Role> host = resolve(s, g, doc, to >= 0 ? to : g.child(trigger.token, "obl:to"), 0);
      if (!host.isEmpty()) {
        return host;
      }
    }
    List<Role> targets = resolve(s, g, doc, direct, 0);
    if (trigger.entry.type.equals("MOBILIZE")) {
      // "will send paramilitary troops to Bihar": the forces moved are what is mobilised; whom
      // or where it is aimed at is named by a preposition.
      targets.removeIf(r -> r.type.equals(Agents.AGENT));
    }
    return targets.isEmpty() && direct >= 0 ? ownerOfObject(s, g, doc, trigger, direct) : targets;
  }

  /**
   * Whose the object is when it names no one itself: its possessor or "of" ("Turkey's efforts"),
   * or, for a judgement of a deed, whoever did the deed ("denounced attacks by Arab militias",
   * "dismissed a report by the panel"): the judgement is aimed at the doer, not at whom the deed
   * was done to.
   */
  private List<Role> ownerOfObject(
      ParsedSentence s, DependencyGraph g, DocumentContext doc, Trigger trigger, int direct) {
    List<Role> owners = resolve(s, g, doc, g.childStarting(direct, "nmod:poss", "nmod:of"), 0);
    int doer = g.childStarting(direct, "nmod:by", "nmod:agent");
    if (doer >= 0 && REACTIONS.contains(trigger.entry.type)) {
      List<Role> doers = resolve(s, g, doc, doer, 0);
      return doers.isEmpty() ? owners : doers;
    }
    return owners;
  }

  /**
   * "called for the resignation of a high-ranking politician": whose going is asked for is whom the
   * request is aimed at; "approved a credit for Pakistan": whom aid is for receives it.
   */
  private List<Role> whomItIsFor(
      ParsedSentence s, DependencyGraph g, DocumentContext doc, Trigger trigger, int direct) {
    int asked = g.child(trigger.token, "obl:for");
    if (trigger.entry.type.equals("REQUEST") && asked >= 0) {
      int whose = g.childStarting(asked, "nmod:of", "nmod:poss");
      List<Role> targets = resolve(s, g, doc, whose, 0);
      if (targets.isEmpty() && whose >= 0) {
        // "called for a review of the government's policy": whose the reviewed thing is
        targets = resolve(s, g, doc, g.child(whose, "nmod:poss"), 0);
      }
      targets.forEach(r -> r.onlyFills = true);
      return targets;
    }
    if (trigger.entry.type.equals("AID") && direct >= 0) {
      return resolve(s, g, doc, g.child(direct, "nmod:for"), 0);
    }
    return new ArrayList<>();
  }

  /**
   * The subject of a clause introduced by "for ... to" under a token, through clausal complements
   * and adverbial clauses, two levels deep; -1 when there is none.
   */
  private static int forToSubject(ParsedSentence s, DependencyGraph g, int token, int depth) {
    if (depth > 2) {
      return -1;
    }
    for (int[] edge : g.children(token)) {
      String rel = s.relations[edge[1]];
      if (!rel.equals("ccomp")
          && !rel.equals("xcomp")
          && !rel.startsWith("advcl")
          && !rel.startsWith("acl")) {
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

  /**
   * The first place attached to a token by a locative preposition, skipping one child; with {@code
   * nested}, a site that is no place (a home, an embassy) gives the place it is in.
   */
  private @Nullable Role placeAttachedTo(
      ParsedSentence s,
      DependencyGraph g,
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
  private List<Role> reporter(
      ParsedSentence s, DependencyGraph g, DocumentContext doc, int trigger) {
    int governor = g.parent(trigger);
    if (governor >= 0
        && g.hasParentRelation(trigger, "ccomp")
        && EventLexicon.REPORTING_VERBS.contains(s.lemmas[governor].toLowerCase(Locale.ROOT))) {
      return resolve(s, g, doc, g.childStarting(governor, "nsubj"), 0);
    }
    return new ArrayList<>();
  }

  /**
   * The named entities a role token stands for: the entity it is part of; for a place noun or a
   * nationality-marked noun, the place or nationality named beside it ("the cities of Ghazni and
   * Herat", "Afghanistan's third-largest city, Herat", "Pakistani forces"); and every conjunct.
   */
  List<Role> resolve(
      ParsedSentence s, DependencyGraph g, DocumentContext doc, int token, int depth) {
    List<Role> roles = new ArrayList<>();
    if (token < 0 || depth > 4) {
      return roles;
    }
    Entity entity = entityAt(s, doc, token);
    if (entity != null && Role.ROLE_TYPES.contains(entity.getType())) {
      roles.add(new Role(withTitle(s, g, entity, token), entity.getType()));
      if (depth == 0 || g.hasParentRelation(token, "nmod:of")) {
        roles.addAll(listedAfter(s, doc, entity));
      }
    } else if (!s.tags[token].startsWith("PRP")) {
      boolean placeNoun = PLACE_NOUNS.contains(s.lemmas[token].toLowerCase(Locale.ROOT));
      for (int[] edge : g.children(token)) {
        String rel = s.relations[edge[1]];
        boolean namesIt =
            rel.equals("appos")
                || rel.equals("compound")
                || (placeNoun && rel.equals("nmod:of"))
                || nameAfterTitle(s, doc, token, edge[0], rel);
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
      if (roles.isEmpty()
          && (Pos.ofTag(s.tags[token]) == Pos.NOUN || adjectiveAsNoun(s, g, token))) {
        String sector = sectorOf(s, token);
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
   * Whether an adjective stands for the people it describes: "urged the public", "evacuated the
   * wounded" (the tagger calls them adjectives; they head the argument and take the article).
   */
  private static boolean adjectiveAsNoun(ParsedSentence s, DependencyGraph g, int token) {
    if (!s.tags[token].equals("JJ")) {
      return false;
    }
    int det = g.child(token, "det");
    return det >= 0
        && s.lemmas[det].equalsIgnoreCase("the")
        && (g.hasParentRelationStarting(token, "nsubj")
            || g.hasParentRelationStarting(token, "obj")
            || g.hasParentRelationStarting(token, "iobj")
            || g.hasParentRelationStarting(token, "obl")
            || g.hasParentRelationStarting(token, "nmod"));
  }

  /**
   * Whether a child the parse left loosely attached ("dep") is the name of the person a title noun
   * stands for, written right after it: "Lower Saxony's regional premier Christian Wulff", where
   * the title, not the name, became the subject.
   */
  private static boolean nameAfterTitle(
      ParsedSentence s, DocumentContext doc, int title, int child, String rel) {
    if (!rel.equals("dep") || title + 1 >= s.size() || child <= title) {
      return false;
    }
    Entity name = entityAt(s, doc, child);
    return name != null
        && name.getType().equals("PERSON")
        && name.getBegin() == s.tokenBegin[title + 1];
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
  private static String withTitle(ParsedSentence s, DependencyGraph g, Entity entity, int token) {
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

  private static boolean isPartitive(ParsedSentence s, int token) {
    String lemma = s.lemmas[token].toLowerCase(Locale.ROOT);
    return s.tags[token].equals("CD") || PARTITIVES.contains(lemma) || COLLECTIVES.contains(lemma);
  }

  /**
   * The nationality or possessor naming a noun: "Pakistani forces", "Burma's military authorities",
   * "the foreign ministers of Poland"; a possessor only when the noun names an agent (not "Turkey's
   * capital").
   */
  private List<Role> namedModifiers(
      ParsedSentence s, DependencyGraph g, DocumentContext doc, int token) {
    List<Role> roles = new ArrayList<>();
    for (int[] edge : g.children(token)) {
      Entity modifier = entityAt(s, doc, edge[0]);
      String rel = s.relations[edge[1]];
      if (modifier == null || !Role.ROLE_TYPES.contains(modifier.getType())) {
        continue;
      }
      String lemma = s.lemmas[token].toLowerCase(Locale.ROOT);
      if ((rel.equals("amod") && modifier.getType().equals("NATIONALITY"))
          || ((rel.equals("nmod:poss") || rel.equals("nmod:of")) && sectorOf(s, token) != null)
          || (rel.equals("nmod:poss") && POLICY_NOUNS.contains(lemma))
          || (rel.equals("nmod:poss") && COLLECTIVES.contains(lemma))) {
        // "the ICG's new report endorsed", "rejected the UN's plan": what a body issues or
        // decides is its doing; "the WTO's 149 members opened talks": its members are the body.
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

  /**
   * The sector of an agent noun: by its lemma, else, for a plural the lemmatizer leaves as written
   * ("troops" stays "troops"), by its singular.
   */
  private @Nullable String sectorOf(ParsedSentence s, int token) {
    String sector = agents.sectorOf(s.lemmas[token]);
    String singular = EventExtractor.unreducedSingular(s.lemmas[token], s.tags[token]);
    return sector == null && singular != null ? agents.sectorOf(singular) : sector;
  }

  /** An agent noun with the modifiers just before it: "the opposition leader", "riot police". */
  private static String agentPhrase(ParsedSentence s, DependencyGraph g, int token) {
    int first = token;
    boolean extended = true;
    while (extended && first > 0) {
      extended = false;
      for (int[] edge : g.children(token)) {
        String rel = s.relations[edge[1]];
        // a verb the parser hung on the noun is no part of its name: "sending military advisers"
        if (edge[0] == first - 1
            && (rel.equals("compound") || rel.equals("amod"))
            && (!s.tags[edge[0]].startsWith("VB") || s.tags[edge[0]].equals("VBN"))) {
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

  static @Nullable Entity entityAt(ParsedSentence s, DocumentContext doc, int token) {
    int begin = s.tokenBegin[token];
    for (Entity e : doc.entities) {
      if (e.getBegin() <= begin && begin < e.getEnd()) {
        return e;
      }
    }
    return null;
  }

  /** Whether a token is a noun, a number or a pronoun: something that can stand in a role. */
  static boolean isNominal(ParsedSentence s, int token) {
    return token >= 0
        && (s.tags[token].startsWith("NN")
            || s.tags[token].equals("CD")
            || s.tags[token].startsWith("PRP"));
  }
}
