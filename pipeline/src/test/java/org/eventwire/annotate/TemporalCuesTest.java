package org.eventwire.annotate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.junit.Test;

/** The cue words SUTime's windows are built around, and the windows themselves: pure logic. */
public class TemporalCuesTest {

  @Test
  public void calendarWordsUnitsNumbersAndDeicticsAreCues() {
    for (String word :
        new String[] {
          "Tuesday",
          "tuesday's",
          "Tues.",
          "April",
          "Sept.",
          "1997",
          "12:30",
          "3rd",
          "weeks",
          "decades-long",
          "one-dayers",
          "mid-April",
          "bi-monthly",
          "yesterday",
          "tonight",
          "a.m.",
          "Christmas",
          "nineties",
          "time",
          "ago",
          "Overnight",
          "WINTER"
        }) {
      assertTrue(word, TemporalCues.isCue(word));
    }
  }

  @Test
  public void wordsThatOnlyModifyAnExpressionAreNot() {
    for (String word :
        new String[] {
          "the",
          "end",
          "early",
          "last",
          "next",
          "of",
          "said",
          "police",
          "Kabul",
          "Taliban",
          "beginning",
          "half",
          "-",
          ","
        }) {
      assertFalse(word, TemporalCues.isCue(word));
    }
  }

  private static String show(List<int[]> windows) {
    StringBuilder out = new StringBuilder();
    for (int[] w : windows) {
      out.append('[').append(w[0]).append(',').append(w[1]).append(')');
    }
    return out.toString();
  }

  private static boolean[] cuesAt(int length, int... positions) {
    boolean[] cues = new boolean[length];
    for (int p : positions) {
      cues[p] = true;
    }
    return cues;
  }

  @Test
  public void noCueMeansNoWindow() {
    assertEquals("", show(CueWindowedSutime.windows(cuesAt(30), 6)));
  }

  @Test
  public void aWindowIsTheCueWithItsMarginClippedToTheSentence() {
    assertEquals("[4,17)", show(CueWindowedSutime.windows(cuesAt(30, 10), 6)));
    assertEquals("[0,4)", show(CueWindowedSutime.windows(cuesAt(30, 1), 2)));
    assertEquals("[25,30)", show(CueWindowedSutime.windows(cuesAt(30, 28), 3)));
  }

  @Test
  public void windowsThatTouchOrOverlapAreOne() {
    // 3+2 reaches 5, and 8-2 starts at 6: [1,6) and [6,11) touch.
    assertEquals("[1,11)", show(CueWindowedSutime.windows(cuesAt(30, 3, 8), 2)));
    assertEquals("[1,6)[7,12)", show(CueWindowedSutime.windows(cuesAt(30, 3, 9), 2)));
    assertEquals("[0,30)", show(CueWindowedSutime.windows(cuesAt(30, 0, 10, 20, 29), 6)));
  }

  private static CoreMap number(String text, String type, Number value) {
    CoreMap item = new ArrayCoreMap();
    item.set(CoreAnnotations.TextAnnotation.class, text);
    item.set(CoreAnnotations.NumericCompositeTypeAnnotation.class, type);
    item.set(CoreAnnotations.NumericCompositeValueAnnotation.class, value);
    return item;
  }

  @Test
  public void aCountInFiguresIsNoCueButAYearAClockFigureOrAnOrdinalIs() {
    assertFalse(CueWindowedSutime.numberCanBeTime(number("12", "NUMBER", 12)));
    assertFalse(CueWindowedSutime.numberCanBeTime(number("10,000", "NUMBER", 10000)));
    assertFalse(CueWindowedSutime.numberCanBeTime(number("3.5", "NUMBER", 3.5)));
    assertFalse(CueWindowedSutime.numberCanBeTime(number("350", "NUMBER", 350)));
    assertTrue(CueWindowedSutime.numberCanBeTime(number("1996", "NUMBER", 1996)));
    assertTrue(CueWindowedSutime.numberCanBeTime(number("0930", "NUMBER", 930)));
    assertTrue(CueWindowedSutime.numberCanBeTime(number("20210812", "NUMBER", 20210812)));
    assertTrue(CueWindowedSutime.numberCanBeTime(number("12th", "ORDINAL", 12)));
    assertTrue(CueWindowedSutime.numberCanBeTime(number("12:30", "NUMBER", 12)));
    assertTrue(CueWindowedSutime.numberCanBeTime(number("twelve", "NUMBER", 12)));
  }
}
