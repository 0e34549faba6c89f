package org.eventwire.annotate;

import static org.eventwire.annotate.CodedSentences.code;
import static org.eventwire.annotate.CodedSentences.has;
import static org.eventwire.annotate.CodedSentences.only;
import static org.eventwire.annotate.CodedSentences.some;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.eventwire.SlowTest;
import org.eventwire.events.EventMention;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/**
 * PLOVER coding of sentences parsed by the real CoreNLP models: patterns on the parse, governing
 * verbs, negation and modality, agent nouns and recipients. The sentences are written for this
 * test; each expectation is what the PLOVER codebook gives the sentence.
 */
@Category(SlowTest.class)
public class PloverCodingTest {
  @Test
  public void aLightVerbAndItsObjectAreOneEvent() {
    EventMention talks = some("CONSULT", code("Iran and Iraq held talks in Geneva on Monday."));
    assertEquals("hold", talks.action);
    EventMention demo =
        some("PROTEST", code("Students staged a demonstration outside parliament."));
    assertEquals("demo", demo.mode);
    assertEquals("Students", demo.actorText);
    EventMention fire = some("ASSAULT", code("Soldiers opened fire on the crowd in Lahore."));
    assertEquals("firearms", fire.mode);
    assertEquals("Soldiers", fire.actorText);
  }

  @Test
  public void aCommonNounNamingAnAgentActsWhenNoNameDoes() {
    EventMention arrest =
        some("COERCE", code("Police arrested the opposition leader in Dhaka on Monday."));
    assertEquals("arrest", arrest.mode);
    assertEquals("Police", arrest.actorText);
    assertEquals("opposition leader", arrest.targetText);
  }

  @Test
  public void theRecipientMayStandAfterAPreposition() {
    // International sanctions: SANCTION discontinue, as the manual's SANCTION chapter says.
    EventMention sanctions =
        some("SANCTION", code("The European Union imposed sanctions on Iran on Tuesday."));
    assertEquals("discontinue", sanctions.mode);
    assertEquals("European Union", sanctions.actorText);
    assertEquals("Iran", sanctions.targetText);
    EventMention clash =
        some(
            "ASSAULT",
            code(
                "Clashes erupt at border\n\nPakistani forces clashed on Thursday with hundreds of"
                    + " Afghans stranded on"
                    + " Pakistan's side of a border crossing with Afghanistan after its closure by"
                    + " Taliban insurgents."));
    assertEquals("Pakistani", clash.actorText);
    assertEquals("Afghans", clash.targetText);
  }

  @Test
  public void aGoverningVerbOfRequestOrRefusalIsTheEventInPlaceOfWhatItGoverns() {
    List<EventMention> demand =
        code("Opposition leaders demanded that the government release the prisoners.");
    some("REQUEST", demand);
    assertTrue("the release is only demanded: " + demand, !has("RETREAT", demand));
    List<EventMention> refusal = code("The rebels refused to withdraw from Kunduz.");
    some("REJECT", refusal);
    assertTrue(refusal.toString(), !has("RETREAT", refusal));
    List<EventMention> intent = code("The government prepared to impose martial law in Yangon.");
    some("THREATEN", intent);
    assertTrue(intent.toString(), !has("COERCE", intent));
  }

  @Test
  public void negatedAndFutureEventsCarryPloversAuxiliaryMode() {
    EventMention negated = some("ASSAULT", code("Israeli troops did not attack Gaza on Friday."));
    assertEquals("negation", negated.auxMode);
    EventMention future = some("AGREE", code("President Biden will visit Japan next month."));
    assertEquals("future", future.auxMode);
    EventMention past = some("CONSULT", code("President Biden visited Japan in May."));
    assertNull(past.auxMode);
    // Arranged, not yet done: "is to", "due to", a headline's bare "to" put a visit in the future,
    // and a visit to come is an AGREE.
    for (String arranged :
        List.of(
            "The Chinese minister is to visit Japan on Friday.",
            "Pakistani foreign minister to visit Afghanistan for talks",
            "The Chinese minister was due to meet Japanese leaders on Friday.")) {
      EventMention agreed = some("AGREE", code(arranged));
      assertEquals(arranged, "future", agreed.auxMode);
    }
  }

  @Test
  public void whatNatureDoesIsNoEventButWhatCommonNounsDoIs() {
    List<EventMention> avalanche = code("The bus was hit by an avalanche near Kazbegi on Sunday.");
    assertTrue(avalanche.toString(), !has("ASSAULT", avalanche));
    EventMention shelling =
        some("ASSAULT", code("Rival militias shelled the market on Sunday, witnesses said."));
    assertEquals("Rival militias", shelling.actorText);
  }

