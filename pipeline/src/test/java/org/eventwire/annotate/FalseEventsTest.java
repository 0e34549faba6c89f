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
    List<EventMention> decision =
        code("The governor praised the mayor's decision to ban the march.");
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
  public void cricketGolfAndBasketballAreNoEvents() {
    List<EventMention> batsman =
        code("The batsman hit seven boundaries before he was caught behind off the last ball.");
    assertTrue(batsman.toString(), batsman.isEmpty());
    List<EventMention> golf = code("Miyazato fired five birdies to share the lead in Tokyo.");
    assertTrue(golf.toString(), golf.isEmpty());
    List<EventMention> basketball =
        code("Fortson was suspended for one game by the NBA for abusing a referee in Utah.");
    assertTrue(basketball.toString(), basketball.isEmpty());
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

  @Test
  public void dispatchingPeopleOrThingsIsNoDeploymentButForcesAre() {
    List<EventMention> experts =
        code("The ministry dispatched a team of experts to the flooded region on Monday.");
    assertFalse(experts.toString(), reports("MOBILIZE", experts));
    some("MOBILIZE", code("The government dispatched 500 troops to the border on Monday."));
  }

  @Test
  public void suspendedTradingAndFrozenWagesAreNoSanctionButSuspendedAidAndFrozenTalksAre() {
    List<EventMention> trading =
        code("The Tokyo stock exchange suspended trading in the bank's shares on Monday.");
    assertFalse(trading.toString(), reports("SANCTION", trading));
    List<EventMention> wages = code("The Italian government froze public sector wages on Friday.");
    assertFalse(wages.toString(), reports("SANCTION", wages));
    some("SANCTION", code("The European Union suspended aid to Togo on Monday."));
    some("SANCTION", code("Israel froze talks with the Palestinian Authority on Tuesday."));
  }

  @Test
  public void settlingSomewhereAndProvidingInformationAreNoAgreementOrAid() {
    List<EventMention> settled = code("The Chernenko family settled in California in 1998.");
    assertFalse(settled.toString(), reports("AGREE", settled));
    some("AGREE", code("Ethiopia and Eritrea settled their border dispute on Monday."));
    List<EventMention> boost =
        code("Bank shares provided the main boost to the London market on Friday.");
    assertFalse(boost.toString(), reports("AID", boost));
    some("AID", code("Japan provided food aid to North Korea on Monday."));
  }

  @Test
  public void failingAndRiskingAreNoRefusalOrThreat() {
    List<EventMention> failed =
        code("The Greek finance minister failed to win a seat in the election in Athens.");
    assertFalse(failed.toString(), reports("REJECT", failed));
    List<EventMention> risks =
        code("The former Turkish minister risks a long prison term for the fraud.");
    assertFalse(risks.toString(), reports("THREATEN", risks));
  }

  @Test
  public void figurativeForceAndInvolvementAreNoAttack() {
    List<EventMention> obstacles =
        code("The Iraqi army has overcome many obstacles, the minister said in Baghdad.");
    assertFalse(obstacles.toString(), reports("ASSAULT", obstacles));
    List<EventMention> involved =
        code("Three Kenyan officials were involved in the deal, prosecutors in Nairobi said.");
    assertFalse(involved.toString(), reports("ASSAULT", involved));
    List<EventMention> committed =
        code("Airbus committed itself to building an assembly plant in China.");
    assertFalse(committed.toString(), reports("ASSAULT", committed));
    List<EventMention> silence = code("China broke its silence on the protest on Saturday.");
    assertFalse(silence.toString(), reports("ASSAULT", silence));
  }

  @Test
  public void studyingDiggingDisagreeingAndBeingSwornInAreNoAccusation() {
    List<EventMention> sworn = code("Jaafari was sworn in as prime minister of Iraq in May.");
    assertFalse(sworn.toString(), reports("ACCUSE", sworn));
    List<EventMention> dug = code("Churches in Solo dug holes in their gardens, police said.");
    assertFalse(dug.toString(), reports("ACCUSE", dug));
    List<EventMention> disagree =
        code("Economists in Tokyo disagree about the outlook for the yen.");
    assertFalse(disagree.toString(), reports("ACCUSE", disagree));
    List<EventMention> study = code("Abu Ali went to study at a university in Medina.");
    assertFalse(study.toString(), reports("ACCUSE", study));
  }

  @Test
  public void catchingFireSeekingOfficeTighteningRulesAndConfinedFightingAreNoCoercion() {
    List<EventMention> fire = code("A textile warehouse in Lagos caught fire on Sunday.");
    assertFalse(fire.toString(), reports("COERCE", fire));
    some("COERCE", code("Police in Lagos caught two armed robbers on Sunday."));
    List<EventMention> office = code("Chirac sought a second term as president of France.");
    assertFalse(office.toString(), reports("REQUEST", office));
    List<EventMention> rules = code("Britain tightened the rules on student visas on Monday.");
    assertFalse(rules.toString(), reports("COERCE", rules));
    List<EventMention> confined =
        code("The fighting was confined to the north of Sri Lanka, the army said.");
    assertFalse(confined.toString(), reports("COERCE", confined));
    some("COERCE", code("The junta confined Aung San Suu Kyi to her home in Rangoon."));
  }

  @Test
  public void harmToInterestsAndTargetedMarketsAreNoAttack() {
    List<EventMention> interests =
        code("Iran is damaging its own interests with these remarks, the German minister said.");
    assertFalse(interests.toString(), reports("ASSAULT", interests));
    List<EventMention> markets =
        code("Qantas will target new markets in Asia with the Boeing jets.");
    assertFalse(markets.toString(), reports("ASSAULT", markets));
    List<EventMention> swept =
        code("The Taiwanese film swept the critics' awards in New York on Monday.");
    assertFalse(swept.toString(), reports("ACCUSE", swept));
    assertFalse(swept.toString(), reports("ASSAULT", swept));
  }

  @Test
  public void tryingAssertingAndAnsweringAQuestionAreNoRequest() {
    List<EventMention> tried =
        code("Hoteliers in Hong Kong sought to protect their shops from the rioters.");
    assertFalse(tried.toString(), reports("REQUEST", tried));
    some("REQUEST", code("Iraq sought help from the United Nations on Monday."));
    // Asking for something to do something with is still asking.
    some(
        "REQUEST", code("Kenya is seeking British help to rebuild the police station in Nairobi."));
    List<EventMention> asserted =
        code("Netanyahu insisted that military strength would bring peace to Israel.");
    assertFalse(asserted.toString(), reports("REQUEST", asserted));
    some("REQUEST", code("Israel insisted on limits to the movement of Gazans on Tuesday."));
    List<EventMention> asked =
        code("Asked about the reports, Hanegbi dismissed them as newspaper speculation.");
    assertFalse(asked.toString(), reports("REQUEST", asked));
  }

  @Test
  public void decliningToCommentAndPricesBreachingALevelAreNoRejection() {
    List<EventMention> comment =
        code("Deutsche Boerse declined to comment on the report on Friday.");
    assertFalse(comment.toString(), reports("REJECT", comment));
    some("REJECT", code("The rebels refused to free the French hostages on Monday."));
    List<EventMention> fell =
        code("The German consumer price index declined by 0.5 percent in November.");
    assertFalse(fell.toString(), reports("REJECT", fell));
    List<EventMention> breached =
        code("Crude futures breached 61 dollars per barrel in New York on Friday.");
    assertFalse(breached.toString(), reports("REJECT", breached));
  }

  @Test
  public void hostingRefugeesIsNoMeeting() {
    List<EventMention> refugees = code("Tanzania hosts some 400,000 refugees from Burundi.");
    assertFalse(refugees.toString(), reports("CONSULT", refugees));
  }

  @Test
  public void sackedWorkersOrCoachesAndAbandonedPlansAreNoSanctionOrRetreat() {
    List<EventMention> workers = code("Fiat sacked 2,000 workers in Turin on Monday.");
    assertFalse(workers.toString(), reports("SANCTION", workers));
    List<EventMention> plan = code("Ford abandoned its plan to close the plant in Belgium.");
    assertFalse(plan.toString(), reports("RETREAT", plan));
    // positive control: an office holder sacked is a reduced relation
    List<EventMention> minister =
        code("Prime Minister Koizumi sacked Foreign Minister Makiko Tanaka on Tuesday.");
    assertTrue(minister.toString(), reports("SANCTION", minister));
  }

  @Test
  public void aRelativeClauseOnAPersonTellsWhoTheyAreNotTheNews() {
    List<EventMention> relative =
        code("The minister met the farmers who protested against the dam in Gujarat.");
    assertFalse(relative.toString(), reports("PROTEST", relative));
    List<EventMention> main = code("Farmers protested against the dam in Gujarat on Monday.");
    assertTrue(main.toString(), reports("PROTEST", main));
    // A relative clause on an incident tells the incident: the blasts did kill.
    List<EventMention> incident =
        code("Kenya condemned the blasts which killed twelve people in Nairobi on Friday.");
    assertTrue(incident.toString(), reports("ASSAULT", incident));
  }

  @Test
  public void aClauseOfWhatHasNotHappenedYetIsBackground() {
    List<EventMention> before =
        code("Donors pledged aid to Kabul on Monday before the army withdraws from Helmand.");
    assertFalse(before.toString(), reports("RETREAT", before));
    List<EventMention> until =
        code("The rebels vowed to keep fighting until the army withdraws from Helmand.");
    assertFalse(until.toString(), reports("RETREAT", until));
    List<EventMention> withdrew = code("The army withdrew from Helmand on Monday, officials said.");
    assertTrue(withdrew.toString(), reports("RETREAT", withdrew));
  }

  @Test
  public void anEventNounOfCauseIsBackground() {
    List<EventMention> cause =
        code("Students marched through Dhaka on Monday over the killing of a classmate.");
    assertFalse(cause.toString(), reports("ASSAULT", cause));
    List<EventMention> killing = code("Gunmen killed a student in Dhaka on Monday.");
    assertTrue(killing.toString(), reports("ASSAULT", killing));
  }

  @Test
  public void whatSomeoneTriesOrIsAbleToDoIsNoHappening() {
    List<EventMention> tried = code("The rebels tried to capture the airport at Goma.");
    assertFalse(tried.toString(), reports("ASSAULT", tried));
    List<EventMention> able =
        code("Aid agencies said they were unable to deliver food to the refugees in Goma.");
    assertFalse(able.toString(), reports("AID", able));
    List<EventMention> captured = code("The rebels captured the airport at Goma on Sunday.");
    assertTrue(captured.toString(), reports("ASSAULT", captured));
  }

  @Test
  public void askingIfOrWhetherIsAQuestionNoRequest() {
    List<EventMention> whether =
        code("The judge asked the minister whether he had met the rebel leaders.");
    assertFalse(whether.toString(), reports("REQUEST", whether));
    List<EventMention> asked =
        code("When asked if France would block the plan, the minister said nothing.");
    assertFalse(asked.toString(), reports("REQUEST", asked));
    List<EventMention> request =
        code("The judge asked the minister to hand over the documents to the court.");
    assertTrue(request.toString(), reports("REQUEST", request));
  }

  @Test
  public void aGerundOfCauseOrContentIsNoHappening() {
    List<EventMention> cause =
        code("The former warlord faces the death penalty for murdering four villagers.");
    assertFalse(cause.toString(), reports("ASSAULT", cause));
    List<EventMention> content =
        code("Allawi accused the government of marching the country to the brink of civil war.");
    some("ACCUSE", content);
    assertFalse(content.toString(), reports("PROTEST", content));
    List<EventMention> murdered =
        code("The former warlord murdered four villagers in Sierra Leone, the court heard.");
    assertTrue(murdered.toString(), reports("ASSAULT", murdered));
  }

  @Test
  public void aViolentVerbWhoseSubjectIsAThingThatDoesNoViolenceIsAnotherSense() {
    List<EventMention> prices =
        code("Oil prices shot above 70 dollars a barrel in New York on Friday.");
    assertFalse(prices.toString(), reports("ASSAULT", prices));
    List<EventMention> talks = code("Talks between Chinese and Japanese officials broke down.");
    assertFalse(talks.toString(), reports("ASSAULT", talks));
    // Someone, a weapon or a side named by its members does violence.
    List<EventMention> bomb = code("A car bomb killed 12 Iraqi soldiers in Mosul on Friday.");
    assertTrue(bomb.toString(), reports("ASSAULT", bomb));
    List<EventMention> faction =
        code("A breakaway rebel faction attacked Sudanese army posts on Tuesday.");
    assertTrue(faction.toString(), reports("ASSAULT", faction));
  }

  @Test
  public void callingSomeoneSomethingAsksNothing() {
    List<EventMention> named = code("The Iranian president called Bush a liar on Monday.");
    assertFalse(named.toString(), reports("REQUEST", named));
    List<EventMention> phoned = code("Kenyan villagers called the police on Monday.");
    assertFalse(phoned.toString(), reports("REQUEST", phoned));
    List<EventMention> asked = code("Iran called on Britain to release the sailors on Monday.");
    assertTrue(asked.toString(), reports("REQUEST", asked));
    List<EventMention> clause =
        code("The German minister called Monday for Damascus to stop its support for Hezbollah.");
    assertTrue(clause.toString(), reports("REQUEST", clause));
  }

  @Test
  public void companyAndMarketNewsCodesNothing() {
    List<EventMention> merger =
        code("The boards of Euronext and the NYSE signed a merger agreement in Paris on Friday.");
    assertTrue(merger.toString(), merger.isEmpty());
    List<EventMention> treaty =
        code("The French and German governments signed a treaty in Paris on Friday.");
    assertFalse(treaty.toString(), treaty.isEmpty());
  }

  @Test
  public void whatAMainClauseToldInThePastPerfectOrYearsAgoIsHistory() {
    List<EventMention> perfect = code("Japan had imposed a ban on Canadian beef in May 2003.");
    assertFalse(perfect.toString(), reports("SANCTION", perfect) || reports("COERCE", perfect));
    List<EventMention> reported = code("Afghan police said they had arrested three Taliban men.");
    assertTrue(reported.toString(), reports("COERCE", reported));
  }

  @Test
  public void whatOneFailedToDoDidNotHappenAndFailingToAgreeIsRejection() {
    List<EventMention> stop =
        code("Israeli police failed to stop the Palestinian attack in Hebron.");
    assertFalse(stop.toString(), reports("RETREAT", stop));
    List<EventMention> agree =
        code("Israeli and Palestinian negotiators failed to reach agreement on Sunday.");
    assertTrue(agree.toString(), reports("REJECT", agree));
    assertFalse(agree.toString(), reports("AGREE", agree));
  }

  @Test
  public void defendingOnesOwnDecisionEndorsesNoOneElse() {
    List<EventMention> own = code("The Chilean president defended her decision to deny a funeral.");
    assertFalse(own.toString(), reports("SUPPORT", own));
    List<EventMention> other = code("The Chilean president defended the army chief on Monday.");
    assertTrue(other.toString(), reports("SUPPORT", other));
  }

  @Test
  public void whatAnAccusationAllegesIsItsContent() {
    List<EventMention> charged =
        code("A Japanese woman charged that a US sailor raped and assaulted her in Okinawa.");
    assertFalse(charged.toString(), reports("ASSAULT", charged));
    assertTrue(charged.toString(), reports("ACCUSE", charged));
  }

  @Test
  public void canAndMustTellNoHappening() {
    List<EventMention> can = code("Hong Kong people can protest against the Chinese government.");
    assertFalse(can.toString(), reports("PROTEST", can));
    List<EventMention> did = code("Hong Kong people protested against the Chinese government.");
    assertTrue(did.toString(), reports("PROTEST", did));
  }

  @Test
  public void mourningADeathAndSigningABusinessContractAreNoEvents() {
    List<EventMention> mourned =
        code("The minister said he deeply regretted the death of the singer.");
    assertFalse(mourned.toString(), reports("ACCUSE", mourned));
    List<EventMention> contract =
        code("The firm signed a contract with the ministry to build a bridge.");
    assertTrue(contract.toString(), contract.isEmpty());
  }
}
