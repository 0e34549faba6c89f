package org.eventwire.annotate;

import static org.eventwire.annotate.CodedSentences.code;
import static org.eventwire.annotate.CodedSentences.some;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.eventwire.SlowTest;
import org.eventwire.events.EventMention;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/**
 * Sentences that name an event without reporting it (issue 16, precision), parsed by the real
 * CoreNLP models: background nouns and clauses, what a request governs, cautions, negative
 * subjects, forecasts, and word senses that are no event. The sentences are written for this test;
 * each expectation is what a reader coding the sentence under PLOVER would give it.
 */
@Category(SlowTest.class)
public class FalseEventsTest {
  /** Types coded as happening: negated, hypothetical and historical mentions left out. */
  private static boolean reports(String type, List<EventMention> mentions) {
    return mentions.stream()
        .anyMatch(
            m ->
                type.equals(m.eventType)
                    && !"negation".equals(m.auxMode)
                    && !"hypothetical".equals(m.auxMode)
                    && !"historical".equals(m.auxMode));
  }

  @Test
  public void anEventNounThatIsDescribedConcededOrQualifiedIsBackground() {
    List<EventMention> described =
        code("The vote was a clear demonstration of the party's strength, the minister said.");
    assertFalse(described.toString(), reports("PROTEST", described));
    List<EventMention> conceded =
        code("Fighting broke out in Mogadishu on Monday despite a truce between the militias.");
    assertFalse(conceded.toString(), reports("AGREE", conceded));
    List<EventMention> qualified =
        code("Prosecutors said the two men were responsible for the bombings in Nairobi.");
    assertFalse(qualified.toString(), reports("ASSAULT", qualified));
    List<EventMention> related =
        code("The raid on the village is not linked to the election, the governor said.");
    assertFalse(related.toString(), reports("ASSAULT", related));
    List<EventMention> guarded =
        code("The army built a wall to protect the villages from attacks by the militias.");
    assertFalse(guarded.toString(), reports("ASSAULT", guarded));
    List<EventMention> press = code("The police held a news conference in Nairobi on Monday.");
    assertFalse(press.toString(), reports("CONSULT", press));
    // Talks that remain stalled are still talks: going on is no relation to something else.
    List<EventMention> stalled = code("Peace talks in Doha remain stalled, officials said.");
    assertTrue(stalled.toString(), reports("CONSULT", stalled));
  }

  @Test
  public void whatAReactionReactsToIsItsCauseNotNews() {
    List<EventMention> criticism =
        code("The minister criticised the opposition leader for his attack on the judges.");
    some("ACCUSE", criticism);
    assertFalse(criticism.toString(), reports("ASSAULT", criticism));
  }

  @Test
  public void aClauseThatOnlyQualifiesANounReportsNoEvent() {
    List<EventMention> decision = code("The mayor defended his decision to ban the march.");
    some("SUPPORT", decision);
    assertFalse(decision.toString(), reports("COERCE", decision));
    List<EventMention> plan =
        code("Opposition leaders said the plan to arrest the editors was illegal.");
    assertFalse(plan.toString(), reports("COERCE", plan));
    // The first to do something did it.
    List<EventMention> first =
        code("Britain was the first country to impose sanctions on the junta.");
    assertTrue(first.toString(), reports("SANCTION", first));
    List<EventMention> scandal =
        code("Prosecutors investigated the scandal surrounding the construction company.");
    some("ACCUSE", scandal);
    assertFalse(scandal.toString(), reports("COERCE", scandal));
    List<EventMention> casualties =
        code("Fresh violence erupted in three towns at the weekend injuring at least 20 people.");
    assertTrue(casualties.toString(), reports("ASSAULT", casualties));
    List<EventMention> standing =
        code("Officials met leaders of the groups that oppose the new constitution.");
    some("CONSULT", standing);
    assertFalse(standing.toString(), reports("REJECT", standing));
    // An official act states its content: the decree calls on the ministries.
    some("REQUEST", code("The president issued a decree calling on all ministries to save fuel."));
  }