  @Test
  public void eachOfCompoundActorsActs() {
    List<EventMention> agreed = code("France and Germany agreed to hold joint exercises.");
    List<String> actors = new ArrayList<>();
    for (EventMention m : agreed) {
      if ("AGREE".equals(m.eventType)) {
        actors.add(m.actorText);
      }
    }
    assertEquals(agreed.toString(), List.of("France", "Germany"), actors);
  }

  @Test
  public void rolesTheParseNamesAroundTheTrigger() {
    // The one who issues a directive calls on whom it names.
    EventMention directive =
        some(
            "REQUEST",
            code(
                "The prime minister issued a directive calling on all ministries to cut spending."));
    assertEquals("prime minister", directive.actorText);
    assertEquals("ministries", directive.targetText);
    // "called for X to do": X is asked.
    EventMention call =
        some(
            "REQUEST",
            code(
                "The Dutch foreign minister called for Syria to withdraw its troops from Lebanon."));
    assertEquals("Syria", call.targetText);
    // Who died in an attack is whom it was on; the attack is where the dying was.
    EventMention attack =
        some(
            "ASSAULT",
            code("Three Turkish soldiers died in a bomb attack in Diyarbakir on Monday."));
    assertEquals("Turkish", attack.targetText);
    assertEquals("Diyarbakir", attack.locationText);
    // A person's title and nationality belong to the actor's span.
    EventMention condemned =
        some(
            "ACCUSE",
            code("Indian Prime Minister Manmohan Singh condemned the bombing on Tuesday."));
    assertEquals("Indian Prime Minister Manmohan Singh", condemned.actorText);
  }

  @Test
  public void placesOfSitesAndOfMainClauses() {
    EventMention arrest =
        some("COERCE", code("Soldiers arrested two men at a mosque in Hebron on Sunday."));
    assertEquals("Hebron", arrest.locationText);
    List<EventMention> fighting =
        code("Fighting resumed in Mogadishu after rebels attacked a police station.");
    for (EventMention m : fighting) {
      assertEquals(m.toString(), "Mogadishu", m.locationText);
    }
    assertTrue(fighting.stream().anyMatch(m -> "rebels".equals(m.actorText)));
  }

  @Test
  public void aClauseWithoutItsOwnSubjectTakesTheActorItsParseLeavesOut() {
    // A purpose clause is its main clause subject's doing.
    EventMention help =
        some(
            "AID",
            code("The health minister led a team of doctors to the region to help flood victims."));
    assertEquals("health minister", help.actorText);
    // A gerund the parse leaves loose beside its main verb.
    EventMention arguing =
        some(
            "ACCUSE",
            code(
                "Lawyers for the family filed a brief in federal court on Monday accusing the"
                    + " ministry of lying."));
    assertEquals("Lawyers", arguing.actorText);
    // "a court ruling accusing": the accusation is the court's.
    EventMention ruling =
        some(
            "ACCUSE",
            code(
                "Protesters denounced a French court ruling accusing the Algerian government of"
                    + " torture."));
    assertEquals("French", ruling.actorText);
  }

  @Test
  public void aPossessivePronounOnACarriedEventNounIsTheSubjectsOwn() {
    EventMention inquiry =
        some("ACCUSE", code("The police will press ahead with their investigation of the bank."));
    assertEquals("police", inquiry.actorText);
  }

  @Test
  public void aCommissionActs() {
    EventMention barred =
        some("COERCE", code("The election commission barred him from the polls on Monday."));
    assertEquals("election commission", barred.actorText);
  }

  @Test
  public void theNounARelativeClauseDescribesActsInIt() {
    EventMention urged =
        some(
            "REQUEST",
            code(
                "The talks come on the heels of an influential US report that urged Washington to"
                    + " boost its aid to the region."));
    assertEquals("US", urged.actorText);
  }

  @Test
  public void anAgentNounIsWhomItsOfNames() {
    EventMention arrest = some("COERCE", code("Police arrested the leaders of Hamas on Monday."));
    assertEquals("Hamas", arrest.targetText);
    // Whose an embassy is says nothing of where it was attacked.
    EventMention attack =
        some("ASSAULT", code("Gunmen attacked the embassy of Britain on Monday."));
    assertNull(attack.locationText);
  }

  @Test
  public void aBodyOfPeopleIsWhomItsOfNames() {
    EventMention attack =
        some("ASSAULT", code("A group of Taliban fighters attacked a checkpoint on Sunday."));
    assertEquals("Taliban", attack.actorText);
  }

  @Test
  public void aPolicyIsItsMakersDoing() {
    EventMention protest =
        some(
            "PROTEST",
            code("Thousands of workers marched in Athens to protest against government policy."));
    assertEquals("government", protest.targetText);
  }

  @Test
  public void aSiteIsWhereItWasHeld() {
    EventMention joined =
        some(
            "SUPPORT",
            code("Iran and Iraq signed a peace accord at a ceremony held in Geneva on Monday."));
    assertEquals("Geneva", joined.locationText);
  }

