package org.eventwire.events;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.eventwire.records.Timex;

/**
 * The day an event happened, and where that day came from: a date expression on the trigger or its
 * clause ({@link #TIMEX}); one elsewhere in the sentence, or in the sentences before it when the
 * text refers back to an event it has dated ({@link #TIMEX_CONTEXT}); the document date ({@link
 * #DOC_DATE}); or none ({@link #NONE}), also when the text puts the event at another time than a
 * day ("last year's offensive", "in 1995", "had attacked"). Pure: the same sentence, expressions
 * and document date always give the same date.
 */
public final class EventDates implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String TIMEX = "TIMEX";
  public static final String TIMEX_CONTEXT = "TIMEX_CONTEXT";
  public static final String DOC_DATE = "DOC_DATE";
  public static final String NONE = "NONE";

  /** Which rules date an event. */
  public enum Rule {
    /**
     * As before issue 19: a single-day expression attached to the trigger or its governing verb,
     * else the document date.
     */
    TRIGGER_OR_DOC_DATE,
    /**
     * The expression on the trigger or its clause, else one elsewhere in the sentence or carried
     * from the sentences before when the text refers back, else the document date; none when the
     * text puts the event at another time.
     */
    CONTEXT
  }

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
   * Relations of a noun trigger that date it as well: "Tuesday's attack", "the 1995 war", "the
   * attack, which happened late on Tuesday".
   */
  static final Set<String> NOUN_DATING =
      Set.of("nmod:poss", "compound", "amod", "acl", "acl:relcl");

  /** Relations through which a day dates the subject of a trigger, and so the trigger. */
  static final Set<String> SUBJECT_DATING = Set.of("nmod:on", "nmod:tmod", "nmod:poss");

  /** Modifiers that put an event noun before the story's time: "earlier attacks", "past raids". */
  static final Set<String> EARLIER_MODIFIERS =
      Set.of("former", "previous", "earlier", "past", "last", "prior", "historic");

  /** Nouns under which an event is remembered rather than reported: "the anniversary of". */
  static final Set<String> REMEMBERING_NOUNS =
      Set.of("anniversary", "memory", "commemoration", "memorial", "history");

  /**
   * Event nouns that, with "the", "this" or "that", stand for an event the story has told already:
   * "the attack", "the blast". Only these refer back; "the talks" may be tomorrow's.
   */
  static final Set<String> BACK_REFERRING_NOUNS =
      Set.of(
          "attack",
          "assault",
          "raid",
          "bombing",
          "blast",
          "explosion",
          "shooting",
          "killing",
          "killings",
          "ambush",
          "clash",
          "fighting",
          "incident",
          "violence",
          "massacre",
          "arrest",
          "arrests",
          "seizure",
          "capture",
          "kidnapping",
          "abduction",
          "protest",
          "demonstration",
          "rally",
          "strike",
          "riot",
          "operation",
          "offensive",
          "shelling",
          "bombardment");

  /** Verbs that say when an event took place: "it happened late on Tuesday". */
  static final Set<String> HAPPENING_VERBS = Set.of("happen", "occur", "take", "come", "erupt");

  /** How many sentences back a date is carried at most. */
  static final int CARRY_SENTENCES = 2;

  /**
   * Values that name a span longer than a day or a time that is not the story's day: a year, a
   * month, a week, a season, a quarter, a decade or century, the past or the future.
   */
  private static final Pattern OTHER_TIME =
      Pattern.compile(
          "\\d{4}|\\d{4}-\\d{2}|\\d{4}-W\\d{1,2}|\\d{4}-(SP|SU|FA|WI|Q\\d|H\\d)|\\d{2,3}X{1,2}"
              + "|PAST_REF|FUTURE_REF");

  /** Sources from the most direct to the least: what an event's mentions say, in that order. */
  static final List<String> SOURCES_BY_DIRECTNESS = List.of(TIMEX, TIMEX_CONTEXT, DOC_DATE, NONE);

  private final Rule rule;

  public EventDates(Rule rule) {
    this.rule = rule;
  }

  /**
   * The source of an event whose mentions (of one day: the day is part of the merge key) have these
   * two: the more direct one. A day that one sentence states on the trigger is stated, whatever
   * other reports of it leave implicit. Unknown sources count as least direct.
   */
  public static String moreDirect(String a, String b) {
    int ia = SOURCES_BY_DIRECTNESS.indexOf(a);
    int ib = SOURCES_BY_DIRECTNESS.indexOf(b);
    if (ia < 0) {
      return b;
    }
    return ib >= 0 && ib < ia ? b : a;
  }

  /** An event's day and its source; the day is null only for {@link #NONE}. */
  public static final class EventDate {
    public final @Nullable LocalDate date;
    public final String source;

    EventDate(@Nullable LocalDate date, String source) {
      this.date = date;
      this.source = source;
    }

    static EventDate none() {
      return new EventDate(null, NONE);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof EventDate
          && Objects.equals(date, ((EventDate) o).date)
          && source.equals(((EventDate) o).source);
    }

    @Override
    public int hashCode() {
      return Objects.hash(date, source);
    }

    @Override
    public String toString() {
      return source + (date == null ? "" : " " + date);
    }
  }

  /**
   * The date of the event a token triggers.
   *
   * @param timexes the document's date expressions, in document order (those of earlier sentences
   *     are read only by {@link Rule#CONTEXT})
   * @param docDate the document's date, or null
   */
  public EventDate date(
      ParsedSentence s, int trigger, List<Timex> timexes, @Nullable LocalDate docDate) {
    Tree tree = new Tree(s, timexes);
    Timex day = tree.attachedDay(trigger);
    if (rule == Rule.TRIGGER_OR_DOC_DATE) {
      return day != null
          ? new EventDate(day.getResolvedDate(), TIMEX)
          : docDate == null ? EventDate.none() : new EventDate(docDate, DOC_DATE);
    }
    day = day != null ? day : tree.nounDating(trigger, true);
    day = day != null ? day : tree.coordinatedOrSubjectDay(trigger);
    if (day != null) {
      return new EventDate(day.getResolvedDate(), TIMEX);
    }
    if (tree.attachedOtherTime(trigger) || tree.atAnotherTime(trigger)) {
      return EventDate.none();
    }
    Timex inSentence = tree.soleDayInSentence();
    if (inSentence != null && !after(inSentence, docDate)) {
      return new EventDate(inSentence.getResolvedDate(), TIMEX_CONTEXT);
    }
    if (tree.refersBack(trigger)) {
      Timex carried = carried(s, timexes);
      if (carried != null && !after(carried, docDate)) {
        return carried.getResolvedDate() == null
            ? EventDate.none()
            : new EventDate(carried.getResolvedDate(), TIMEX_CONTEXT);
      }
    }
    return docDate == null ? EventDate.none() : new EventDate(docDate, DOC_DATE);
  }

  /**
   * Whether an expression's day lies after the document's: it names what is planned, not what the
   * sentence reports as done ("invited the ministers to a ceremony on March 12").
   */
  private static boolean after(Timex t, @Nullable LocalDate docDate) {
    return docDate != null && t.getResolvedDate() != null && t.getResolvedDate().isAfter(docDate);
  }

  /**
   * The expression a back-referring sentence carries from the sentences before it: the last day
   * named in the nearest earlier sentence (at most {@link #CARRY_SENTENCES} back) that names one;
   * or, when the sentence just before names no day but another time ("stormed the city last year"),
   * that expression, with no day: the event referred to is then not of the story's day. The vague
   * past and future ("once", "in the past") are not carried.
   */
  static @Nullable Timex carried(ParsedSentence s, List<Timex> timexes) {
    for (int back = 1; back <= CARRY_SENTENCES; back++) {
      Timex day = null;
      Timex other = null;
      for (Timex t : timexes) {
        if (t.getSentenceIndex() != s.index - back || t.getBegin() >= s.begin) {
          continue;
        }
        if (t.getResolvedDate() != null) {
          day = t;
        } else if (back == 1 && namesAnotherTime(t) && !t.getValue().endsWith("_REF")) {
          other = t;
        }
      }
      if (day != null || other != null) {
        return day != null ? day : other;
      }
    }
    return null;
  }

  /** Whether an expression names a time other than a day: "last year", "in March", "recently". */
  static boolean namesAnotherTime(Timex t) {
    if (t.getResolvedDate() != null || t.getValue() == null) {
      return false;
    }
    String type = t.getType();
    return ("DATE".equals(type) || "TIME".equals(type))
        && OTHER_TIME.matcher(t.getValue()).matches();
  }

  /** A sentence's dependency tree with its date expressions. */
  private static final class Tree {
    private final ParsedSentence s;
    private final List<Timex> here = new ArrayList<>();
    private final DependencyGraph graph;

    Tree(ParsedSentence s, List<Timex> timexes) {
      this.s = s;
      for (Timex t : timexes) {
        if (t.getBegin() < s.end && t.getEnd() > s.begin) {
          here.add(t);
        }
      }
      graph = new DependencyGraph(s);
    }

    String lemma(int token) {
      return s.lemmas[token].toLowerCase(Locale.ROOT);
    }

    boolean isNoun(int token) {
      return EventLexicon.Pos.ofTag(s.tags[token]) == EventLexicon.Pos.NOUN;
    }

    boolean isVerb(int token) {
      return EventLexicon.Pos.ofTag(s.tags[token]) == EventLexicon.Pos.VERB;
    }

    /** The expression a token is part of, if it is one that dates (a day or another time). */
    @Nullable Timex timexAt(int token, boolean daysOnly) {
      int begin = s.tokenBegin[token];
      for (Timex t : here) {
        if (t.getBegin() <= begin
            && begin < t.getEnd()
            && (t.getResolvedDate() != null || (!daysOnly && namesAnotherTime(t)))) {
          return t;
        }
      }
      return null;
    }

    @Nullable Timex timexBelow(int token, int depth, boolean daysOnly) {
      Timex at = timexAt(token, daysOnly);
      if (at != null || depth == 0) {
        return at;
      }
      for (int[] edge : graph.children(token)) {
        Timex below = timexBelow(edge[0], depth - 1, daysOnly);
        if (below != null) {
          return below;
        }
      }
      return null;
    }

    /**
     * The first dating expression under one of a token's children by these relations: a day up to
     * two levels below the child ("on the night of Wednesday"), another time only on the child or
     * just below it ("in March 1995"), since deeper it dates a noun of its own ("charged in three
     * attacks, including the 1996 bombing").
     */
    @Nullable Timex under(int token, Set<String> relations, int skip, boolean daysOnly) {
      for (int[] edge : graph.children(token)) {
        if (relations.contains(s.relations[edge[1]]) && edge[0] != skip) {
          Timex t = timexBelow(edge[0], daysOnly ? 2 : 1, daysOnly);
          if (t != null) {
            return t;
          }
        }
      }
      return null;
    }

    /**
     * The single-day expression attached to the trigger (its own temporal modifiers, then those of
     * a coordinated verb), else to the verb a noun trigger depends on: "The seizure of Herat on
     * Thursday", "attacked a prison and freed inmates on Wednesday night", "Earlier on Thursday the
     * Taliban captured Ghazni". The rule of before issue 19.
     */
    @Nullable Timex attachedDay(int trigger) {
      return attached(trigger, true);
    }

    /**
     * The expression that dates a noun trigger through its possessor, modifiers or relative clause:
     * "Tuesday's attack", "last year's offensive", "the 1995 war", "the attack, which happened late
     * on Tuesday".
     */
    @Nullable Timex nounDating(int trigger, boolean daysOnly) {
      return isNoun(trigger) ? under(trigger, NOUN_DATING, -1, daysOnly) : null;
    }

    /**
     * The single-day expression on the verb a trigger is coordinated with ("Clinton on Thursday
     * condemned the attacks and vowed to find the bombers"), or on the trigger's subject ("The
     * meeting on Thursday evening agreed to deploy").
     */
    @Nullable Timex coordinatedOrSubjectDay(int trigger) {
      int governor = graph.parent(trigger);
      if (governor >= 0 && graph.parentRelation(trigger).startsWith("conj") && isVerb(governor)) {
        Timex t = under(governor, TEMPORAL, trigger, true);
        if (t != null) {
          return t;
        }
      }
      for (int[] edge : graph.children(trigger)) {
        if (s.relations[edge[1]].equals("nsubj") && isNoun(edge[0])) {
          return under(edge[0], SUBJECT_DATING, -1, true);
        }
      }
      return null;
    }

    /**
     * Whether an expression of another time than a day is attached to the trigger as a day would
     * be, or to a noun trigger as above: "in 1995", "last year", "last year's offensive".
     */
    boolean attachedOtherTime(int trigger) {
      Timex t = attached(trigger, false);
      if (t != null && since(t)) {
        return false; // "displaced since the start of the year": up to now, not another time
      }
      t = t != null ? t : nounDating(trigger, false);
      return t != null && namesAnotherTime(t);
    }

    private @Nullable Timex attached(int trigger, boolean daysOnly) {
      Timex t = under(trigger, TEMPORAL, -1, daysOnly);
      for (int[] edge : graph.children(trigger)) {
        if (t == null && s.relations[edge[1]].startsWith("conj") && isVerb(edge[0])) {
          t = under(edge[0], TEMPORAL, -1, daysOnly);
        }
      }
      int governor = graph.parent(trigger);
      if (t == null && governor >= 0 && isNoun(trigger)) {
        t = under(governor, TEMPORAL, trigger, daysOnly);
      }
      return t;
    }

    /**
     * Whether the text puts the event before the story's time without a date: an event noun that is
     * "earlier", "former" or "past", or remembered ("the anniversary of the massacre"); a verb in
     * the past perfect ("had attacked").
     */
    boolean atAnotherTime(int trigger) {
      for (int[] edge : graph.children(trigger)) {
        String rel = s.relations[edge[1]];
        if (rel.equals("amod") && EARLIER_MODIFIERS.contains(lemma(edge[0]))) {
          return true;
        }
        if (rel.equals("aux") && s.words[edge[0]].equalsIgnoreCase("had") && pastPerfect(trigger)) {
          return true;
        }
      }
      int governor = graph.parent(trigger);
      return governor >= 0
          && graph.parentRelation(trigger).startsWith("nmod")
          && REMEMBERING_NOUNS.contains(lemma(governor));
    }

    /**
     * Whether "had" with a participle is a past perfect of its own: not when the clause reports
     * what someone said ("the ministry said the governor had been arrested" is the backshifted "has
     * been arrested"), nor "had to leave".
     */
    private boolean pastPerfect(int trigger) {
      int governor = graph.parent(trigger);
      boolean reported =
          governor >= 0
              && graph.parentRelation(trigger).equals("ccomp")
              && EventLexicon.REPORTING_VERBS.contains(lemma(governor));
      return s.tags[trigger].equals("VBN") && !reported;
    }

    /**
     * The single-day expression elsewhere in the sentence that dates the event: there is exactly
     * one day among the sentence's expressions, no expression of another time beside it, and it
     * hangs on a verb that is not a verb of saying. (A day after the document's is left to the
     * caller: it dates a plan.) A day on a noun dates that noun ("condemned the violence on
     * Thursday", "Wednesday's ruling"), and "said Tuesday" dates the saying, not what was said.
     */
    @Nullable Timex soleDayInSentence() {
      Timex day = null;
      for (Timex t : here) {
        if (namesAnotherTime(t)) {
          return null;
        }
        if (t.getResolvedDate() != null) {
          if (day != null && !day.getResolvedDate().equals(t.getResolvedDate())) {
            return null;
          }
          day = day == null ? t : day;
        }
      }
      if (day == null) {
        return null;
      }
      int head = headOutside(day);
      return head >= 0 && isVerb(head) && !EventLexicon.REPORTING_VERBS.contains(lemma(head))
          ? day
          : null;
    }

    /**
     * Whether an expression is what "since" introduces, a span up to now: "since" on it or on one
     * of the two words it hangs on ("since the start of the year").
     */
    private boolean since(Timex t) {
      int x = -1;
      for (int token = 0; token < s.size() && x < 0; token++) {
        x = timexAt(token, false) == t ? token : -1;
      }
      for (int step = 0; step < 3 && x >= 0; step++, x = graph.parent(x)) {
        if (graph.parentRelation(x).endsWith(":since")) {
          return true;
        }
        for (int[] edge : graph.children(x)) {
          if (lemma(edge[0]).equals("since")) {
            return true;
          }
        }
      }
      return false;
    }

    /** The token an expression hangs on: the parent, outside it, of one of its tokens; or -1. */
    private int headOutside(Timex t) {
      for (int token = 0; token < s.size(); token++) {
        int p = graph.parent(token);
        if (timexAt(token, true) == t && p >= 0 && timexAt(p, true) != t) {
          return p;
        }
      }
      return -1;
    }

    /**
     * Whether the sentence refers back to an event the story has told: the trigger is "the attack",
     * "this raid" (a back-referring noun with a definite determiner), or its subject is one ("The
     * blast killed ten"), or it is the subject of "happened", "occurred", "took place".
     */
    boolean refersBack(int trigger) {
      if (isDefiniteEventNoun(trigger)) {
        return true;
      }
      for (int[] edge : graph.children(trigger)) {
        if (s.relations[edge[1]].startsWith("nsubj") && isDefiniteEventNoun(edge[0])) {
          return true;
        }
      }
      int governor = graph.parent(trigger);
      return governor >= 0
          && graph.parentRelation(trigger).startsWith("nsubj")
          && HAPPENING_VERBS.contains(lemma(governor));
    }

    private boolean isDefiniteEventNoun(int token) {
      if (!isNoun(token) || !BACK_REFERRING_NOUNS.contains(lemma(token))) {
        return false;
      }
      for (int[] edge : graph.children(token)) {
        String det = lemma(edge[0]);
        if (s.relations[edge[1]].equals("det")
            && (det.equals("the") || det.equals("this") || det.equals("that"))) {
          return true;
        }
      }
      return false;
    }
  }
}
