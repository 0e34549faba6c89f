package org.eventwire.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.eventwire.records.Timex;

/**
 * Re-resolves the values SUTime gave a document's temporal expressions, the way rule-based taggers
 * such as HeidelTime anchor them: SUTime still finds the expressions; this step only reconsiders
 * the value of a few kinds of them. The rules are pure functions of the words, their part-of-speech
 * tags, the document date and the values of the expressions before; only {@code resolve} on Timex
 * records reads CoreNLP's sentences.
 *
 * <p>Why: SUTime resolves a bare "Friday" or "November" against the document date alone (eventwire
 * clears the per-sentence hints SUTime leaves on shared values, see {@link CueWindowedSutime}), so
 * "said Friday" can land on the coming Friday and "in November" in a story of May on the coming
 * November; it anchors "the next day" to the publication date, and it gives "41 years ago" to the
 * day. News reports the past: the tense of the nearest verb says which way to look, and the last
 * day the story named says what "that day" is.
 */
public final class RelativeDates {
  /** Which rule gave a value. */
  public enum Rule {
    /** SUTime's own value, unchanged. */
    SUTIME,
    /** A bare weekday: the previous or next one, or the closest, by the tense of its verb. */
    WEEKDAY_BY_TENSE,
    /** A month, or a day of a month, without a year: the year by the tense of its verb. */
    MONTH_BY_TENSE,
    /** "that day", "the next day", "two days later": counted from the last day the story named. */
    REFERENCE_DAY,
    /** "41 years ago", "two months ago": the year or month, not the day. */
    AGO_GRANULARITY,
    /** A clock time without a day: on the day named in its sentence, or the last one named. */
    CLOCK_TIME_DAY
  }

  /** The tense that tells which way a relative expression points. */
  enum Tense {
    PAST,
    PRESENT,
    FUTURE,
    /** No verb in the sentence. */
    NONE
  }

  /** One sentence's tokens: words, part-of-speech tags and code-point offsets. */
  public static final class Tokens {
    final String[] words;
    final String[] tags;
    final int[] begin;
    final int[] end;

    public Tokens(String[] words, String[] tags, int[] begin, int[] end) {
      this.words = words;
      this.tags = tags;
      this.begin = begin;
      this.end = end;
    }
  }

  /** An expression as SUTime left it. */
  public record Expression(int sentence, int begin, int end, String type, @Nullable String value) {}

  /** The value an expression ends up with, its type, and the rule that gave it. */
  public record Resolved(@Nullable String value, String type, Rule rule) {}

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.ofEntries(
          Map.entry("monday", DayOfWeek.MONDAY),
          Map.entry("tuesday", DayOfWeek.TUESDAY),
          Map.entry("wednesday", DayOfWeek.WEDNESDAY),
          Map.entry("thursday", DayOfWeek.THURSDAY),
          Map.entry("friday", DayOfWeek.FRIDAY),
          Map.entry("saturday", DayOfWeek.SATURDAY),
          Map.entry("sunday", DayOfWeek.SUNDAY));

