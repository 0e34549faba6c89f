package org.eventwire.events;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/** Which sentences the annotator may leave unparsed: those that cannot give an event. */
public class EventCandidateTest {
  private static EventLexicon lexicon(String tsv) throws IOException {
    return EventLexicon.parse(
        new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test");
  }

  @Test
  public void aTriggerOrTheFirstWordOfAPhrasalTriggerMayTrigger() throws IOException {
    EventLexicon lexicon =
        lexicon("seize\tVERB\tSEIZE\ntake over\tVERB\tSEIZE\nattack\tNOUN\tASSAULT\n");
    assertTrue(lexicon.mayTrigger("seize", EventLexicon.Pos.VERB));
    assertTrue(lexicon.mayTrigger("Take", EventLexicon.Pos.VERB));
    assertFalse(lexicon.mayTrigger("over", EventLexicon.Pos.VERB));
    assertTrue(lexicon.mayTrigger("attack", EventLexicon.Pos.NOUN));
    assertFalse(lexicon.mayTrigger("attack", EventLexicon.Pos.VERB));
    assertFalse(lexicon.mayTrigger("table", EventLexicon.Pos.NOUN));
  }

  @Test
  public void aVerbThatCodesOnlyWithItsObjectMayTriggerOnlyWhenTheSentenceHoldsIt()
      throws IOException {
    EventLexicon lexicon =
        lexicon(
            "lemma\tpos\tevent_type\tobject\n"
                + "hold\tVERB\tCONSULT\ttalk\n"
                + "hold\tVERB\tNONE\t\n"
                + "attack\tVERB\tASSAULT\t\n");
    assertTrue(lexicon.mayTrigger("hold", EventLexicon.Pos.VERB, Set.of("iran", "hold", "talk")));
    assertFalse(lexicon.mayTrigger("hold", EventLexicon.Pos.VERB, Set.of("iran", "hold", "view")));
    assertTrue(lexicon.mayTrigger("attack", EventLexicon.Pos.VERB, Set.of("attack")));
    EventExtractor extractor = new EventExtractor(lexicon);
    assertFalse(
        extractor.mayReportEvent(
            List.of("Iran", "hold", "view"), List.of("NNP", "VBZ", "NNS"), true));
    assertTrue(
        extractor.mayReportEvent(
            List.of("Iran", "hold", "talk"), List.of("NNP", "VBZ", "NNS"), true));
  }

  @Test
  public void aSentenceNeedsATriggerAndAnEntityThatCanFillARole() throws IOException {
    EventExtractor extractor = new EventExtractor(lexicon("seize\tVERB\tSEIZE\n"));
    List<String> lemmas = List.of("Taliban", "seize", "Herat");
    List<String> tags = List.of("NNP", "VBD", "NNP");
    assertTrue(extractor.mayReportEvent(lemmas, tags, true));
    assertFalse(
        "no entity to be actor, target or place", extractor.mayReportEvent(lemmas, tags, false));
    assertTrue(
        "a common noun naming an agent can be the actor",
        extractor.mayReportEvent(
            List.of("police", "seize", "weapon"), List.of("NNS", "VBD", "NNS"), false));
    assertFalse(
        "seize as a noun is not in this lexicon",
        extractor.mayReportEvent(lemmas, List.of("NNP", "NN", "NNP"), true));
    assertFalse(
        extractor.mayReportEvent(
            List.of("weather", "be", "fine"), List.of("NN", "VBD", "JJ"), true));
    assertTrue(EventExtractor.canFillRole("CITY"));
    assertFalse(EventExtractor.canFillRole("NUMBER"));
  }

  @Test
  public void aPhrasalVerbMayTriggerOnlyBesideItsParticleAndSportNever() throws IOException {
    EventLexicon lexicon = lexicon("take over\tVERB\tSEIZE\nattack\tVERB\tASSAULT\n");
    assertTrue(lexicon.mayTrigger("take", EventLexicon.Pos.VERB, Set.of("take", "over", "city")));
    assertFalse(lexicon.mayTrigger("take", EventLexicon.Pos.VERB, Set.of("take", "place")));
    EventExtractor extractor = new EventExtractor(lexicon);
    assertFalse(
        "a cricket match is no event",
        extractor.mayReportEvent(
            List.of("England", "attack", "in", "the", "cricket", "match"),
            List.of("NNP", "VBD", "IN", "DT", "NN", "NN"),
            true));
    assertFalse(
        "the Ashes Test",
        extractor.mayReportEvent(
            List.of("England", "attack", "in", "the", "Ashes", "Test"),
            List.of("NNP", "VBD", "IN", "DT", "NNP", "NNP"),
            true));
    assertTrue(
        extractor.mayReportEvent(
            List.of("England", "attack", "the", "test", "site"),
            List.of("NNP", "VBD", "DT", "NN", "NN"),
            true));
  }

  @Test
  public void aPluralTheLemmatizerLeavesAsItIsStillNamesTheSingularsRow() throws IOException {
    EventExtractor extractor =
        new EventExtractor(
            lexicon(
                "lemma\tpos\tevent_type\tobject\n"
                    + "dispatch\tVERB\tMOBILIZE\ttroop\n"
                    + "dispatch\tVERB\tNONE\t\n"));
    assertTrue(
        "\"dispatched troops\": the row for troop may code",
        extractor.mayReportEvent(
            List.of("France", "dispatch", "troops"), List.of("NNP", "VBD", "NNS"), true));
    assertFalse(
        "\"dispatched experts\": no row may code",
        extractor.mayReportEvent(
            List.of("France", "dispatch", "experts"), List.of("NNP", "VBD", "NNS"), true));
  }

  @Test
  public void basketballWordsAndRefereesMarkSport() throws IOException {
    EventExtractor extractor = new EventExtractor(lexicon("abuse\tVERB\tASSAULT\n"));
    assertFalse(
        extractor.mayReportEvent(
            List.of("Fortson", "abuse", "a", "referee"), List.of("NNP", "VBD", "DT", "NN"), true));
    assertFalse(
        extractor.mayReportEvent(
            List.of("the", "NBA", "abuse", "Fortson"), List.of("DT", "NNP", "VBD", "NNP"), true));
    assertTrue(
        extractor.mayReportEvent(
            List.of("Fortson", "abuse", "a", "reporter"), List.of("NNP", "VBD", "DT", "NN"), true));
  }

  @Test
  public void aPartyOrAnAllianceNamedLeagueIsNoSport() {
    List<String> tags = List.of("DT", "NNP", "NNP", "VBD", "NNP");
    assertFalse(EventExtractor.isSport(List.of("the", "Arab", "League", "urge", "Ethiopia"), tags));
    assertFalse(
        EventExtractor.isSport(
            List.of("the", "National", "League", "for", "Democracy"),
            List.of("DT", "NNP", "NNP", "IN", "NNP")));
    assertTrue(
        EventExtractor.isSport(List.of("the", "Champions", "League", "draw", "Chelsea"), tags));
    assertTrue(
        "a league in lower case is sport",
        EventExtractor.isSport(
            List.of("the", "Arab", "league", "beat", "Chelsea"),
            List.of("DT", "JJ", "NN", "VBD", "NNP")));
  }
}
