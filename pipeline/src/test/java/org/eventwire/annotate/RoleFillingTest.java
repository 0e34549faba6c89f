package org.eventwire.annotate;

import static org.eventwire.annotate.CodedSentences.code;
import static org.eventwire.annotate.CodedSentences.only;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;

import java.util.List;
import org.eventwire.SlowTest;
import org.eventwire.events.EventMention;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/**
 * Who did it and to whom (issues 16 and 17), parsed by the real CoreNLP models: passives without
 * their "be", speakers and victims that are no actors, names the parse hangs loosely on a title,
 * possessors and clauses that say who takes part in an event noun, and deeds that a judgement is
 * aimed at. The sentences are written for this test; each expectation is what a reader coding the
 * sentence under PLOVER would give it.
 */
@Category(SlowTest.class)
public class RoleFillingTest {
  @Test
  public void aPassiveWithoutItsAuxiliaryHasItsSubjectUndergoIt() {
    EventMention headline = only("COERCE", code("Singer Ortiz fined for assaulting photographer"));
    assertNull(headline.toString(), headline.actorText);
    assertEquals("Singer Ortiz", headline.targetText);
    EventMention reduced =
        only("ASSAULT", code("Twelve villagers abducted by rebels were freed on Sunday."));
    assertEquals("rebels", reduced.actorText);
    assertEquals("villagers", reduced.targetText);
    EventMention left =
        only(
            "ASSAULT",
            code("An ambush near the border left five soldiers wounded, the army said."));
    assertNull(left.toString(), left.actorText);
    assertEquals("soldiers", left.targetText);
  }

  @Test
  public void whoReportsOrSuffersAKillingDidNotDoIt() {
    EventMention reported =
        only("ASSAULT", code("The army announced that three soldiers were killed in an ambush."));
    assertNull(reported.toString(), reported.actorText);
    assertEquals("soldiers", reported.targetText);
    EventMention died =
        only("ASSAULT", code("A local mayor died during a clash with rebels, officials said."));
    assertNotEquals(died.toString(), "local mayor", died.actorText);
    assertNotEquals(died.toString(), "mayor", died.actorText);
  }

  @Test
  public void aNameAfterATitleIsWhoTheTitleStandsFor() {
    // "is to meet": a meeting arranged, the codebook's AGREE
    EventMention meeting =
        only("AGREE", code("Bavaria's regional premier Hans Keller is to meet union leaders."));
    assertEquals("Hans Keller", meeting.actorText);
    assertEquals("union leaders", meeting.targetText);
  }

  @Test
  public void thePossessorOrTheClauseTakingPartDoesWhatAnEventNounNames() {
    List<EventMention> visit =
        code("The two leaders met during Schmidt's three-day visit to Rome.");
    EventMention trip =
        visit.stream().filter(m -> m.trigger.equals("visit")).findFirst().orElseThrow();
    assertEquals("Schmidt", trip.actorText);
    EventMention summit =
        only("CONSULT", code("At a summit with President Garcia, the prime minister said so."));
    assertEquals("prime minister", summit.actorText);
    assertEquals("President Garcia", summit.targetText);
    List<EventMention> resigned =
        code("The finance minister and his deputy tendered their resignation on Friday.");
    assertEquals(resigned.toString(), 2, resigned.size());
    assertEquals("finance minister", resigned.get(0).actorText);
    assertEquals("deputy", resigned.get(1).actorText);
  }

  @Test
  public void aReportIsItsAuthorsAndAJudgementOfADeedIsAimedAtItsDoer() {
    EventMention report =
        only("ACCUSE", code("Amnesty International's annual report criticised the government."));
    assertEquals("Amnesty International", report.actorText);
    EventMention condemned =
        only("ACCUSE", code("The president condemned the attack by rebel fighters on the convoy."));
    assertEquals("president", condemned.actorText);
    assertEquals("rebel fighters", condemned.targetText);
  }

  @Test
  public void recipientsNamedAroundTheTriggerAndItsNouns() {
    // A count of people harmed is whom the attack was on, though no agent list names them; a
    // fronted place the parser also made a passive subject is not.
    assertEquals(
        "choristers",
        only("ASSAULT", code("Forty choristers were wounded in the blast, the priest said."))
            .targetText);
    assertEquals(
        "more farmers",
        only("ASSAULT", code("North of the city, two more farmers were killed in an ambush."))
            .targetText);
    // Conjoined passive subjects are each a recipient.
    List<EventMention> arrests =
        code("The governor and his two deputies were arrested on Thursday.");
    assertEquals(2, arrests.stream().filter(m -> m.eventType.equals("COERCE")).count());
    assertEquals(
        "president",
        only("AGREE", code("The rebel leader agreed to talks with the president.")).targetText);
    assertEquals(
        "Nepal",
        only(
                "AID",
                code("The Asian Development Bank approved a loan for Nepal to rebuild its roads."))
            .targetText);
    EventMention anger =
        only(
            "ACCUSE",
            code(
                "The opposition leader expressed his anger at the government's handling of the floods."));
    assertEquals("government", anger.targetText);
    assertEquals(
        "reporter",
        only("ACCUSE", code("The senator lashed out at a reporter on Tuesday.")).targetText);
    assertEquals(
        "government",
        only(
                "REQUEST",
                code("The senator called for a review of the government's policy on refugees."))
            .targetText);
    // A killing's "of" is its victim, not whom the outrage is aimed at.
    EventMention outrage =
        only(
            "ACCUSE",
            code("The union expressed outrage at the army's killing of a striking miner."));
    assertEquals("union", outrage.actorText);
    assertEquals("army", outrage.targetText);
  }

  @Test
  public void troopsAreAnAgentThoughTheirLemmaStaysPlural() {
    EventMention ambush = only("ASSAULT", code("Rebels ambushed our troops near the border."));
    assertEquals("Rebels", ambush.actorText);
    assertEquals("troops", ambush.targetText);
    // Troops sent are what is mobilised; where they go is the recipient.
    EventMention sent =
        only("MOBILIZE", code("The government will send more troops to Kivu province."));
    assertEquals("government", sent.actorText);
    assertEquals("Kivu", sent.targetText);
  }

  @Test
  public void aJourneysTalksAreWithWhomTheyNameElseWithTheStateVisited() {
    assertEquals(
        "President Jacques Chirac",
        only(
                "CONSULT",
                code(
                    "The Chinese president arrived in Paris on Monday for talks with President"
                        + " Jacques Chirac."))
            .targetText);
    assertEquals(
        "Singapore",
        only(
                "CONSULT",
                code(
                    "The Egyptian prime minister arrived on Tuesday for a three-day visit to Singapore."))
            .targetText);
  }
}
