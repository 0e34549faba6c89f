package org.eventwire.inspect;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Set;
import org.junit.Test;

public class ResolutionScoreTest {
  @Test
  public void goldFieldsAreSetsOfCodes() {
    assertEquals(Set.of("NPL", "IGO"), ResolutionScore.codes("NPL;IGO"));
    assertEquals(Set.of("NPL", "IGO"), ResolutionScore.codes("IGO; NPL;"));
    assertEquals(Set.of(), ResolutionScore.codes(""));
  }

  @Test
  public void agreementIsExactSetEqualityAndEmptyGoldIsCountedApart() {
    ResolutionScore.Tally tally = new ResolutionScore.Tally();
    assertTrue(tally.add("the Taliban", Set.of("AFG"), Set.of("AFG")));
    assertTrue(tally.add("rival sides", Set.of("SOM", "ETH"), Set.of("ETH", "SOM")));
    assertFalse(tally.add("rival sides", Set.of("SOM", "ETH"), Set.of("SOM")));
    assertFalse(tally.add("Fokker", Set.of("NLD"), Set.of()));
    assertFalse(tally.add("a photographer", Set.of(), Set.of("USA")));
    assertFalse(tally.add("a photographer", Set.of(), Set.of()));
    assertFalse(tally.add("", Set.of("DEU"), Set.of()));
    assertFalse(tally.add("", Set.of(), Set.of()));
    assertEquals(2, tally.agree);
    assertEquals(4, tally.scored);
    assertEquals(3, tally.goldEmpty);
    assertEquals(1, tally.goldEmptyResolved);
    assertEquals(1, tally.noSpan);
    assertEquals("2/4 (50.0%)", tally.cell());
    assertEquals("-", new ResolutionScore.Tally().cell());
  }
}