  @Test
  public void aFactionIsWhomItsCompoundNames() {
    EventMention attack =
        some("ASSAULT", code("A breakaway militia faction attacked an army post on Sunday."));
    assertEquals("breakaway militia", attack.actorText);
  }

  @Test
  public void anEventOnATripHappensWhereTheTripWent() {
    EventMention met =
        some(
            "CONSULT",
            code("Abbas, on his first trip to Egypt as president, met on Monday with Mubarak."));
    assertEquals("Egypt", met.locationText);
  }

  @Test
  public void anAttackAtASiteThatNamesItsKeepersIsOnThem() {
    EventMention bombing =
        some("ASSAULT", code("Two car bombs exploded outside French embassies on Friday."));
    assertEquals("French", bombing.targetText);
    assertNull(bombing.locationText);
  }

  private static java.util.Set<String> texts(
      String type,
      List<EventMention> mentions,
      java.util.function.Function<EventMention, String> f) {
    java.util.Set<String> found = new java.util.TreeSet<>();
    for (EventMention m : mentions) {
      if (type.equals(m.eventType) && f.apply(m) != null) {
        found.add(f.apply(m));
      }
    }
    return found;
  }

  @Test
  public void aStateAccusedOrUrgedIsNoPlaceButOneVisitedOrTakenIs() {
    EventMention accused =
        some("ACCUSE", code("Rwanda on Tuesday accused Uganda of arming the rebels."));
    assertEquals("Uganda", accused.targetText);
    assertNull(accused.locationText);
    EventMention urged =
        some("REQUEST", code("Norway urged Sri Lanka on Tuesday to resume the talks."));
    assertEquals("Sri Lanka", urged.targetText);
    assertNull(urged.locationText);
    EventMention visit = some("CONSULT", code("The Kenyan president visited Tanzania on Monday."));
    assertEquals("Tanzania", visit.locationText);
    EventMention seized =
        some("ASSAULT", code("Rebel fighters seized Bunia on Tuesday after heavy fighting."));
    assertEquals("Bunia", seized.locationText);
  }

  @Test
  public void anEventInPlacesJoinedByAndHappensInEach() {
    List<EventMention> attacks =
        code("In Kenya and Uganda, gunmen killed ten villagers on Monday.");
    assertEquals(
        java.util.Set.of("Kenya", "Uganda"), texts("ASSAULT", attacks, m -> m.locationText));
    List<EventMention> blasts =
        code(
            "Officials condemned the bomb blasts which injured more than 100 people outside"
                + " embassies of France in Mali and Niger on Friday.");
    assertEquals(java.util.Set.of("Mali", "Niger"), texts("ASSAULT", blasts, m -> m.locationText));
  }

  @Test
  public void everyNameOfAListAnAgentNounIsOfIsARecipient() {
    List<EventMention> invited =
        code(
            "The chancellor has invited the finance ministers of Norway, the Netherlands and"
                + " Belgium to a summit in Bonn, Germany, on May 3 to mark the opening of the"
                + " new bank.");
    assertEquals(
        java.util.Set.of("Norway", "Netherlands", "Belgium"),
        texts("AGREE", invited, m -> m.targetText));
  }

  @Test
  public void itStandsForTheNearestActorBeforeIt() {
    EventMention call =
        some(
            "REQUEST",
            code(
                "Opposition deputies walked out of the Kenyan parliament on Tuesday after it"
                    + " voted to call for an inquiry into the elections."));
    assertEquals("Kenyan", call.actorText);
  }

