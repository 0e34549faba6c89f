package org.eventwire.events;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

/** PLOVER's table of scores and quad classes, as the codebook prints them. */
public class PloverTest {
  @Test
  public void aModeWithARowOfItsOwnHasItsScoreElseTheTypeHasOne() {
    assertEquals(4.0, Plover.score("CONSULT", "visit"), 0.0);
    assertEquals(2.5, Plover.score("CONSULT", null), 0.0);
    assertEquals(-7.5, Plover.score("COERCE", "martial-law"), 0.0);
    assertEquals(-10.0, Plover.score("ASSAULT", "unconventional"), 0.0);
    assertEquals(10.0, Plover.score("RETREAT", "disarm"), 0.0);
    assertEquals("a mode the table lacks", -9.0, Plover.score("ASSAULT", "massacre"), 0.0);
    assertNull(Plover.score("SEIZE", null));
  }

  @Test
  public void quadClassesFollowTheCodebooksSummaryTable() {
    assertEquals(1, (int) Plover.quadClass("CONCEDE"));
    assertEquals(2, (int) Plover.quadClass("RETREAT"));
    assertEquals(3, (int) Plover.quadClass("THREATEN"));
    assertEquals(4, (int) Plover.quadClass("SANCTION"));
    assertEquals(4, (int) Plover.quadClass("ASSAULT"));
    assertNull(Plover.quadClass("CLASH"));
    assertEquals(16, Plover.TYPES.size());
  }

  @Test
  public void eventwiresFormerFinerTypesReadAsPloverTypeModeAndContexts() {
    assertArrayEquals(
        new String[] {"ASSAULT", "", "territory;military"}, Plover.ofFineType("SEIZE"));
    assertArrayEquals(new String[] {"MOBILIZE", "troops", "military"}, Plover.ofFineType("DEPLOY"));
    assertArrayEquals(new String[] {"RETREAT", "release", ""}, Plover.ofFineType("FREE"));
    assertNull(Plover.ofFineType("ASSAULT"));
  }
}
