package org.eventwire.inspect;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.eventwire.inspect.TimexScore.ErrorKind;
import org.eventwire.inspect.TimexScore.Span;
import org.junit.Test;

public class TimexScoreTest {
  @Test
  public void spansAndValuesAreScoredAsTempEvalThreeDoes() {
    List<Span> gold =
        List.of(
            new Span("a.txt", 0, 6, "1998-08-07"),
            new Span("a.txt", 10, 20, "1998-08"),
            new Span("a.txt", 30, 35, "P1W"),
            new Span("a.txt", 40, 45, "1998-08-14"));
    List<Span> system =
        List.of(
            new Span("a.txt", 0, 6, "1998-08-07"), // same span, right value
            new Span("a.txt", 10, 15, "1998-W32"), // overlapping, a week for a month
            new Span("a.txt", 30, 35, null), // same span, no value
            new Span("a.txt", 41, 45, "1998-08-21"), // overlapping, a week off
            new Span("a.txt", 50, 55, "1999"), // nothing in the gold
            new Span("b.txt", 0, 6, "1998-08-07")); // a file without gold expressions
    TimexScore.Tally t = TimexScore.score(gold, system);

    // 4 gold, 6 found; 2 strict matches, 4 relaxed, 1 right value.
    assertEquals(2.0 * 2 / 10, t.strictF1(), 1e-9);
    assertEquals(2.0 * 4 / 10, t.relaxedF1(), 1e-9);
    assertEquals(0.25, t.valueAccuracy(), 1e-9);
    assertEquals(2.0 * 1 / 10, t.valueF1(), 1e-9);
    assertEquals(1, t.errors(ErrorKind.GRANULARITY));
    assertEquals(1, t.errors(ErrorKind.UNRESOLVED));
    assertEquals(1, t.errors(ErrorKind.ANCHOR));
    assertEquals(0, t.errors(ErrorKind.OTHER));
    assertEquals(0, t.missed());
    assertEquals(2, t.spurious());
  }

  @Test
  public void eachExpressionMatchesOnceTheLargestOverlapFirst() {
    List<Span> gold = List.of(new Span("a.txt", 0, 10, "1998-08-07"));
    List<Span> system =
        List.of(new Span("a.txt", 0, 4, "1998-08-07"), new Span("a.txt", 5, 10, "1998-08"));
    TimexScore.Tally t = TimexScore.score(gold, system);

    // [5, 10) overlaps the gold by 5 characters, [0, 4) by 4: the first is the match, the second
    // is spurious, and the match has the wrong value.
    assertEquals(0, t.missed());
    assertEquals(1, t.spurious());
    assertEquals(0.0, t.valueAccuracy(), 1e-9);
    assertEquals(1, t.errors(ErrorKind.GRANULARITY));
  }

  @Test
  public void wrongValuesAreSortedByKind() {
    assertEquals(ErrorKind.ANCHOR, TimexScore.errorKind("1998-08-07", "1998-08-14"));
    assertEquals(ErrorKind.ANCHOR, TimexScore.errorKind("1998-11", "1999-11"));
    assertEquals(ErrorKind.GRANULARITY, TimexScore.errorKind("1998-10", "1998"));
    assertEquals(ErrorKind.GRANULARITY, TimexScore.errorKind("1999-02-04", "1999-02-04TNI"));
    assertEquals(ErrorKind.UNRESOLVED, TimexScore.errorKind("1998-08-07", null));
    assertEquals(ErrorKind.UNRESOLVED, TimexScore.errorKind("1998-08-07", "XXXX-WXX-5"));
    assertEquals(ErrorKind.OTHER, TimexScore.errorKind("P1W", "1998-W33"));
    assertEquals(ErrorKind.OTHER, TimexScore.errorKind("P12Y", "P13Y"));
  }

  @Test
  public void storiesSplitIntoDevAndHeldOutByTheirNames() {
    // SHA-256 of the name begins with byte 46 (not a multiple of 3) and 132 (one).
    assertEquals(false, DateScore.heldOut("APW19980807.0261.txt"));
    assertEquals(true, DateScore.heldOut("APW19980930.0425.txt"));
    long heldOut =
        java.util.stream.IntStream.range(0, 300)
            .filter(i -> DateScore.heldOut("story" + i + ".txt"))
            .count();
    // About a third.
    assertEquals(100, heldOut, 30);
  }
}