  @Test
  public void whatAStatementJudgesOrObligesIsItsEvent() {
    // A disapproving judgement put in someone's mouth is ACCUSE disapprove, aimed at whom it
    // judges.
    EventMention judged =
        some(
            "ACCUSE",
            code(
                "The Socialist Party said on Monday that Prime Minister Jean Dupont had acted"
                    + " illegally in Lyon."));
    assertEquals("disapprove", judged.mode);
    assertEquals("Socialist Party", judged.actorText);
    assertEquals("Prime Minister Jean Dupont", judged.targetText);
    // A proposal judged untenable is turned down.
    some(
        "REJECT",
        code("The new French proposal is still untenable, a Dutch government source said."));
    // An obligation put on a party by someone else is a request to it.
    List<EventMention> obliged =
        code(
            "The European Commission said on Tuesday that Greece and Italy must cut their deficits.");
    assertEquals(java.util.Set.of("Greece", "Italy"), texts("REQUEST", obliged, m -> m.targetText));
    // "quoted X as saying": X speaks, not the paper, whichever way the parse hangs "saying".
    for (String quoted :
        List.of(
            "The Daily Star quoted Foreign Minister Jean Dupont as saying the Italian plan was"
                + " illegal.",
            "Foreign Minister Jean Dupont was quoted as saying that the Italian plan was illegal.")) {
      List<EventMention> mentions = code(quoted);
      assertEquals(
          quoted,
          java.util.Set.of("Foreign Minister Jean Dupont"),
          texts("ACCUSE", mentions, m -> m.actorText));
    }
    // Naming with a disapproving word, and reacting in anger, disapprove too.
    EventMention named = some("ACCUSE", code("Russia described the Georgian decision as illegal."));
    assertEquals("Russia", named.actorText);
    assertEquals("Georgian", named.targetText);
    some("ACCUSE", code("The Turkish government reacted furiously to the fire in Krefeld."));
    // Controls: a judgement denied, an obligation on the speaker's own side, a word of praise,
    // a name that is no judgement, a calm reaction.
    for (String control :
        List.of(
            "The minister said on Monday that the new election law was not illegal.",
            "President Jean Dupont said on Monday that we must be patient.",
            "The French foreign minister said the talks with Germany were useful.",
            "President Jean Dupont called Ahmed Shah a friend of France.",
            "Germany reacted calmly to the Russian decision.")) {
      List<EventMention> none = code(control);
      assertTrue(
          control + " " + none,
          !has("ACCUSE", none) && !has("REQUEST", none) && !has("REJECT", none));
    }
  }

  @Test
  public void declaringAStateOfEmergencyImposesIt() {
    EventMention emergency =
        some("COERCE", code("Ukraine on Saturday declared a state of emergency in Crimea."));
    assertEquals("martial-law", emergency.mode);
    assertEquals("Ukraine", emergency.actorText);
  }

  @Test
  public void gunfireIsNoBlazeAndPeopleHeldAreArrested() {
    // "open fire" names no fire of nature, so the arrest of whoever ordered it stands.
    EventMention arrest =
        some(
            "COERCE",
            code(
                "The official who ordered security forces to open fire has been arrested, state"
                    + " media said Sunday."));
    assertEquals("arrest", arrest.mode);
    List<EventMention> blaze =
        code("Two people were killed on Sunday in a fire that swept through a market in Lagos.");
    assertTrue(blaze.toString(), !has("ASSAULT", blaze));
    EventMention held =
        some(
            "COERCE",
            code(
                "Egyptian security services have been holding 10 suspected French Islamists for"
                    + " the past ten days, security sources said."));
    assertEquals("arrest", held.mode);
    assertEquals("Islamists", held.targetText);
    List<EventMention> judged = code("The army held the rebels responsible for the attack.");
    assertTrue(judged.toString(), !has("COERCE", judged));
  }

  @Test
  public void aStateItsSubjectIsInIsNews() {
    // "is under investigation", "is in detention": the subject undergoes it.
    EventMention probe =
        some(
            "ACCUSE",
            code(
                "The former defence minister is under investigation for corruption, prosecutors"
                    + " said."));
    assertEquals("investigate", probe.mode);
    assertEquals("former defence minister", probe.targetText);
    EventMention held =
        some("COERCE", code("The rebel leader Joseph Kony is in detention in Kampala."));
    assertEquals("Joseph Kony", held.targetText);
    assertNull(held.actorText);
    // "are in talks with": the subject takes part.
    EventMention talks =
        some("CONSULT", code("Botswana and Zambia are in talks with the World Bank on aid."));
    assertEquals("World Bank", talks.targetText);
  }

  @Test
  public void peopleNamedByWhatBefellThemOrByTheirKinAreRecipients() {
    EventMention freed = some("RETREAT", code("Police released the hostages on Sunday."));
    assertEquals("hostages", freed.targetText);
    EventMention appeal = some("REQUEST", code("The government urged the public to stay indoors."));
    assertEquals("public", appeal.targetText);
    EventMention held =
        some("COERCE", code("Soldiers detained the brother of the rebel commander."));
    assertEquals("brother", held.targetText);
  }

  @Test
  public void aVisitorArrivingInACountryVisitsIt() {
    EventMention visit =
        some("CONSULT", code("The Indian foreign minister arrived in Nepal on Tuesday."));
    assertEquals("Nepal", visit.targetText);
  }

  @Test
  public void aVowIsCodedByWhatItGoverns() {
    List<EventMention> roads = code("The new governor vowed to improve the roads.");
    assertTrue(roads.toString(), roads.isEmpty());
    EventMention threat =
        some("THREATEN", code("The president vowed to bring the killers to justice."));
    assertEquals("killers", threat.targetText);
  }

  @Test
  public void demandingCustodyOfSomeoneIsARequestNotAnArrest() {
    List<EventMention> custody = code("Washington demanded custody of the two soldiers.");
    some("REQUEST", custody);
    assertTrue(custody.toString(), !has("COERCE", custody));
  }

