package org.eventwire.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.eventwire.events.EventLexicon.Pos;

/**
 * What a statement does when the verb of saying is no event word itself: "said the crackdown is
 * illegal" disapproves (the codebook's ACCUSE: express disapproval, condemn, criticise), "said the
 * British proposal was still untenable" rejects it, "said the EU countries must do more" asks them
 * to. News reports most criticism, rejection and appeals this way, as a judgement or an obligation
 * put in someone's mouth, not with "criticised" or "urged".
 */
final class Statements {
  private Statements() {}

  /** Verbs that report what someone said. */
  static final Set<String> SAYING_VERBS =
      Set.of("say", "tell", "add", "state", "declare", "insist", "argue", "write");

  /**
   * Judgements that disapprove of what they are said of: "is illegal", "an unacceptable boom", or
   * the speaker's own dismay at it ("was deeply disappointed by the verdict").
   */
  static final Set<String> DISAPPROVING_WORDS =
      Set.of(
          "illegal",
          "illegally",
          "unlawful",
          "unlawfully",
          "illegitimate",
          "unconstitutional",
          "undemocratic",
          "unacceptable",
          "absurd",
          "selfish",
          "outrageous",
          "scandalous",
          "shameful",
          "disgraceful",
          "deplorable",
          "irresponsible",
          "unjust",
          "unfair",
          "ridiculous",
          "intolerable",
          "provocative",
          "hypocritical",
          "arrogant",
          "racist",
          "discriminatory",
          "reckless",
          "cynical",
          "barbaric",
          "cowardly",
          "heinous",
          "despicable",
          "inhuman",
          "inhumane",
          "immoral",
          "biased",
          "disappointed",
          "dismayed",
          "appalled",
          "outraged",
          "incensed");

  /** Nouns that disapprove when they are what something is said to be: "was a violation". */
  static final Set<String> DISAPPROVING_NOUNS =
      Set.of(
          "violation",
          "travesty",
          "farce",
          "insult",
          "provocation",
          "disgrace",
          "outrage",
          "scandal",
          "mistake",
          "terrorism");

  /** Verbs that disapprove when they are what someone is said to do: "violated Fed rules". */
  static final Set<String> DISAPPROVING_VERBS =
      Set.of("violate", "undermine", "sabotage", "obstruct", "flout");

  /** Judgements that turn down a proposal or a charge they are said of: "is still untenable". */
  static final Set<String> REJECTING_WORDS =
      Set.of("untenable", "unacceptable", "baseless", "groundless", "unfounded", "inadmissible");

  /** What can be proposed or charged, and so turned down. */
  static final Set<String> PROPOSALS =
      Set.of(
          "proposal",
          "plan",
          "offer",
          "demand",
          "deal",
          "condition",
          "term",
          "draft",
          "resolution",
          "idea",
          "suggestion",
          "charge",
          "accusation",
          "allegation",
          "claim",
          "report",
          "budget",
          "proposition",
          "ultimatum");

  /** Verbs that name what something is: "called the vote a farce", "described it as illegal". */
  static final Set<String> NAMING_VERBS = Set.of("call", "describe", "term", "label", "dub");

  /** Verbs of reacting, which disapprove when done in anger: "reacted furiously to the fire". */
  static final Set<String> REACTING_VERBS = Set.of("react", "respond");

  /** Manners of reacting that disapprove. */
  static final Set<String> ANGRY_MANNERS =
      Set.of("angrily", "furiously", "sharply", "indignantly", "bitterly", "harshly");

  /** Auxiliaries that put an obligation on the subject: "must do more", "should go". */
  static final Set<String> OBLIGATION_AUX = Set.of("must", "should", "ought");

  /** Subjects an obligation binds the speaker's own side to, or no one: "we must", "it should". */
  static final Set<String> NO_ADDRESSEE =
      Set.of("i", "we", "it", "this", "that", "there", "which", "what", "who");

  /** Relations that stay inside the clause said: its parts, not clauses of their own. */
  private static final List<String> CLAUSE_PARTS =
      List.of("advmod", "amod", "obj", "xcomp", "nsubj", "nsubj:pass", "conj");