  private static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "jan.",
          "feb",
          "feb.",
          "mar",
          "mar.",
          "apr",
          "apr.",
          "jun",
          "jun.",
          "jul",
          "jul.",
          "aug",
          "aug.",
          "sep",
          "sep.",
          "sept",
          "sept.",
          "oct",
          "oct.",
          "nov",
          "nov.",
          "dec",
          "dec.");

  /**
   * Words that make an expression explicit about its direction ("last Friday", "next March"):
   * SUTime's own value stands.
   */
  private static final Set<String> DIRECTION_WORDS =
      Set.of(
          "last",
          "next",
          "this",
          "coming",
          "past",
          "previous",
          "following",
          "ago",
          "earlier",
          "later",
          "before",
          "after",
          "that");

  private static final Set<String> PARTS_OF_DAY =
      Set.of("day", "morning", "afternoon", "evening", "night");

  /** Counts of days, by their place: "a" day is one. */
  private static final List<String> NUMBER_WORDS =
      List.of("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

  private static final Set<String> FUTURE_MODALS =
      Set.of("will", "'ll", "wo", "shall", "would", "'d");
  private static final Set<String> FORMS_OF_BE = Set.of("is", "are", "'s", "'re");

  /** Words before a reference phrase that belong to it: "[the] next day", "[that] same day". */
  private static final Set<String> REFERENCE_LEAD_WORDS =
      Set.of("that", "same", "next", "following", "previous", "the");

  /** Words after a reference phrase that give its direction: "two days [later]". */
  private static final Set<String> REFERENCE_TAIL_WORDS =
      Set.of("after", "before", "later", "earlier");

  private static final Set<String> DEICTIC_DAYS =
      Set.of("today", "tonight", "yesterday", "tomorrow");

  /** How far ahead a month or day may lie and still be meant by a past-tense sentence. */
  static final int NEAR_FUTURE_DAYS = 31;

  private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");
  private static final Pattern MONTH_OR_DAY_VALUE =
      Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?(T.*)?");
  private static final Pattern CLOCK_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}.*)");
  private static final Pattern YEAR_WORD = Pattern.compile("\\d{4}|'\\d{2}");

  private RelativeDates() {}

  /**
   * A document's expressions, in text order, with the values the rules give them, and SUTime's kept
   * in {@code sutime_value}. Reads the words and tags of the sentences that hold an expression,
   * nothing else.
   */
  static List<Timex> resolve(
      List<Timex> timexes,
      List<CoreMap> sentences,
      CoreNlpAnnotator.Offsets offsets,
      LocalDate docDate) {
    Map<Integer, Tokens> tokens = new HashMap<>();
    List<Expression> expressions = new ArrayList<>(timexes.size());
    for (Timex t : timexes) {
      tokens.computeIfAbsent(t.getSentenceIndex(), i -> tokensOf(sentences.get(i), offsets));
      expressions.add(
          new Expression(
              t.getSentenceIndex(), t.getBegin(), t.getEnd(), t.getType(), t.getValue()));
    }
    List<Resolved> resolved = resolve(expressions, tokens, docDate);
    List<Timex> out = new ArrayList<>(timexes.size());
    for (int i = 0; i < timexes.size(); i++) {
      Timex t = timexes.get(i);
      Resolved r = resolved.get(i);
      out.add(
          Timex.newBuilder(t)
              .setValue(r.value())
              .setType(r.type())
              .setResolvedDate(TimexDates.resolvedDate(r.value()))
              .setValueRule(r.rule().name())
              .setSutimeValue(t.getValue())
              .build());
    }
    return out;
  }

  /** The expressions with SUTime's values, recorded as such. */
  static List<Timex> asSutimeGaveThem(List<Timex> timexes) {
    List<Timex> out = new ArrayList<>(timexes.size());
    for (Timex t : timexes) {
      out.add(
          Timex.newBuilder(t)
              .setValueRule(Rule.SUTIME.name())
              .setSutimeValue(t.getValue())
              .build());
    }
    return out;
  }

  private static Tokens tokensOf(CoreMap sentence, CoreNlpAnnotator.Offsets offsets) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int n = labels.size();
    String[] words = new String[n];
    String[] tags = new String[n];
    int[] begin = new int[n];
    int[] end = new int[n];
    for (int i = 0; i < n; i++) {
      CoreLabel token = labels.get(i);
      words[i] = token.word();
      tags[i] = token.tag() == null ? "" : token.tag();
      begin[i] = offsets.codePoint(token.beginPosition());
      end[i] = offsets.codePoint(token.endPosition());
    }
    return new Tokens(words, tags, begin, end);
  }

  /**
   * The values of a document's expressions, in the order given (text order).
   *
   * @param sentences the tokens of each sentence that holds an expression, by sentence index
   */
  static List<Resolved> resolve(
      List<Expression> expressions, Map<Integer, Tokens> sentences, LocalDate docDate) {
    List<Resolved> resolved = new ArrayList<>(expressions.size());
    LocalDate reference = docDate;
    for (Expression e : expressions) {
      Tokens tokens = sentences.get(e.sentence());
      Resolved r = tokens == null ? null : resolveOne(e, tokens, docDate, reference);
      if (r == null) {
        r = new Resolved(e.value(), e.type(), Rule.SUTIME);
      }
      resolved.add(r);
      LocalDate day = TimexDates.resolvedDate(r.value());
      if (day != null) {
        reference = day;
      }
    }
    // Clock times take the day of their sentence, which may come after them ("at 10:35 a.m.
    // Friday"): a second pass, once every day is known.
    for (int i = 0; i < expressions.size(); i++) {
      Expression e = expressions.get(i);
      Tokens tokens = sentences.get(e.sentence());
      if (tokens != null && resolved.get(i).rule() == Rule.SUTIME) {
        Resolved clock = clockTimeDay(e, tokens, expressions, resolved, i, docDate);
        if (clock != null) {
          resolved.set(i, clock);
        }
      }
    }
    return resolved;
  }

  private static @Nullable Resolved resolveOne(
      Expression e, Tokens tokens, LocalDate docDate, LocalDate reference) {
    int[] span = tokenSpan(tokens, e.begin(), e.end());
    if (span == null) {
      return null;
    }
    List<String> words = lowerWords(tokens, span[0], span[1]);
    String before = span[0] > 0 ? tokens.words[span[0] - 1].toLowerCase(Locale.ROOT) : "";
    String after =
        span[1] < tokens.words.length ? tokens.words[span[1]].toLowerCase(Locale.ROOT) : "";
    Resolved r = referenceDay(words, before, after, reference);
    if (r == null) {
      r = agoGranularity(words, e.value());
    }
    if (r == null && !hasDirectionWord(words, before)) {
      Tense byContext = tenseOfContext(before, after);
      Tense tense = byContext != null ? byContext : tense(tokens, span[0], span[1]);
      r = weekdayByTense(words, e.value(), docDate, tense);
      if (r == null) {
        r = monthByTense(words, e.value(), docDate, tense);
      }
    }
    return r;
  }

  // ---- tense ----

  /**
   * The tense of the verb nearest the expression in its sentence (left first at equal distance):
   * past for a past-tense verb, future for "will", "would", "shall", "is going to", "is to" or a
   * verb of intent before "to" ("planned to"), present for another present-tense verb or modal (a
   * present perfect too). Participles and bare verbs carry no tense of their own and are passed
   * over.
   */
  static Tense tense(Tokens tokens, int from, int to) {
    int n = tokens.words.length;
    for (int distance = 1; distance < n; distance++) {
      int left = from - distance;
      int right = to - 1 + distance;
      if (left < 0 && right >= n) {
        break;
      }
      Tense t = left >= 0 ? tenseAt(tokens, left) : null;
      if (t == null && right < n) {
        t = tenseAt(tokens, right);
      }
      if (t != null) {
        return t;
      }
    }
    return Tense.NONE;
  }

  /**
   * What overrides the nearest verb: "since" points back whatever the verb, and a possessive
   * ("Wednesday's ruling") names a thing, not the time of the verb, so it takes the closest day.
   */
  private static @Nullable Tense tenseOfContext(String before, String after) {
    if (before.equals("since")) {
      return Tense.PAST;
    }
    return after.equals("'s") ? Tense.NONE : null;
  }

  /** Verbs that point ahead when "to" follows, whatever their own tense: "planned to meet". */
  private static final Set<String> INTENT_VERBS =
      Set.of(
          "plan",
          "plans",
          "planned",
          "planning",
          "expect",
          "expects",
          "expected",
          "schedule",
          "scheduled",
          "intend",
          "intends",
          "intended",
          "hope",
          "hopes",
          "hoped",
          "set",
          "going");

  private static @Nullable Tense tenseAt(Tokens tokens, int i) {
    String tag = tokens.tags[i];
    String word = tokens.words[i].toLowerCase(Locale.ROOT);
    if (tag.startsWith("VB")
        && INTENT_VERBS.contains(word)
        && i + 1 < tokens.words.length
        && tokens.words[i + 1].equalsIgnoreCase("to")) {
      return Tense.FUTURE;
    }
    switch (tag) {
      case "MD":
        return FUTURE_MODALS.contains(word) ? Tense.FUTURE : Tense.PRESENT;
      case "VBD":
        return Tense.PAST;
      case "VBZ":
      case "VBP":
        if (i + 2 < tokens.words.length
            && tokens.words[i + 1].equalsIgnoreCase("going")
            && tokens.words[i + 2].equalsIgnoreCase("to")) {
          return Tense.FUTURE;
        }
        if (i + 1 < tokens.words.length
            && tokens.words[i + 1].equalsIgnoreCase("to")
            && FORMS_OF_BE.contains(word)) {
          return Tense.FUTURE;
        }
        // A present perfect ("has scheduled a news conference Thursday") speaks of now: present.
        return Tense.PRESENT;
      default:
        return null;
    }
  }

  // ---- rules ----

  /** A weekday named alone (with a part of the day at most): which week, by the tense. */
  static @Nullable Resolved weekdayByTense(
      List<String> words, @Nullable String value, LocalDate docDate, Tense tense) {
    if (value == null) {
      return null;
    }
    Matcher m = DAY_VALUE.matcher(value);
    DayOfWeek weekday = null;
    for (String w : words) {
      if (WEEKDAYS.containsKey(w)) {
        weekday = WEEKDAYS.get(w);
      } else if (!PARTS_OF_DAY.contains(w) && !w.equals("on") && !w.equals(",")) {
        return null;
      }
    }
    if (weekday == null || !m.matches()) {
      return null;
    }
    LocalDate past =
        docDate.minusDays((docDate.getDayOfWeek().getValue() - weekday.getValue() + 7) % 7);
    LocalDate future =
        docDate.plusDays((weekday.getValue() - docDate.getDayOfWeek().getValue() + 7) % 7);
    LocalDate day;
    if (tense == Tense.PAST) {
      day = past;
    } else if (tense == Tense.FUTURE) {
      day = future;
    } else {
      day =
          ChronoUnit.DAYS.between(past, docDate) <= ChronoUnit.DAYS.between(docDate, future)
              ? past
              : future;
    }
    return new Resolved(
        day + (m.group(2) == null ? "" : m.group(2)), "DATE", Rule.WEEKDAY_BY_TENSE);
  }

  /** A month, or a month and day, with no year in the text: which year, by the tense. */
  static @Nullable Resolved monthByTense(
      List<String> words, @Nullable String value, LocalDate docDate, Tense tense) {
    if (value == null || words.stream().noneMatch(MONTHS::contains)) {
      return null;
    }
    // "May" is also a verb; one alone is left to SUTime.
    if (words.size() == 1 && words.get(0).equals("may")) {
      return null;
    }
    for (String w : words) {
      if (YEAR_WORD.matcher(w).matches() || WEEKDAYS.containsKey(w)) {
        return null;
      }
    }
    Matcher m = MONTH_OR_DAY_VALUE.matcher(value);
    if (!m.matches()) {
      return null;
    }
    int month = Integer.parseInt(m.group(2));
    Integer dayOfMonth = m.group(3) == null ? null : Integer.parseInt(m.group(3));
    LocalDate best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int year = docDate.getYear() - 1; year <= docDate.getYear() + 1; year++) {
      LocalDate first;
      LocalDate last;
      try {
        first = LocalDate.of(year, month, dayOfMonth == null ? 1 : dayOfMonth);
        last = dayOfMonth == null ? first.plusMonths(1).minusDays(1) : first;
      } catch (DateTimeException e) {
        continue;
      }
      long distance = distanceByTense(first, last, docDate, tense);
      if (distance < bestDistance) {
        best = first;
        bestDistance = distance;
      }
    }
    if (best == null) {
      return null;
    }
    String resolved =
        dayOfMonth == null
            ? String.format(Locale.ROOT, "%04d-%02d", best.getYear(), month)
            : best.toString();
    return new Resolved(
        resolved + (m.group(4) == null ? "" : m.group(4)), "DATE", Rule.MONTH_BY_TENSE);
  }

  /**
   * How far a candidate [first, last] lies from the document date in the direction the tense
   * points; Long.MAX_VALUE when it lies the other way.
   */
  private static long distanceByTense(
      LocalDate first, LocalDate last, LocalDate docDate, Tense tense) {
    if (tense == Tense.PAST && !first.isAfter(docDate.plusDays(NEAR_FUTURE_DAYS))) {
      // Past tense looks back, except to a date only weeks ahead: "set a Jan. 14 deadline" in a
      // story of 5 January is not a year old; one a year old would be "last January".
      return first.isAfter(docDate) ? NEAR_FUTURE_DAYS : ChronoUnit.DAYS.between(first, docDate);
    } else if (tense == Tense.PAST) {
      return Long.MAX_VALUE;
    } else if (tense == Tense.FUTURE) {
      return last.isBefore(docDate) ? Long.MAX_VALUE : ChronoUnit.DAYS.between(docDate, last);
    } else {
      return docDate.isBefore(first)
          ? ChronoUnit.DAYS.between(docDate, first)
          : docDate.isAfter(last) ? ChronoUnit.DAYS.between(last, docDate) : 0;
    }
  }

  /**
   * "that day", "the same day", "earlier that day", "the next day", "the following morning", "the
   * day before", "a day later", "two days earlier": a day counted from the reference day, the last
   * one the story named.
   */
  static @Nullable Resolved referenceDay(
      List<String> words, String before, String after, LocalDate reference) {
    List<String> phrase = new ArrayList<>();
    if (REFERENCE_LEAD_WORDS.contains(before)) {
      phrase.add(before);
    }
    phrase.addAll(words);
    boolean countedFromNextWords = false;
    if (REFERENCE_TAIL_WORDS.contains(after) && !words.contains(after)) {
      phrase.add(after);
      countedFromNextWords = after.equals("after") || after.equals("before");
    }
    Integer count = null;
    boolean dayWord = false;
    boolean same = false;
    Integer direction = null;
    for (int i = 0; i < phrase.size(); i++) {
      String w = phrase.get(i);
      if (PARTS_OF_DAY.contains(w)) {
        dayWord = true;
      } else if (w.equals("days")) {
        // "in the days before" is no count of days; "two days later" is.
        dayWord = count != null;
      } else if (w.equals("that") || w.equals("same")) {
        same = true;
      } else if (w.equals("next") || w.equals("following")) {
        direction = 1;
        count = 1;
      } else if (w.equals("previous")) {
        direction = -1;
        count = 1;
      } else if (w.equals("after") || w.equals("later")) {
        direction = 1;
      } else if (w.equals("before") || w.equals("earlier")) {
        direction = direction == null ? -1 : direction;
      } else if (NUMBER_WORDS.contains(w)) {
        count = Math.max(1, NUMBER_WORDS.indexOf(w));
      } else if (!w.equals("the") && Character.isLetterOrDigit(w.charAt(0))) {
        return null;
      }
    }
    if (!dayWord) {
      return null;
    }
    if (direction == null) {
      return same ? new Resolved(reference.toString(), "DATE", Rule.REFERENCE_DAY) : null;
    }
    // "ten days before the shooting" counts from the shooting, which need not be the last day
    // named; "the day after" and "two days later" count from the story's last day.
    if (countedFromNextWords && count != null && count > 1) {
      return null;
    }
    // "earlier that day" is the day itself; "the day after" one day on.
    int days = same ? 0 : direction * (count == null ? 1 : count);
    return new Resolved(reference.plusDays(days).toString(), "DATE", Rule.REFERENCE_DAY);
  }

  /** "41 years ago": the year, as the text says, not a day. */
  static @Nullable Resolved agoGranularity(List<String> words, @Nullable String value) {
    if (value == null || !words.contains("ago")) {
      return null;
    }
    LocalDate day = TimexDates.resolvedDate(value);
    if (day == null) {
      return null;
    }
    String unit = words.get(Math.max(0, words.indexOf("ago") - 1));
    String coarse;
    if (unit.equals("year") || unit.equals("years")) {
      coarse = String.format(Locale.ROOT, "%04d", day.getYear());
    } else if (unit.equals("month") || unit.equals("months")) {
      coarse = String.format(Locale.ROOT, "%04d-%02d", day.getYear(), day.getMonthValue());
    } else if (unit.equals("week") || unit.equals("weeks")) {
      coarse =
          String.format(
              Locale.ROOT,
              "%04d-W%02d",
              day.get(IsoFields.WEEK_BASED_YEAR),
              day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    } else {
      return null;
    }
    return new Resolved(coarse, "DATE", Rule.AGO_GRANULARITY);
  }

  /**
   * A clock time whose text names no day ("at 10:35 a.m."), which SUTime puts on the document date:
   * on the day another expression of its sentence names, else on the last day named before.
   */
  private static @Nullable Resolved clockTimeDay(
      Expression e,
      Tokens tokens,
      List<Expression> expressions,
      List<Resolved> resolved,
      int index,
      LocalDate docDate) {
    if (e.value() == null) {
      return null;
    }
    Matcher m = CLOCK_VALUE.matcher(e.value());
    int[] span = tokenSpan(tokens, e.begin(), e.end());
    if (!m.matches() || span == null) {
      return null;
    }
    for (String w : lowerWords(tokens, span[0], span[1])) {
      if (WEEKDAYS.containsKey(w) || MONTHS.contains(w) || DEICTIC_DAYS.contains(w)) {
        return null;
      }
    }
    LocalDate day = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int j = 0; j < expressions.size(); j++) {
      Expression other = expressions.get(j);
      LocalDate otherDay = TimexDates.resolvedDate(resolved.get(j).value());
      if (j != index && other.sentence() == e.sentence() && otherDay != null) {
        int distance = Math.abs(other.begin() - e.begin());
        if (distance < bestDistance && !CLOCK_VALUE.matcher(resolved.get(j).value()).matches()) {
          day = otherDay;
          bestDistance = distance;
        }
      }
    }
    for (int j = index - 1; day == null && j >= 0; j--) {
      LocalDate earlier = TimexDates.resolvedDate(resolved.get(j).value());
      if (earlier != null && expressions.get(j).sentence() != e.sentence()) {
        day = earlier;
      }
    }
    if (day == null || day.equals(docDate)) {
      return null;
    }
    return new Resolved(day + m.group(1), e.type(), Rule.CLOCK_TIME_DAY);
  }

  // ---- helpers ----

  private static boolean hasDirectionWord(List<String> words, String before) {
    if (DIRECTION_WORDS.contains(before)) {
      return true;
    }
    for (String w : words) {
      if (DIRECTION_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The tokens [from, to) that lie inside [begin, end), or null when none does. */
  private static int @Nullable [] tokenSpan(Tokens tokens, int begin, int end) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < tokens.words.length; i++) {
      if (tokens.begin[i] >= begin && tokens.end[i] <= end) {
        if (from < 0) {
          from = i;
        }
        to = i + 1;
      }
    }
    return from < 0 ? null : new int[] {from, to};
  }

  private static List<String> lowerWords(Tokens tokens, int from, int to) {
    List<String> words = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      words.add(tokens.words[i].toLowerCase(Locale.ROOT));
    }
    return words;
  }
}