  @Test
  public void anArrestAroundAGameIsNewsAndBackingDownYields() {
    EventMention arrest =
        some(
            "COERCE",
            code(
                "Nine people were arrested overnight after a fight between fans of both sides at a"
                    + " World Cup qualifying match, police said."));
    assertEquals("arrest", arrest.mode);
    some("CONCEDE", code("The government was forced to back down on the new tax."));
    List<EventMention> game = code("Manchester United beat Arsenal 2-1 in the league on Saturday.");
    assertTrue(game.toString(), game.isEmpty());
  }

  @Test
  public void recallingAnEnvoyIsAimedAtTheStateItWasSentTo() {
    EventMention recall =
        some("SANCTION", code("Iran recalled its ambassador to New Zealand on Monday."));
    assertEquals("withdraw", recall.mode);
    assertEquals("New Zealand", recall.targetText);
    EventMention withdrawn =
        some("SANCTION", code("Canada withdrew its envoy to Syria on Friday."));
    assertEquals("Syria", withdrawn.targetText);
  }

  @Test
  public void aStrikeNamedByItsWeaponIsAnAttackNotAWalkout() {
    List<EventMention> air =
        code("Russian air strikes on rebel positions killed 12 fighters in Idlib on Monday.");
    assertTrue(
        air.toString(),
        air.stream().anyMatch(m -> m.trigger.equals("strikes") && "aerial".equals(m.mode)));
    assertTrue(air.toString(), !has("PROTEST", air));
    List<EventMention> launched = code("Turkey launched mortar strikes on Afrin on Sunday.");
    EventMention mortar = some("ASSAULT", launched);
    assertEquals("heavy-weapons", mortar.mode);
    assertEquals("Turkey", mortar.actorText);
    assertTrue(launched.toString(), !has("PROTEST", launched));
    some("PROTEST", code("Dock workers went on strike in Durban on Monday."));
  }

  @Test
  public void anAttackMadeInWordsIsAnAccusation() {
    EventMention words =
        some(
            "ACCUSE",
            code("The Greek premier attacked Ankara on Monday, saying it had violated airspace."));
    assertEquals("disapprove", words.mode);
    assertEquals("Ankara", words.targetText);
    some("ACCUSE", code("The senator launched a scathing attack on the budget plan."));
    List<EventMention> raid = code("Gunmen attacked a police post in Quetta on Monday.");
    some("ASSAULT", raid);
    assertTrue(raid.toString(), !has("ACCUSE", raid));
  }

  @Test
  public void theOneSupportedStandsWithoutTheOneWhoSupports() {
    EventMention praise = some("SUPPORT", code("Mandela was praised in Paris on Friday."));
    assertEquals("Mandela", praise.targetText);
    assertNull(praise.actorText);
    some("ACCUSE", code("The minister was vilified in the press for the tax rise."));
    List<EventMention> consulted = code("Local children were consulted on the new park.");
    assertTrue(consulted.toString(), !has("CONSULT", consulted));
  }

  @Test
  public void aContrastingWhileClauseIsNewsATemporalOneIsNot() {
    List<EventMention> contrast =
        code("Seoul welcomed the vote, while Tokyo condemned it as a provocation on Monday.");
    EventMention condemned = some("ACCUSE", contrast);
    assertEquals("Tokyo", condemned.actorText);
    List<EventMention> during =
        code("The minister was praised by Merkel while he was visiting Berlin.");
    assertTrue(during.toString(), !has("CONSULT", during));
  }

  @Test
  public void questioningAndAidesAreCoded() {
    EventMention questioned =
        some("ACCUSE", code("Police questioned two men over the shooting in Leeds on Monday."));
    assertEquals("men", questioned.targetText);
    EventMention probe =
        some("ACCUSE", code("Aides of the mayor are under investigation for fraud."));
    assertEquals("investigate", probe.mode);
  }

  @Test
  public void whatAnAgreementIsToIsNotYetAnEvent() {
    List<EventMention> talks =
        code("The rebel leader agreed to talks with the president on Friday.");
    some("AGREE", talks);
    assertTrue(talks.toString(), !has("CONSULT", talks));
  }

  @Test
  public void anOfficeHolderFiredOrReplacedIsSanctioned() {
    List<EventMention> fired = code("The president fired his interior minister on Monday.");
    EventMention sacked = some("SANCTION", fired);
    assertEquals("interior minister", sacked.targetText);
    assertTrue(fired.toString(), !has("ASSAULT", fired));
    some(
        "SANCTION",
        code("Trade minister Ali Hassan was replaced by his deputy Omar Nur on Tuesday."));
    List<EventMention> shots = code("Soldiers fired on the crowd in Bamako on Monday.");
    some("ASSAULT", shots);
    assertTrue(shots.toString(), !has("SANCTION", shots));
  }