  /**
   * The trigger a verb of saying makes of what it reports, or null: ACCUSE for a disapproving
   * judgement, REJECT for a proposal judged untenable, REQUEST for an obligation put on someone
   * ({@code namesSomeone} tells whether a noun names a party a role can hold). The judged party, or
   * the one obliged, is the trigger's recipient when the statement names no other.
   */
  static @Nullable Trigger of(
      ParsedSentence s,
      DependencyGraph g,
      int verb,
      EventLexicon lexicon,
      IntPredicate namesSomeone) {
    String lemma = s.lemmas[verb].toLowerCase(Locale.ROOT);
    if (NAMING_VERBS.contains(lemma) || REACTING_VERBS.contains(lemma)) {
      return disapprovingNamingOrReaction(s, g, verb, lemma, lexicon);
    }
    List<Integer> clauses;
    int speaker = -1;
    if (lemma.equals("quote")) {
      // "quoted a senior official as saying ...", "was quoted as saying ...": the one quoted
      // speaks, not the paper that quotes.
      clauses = quotedClauses(s, g, verb);
      speaker = g.child(verb, "obj");
      speaker = speaker >= 0 ? speaker : g.child(verb, "nsubj:pass");
    } else if (SAYING_VERBS.contains(lemma)) {
      int head = g.parent(verb);
      if (head >= 0 && s.lemmas[head].equalsIgnoreCase("quote")) {
        return null; // "quoted X as saying": the quoting codes it, with X as the speaker
      }
      clauses = saidClauses(s, g, verb);
    } else {
      return null;
    }
    String typeWord = null;
    int subject = -1;
    for (int clause : clauses) {
      if (typeWord != null || isNegated(g, clause) || g.markedBy(clause, Set.of("if", "whether"))) {
        continue;
      }
      subject = g.childStarting(clause, "nsubj");
      if (obliges(g, clause) && subject >= 0 && addressable(s, subject, namesSomeone)) {
        typeWord = "urge";
      } else if (mustBeDone(s, g, clause, subject)) {
        typeWord = "urge"; // "insisted that UN sanctions must be lifted": asked of whoever can
      } else if (rejectsAProposal(s, g, clause, subject)) {
        typeWord = "reject";
      } else if (disapproves(s, g, clause)) {
        typeWord = "criticize";
      }
    }
    if (typeWord == null) {
      return null;
    }
    EventLexicon.Entry entry = lexicon.match(typeWord, Pos.VERB, Set.of(), Map.of());
    if (entry == null) {
      return null;
    }
    Trigger trigger = new Trigger(verb, Pos.VERB, lemma, entry);
    trigger.embeddedSubject = subject;
    trigger.actorToken = speaker;
    return trigger;
  }

  /**
   * What "quoted X as saying" reports: the clause under "saying", or the clause the parser hung
   * "saying" on as a mere word ("quoted an official as saying the socialists were too selfish").
   */
  private static List<Integer> quotedClauses(ParsedSentence s, DependencyGraph g, int quote) {
    List<Integer> clauses = new java.util.ArrayList<>();
    for (int[] edge : g.children(quote)) {
      String rel = s.relations[edge[1]];
      if (!rel.startsWith("advcl")
          && !rel.startsWith("obl")
          && !rel.equals("dep")
          && !rel.equals("xcomp")) {
        continue;
      }
      int clause = edge[0];
      if (s.lemmas[clause].equalsIgnoreCase("say")) {
        clauses.addAll(saidClauses(s, g, clause));
      } else if (g.hasChild(clause, "discourse", Set.of("say"))
          || g.hasChild(clause, "mark", Set.of("say"))
          || g.hasChild(clause, "advcl", Set.of("say"))) {
        clauses.add(clause);
      }
    }
    return clauses;
  }

  /**
   * ACCUSE disapprove for naming something with a disapproving word ("called the vote illegal",
   * "described the ruling as a travesty"), aimed at what is named, or for reacting in anger.
   */
  private static @Nullable Trigger disapprovingNamingOrReaction(
      ParsedSentence s, DependencyGraph g, int verb, String lemma, EventLexicon lexicon) {
    boolean disapproves = false;
    int named = g.child(verb, "obj");
    if (NAMING_VERBS.contains(lemma)) {
      // "called the murder an act of terrorism": the parse makes the murder the name's subject
      int name = g.childStarting(verb, "xcomp", "obl:as", "advcl:as");
      named = named < 0 && name >= 0 ? g.childStarting(name, "nsubj") : named;
      disapproves =
          name >= 0
              && named >= 0
              && (DISAPPROVING_WORDS.contains(s.lemmas[name].toLowerCase(Locale.ROOT))
                  || judgingNoun(s, g, name));
    } else if (REACTING_VERBS.contains(lemma)) {
      disapproves = g.hasChild(verb, "advmod", ANGRY_MANNERS);
    }
    EventLexicon.Entry entry =
        disapproves ? lexicon.match("criticize", Pos.VERB, Set.of(), Map.of()) : null;
    if (entry == null) {
      return null;
    }
    Trigger trigger = new Trigger(verb, Pos.VERB, lemma, entry);
    trigger.embeddedSubject = named;
    return trigger;
  }