  @Test
  public void aRelativeClauseInThePresentTellsAStandingProperty() {
    List<EventMention> warrant =
        code(
            "Interpol issued a warrant for the former minister, who is accused of ordering the"
                + " killings.");
    EventMention threat = some("THREATEN", warrant);
    assertEquals("arrest", threat.mode);
    assertFalse(warrant.toString(), reports("ACCUSE", warrant));
  }

  @Test
  public void anEventDeepInWhatARequestGovernsIsOnlyRequested() {
    List<EventMention> urged =
        code("The council urged the government to step up its efforts to free the hostages.");
    some("REQUEST", urged);
    assertFalse(urged.toString(), reports("RETREAT", urged));
    List<EventMention> resign =
        code("The opposition leader called on Sunday for Prime Minister Sharif to resign.");
    // A person keeps the title written before the name, as the gold set codes it.
    assertEquals("Prime Minister Sharif", some("REQUEST", resign).targetText);
    assertFalse(resign.toString(), reports("CONCEDE", resign));
  }

  @Test
  public void aCautionThatWarnsNoOneAndAnnouncesNoHostileActIsNoThreat() {
    List<EventMention> caution =
        code(
            "The electoral commission cautioned that official results would not be available"
                + " before Friday.");
    assertFalse(caution.toString(), reports("THREATEN", caution));
    EventMention warning =
        some("THREATEN", code("The army warned the rebels that it would shell their camps."));
    assertEquals("rebels", warning.targetText);
  }

  @Test
  public void aNegativeSubjectNegatesAndWhatIsLikelyIsAForecast() {
    EventMention nobody = some("COERCE", code("Nobody was arrested in Lagos, police said."));
    assertEquals("negation", nobody.auxMode);
    EventMention likely =
        some("REJECT", code("The treaty is likely to be rejected by the Senate next week."));
    assertEquals("hypothetical", likely.auxMode);
  }

  @Test
  public void wordSensesThatAreNoEvent() {
    List<EventMention> takeOff = code("Two military aircraft took off from Kabul airport.");
    assertFalse(takeOff.toString(), reports("ASSAULT", takeOff));
    List<EventMention> back = code("The prime minister returned to London on Sunday.");
    assertFalse(back.toString(), reports("RETREAT", back));
    EventMention visit =
        some("CONSULT", code("The Italian prime minister made a visit to Tirana on Sunday."));
    assertEquals("visit", visit.mode);
    EventMention trial =
        some("ACCUSE", code("The former aide was sent for trial at the Old Bailey on Wednesday."));
    assertEquals("allege", trial.mode);
    List<EventMention> casualties =
        code("Rebels inflicted heavy casualties on government troops near Juba.");
    some("ASSAULT", casualties);
    assertFalse(casualties.toString(), reports("COERCE", casualties));
  }

  @Test
  public void broadVerbsCodeOnlyWithTheObjectTheirTypeNeeds() {
    // RETREAT is a withdrawal of forces or a release of people: travel and abandoned things are
    // not.
    List<EventMention> travel = code("The prime minister left Paris for Brussels on Monday.");
    assertFalse(travel.toString(), reports("RETREAT", travel));
    List<EventMention> truck = code("The driver abandoned the truck near the border on Sunday.");
    assertFalse(truck.toString(), reports("RETREAT", truck));
    List<EventMention> figures =
        code("The statistics office released new inflation figures on Tuesday.");
    assertFalse(figures.toString(), reports("RETREAT", figures));
    some("RETREAT", code("The rebels released two hostages in Jolo on Tuesday."));
    // Lifting a curfew is a concession in the codebook (CONCEDE), not a material retreat.
    some("CONCEDE", code("The government lifted the curfew in Dili on Friday."));
    // MOBILIZE needs forces moved: a letter sent is not.
    List<EventMention> letter = code("The union sent a letter to the prime minister on Monday.");
    assertFalse(letter.toString(), reports("MOBILIZE", letter));
    some("MOBILIZE", code("Britain sent 500 marines to the island on Friday."));
    // SANCTION needs ties, aid or supplies cut: interest rates are not.
    List<EventMention> rates = code("The central bank cut interest rates on Thursday.");
    assertFalse(rates.toString(), reports("SANCTION", rates));
    some("SANCTION", code("Libya cut diplomatic ties with Chad on Monday."));
    // A market reaching a level attacks no one.
    List<EventMention> euro = code("The euro hit a record high against the dollar on Monday.");
    assertFalse(euro.toString(), reports("ASSAULT", euro));
  }