  @Test
  public void aWarningThatTiesAreAtStakeThreatensRelations() {
    EventMention ties =
        some(
            "THREATEN",
            code("Moscow warned Latvia on Friday that the new law would damage relations."));
    assertEquals("relations", ties.mode);
    assertEquals("Latvia", ties.targetText);
    List<EventMention> forecast =
        code("More floods could hit the north next week, the weather office warned on Monday.");
    assertTrue(forecast.toString(), !has("THREATEN", forecast));
  }

  @Test
  public void aPrisonSentenceIsAConvictionAndAnImprisonment() {
    List<EventMention> prison =
        code("A Lyon court sentenced the former mayor to six years in prison on Friday.");
    EventMention convicted = some("SANCTION", prison);
    assertEquals("convict", convicted.mode);
    assertEquals("arrest", some("COERCE", prison).mode);
    List<EventMention> death = code("The court sentenced the two smugglers to death on Monday.");
    some("SANCTION", death);
    assertTrue(death.toString(), !has("COERCE", death));
  }

  @Test
  public void aRaidOnAHomeIsASearchNotAnAttack() {
    List<EventMention> raid =
        code("Police in Lagos raided the home of an opposition senator on Sunday.");
    EventMention search = some("COERCE", raid);
    assertEquals("seize", search.mode);
    assertTrue(raid.toString(), !has("ASSAULT", raid));
  }

  @Test
  public void aMeetingAfterWhichSomeoneSpeaksIsNews() {
    List<EventMention> talks =
        code(
            "Progress was made, the Foreign Office said Monday after talks between Jack Straw and"
                + " Kofi Annan.");
    EventMention straw = some("CONSULT", talks);
    assertTrue(
        talks.toString(),
        talks.stream().anyMatch(m -> "Kofi Annan".equals(m.actorText))
            && talks.stream().anyMatch(m -> "Jack Straw".equals(m.actorText)));
    assertEquals("talks", straw.trigger);
    EventMention phone =
        some(
            "CONSULT",
            code(
                "The dispute must end, Chirac said on Friday after a telephone discussion with"
                    + " Gerhard Schroeder."));
    assertEquals("phone", phone.mode);
    assertEquals("Chirac", phone.actorText);
  }

  @Test
  public void aThingThatThreatensIsADangerNotAThreat() {
    List<EventMention> danger =
        code("The drought threatens the harvest in Malawi, the agency said on Monday.");
    assertTrue(danger.toString(), !has("THREATEN", danger));
    some("THREATEN", code("The rebels threatened the governor of Kivu on Monday."));
  }

  @Test
  public void dismayAndDisappointmentAreDisapproval() {
    some("ACCUSE", code("The French minister said he was deeply disappointed by the ruling."));
    some("ACCUSE", code("Senator Kerry expressed his dismay at the army's conduct on Monday."));
  }

  @Test
  public void membersOfABodyActForIt() {
    EventMention agreed =
        some("AGREE", code("The member states of the OSCE agreed to reform the organisation."));
    assertEquals("OSCE", agreed.actorText);
    EventMention joined =
        some("SUPPORT", code("A regional party from Tamil Nadu joined the coalition government."));
    assertEquals("coalition government", joined.targetText);
  }

  @Test
  public void arrestingProtestersIsAnArrestBySecurityForces() {
    List<EventMention> arrest =
        code("Security forces arrested 40 protesters in Harare on Saturday.");
    EventMention held = some("COERCE", arrest);
    assertEquals("arrest", held.mode);
    assertEquals("Security forces", held.actorText);
    assertTrue(arrest.toString(), !has("ASSAULT", arrest));
  }

  @Test
  public void aVisitAfterWhichSomeoneDoesOtherThingsIsBackground() {
    List<EventMention> holiday =
        code("The king will rest in Rabat after his visit to Spain next week, the palace said.");
    assertTrue(holiday.toString(), !has("CONSULT", holiday) && !has("AGREE", holiday));
  }

  @Test
  public void blockingADealOrAMissionIsARefusal() {
    EventMention blocked =
        only("REJECT", code("Hungary blocked a deal on the bloc's budget on Tuesday."));
    assertEquals("Hungary", blocked.actorText);
    assertTrue(!has("REJECT", code("Protesters blocked the main road into the capital.")));
  }

  @Test
  public void anObjectTheParserGaveToTheReportingVerbGoesBack() {
    // "his finance minister, Lee Wong, the state news agency reported": the parser makes the
    // minister the subject of "reported" and the agency an apposition of him.
    EventMention sacked =
        only(
            "SANCTION",
            code(
                "The president on Monday sacked his finance minister, Lee Wong, the state news"
                    + " agency reported."));
    assertEquals("Lee Wong", sacked.targetText);
  }

