package org.eventwire.events;

import java.util.Locale;
import java.util.Set;

/**
 * Where a trigger stands in its sentence: in the main predication (or what a verb reports, or
 * another main clause joined to it), or in a clause or phrase that only tells background. News
 * sentences report one happening and hang on it what was before it, who someone is and what someone
 * wants; an event word in those parts is no event the sentence reports.
 */
enum ClauseStanding {
  /** The main predication, a clause joined to it, or a complement it reports or governs. */
  MAIN,
  /** A relative clause: "settlers who killed a Palestinian", "a town the army retook". */
  RELATIVE_CLAUSE,
  /**
   * An adverbial clause of what came long before, or of what has not happened yet or only may:
   * "since they began their offensive", "before Washington will ease its embargo", "until the army
   * withdraws". Not "after", "when" nor "because": wire stories tell the day's news in those
   * ("after the Security Council imposed sanctions", "when troops opened fire").
   */
  BACKGROUND_CLAUSE,
  /**
   * An event noun in a phrase of time, cause or source: "after a suicide bombing", "over the
   * bombing", "fuelled by the alleged assault".
   */
  BACKGROUND_PHRASE,
  /**
   * A complement of wanting, being able or being expected: "wants to ban travel", "was able to
   * collaborate", "was expected to arrive" tell a wish or a capacity, no happening.
   */
  UNREALISED_COMPLEMENT,
  /**
   * A gerund under a preposition of cause, content or prevention: "faces the death penalty for
   * murdering four people", "accused it of marching the country to war", "kept them from
   * attacking", "warned against striking". Not "by" nor "in": a means ("violated the embargo by
   * flying pilgrims") is done.
   */
  PREPOSITIONAL_GERUND;

  /** Prepositions whose gerund is a cause, a content or what was kept from happening. */
  static final Set<String> GERUND_PREPOSITIONS = Set.of("for", "of", "from", "without", "against");

  /**
   * Nouns of an incident that a relative clause tells: "the blasts which killed scores", "violence
   * in which a bodyguard was killed", "the bomb that killed Tueni" report the incident itself.
   */
  static final Set<String> INCIDENT_NOUNS =
      Set.of(
          "violence",
          "blast",
          "bomb",
          "explosion",
          "incident",
          "attack",
          "shooting",
          "ambush",
          "raid",
          "clash",
          "fighting",
          "unrest",
          "riot",
          "operation",
          "offensive",
          "bombing");

  /** Subordinators of adverbial clauses of what came long before, or has not happened yet. */
  static final Set<String> BACKGROUND_SUBORDINATORS =
      Set.of(
          "since", "before", "once", "until", "unless", "while", "although", "though", "whereas");

  /** Prepositions whose event noun is a time, cause or source for the main happening. */
  static final Set<String> BACKGROUND_PREPOSITIONS =
      Set.of("after", "following", "since", "before", "over", "agent", "amid", "despite");

  /** Adverbs whose "of"/"to" phrase names what is still to come: ahead of, prior to. */
  static final Set<String> AHEAD_WORDS = Set.of("ahead", "prior");

  /**
   * Predicates whose "to" complement is only wished, able or expected: the happening in it is not
   * reported.
   */
  static final Set<String> UNREALISING_PREDICATES =
      Set.of(
          "expect",
          "try",
          "attempt",
          "able",
          "unable",
          "willing",
          "unwilling",
          "ready",
          "free",
          "eager",
          "keen",
          "help");

  /** How many edges up the walk goes at most (enhanced++ graphs may hold cycles). */
  private static final int MAX_DEPTH = 8;

