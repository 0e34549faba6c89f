package org.eventwire.inspect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * TempEval-3's scores for temporal expressions, with the value errors sorted by kind. Pure logic:
 * {@link DateScore} reads the files.
 *
 * <p>As TempEval-3 scores them: a system expression matches a gold one when their spans overlap
 * (relaxed) or are the same (strict), each expression matched at most once; span precision, recall
 * and F1 count matches. Value accuracy is the share of relaxed matches with exactly the gold value;
 * value F1 counts as correct only a relaxed match with the right value, so it is relaxed F1 times
 * value accuracy.
 */
public final class TimexScore {
  /** A temporal expression in the coordinates of its file; value null when it has none. */
  public record Span(String file, int begin, int end, @Nullable String value) {}

  /** Why a matched expression's value is not the gold one. */
  public enum ErrorKind {
    /** Both name a point of the same size, but not the same one: "Monday" a week off. */
    ANCHOR,
    /** One names a day where the other names a month, a week, a year, a time of day ... */
    GRANULARITY,
    /** No value, or one left partly unknown (XXXX-WXX-4) where the gold value is known. */
    UNRESOLVED,
    /** Anything else: a duration of the wrong length, a set, a reference word. */
    OTHER
  }

  /** The counts every score is made of. */
  public static final class Tally {
    int gold;
    int system;
    int strict;
    int relaxed;
    int correctValue;
    final Map<ErrorKind, Integer> errors = new EnumMap<>(ErrorKind.class);

    public Tally() {
      for (ErrorKind kind : ErrorKind.values()) {
        errors.put(kind, 0);
      }
    }

    public double strictF1() {
      return f1(strict);
    }

    public double relaxedF1() {
      return f1(relaxed);
    }

    /** Share of relaxed matches with the gold value. */
    public double valueAccuracy() {
      return relaxed == 0 ? 0 : (double) correctValue / relaxed;
    }

    public double valueF1() {
      return f1(correctValue);
    }

    public int errors(ErrorKind kind) {
      return errors.get(kind);
    }

    public int missed() {
      return gold - relaxed;
    }

    public int spurious() {
      return system - relaxed;
    }

    private double f1(int correct) {
      return gold + system == 0 ? 0 : 2.0 * correct / (gold + system);
    }
  }

  private TimexScore() {}

  /** Scores system expressions against gold ones, over all the files of either. */
  public static Tally score(List<Span> gold, List<Span> system) {
    Tally tally = new Tally();
    tally.gold = gold.size();
    tally.system = system.size();
    Map<String, List<Span>> systemByFile = byFile(system);
    for (Map.Entry<String, List<Span>> file : byFile(gold).entrySet()) {
      List<Span> goldSpans = file.getValue();
      List<Span> systemSpans = systemByFile.getOrDefault(file.getKey(), List.of());
      for (Span[] pair : match(goldSpans, systemSpans)) {
        Span g = pair[0];
        Span s = pair[1];
        tally.relaxed++;
        if (g.begin() == s.begin() && g.end() == s.end()) {
          tally.strict++;
        }
        if (Objects.equals(g.value(), s.value())) {
          tally.correctValue++;
        } else {
          tally.errors.merge(errorKind(g.value(), s.value()), 1, Integer::sum);
        }
      }
    }
    return tally;
  }

  /**
   * One-to-one pairs of overlapping expressions, gold first: the pairs that overlap most are taken
   * first, so an expression split or merged differently matches its largest counterpart.
   */
  static List<Span[]> match(List<Span> gold, List<Span> system) {
    List<Span[]> candidates = new ArrayList<>();
    for (Span g : gold) {
      for (Span s : system) {
        if (overlap(g, s) > 0) {
          candidates.add(new Span[] {g, s});
        }
      }
    }
    candidates.sort(
        Comparator.comparingInt((Span[] pair) -> -overlap(pair[0], pair[1]))
            .thenComparingInt(pair -> pair[0].begin())
            .thenComparingInt(pair -> pair[1].begin()));
    List<Span[]> pairs = new ArrayList<>();
    // Two expressions with the same span and value are still two expressions.
    Set<Span> usedGold = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Span> usedSystem = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Span[] pair : candidates) {
      if (!usedGold.contains(pair[0]) && !usedSystem.contains(pair[1])) {
        usedGold.add(pair[0]);
        usedSystem.add(pair[1]);
        pairs.add(pair);
      }
    }
    return pairs;
  }

  private static int overlap(Span a, Span b) {
    return Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin());
  }

  private static Map<String, List<Span>> byFile(List<Span> spans) {
    Map<String, List<Span>> byFile = new HashMap<>();
    for (Span s : spans) {
      byFile.computeIfAbsent(s.file(), f -> new ArrayList<>()).add(s);
    }
    return byFile;
  }

  private static final Pattern UNKNOWN_DIGIT = Pattern.compile(".*X.*");

  /** The kind of a wrong value, given the gold value. */
  static ErrorKind errorKind(@Nullable String gold, @Nullable String system) {
    if (system == null || system.isEmpty()) {
      return ErrorKind.UNRESOLVED;
    }
    if (gold != null
        && UNKNOWN_DIGIT.matcher(system).matches()
        && !UNKNOWN_DIGIT.matcher(gold).matches()) {
      return ErrorKind.UNRESOLVED;
    }
    String goldGrain = granularity(gold);
    String systemGrain = granularity(system);
    if (goldGrain.equals("other") || systemGrain.equals("other")) {
      return ErrorKind.OTHER;
    }
    return goldGrain.equals(systemGrain) ? ErrorKind.ANCHOR : ErrorKind.GRANULARITY;
  }

  private static final Pattern CENTURY = Pattern.compile("\\d{2}");
  private static final Pattern DECADE = Pattern.compile("\\d{3}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern YEAR_PART = Pattern.compile("\\d{4}-(Q\\d|H\\d|SP|SU|FA|WI)");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}(-WE)?");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.+");

  /**
   * How large a stretch of the calendar a fully known value names; "other" for durations, sets,
   * references and anything with unknown digits.
   */
  static String granularity(@Nullable String value) {
    if (value == null) {
      return "other";
    }
    Pattern[] grains = {CENTURY, DECADE, YEAR, YEAR_PART, MONTH, WEEK, DAY, TIME};
    String[] names = {"century", "decade", "year", "part of year", "month", "week", "day", "time"};
    for (int i = 0; i < grains.length; i++) {
      if (grains[i].matcher(value).matches()) {
        return names[i];
      }
    }
    return "other";
  }
}