  @Test
  public void forcesStationedSomewhereAreAStateNotAMobilisation() {
    List<EventMention> stationed =
        code("Some 30,000 American troops are stationed in South Korea.");
    assertFalse(stationed.toString(), reports("MOBILIZE", stationed));
    some("MOBILIZE", code("Washington deployed 3,000 troops to Kuwait on Monday."));
  }

  @Test
  public void goodsOrPeopleSentSomewhereAreNoDeploymentButTroopsAre() {
    List<EventMention> goods = code("The company sent the spare parts to Rotterdam on Friday.");
    assertTrue(goods.toString(), goods.isEmpty());
    List<EventMention> bare = code("The agency sent back its answer within a week.");
    assertFalse(bare.toString(), reports("MOBILIZE", bare));
    // The lemmatizer leaves "troops" unreduced: the rows for troop must still read it, and beat
    // the CAMEO row that reads any sending to somewhere as military cooperation.
    some("MOBILIZE", code("Paris is sending 800 troops to the border, the ministry said."));
  }

  @Test
  public void curbedMarketsCollapsesAndBlockedMotionsAreNoCoercionOrSanction() {
    List<EventMention> curbed =
        code("New taxes on second homes have helped curb speculation in the housing market.");
    assertFalse(curbed.toString(), reports("COERCE", curbed));
    List<EventMention> collapsed =
        code("The steel group collapsed in January under debts of five billion dollars.");
    assertFalse(collapsed.toString(), reports("SANCTION", collapsed));
    List<EventMention> blocked = code("France blocked the draft resolution at the meeting.");
    assertFalse(blocked.toString(), reports("COERCE", blocked));
    List<EventMention> undermined =
        code("Corrupt officials often undermine the government's reform effort, he said.");
    assertFalse(undermined.toString(), reports("SANCTION", undermined));
    // What restricts people is still coercion.
    some("COERCE", code("The army imposed a curfew on the town on Monday."));
    some("COERCE", code("Police imposed a ban on rallies in the capital on Friday."));
  }

  @Test
  public void issuingAStatementIsSayingNotComplaining() {
    List<EventMention> statement =
        code("The railway company issued a statement on Tuesday about the new timetable.");
    assertFalse(statement.toString(), reports("ACCUSE", statement));
    some("ACCUSE", code("The ministry issued a statement condemning the bombing of the embassy."));
  }

  @Test
  public void anEventNounOnlyEnvisagedIsHypothetical() {
    List<EventMention> possible =
        code("The council discussed possible sanctions against Syria on Monday.");
    assertFalse(possible.toString(), reports("SANCTION", possible));
    List<EventMention> proposed = code("Both sides rejected the proposed ceasefire on Sunday.");
    assertFalse(proposed.toString(), reports("AGREE", proposed));
  }

  @Test
  public void cricketAndGolfAreNoEvents() {
    List<EventMention> batsman =
        code("The batsman hit seven boundaries before he was caught behind off the last ball.");
    assertTrue(batsman.toString(), batsman.isEmpty());
    List<EventMention> golf = code("Miyazato fired five birdies to share the lead in Tokyo.");
    assertTrue(golf.toString(), golf.isEmpty());
  }

  @Test
  public void aQuestionAndWhatIsAskedForReportNothingDone() {
    List<EventMention> question = code("Who ordered the arrest of the journalists in Minsk?");
    assertFalse(question.toString(), reports("COERCE", question));
    List<EventMention> asked =
        code("The Red Cross called on Monday for the release of the hostages in Baghdad.");
    some("REQUEST", asked);
    assertFalse(asked.toString(), reports("RETREAT", asked));
  }
}