  /**
   * The standing of a trigger token. {@code isTrigger} says which tokens trigger events: a
   * complement of an event verb is the verb's business, not a wish.
   */
  static ClauseStanding of(ParsedSentence s, DependencyGraph g, int trigger, boolean[] isTrigger) {
    int token = trigger;
    if (EventLexicon.Pos.ofTag(s.tags[trigger]) == EventLexicon.Pos.NOUN) {
      String rel = g.parentRelation(trigger);
      int colon = rel.indexOf(':');
      if ((rel.startsWith("obl:") || rel.startsWith("nmod:"))
          && BACKGROUND_PREPOSITIONS.contains(rel.substring(colon + 1))) {
        return BACKGROUND_PHRASE;
      }
      int head = g.parent(trigger);
      if (head >= 0 && rel.startsWith("obl:") && AHEAD_WORDS.contains(lemma(s, head))) {
        return BACKGROUND_PHRASE; // "ahead of a meeting", "prior to the talks": still to come
      }
      token = g.parent(trigger);
    }
    for (int depth = 0; token >= 0 && depth < MAX_DEPTH; depth++) {
      int head = g.parent(token);
      if (head < 0) {
        return MAIN;
      }
      String rel = g.parentRelation(token);
      if (rel.equals("acl:relcl")
          && !isTrigger[head]
          && !INCIDENT_NOUNS.contains(lemma(s, head))
          && !isVerblessRoot(s, g, head, token)) {
        return RELATIVE_CLAUSE;
      }
      if (s.tags[token].equals("VBG")
          && rel.indexOf(':') > 0
          && GERUND_PREPOSITIONS.contains(rel.substring(rel.indexOf(':') + 1))) {
        return PREPOSITIONAL_GERUND;
      }
      if (rel.startsWith("advcl")
          && g.markedBy(token, BACKGROUND_SUBORDINATORS)
          && !isContrast(s, g, token)) {
        return BACKGROUND_CLAUSE;
      }
      if (rel.equals("xcomp")
          && !isTrigger[head]
          && UNREALISING_PREDICATES.contains(lemma(s, head))) {
        return UNREALISED_COMPLEMENT;
      }
      token = head;
    }
    return MAIN;
  }

  /** Subordinators that may set a second piece of news beside the first. */
  static final Set<String> CONTRAST_SUBORDINATORS = Set.of("while", "whereas");

  /**
   * Whether a "while" clause sets another party's act beside the main one ("Bachelet defended her
   * decision, while the international community lamented that he escaped justice") rather than
   * telling when it happened ("while visiting Paris", "while he was travelling"): a verb of its own
   * in a past tense, with its own subject, not in the progressive. A present tense ("while the
   * United States recognizes South Korea") tells how things stand.
   */
  private static boolean isContrast(ParsedSentence s, DependencyGraph g, int clause) {
    if (!g.markedBy(clause, CONTRAST_SUBORDINATORS) || g.childStarting(clause, "nsubj") < 0) {
      return false;
    }
    if (s.tags[clause].equals("VBD")) {
      return true;
    }
    if (!s.tags[clause].equals("VBN")) {
      return false;
    }
    boolean past = false;
    for (int[] edge : g.children(clause)) {
      if (s.relations[edge[1]].startsWith("aux")) {
        if (s.tags[edge[0]].equals("VBG") || s.tags[edge[0]].equals("MD")) {
          return false; // "while they were being questioned", "while it would be seized"
        }
        past |= s.tags[edge[0]].equals("VBD") || lemma(s, edge[0]).equals("have");
      }
    }
    return past;
  }

  /**
   * Whether a noun is the whole sentence's root with no copula: a news sentence has a main verb, so
   * a relative clause on such a root is the parser having taken the main clause for one ("An
   * abortion foe who is the subject of a manhunt was charged with murder").
   */
  private static boolean isVerblessRoot(
      ParsedSentence s, DependencyGraph g, int noun, int relativeClause) {
    if (EventLexicon.Pos.ofTag(s.tags[noun]) != EventLexicon.Pos.NOUN
        || g.child(noun, "cop") >= 0) {
      return false;
    }
    // enhanced++ adds edges from the relative clause's verb to the noun it modifies; any other
    // parent makes the noun part of a larger clause
    for (int e = 0; e < s.relations.length; e++) {
      if (s.dependents[e] == noun && s.governors[e] != relativeClause) {
        return false;
      }
    }
    return true;
  }

  private static String lemma(ParsedSentence s, int token) {
    return s.lemmas[token].toLowerCase(Locale.ROOT);
  }
}
