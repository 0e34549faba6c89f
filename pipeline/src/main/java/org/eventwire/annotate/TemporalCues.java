package org.eventwire.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words without which SUTime finds no time expression: every expression its English rules (defs,
 * english and english.holidays .sutime.txt) can build holds a number or one of these words. Each
 * rule is anchored on a unit ("three weeks"), a calendar name ("Tuesday", "April"), a time of day
 * ("night"), a deictic ("now", "yesterday", "at the time"), a season, a decade or a holiday; the
 * modifiers around them ("the end of", "early", "last") never make an expression alone.
 *
 * <p>The list errs on the side of too many words: a word too many only costs SUTime time on a few
 * more tokens, a word too few loses a date. {@code TemporalCuesTest} checks it against SUTime's
 * output on real news; {@link CueWindowedSutime} uses it.
 */
public final class TemporalCues {
  private static final Set<String> WORDS =
      Set.copyOf(
          List.of( // days of the week and their abbreviations
              "monday",
              "tuesday",
              "wednesday",
              "thursday",
              "friday",
              "saturday",
              "sunday",
              "mon",
              "tue",
              "tues",
              "wed",
              "weds",
              "thu",
              "thur",
              "thurs",
              "fri",
              "sat",
              "sun",
              // months and their abbreviations
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
              "feb",
              "mar",
              "apr",
              "jun",
              "jul",
              "aug",
              "sep",
              "sept",
              "oct",
              "nov",
              "dec",
              // units of time
              "millennium",
              "millennia",
              "millenium",
              "century",
              "centuries",
              "decade",
              "year",
              "yr",
              "month",
              "mo",
              "week",
              "wk",
              "fortnight",
              "day",
              "hour",
              "hr",
              "minute",
              "min",
              "second",
              "sec",
              "millisecond",
              "millisec",
              "weekend",
              "weekday",
              "workday",
              "workweek",
              "quarter",
              "season",
              "time",
              "times",
              "h",
              // seasons
              "spring",
              "summer",
              "autumn",
              "fall",
              "winter",
              // times of day
              "morning",
              "afternoon",
              "evening",
              "night",
              "noon",
              "midnight",
              "midday",
              "dusk",
              "dawn",
              "daybreak",
              "sunrise",
              "sunset",
              "sundown",
              "sunup",
              "twilight",
              "teatime",
              "lunchtime",
              "dinnertime",
              "suppertime",
              "overnight",
              "tonight",
              "tonite",
              "daytime",
              "nighttime",
              "daylight",
              "am",
              "pm",
              "a.m",
              "p.m",
              "o'clock",
              "clock",
              // deictic and frequency words that are expressions by themselves
              "now",
              "today",
              "tomorrow",
              "yesterday",
              "currently",
              "current",
              "recently",
              "recent",
              "lately",
              "nowadays",
              "present",
              "past",
              "future",
              "previously",
              "ago",
              "hence",
              "latest",
              "once",
              "twice",
              "thrice",
              "medieval",
              "annual",
              "annually",
              "daily",
              "weekly",
              "monthly",
              "yearly",
              "hourly",
              "nightly",
              "quarterly",
              "biweekly",
              "bimonthly",
              "biannual",
              "semiannual",
              "fiscal",
              "fy",
              // eras and decades
              "ad",
              "bc",
              "a.d",
              "b.c",
              "twenties",
              "thirties",
              "forties",
              "fifties",
              "sixties",
              "seventies",
              "eighties",
              "nineties",
              "oughts",
              "noughts",
              "teens",
              // holidays of english.holidays.sutime.txt that hold no unit ("Christmas", "Easter")
              "christmas",
              "xmas",
              "x-mas",
              "easter",
              "thanksgiving",
              "halloween",
              "valentine",
              "mayo",
              "eve",
              "inauguration",
              "groundhog",
              "patrick",
              "fools",
              "memorial",
              "labor",
              "labour",
              "columbus",
              "mlk"));

  private TemporalCues() {}

  /**
   * Whether SUTime could use this token as the anchor of an expression: it holds a digit, or it is
   * (after case folding, a trailing full stop, a plural or possessive s, or as part of a hyphenated
   * word: "mid-April", "bi-monthly") one of the cue words.
   */
  public static boolean isCue(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    String folded = word.toLowerCase(Locale.ROOT);
    if (isCueWord(folded)) {
      return true;
    }
    if (folded.indexOf('-') >= 0) {
      for (String part : folded.split("-")) {
        if (!part.isEmpty() && isCueWord(part)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isCueWord(String folded) {
    String word = folded.endsWith(".") ? folded.substring(0, folded.length() - 1) : folded;
    if (WORDS.contains(word)) {
      return true;
    }
    for (String suffix : new String[] {"'s", "’s", "s", "es", "ly"}) {
      if (word.endsWith(suffix)
          && WORDS.contains(word.substring(0, word.length() - suffix.length()))) {
        return true;
      }
    }
    // "dayers" (one-dayers), "decades-long": a unit with a suffix glued on.
    for (String unit :
        new String[] {"day", "week", "month", "year", "hour", "minute", "decade", "century"}) {
      if (word.startsWith(unit)) {
        return true;
      }
    }
    return false;
  }
}