  /** Whether a sentence's lemmas (lower case) may hold a statement {@link #of} codes. */
  static boolean mayJudge(Set<String> lemmas) {
    if (!java.util.Collections.disjoint(lemmas, REACTING_VERBS)
        && !java.util.Collections.disjoint(lemmas, ANGRY_MANNERS)) {
      return true;
    }
    if (java.util.Collections.disjoint(lemmas, SAYING_VERBS)
        && java.util.Collections.disjoint(lemmas, NAMING_VERBS)
        && !lemmas.contains("quote")) {
      return false;
    }
    for (Set<String> words :
        List.of(
            DISAPPROVING_WORDS,
            DISAPPROVING_NOUNS,
            DISAPPROVING_VERBS,
            REJECTING_WORDS,
            OBLIGATION_AUX)) {
      if (!java.util.Collections.disjoint(lemmas, words)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The clauses a verb of saying reports: its complements ("said that it was illegal", "said it
   * would be absurd", each of "said they are making progress but must do more"), or the clause it
   * is put after ("It is illegal, the ICJ said", which the parser hangs the other way round).
   */
  static List<Integer> saidClauses(ParsedSentence s, DependencyGraph g, int verb) {
    List<Integer> clauses = new java.util.ArrayList<>();
    for (int[] edge : g.children(verb)) {
      String rel = s.relations[edge[1]];
      if (rel.equals("ccomp")
          || rel.equals("parataxis")
          || (rel.equals("xcomp") && g.child(edge[0], "cop") >= 0)) {
        clauses.add(edge[0]);
      }
    }
    if (g.hasParentRelation(verb, "parataxis")) {
      clauses.add(g.parent(verb));
    }
    return clauses;
  }

  private static boolean isNegated(DependencyGraph g, int clause) {
    return g.hasChild(clause, "advmod", EventExtractor.NEGATORS)
        || g.hasChild(clause, "neg", EventExtractor.NEGATORS)
        || g.hasChild(clause, "det", EventExtractor.NEGATORS);
  }

  private static boolean obliges(DependencyGraph g, int clause) {
    return g.hasChild(clause, "aux", OBLIGATION_AUX);
  }

  /**
   * A passive "must" of a deed: "sanctions must be lifted", "our existence must be recognized"
   * (what "should be" done is as often a forecast or an opinion; "must be seen as" a judgement).
   */
  private static boolean mustBeDone(ParsedSentence s, DependencyGraph g, int clause, int subject) {
    return subject < 0
        && g.child(clause, "nsubj:pass") >= 0
        && g.hasChild(clause, "aux", Set.of("must"))
        && !VIEWING_VERBS.contains(s.lemmas[clause].toLowerCase(Locale.ROOT));
  }

  /** Verbs of how something is seen, whose "must be" judges rather than asks. */
  static final Set<String> VIEWING_VERBS =
      Set.of("see", "view", "regard", "consider", "treat", "understand", "interpret", "judge");

  private static boolean addressable(ParsedSentence s, int subject, IntPredicate namesSomeone) {
    return !NO_ADDRESSEE.contains(s.lemmas[subject].toLowerCase(Locale.ROOT))
        && namesSomeone.test(subject);
  }

  private static boolean rejectsAProposal(
      ParsedSentence s, DependencyGraph g, int clause, int subject) {
    return subject >= 0
        && g.child(clause, "cop") >= 0
        && REJECTING_WORDS.contains(s.lemmas[clause].toLowerCase(Locale.ROOT))
        && PROPOSALS.contains(EventExtractor.singularLemma(s, subject));
  }

  /** Whether the clause, or a part of it that is no clause of its own, judges with disapproval. */
  private static boolean disapproves(ParsedSentence s, DependencyGraph g, int clause) {
    String head = s.lemmas[clause].toLowerCase(Locale.ROOT);
    Pos pos = Pos.ofTag(s.tags[clause]);
    if (DISAPPROVING_WORDS.contains(head)
        || (pos == Pos.VERB && DISAPPROVING_VERBS.contains(head))
        || (pos == Pos.NOUN
            && g.child(clause, "cop") >= 0
            && g.childStarting(clause, "csubj") < 0 // a misparse: the clause is no judgement of it
            && judgingNoun(s, g, clause))) {
      return true;
    }
    for (int[] edge : g.children(clause)) {
      if (!CLAUSE_PARTS.contains(s.relations[edge[1]])) {
        continue;
      }
      int part = edge[0];
      if (DISAPPROVING_WORDS.contains(s.lemmas[part].toLowerCase(Locale.ROOT))
          && !s.relations[edge[1]].startsWith("nsubj")) {
        return true; // "is being sold illegally", "would be 'absurd' and was doomed"
      }
      for (int[] inner : g.children(part)) {
        if (s.relations[inner[1]].equals("amod")
            && DISAPPROVING_WORDS.contains(s.lemmas[inner[0]].toLowerCase(Locale.ROOT))) {
          return true; // "fuelling an 'unacceptable' boom"
        }
      }
    }
    return false;
  }

  /** "was a violation", "an act of terrorism". */
  private static boolean judgingNoun(ParsedSentence s, DependencyGraph g, int noun) {
    if (DISAPPROVING_NOUNS.contains(s.lemmas[noun].toLowerCase(Locale.ROOT))) {
      return true;
    }
    int of = g.child(noun, "nmod:of");
    return of >= 0 && DISAPPROVING_NOUNS.contains(s.lemmas[of].toLowerCase(Locale.ROOT));
  }
}
