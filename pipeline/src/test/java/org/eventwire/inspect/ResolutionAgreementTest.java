package org.eventwire.inspect;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.Test;

public class ResolutionAgreementTest {
  @Test
  public void oneEventWithTheGoldCodesAgrees() {
    assertTrue(ResolutionAgreement.agrees(Set.of("USA"), List.of(Set.of("GBR"), Set.of("USA"))));
    assertFalse(ResolutionAgreement.agrees(Set.of("USA"), List.of(Set.of("USA", "GBR"))));
  }

  @Test
  public void eventsOfTheConjunctsTogetherAgreeWithACoordinatedRole() {
    // "Poland, Hungary and the Czech Republic joined NATO": one event per country.
    Set<String> gold = Set.of("POL", "HUN", "CZE");
    assertTrue(
        ResolutionAgreement.agrees(gold, List.of(Set.of("CZE"), Set.of("HUN"), Set.of("POL"))));
    assertFalse(ResolutionAgreement.agrees(gold, List.of(Set.of("CZE"), Set.of("HUN"))));
    assertFalse(
        ResolutionAgreement.agrees(
            gold, List.of(Set.of("CZE"), Set.of("HUN"), Set.of("POL"), Set.of("SVK"))));
  }

  @Test
  public void aSingleGoldCountryIsNotMetByTheUnionOfTwoEvents() {
    assertFalse(ResolutionAgreement.agrees(Set.of("USA"), List.of(Set.of(), Set.of())));
    assertTrue(ResolutionAgreement.agrees(Set.of("USA"), List.of(Set.of(), Set.of("USA"))));
  }
}
