package org.eventwire.annotate;

import static org.eventwire.annotate.CodedSentences.code;
import static org.eventwire.annotate.CodedSentences.has;
import static org.eventwire.annotate.CodedSentences.only;
import static org.eventwire.annotate.CodedSentences.some;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.List;
import org.eventwire.SlowTest;
import org.eventwire.events.EventMention;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/**
 * Constructions PLOVER codes that the event coder used to miss, on sentences parsed by the real
 * CoreNLP models: an event noun carried by a verb, a person's pronoun acted on, a "for X to Y"
 * clause under a governing verb, lexicon rows with an object or a preposition's noun. The sentences
 * are written for this test; each expectation is what the codebook gives the sentence.
 */
@Category(SlowTest.class)
public class PloverRecallTest {
  @Test
  public void anEventNounCarriedByAVerbTakesTheVerbsSubject() {
    EventMention talks =
        only(
            "CONSULT",
            code(
                "The Taliban opened new peace talks with the Afghan government in Doha on Tuesday."));
    assertEquals("Taliban", talks.actorText);
    EventMention continued =
        only(
            "ACCUSE",
            code("Italian prosecutors continued their investigation into the bank on Monday."));
    assertEquals("investigate", continued.mode);
    assertEquals("Italian", continued.actorText);
    EventMention pushed =
        only("ACCUSE", code("French police pushed ahead with their inquiry into the fire."));
    assertEquals("French", pushed.actorText);
  }

  @Test
  public void aPersonsPronounActedOnIsAParticipantAndOnlyANounIsANaturalForce() {
    // No name fills a role: the victim is "he", the doctor is named in another clause, and the
    // heating is of soup, not a heat wave.
    EventMention shot =
        only(
            "ASSAULT",
            code(
                "Dr. Kumar was heating soup in his kitchen in Buffalo when he was gunned down on"
                    + " Friday."));
    assertEquals("firearms", shot.mode);
    assertEquals("gun down", shot.action);
  }

  @Test
  public void aClauseForXToYUnderARequestIsOnlyRequested() {
    List<EventMention> call =
        code(
            "Opposition leader Raila Odinga called on Sunday for President Daniel arap Moi to resign.");
    EventMention request = only("REQUEST", call);
    // People keep the titles written before their names, as the gold set codes them.
    assertEquals("Opposition leader Raila Odinga", request.actorText);
    assertEquals("President Daniel arap Moi", request.targetText);
    assertFalse("the resignation is only demanded: " + call, has("CONCEDE", call));
    assertFalse(call.toString(), has("RETREAT", call));
  }

  @Test
  public void aCallForAProbeIsARequestAndTheProbeIsPartOfIt() {
    List<EventMention> call =
        code("The opposition in Kenya called for an independent probe into the killings.");
    only("REQUEST", call);
    assertFalse("the probe is only called for: " + call, has("ACCUSE", call));
  }

  @Test
  public void rowsWithAnObjectOrAPrepositionsNounMatch() {
    EventMention visit =
        only("CONSULT", code("Prime Minister Romano Prodi made a visit to Tirana on Sunday."));
    assertEquals("visit", visit.mode);
    assertEquals("Prime Minister Romano Prodi", visit.actorText);
    // The codebook's SANCTION expel covers diplomats; other individual expulsions are COERCE.
    EventMention expelled =
        only("SANCTION", code("Russia expelled four British diplomats on Monday."));
    assertEquals("expel", expelled.mode);
    assertEquals("Russia", expelled.actorText);
    List<EventMention> trial =
        code("A former Kenyan minister was sent for trial in Nairobi on Wednesday.");
    only("ACCUSE", trial);
    assertFalse("a trial is no deployment: " + trial, has("MOBILIZE", trial));
  }

  @Test
  public void theCodebooksOwnReadingsOfRescueResignationAndRatification() {
    some("AID", code("Police rescued ten hostages from a farm near Manila on Sunday."));
    some("RETREAT", code("The defence minister resigned on Friday over the scandal."));
    some("SUPPORT", code("The Dutch parliament ratified the treaty on Wednesday."));
  }

  @Test
  public void withheldAssentIsARejection() {
    some("REJECT", code("The Serbian government does not recognize the court in The Hague."));
    some("REJECT", code("The rebels did not accept the offer of talks on Monday."));
  }

  @Test
  public void renewingOrKeepingUpACallACondemnationOrTalksDoesItAgain() {
    EventMention call =
        only(
            "REQUEST",
            code("The Gambian Press Union renewed its call for an inquiry into the murder."));
    assertEquals("Gambian Press Union", call.actorText);
    some("ACCUSE", code("The European Union renewed its condemnation of Iran on Wednesday."));
    some("CONSULT", code("Israel and Syria renewed talks in Washington on Monday."));
    EventMention kept =
        only("ACCUSE", code("Cuba kept up its condemnation of the United States on Thursday."));
    assertEquals("Cuba", kept.actorText);
  }

  @Test
  public void aCallForSomethingIsARequest() {
    some("REQUEST", code("Annan's call for calm on Monday drew wide support in Abidjan."));
  }

  @Test
  public void takenInForQuestioningAndAPoliceSwoopAreArrests() {
    EventMention questioning =
        some(
            "COERCE",
            code(
                "Retired general Fortunato Abat was taken in for questioning by police in Manila on"
                    + " Wednesday."));
    assertEquals("arrest", questioning.mode);
    some("COERCE", code("French police carried out a swoop in Paris on Tuesday."));
  }

  @Test
  public void theArabLeagueIsNoSportsLeague() {
    EventMention urged =
        only(
            "REQUEST",
            code("The Arab League urged Israel to lift its blockade of the port on Thursday."));
    assertEquals("Israel", urged.targetText);
    // A sports league still marks sport: the same words code nothing.
    assertEquals(
        List.of(),
        code("The Premier League urged Chelsea to lift its ban on the fans on Thursday."));
  }

  @Test
  public void slammingAndLambastingAreCriticism() {
    some("ACCUSE", code("Greece on Monday slammed Turkey's decision to close the border."));
    EventMention lambasted =
        only("ACCUSE", code("Senator Jones lambasted the Pentagon over the delays on Tuesday."));
    assertEquals("disapprove", lambasted.mode);
  }

  @Test
  public void forcesAbandoningATownRetreat() {
    EventMention abandoned =
        only("RETREAT", code("Rebel fighters abandoned the town of Jowhar on Sunday."));
    assertEquals("withdraw", abandoned.mode);
    assertFalse(has("RETREAT", code("Mexico abandoned its plan to sell the airline on Sunday.")));
  }

  @Test
  public void sackingAMinisterLevellingChargesAndPushingForAVote() {
    EventMention sacked =
        only(
            "SANCTION",
            code("President Yushchenko on Friday sacked Defence Minister Anatoly Gritsenko."));
    assertEquals("Defence Minister Anatoly Gritsenko", sacked.targetText);
    some(
        "ACCUSE",
        code("Prosecutors in Milan levelled fresh charges against Berlusconi on Monday."));
    some("REQUEST", code("France is pushing for a Security Council vote on Lebanon this week."));
  }
}