  @Test
  public void warningAgainstACourseDisapprovesOfIt() {
    List<EventMention> warned =
        code("The central bank governor warned against excessive optimism on Tuesday.");
    assertEquals("central bank governor", only("ACCUSE", warned).actorText);
    assertTrue(warned.toString(), !has("THREATEN", warned));
  }

  @Test
  public void oneDeniedWhatHeAskedForIsRefusedThoughNoOneIsNamed() {
    EventMention denied =
        only(
            "REJECT",
            code("The dissident writer was denied a passport to attend the ceremony in Oslo."));
    assertNull(denied.actorText);
    assertEquals("dissident writer", denied.targetText);
  }

  @Test
  public void whatMustBeDoneIsAskedForButWhatShouldBeSeenIsNot() {
    EventMention insisted =
        only("REQUEST", code("Pyongyang insisted on Monday that the sanctions must be lifted."));
    assertEquals("Pyongyang", insisted.actorText);
    assertTrue(
        !has(
            "REQUEST",
            code("Analysts said the vote should be seen as a warning to the government.")));
  }

  @Test
  public void anAdmittedDeedIsTheAdmission() {
    List<EventMention> admitted = code("The former guard admitted shooting two prisoners in 1944.");
    assertEquals("former guard", only("CONCEDE", admitted).actorText);
    assertTrue(admitted.toString(), !has("ASSAULT", admitted));
  }

  @Test
  public void aVehicleThatKillsIsAnAccidentUnlessABombIsTold() {
    assertTrue(
        code("A passenger bus drove off a cliff in the Andes on Tuesday, killing at least 20 people"
                + " and injuring two others.")
            .isEmpty());
    assertTrue(
        has(
            "ASSAULT",
            code("A car bomb exploded outside the ministry on Tuesday, killing 12 people.")));
  }

  @Test
  public void leavingPrisonIsARelease() {
    EventMention left = only("RETREAT", code("The former minister left prison on Monday."));
    assertEquals("release", left.mode);
  }

  @Test
  public void conjoinedVerbsShareTheObjectAfterTheLast() {
    List<EventMention> shot =
        code("Gunmen ambushed and shot dead a police officer in Mosul on Sunday.");
    assertEquals(2, shot.stream().filter(m -> "police officer".equals(m.targetText)).count());
    // the parser makes the victim a subject of "said" beside the police
    EventMention named =
        only(
            "ASSAULT",
            code(
                "In Basra, gunmen shot dead Ali Hassan, a member of the provincial council,"
                    + " police said."));
    assertTrue(named.toString(), named.targetText.endsWith("Ali Hassan"));
  }

  @Test
  public void aDeedAllegedIsTheAllegationNotTheDeed() {
    List<EventMention> alleged =
        code("One official alleged that rebel troops stepped up attacks on border villages.");
    assertEquals("official", only("ACCUSE", alleged).actorText);
    assertTrue(alleged.toString(), !has("ASSAULT", alleged));
    assertTrue(
        has("ASSAULT", code("The police beat protesters on Saturday, the opposition said.")));
  }

  @Test
  public void aPleaAnswersTheCharge() {
    assertEquals(
        "former general",
        only("REJECT", code("The former general said he would plead not guilty to the charges."))
            .actorText);
    assertTrue(
        has(
            "CONCEDE",
            code("The former soldier pleaded guilty to two charges of murder on Tuesday.")));
  }

  @Test
  public void aRequestThatSomethingWasDoneAtAndACallToThePoliceAreNoRequests() {
    assertTrue(code("The talks were held at Pyongyang's request.").isEmpty());
    assertTrue(!has("REQUEST", code("He called police to report the theft.")));
  }

  @Test
  public void aDeedThatAChargeIsAboutIsBackground() {
    List<EventMention> charged =
        code("Two men were charged on Monday in the bombing of a bus station.");
    assertTrue(charged.toString(), has("ACCUSE", charged));
    assertTrue(charged.toString(), !has("ASSAULT", charged));
    // One happening told twice is still told: killed in an attack, a trip for talks.
    assertTrue(has("ASSAULT", code("Three soldiers were killed in an attack on Sunday.")));
    assertTrue(
        has(
            "CONSULT",
            code("The minister flew to Athens on Monday for talks with Greek officials.")));
  }

  @Test
  public void aTitleBeforeANameIsNoAccusation() {
    List<EventMention> raid =
        code("Police raided the home of war crimes suspect Radovan Karadzic on Monday.");
    assertTrue(raid.toString(), has("COERCE", raid));
    assertTrue(raid.toString(), !has("ACCUSE", raid));
    assertEquals(
        "rebels",
        only("ACCUSE", code("Police suspect the rebels of planting the bomb.")).targetText);
  }

