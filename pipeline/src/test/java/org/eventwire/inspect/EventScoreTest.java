package org.eventwire.inspect;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import org.junit.Test;

public class EventScoreTest {
  @Test
  public void typesAreScoredPerSentenceAndTodaysFinerTypesReadAsPlover() {
    EventScore.Tally tally = new EventScore.Tally();
    EventScore.Sentence seized = new EventScore.Sentence("dev");
    seized.gold("ASSAULT", "the Taliban", "Ghazni");
    seized.found("SEIZE", "Taliban", "Kabul");
    tally.add(seized);
    EventScore.Sentence none = new EventScore.Sentence("dev");
    none.found("AGREE", "Manila", "");
    tally.add(none);
    EventScore.Sentence missed = new EventScore.Sentence("dev");
    missed.gold("REQUEST", "the ministry", "");
    tally.add(missed);

    assertArrayEquals(new int[] {1, 0, 0}, tally.perType.get("ASSAULT"));
    assertArrayEquals(new int[] {0, 1, 0}, tally.perType.get("AGREE"));
    assertArrayEquals(new int[] {0, 0, 1}, tally.perType.get("REQUEST"));
    assertArrayEquals(new double[] {0.5, 0.5, 0.5}, tally.micro(), 1e-9);
    // Macro over the gold's types: ASSAULT 1.0, REQUEST 0.0.
    assertEquals(0.5, tally.macroF1(), 1e-9);
    assertEquals(2, tally.withGoldEvent);
    assertEquals(1, tally.withGoldEventNothingFound);
    assertEquals(1, tally.actorAgrees);
    assertEquals(0, tally.recipientAgrees);
    assertEquals(1, tally.recipientCoded);
    assertEquals(Map.of("AGREE", 1), tally.confusion.get("NONE"));
    assertEquals(Map.of("NONE", 1), tally.confusion.get("REQUEST"));
  }

  @Test
  public void entitiesMatchWhenOneNameHoldsTheOther() {
    assertTrue(EventScore.sameEntity("the Taliban", "Taliban"));
    assertTrue(EventScore.sameEntity("President Ashraf Ghani", "Ghani"));
    assertTrue(EventScore.sameEntity("France;Germany", "German"));
    assertFalse(EventScore.sameEntity("Pakistani forces", "Afghans"));
    assertFalse(EventScore.sameEntity("Herat", ""));
  }
}