  @Test
  public void quittingOrSteppingDownIsAResignation() {
    EventMention quit =
        only("RETREAT", code("Four cabinet ministers quit in protest at the decision on Monday."));
    assertEquals("resign", quit.mode);
    assertEquals("resign", only("RETREAT", code("The defence minister quit his post.")).mode);
    assertEquals("resign", only("RETREAT", code("The president stepped down on Friday.")).mode);
    assertEquals("resign", only("RETREAT", code("The king abdicated on Sunday.")).mode);
  }

  @Test
  public void anOrderToSomeoneIsARequest() {
    EventMention order =
        only(
            "REQUEST",
            code(
                "China has ordered local governments to make up shortfalls in their pension funds."));
    assertEquals("China", order.actorText);
    assertEquals("local governments", order.targetText);
    // An order of something ordered is what is ordered: "ordered the release" frees.
    assertTrue(has("RETREAT", code("The Turkish court ordered the release of 13 party leaders.")));
  }

  @Test
  public void whatSomeoneHasNowIsAStateAndARankingIsNoSeizure() {
    assertTrue(code("Washington has an economic embargo on the communist state.").isEmpty());
    assertTrue(
        has("SANCTION", code("The United States imposed an economic embargo on Cuba on Monday.")));
    assertTrue(code("China has overtaken Japan as the carmaker's largest Asian market.").isEmpty());
    assertTrue(code("Leaders cracked open the champagne on Saturday.").isEmpty());
    // A meeting had is held, by whoever had it.
    assertEquals(
        "leaders",
        only("CONSULT", code("The two leaders had talks on Monday in Paris.")).actorText);
  }

  @Test
  public void suingAndIndictingAreAllegationsAsTheCodebookHasThem() {
    EventMention indicted =
        only("ACCUSE", code("A federal grand jury indicted the former governor on Monday."));
    assertEquals("allege", indicted.mode);
    assertTrue(has("ACCUSE", code("The actress sued the photographer on Tuesday.")));
    assertTrue(!has("COERCE", code("The actress sued the photographer on Tuesday.")));
  }

  @Test
  public void kidnappingAndHijackingAreAssaultsAsTheCodebookHasThem() {
    EventMention kidnapped =
        only("ASSAULT", code("Gunmen kidnapped two engineers near the oil field on Tuesday."));
    assertEquals("abduct", kidnapped.mode);
    assertEquals("Gunmen", kidnapped.actorText);
    assertEquals("abduct", only("ASSAULT", code("Four men hijacked a bus near the capital.")).mode);
  }

  @Test
  public void aPrepositionCameoWritesBareGovernsItsNoun() {
    // CAMEO's "rally * OUTSIDE", read as a preposition, not as an object noun.
    assertTrue(
        has("PROTEST", code("Hundreds of farmers rallied outside the parliament on Monday.")));
    // Hurling things at someone is an attack with primitive weapons, not a suicide attack.
    assertEquals(
        "primitive", only("ASSAULT", code("Rioters hurled stones at the police station.")).mode);
  }

  @Test
  public void codebookVerbsTheDictionaryFiledElsewhere() {
    EventMention severed =
        only("SANCTION", code("Senegal severed diplomatic ties with Taiwan on Friday."));
    assertEquals("Senegal", severed.actorText);
    List<EventMention> summoned =
        code("The foreign ministry summoned the French ambassador on Monday.");
    assertEquals("disapprove", only("ACCUSE", summoned).mode);
    EventMention seized =
        only("COERCE", code("Customs officers seized a shipment of cocaine at the port."));
    assertEquals("seize", seized.mode);
    List<EventMention> spurned = code("The rebels spurned the peace plan on Sunday.");
    assertTrue(has("REJECT", spurned));
    assertTrue(!has("ACCUSE", spurned));
    // Words CAMEO files under an event that news uses otherwise.
    assertTrue(code("The minister removed any doubt about the plan on Friday.").isEmpty());
    assertTrue(code("The president headed to Geneva on Monday.").isEmpty());
  }

  @Test
  public void signingAnAgreementSupportsItWhateverItsKind() {
    // The codebook's SUPPORT: "ratify, sign, or finalize an agreement or treaty". CAMEO's "sign a
    // trade treaty" (an intent to cooperate) no longer decides every treaty signed.
    List<EventMention> signed =
        code("Jordan and Syria signed a trade agreement in Amman on Monday.");
    assertTrue(has("SUPPORT", signed));
    assertTrue(!has("AGREE", signed));
  }

  @Test
  public void modesAreTheCodebooksModes() {
    assertEquals(
        "withdraw", only("RETREAT", code("Israeli troops withdrew from the town on Friday.")).mode);
    assertEquals(
        "targeted", only("ASSAULT", code("Rebels executed three hostages on Sunday.")).mode);
  }
}
