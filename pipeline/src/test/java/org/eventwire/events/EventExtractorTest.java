package org.eventwire.events;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.records.Entity;
import org.eventwire.records.Timex;
import org.junit.Test;

/** Extraction rules on hand-built parses (what CoreNLP's enhanced++ dependencies look like). */
public class EventExtractorTest {
  private final EventExtractor extractor = new EventExtractor(EventLexicon.standard());

  /** Builds a sentence from "word/TAG/lemma" tokens separated by spaces and "gov>dep:rel" edges. */
  private static final class Builder {
    final List<String> words = new ArrayList<>();
    final List<String> tags = new ArrayList<>();
    final List<String> lemmas = new ArrayList<>();
    final List<Integer> begins = new ArrayList<>();
    final List<Entity> entities = new ArrayList<>();
    final List<Timex> timexes = new ArrayList<>();
    final List<int[]> edges = new ArrayList<>();
    final List<String> relations = new ArrayList<>();
    int offset;

    Builder tokens(String spec) {
      for (String token : spec.split(" ")) {
        String[] f = token.split("/");
        words.add(f[0]);
        tags.add(f[1]);
        lemmas.add(f.length > 2 ? f[2] : f[0].toLowerCase());
        begins.add(offset);
        offset += f[0].length() + 1;
      }
      return this;
    }

    Builder entity(int token, String type) {
      int b = begins.get(token);
      entities.add(
          Entity.newBuilder()
              .setText(words.get(token))
              .setType(type)
              .setBegin(b)
              .setEnd(b + words.get(token).length())
              .setSentenceIndex(0)
              .build());
      return this;
    }

    /** An entity over tokens {@code first} to {@code last}, both included. */
    Builder entity(int first, int last, String type) {
      int b = begins.get(first);
      int e = begins.get(last) + words.get(last).length();
      entities.add(
          Entity.newBuilder()
              .setText(String.join(" ", words.subList(first, last + 1)))
              .setType(type)
              .setBegin(b)
              .setEnd(e)
              .setSentenceIndex(0)
              .build());
      return this;
    }

    Builder timex(int token, String day) {
      int b = begins.get(token);
      timexes.add(
          Timex.newBuilder()
              .setTid("s0-t1")
              .setText(words.get(token))
              .setType("DATE")
              .setValue(day)
              .setBegin(b)
              .setEnd(b + words.get(token).length())
              .setResolvedDate(LocalDate.parse(day))
              .setSentenceIndex(0)
              .build());
      return this;
    }

    Builder edge(int governor, int dependent, String relation) {
      edges.add(new int[] {governor, dependent});
      relations.add(relation);
      return this;
    }

    List<EventMention> extract(EventExtractor extractor, LocalDate docDate) {
      int n = words.size();
      int[] begin = new int[n];
      int[] end = new int[n];
      for (int i = 0; i < n; i++) {
        begin[i] = begins.get(i);
        end[i] = begin[i] + words.get(i).length();
      }
      int[] gov = new int[edges.size()];
      int[] dep = new int[edges.size()];
      for (int e = 0; e < edges.size(); e++) {
        gov[e] = edges.get(e)[0];
        dep[e] = edges.get(e)[1];
      }
      ParsedSentence s =
          new ParsedSentence(
              0,
              0,
              offset,
              words.toArray(new String[0]),
              lemmas.toArray(new String[0]),
              tags.toArray(new String[0]),
              begin,
              end,
              gov,
              dep,
              relations.toArray(new String[0]));
      return extractor.extract(
          s, new EventExtractor.DocumentContext("doc", entities, timexes, docDate));
    }
  }

  @Test
  public void coordinatedTargetsAreOneEventEachDatedByTheirTimex() {
    // The Taliban seized the cities of Ghazni and Herat on Thursday .
    List<EventMention> found =
        new Builder()
            .tokens(
                "The/DT Taliban/NNP seized/VBD/seize the/DT cities/NNS/city of/IN Ghazni/NNP and/CC Herat/NNP"
                    + " on/IN Thursday/NNP ./.")
            .entity(1, "ORGANIZATION")
            .entity(6, "LOCATION")
            .entity(8, "CITY")
            .timex(10, "2021-08-12")
            .edge(2, 1, "nsubj")
            .edge(1, 0, "det")
            .edge(2, 4, "obj")
            .edge(4, 6, "nmod:of")
            .edge(6, 5, "case")
            .edge(6, 8, "conj:and")
            .edge(4, 8, "nmod:of")
            .edge(2, 10, "obl:on")
            .edge(10, 9, "case")
            .extract(extractor, LocalDate.of(2021, 8, 13));
    assertEquals(2, found.size());
    for (EventMention m : found) {
      assertEquals("ASSAULT", m.eventType);
      assertEquals("SEIZE", m.fineType);
      assertEquals("seize", m.action);
      assertEquals("Taliban", m.actorText);
      assertEquals(m.targetText, m.locationText);
      assertEquals("2021-08-12", m.date);
      assertEquals("TIMEX", m.dateSource);
    }
    assertEquals(
        List.of("Ghazni", "Herat"), List.of(found.get(0).targetText, found.get(1).targetText));
  }

  @Test
  public void aPlaceThatFallsIsTheTargetAndTheDocumentDateIsTheFallback() {
    // Kandahar fell .
    List<EventMention> found =
        new Builder()
            .tokens("Kandahar/NNP fell/VBD/fall ./.")
            .entity(0, "CITY")
            .edge(1, 0, "nsubj")
            .extract(extractor, LocalDate.of(2021, 8, 12));
    assertEquals(1, found.size());
    assertEquals("Kandahar", found.get(0).targetText);
    assertNull(found.get(0).actorText);
    assertEquals("DOC_DATE", found.get(0).dateSource);
    assertEquals("2021-08-12", found.get(0).date);
  }

  @Test
  public void eventNounsTakeTheirOfAndNationalityAdjectivesAreActors() {
    // the seizure of Herat
    List<EventMention> seizure =
        new Builder()
            .tokens("the/DT seizure/NN Herat/NNP")
            .entity(2, "CITY")
            .edge(1, 0, "det")
            .edge(1, 2, "nmod:of")
            .extract(extractor, null);
    assertEquals("Herat", seizure.get(0).targetText);
    assertEquals("NONE", seizure.get(0).dateSource);
    // Pakistani forces clashed
    List<EventMention> clash =
        new Builder()
            .tokens("Pakistani/JJ forces/NNS/force clashed/VBD/clash")
            .entity(0, "NATIONALITY")
            .edge(1, 0, "amod")
            .edge(2, 1, "nsubj")
            .extract(extractor, null);
    assertEquals("ASSAULT", clash.get(0).eventType);
    assertEquals("CLASH", clash.get(0).fineType);
    assertEquals("Pakistani", clash.get(0).actorText);
  }

  /** "France sent OBJECT to Mali", the object tagged and lemmatized as CoreNLP does. */
  private List<EventMention> franceSentToMali(String object) {
    return new Builder()
        .tokens("France/NNP sent/VBD/send " + object + " to/IN Mali/NNP")
        .entity(0, "COUNTRY")
        .entity(4, "COUNTRY")
        .edge(1, 0, "nsubj")
        .edge(1, 2, "obj")
        .edge(1, 4, "obl:to")
        .edge(4, 3, "case")
        .extract(extractor, null);
  }

  @Test
  public void sendingCodesADeploymentOnlyWithForcesAsItsObject() {
    // CoreNLP lemmatizes "troops" as "troops"; the rows name the singular.
    List<EventMention> troops = franceSentToMali("troops/NNS/troops");
    assertEquals(troops.toString(), 1, troops.size());
    assertEquals("MOBILIZE", troops.get(0).eventType);
    List<EventMention> parts = franceSentToMali("parts/NNS/part");
    assertTrue(parts.toString(), parts.isEmpty());
    List<EventMention> bare =
        new Builder()
            .tokens("France/NNP sent/VBD/send word/NN")
            .entity(0, "COUNTRY")
            .edge(1, 0, "nsubj")
            .edge(1, 2, "obj")
            .extract(extractor, null);
    assertTrue(bare.toString(), bare.isEmpty());
  }

  @Test
  public void aPronounReportedByANamedSpeakerIsTheSpeaker() {
    // The US said it was sending troops in Kabul
    List<EventMention> found =
        new Builder()
            .tokens(
                "US/NNP said/VBD/say it/PRP was/VBD/be sending/VBG/send troops/NNS/troop in/IN"
                    + " Kabul/NNP")
            .entity(0, "COUNTRY")
            .entity(7, "CITY")
            .edge(1, 0, "nsubj")
            .edge(1, 4, "ccomp")
            .edge(4, 2, "nsubj")
            .edge(4, 3, "aux")
            .edge(4, 5, "obj")
            .edge(4, 7, "obl:in")
            .edge(7, 6, "case")
            .extract(extractor, null);
    assertEquals(1, found.size());
    assertEquals("MOBILIZE", found.get(0).eventType);
    assertEquals("troops", found.get(0).mode);
    assertEquals("US", found.get(0).actorText);
    assertEquals("Kabul", found.get(0).locationText);
  }

  @Test
  public void whatASayingWithoutThatNamesIsTheSubjectTheParseGaveAway() {
    // Officials say the Taliban has taken Kandahar: CoreNLP parses "say" as the clause's subject
    // and the Taliban as what is said.
    List<EventMention> found =
        new Builder()
            .tokens(
                "Officials/NNS/official say/VBP/say the/DT Taliban/NNP has/VBZ/have taken/VBN/take"
                    + " Kandahar/NNP")
            .entity(3, "ORGANIZATION")
            .entity(6, "CITY")
            .edge(1, 0, "nsubj")
            .edge(5, 1, "csubj")
            .edge(1, 3, "obj")
            .edge(3, 2, "det")
            .edge(5, 4, "aux")
            .edge(5, 6, "obj")
            .extract(extractor, null);
    assertEquals(found.toString(), 1, found.size());
    assertEquals("ASSAULT", found.get(0).eventType);
    assertEquals("Taliban", found.get(0).actorText);
    assertEquals("Kandahar", found.get(0).targetText);
  }

  @Test
  public void coordinatedVerbsShareTheirPlaceAndDate() {
    // In Kandahar the Taliban attacked a prison and freed inmates on Wednesday
    List<EventMention> found =
        new Builder()
            .tokens(
                "In/IN Kandahar/NNP the/DT Taliban/NNP attacked/VBD/attack a/DT prison/NN and/CC freed/VBD/free"
                    + " inmates/NNS/inmate on/IN Wednesday/NNP")
            .entity(1, "CITY")
            .entity(3, "ORGANIZATION")
            .timex(11, "2021-08-11")
            .edge(4, 1, "obl:in")
            .edge(1, 0, "case")
            .edge(4, 3, "nsubj")
            .edge(3, 2, "det")
            .edge(4, 6, "obj")
            .edge(4, 8, "conj:and")
            .edge(8, 3, "nsubj")
            .edge(8, 9, "obj")
            .edge(8, 11, "obl:on")
            .edge(11, 10, "case")
            .extract(extractor, LocalDate.of(2021, 8, 12));
    assertEquals(2, found.size());
    for (EventMention m : found) {
      assertEquals(m.action, "Taliban", m.actorText);
      assertEquals(m.action, "Kandahar", m.locationText);
      assertEquals(m.action, "2021-08-11", m.date);
    }
  }

  @Test
  public void reportingVerbsAndPronounRolesMakeNoEvent() {
    // He said .
    assertEquals(
        0,
        new Builder()
            .tokens("He/PRP said/VBD/say")
            .edge(1, 0, "nsubj")
            .extract(extractor, null)
            .size());
    // They seized it .  (no named role at all)
    assertEquals(
        0,
        new Builder()
            .tokens("They/PRP seized/VBD/seize it/PRP")
            .edge(1, 0, "nsubj")
            .edge(1, 2, "obj")
            .extract(extractor, null)
            .size());
  }

  @Test
  public void anEventDatedBeforeTheStoryIsHistoricalAndLastWeekIsNot() {
    // Israel has occupied the zone in Lebanon since 1985 .
    List<EventMention> occupied =
        new Builder()
            .tokens("Israel/NNP occupied/VBN/occupy zone/NN Lebanon/NNP since/IN 1985/CD")
            .entity(0, "COUNTRY")
            .entity(3, "COUNTRY")
            .edge(1, 0, "nsubj")
            .edge(1, 2, "obj")
            .edge(1, 3, "obl:in")
            .edge(1, 5, "obl:since")
            .edge(5, 4, "case")
            .extract(extractor, LocalDate.of(1997, 4, 4));
    assertEquals(1, occupied.size());
    assertEquals(Plover.HISTORICAL, occupied.get(0).auxMode);
    // The Taliban captured Ghazni last week ; ... two years ago .
    for (String unit : new String[] {"week", "year"}) {
      List<EventMention> captured =
          new Builder()
              .tokens("Taliban/NNP captured/VBD/capture Ghazni/NNP last/JJ " + unit + "/NN")
              .entity(0, "ORGANIZATION")
              .entity(2, "CITY")
              .edge(1, 0, "nsubj")
              .edge(1, 2, "obj")
              .edge(1, 4, "obl:tmod")
              .edge(4, 3, "amod")
              .extract(extractor, LocalDate.of(2021, 8, 12));
      assertEquals(1, captured.size());
      assertEquals(unit.equals("year") ? Plover.HISTORICAL : null, captured.get(0).auxMode);
    }
  }

  @Test
  public void aStateAddressedIsNoPlaceButAPlaceActedOnOrVisitedIs() {
    // Rwanda accused Uganda on Monday : said of Uganda, not done there.
    List<EventMention> accused =
        new Builder()
            .tokens("Rwanda/NNP accused/VBD/accuse Uganda/NNP on/IN Monday/NNP")
            .entity(0, "COUNTRY")
            .entity(2, "COUNTRY")
            .edge(1, 0, "nsubj")
            .edge(1, 2, "obj")
            .edge(1, 4, "obl:on")
            .edge(4, 3, "case")
            .extract(extractor, LocalDate.of(2006, 12, 4));
    EventMention accusation = ofType("ACCUSE", accused);
    assertEquals("Uganda", accusation.targetText);
    assertNull(accusation.locationText);
    // Rwanda invaded Uganda on Monday : done there.
    List<EventMention> invaded =
        new Builder()
            .tokens("Rwanda/NNP invaded/VBD/invade Uganda/NNP on/IN Monday/NNP")
            .entity(0, "COUNTRY")
            .entity(2, "COUNTRY")
            .edge(1, 0, "nsubj")
            .edge(1, 2, "obj")
            .edge(1, 4, "obl:on")
            .edge(4, 3, "case")
            .extract(extractor, LocalDate.of(2006, 12, 4));
    assertEquals("Uganda", ofType("ASSAULT", invaded).locationText);
    // Kagame visited Uganda on Monday : the visitor is where the host is.
    List<EventMention> visited =
        new Builder()
            .tokens("Kagame/NNP visited/VBD/visit Uganda/NNP on/IN Monday/NNP")
            .entity(0, "PERSON")
            .entity(2, "COUNTRY")
            .edge(1, 0, "nsubj")
            .edge(1, 2, "obj")
            .edge(1, 4, "obl:on")
            .edge(4, 3, "case")
            .extract(extractor, LocalDate.of(2006, 12, 4));
    assertEquals("Uganda", ofType("CONSULT", visited).locationText);
  }

  @Test
  public void sportAndAgreementsWithoutAnyoneAgreeingAreNoEvents() {
    // England attacked Australia in the cricket final .
    assertEquals(
        0,
        new Builder()
            .tokens("England/NNP attacked/VBD/attack Australia/NNP cricket/NN final/NN")
            .entity(0, "COUNTRY")
            .entity(2, "COUNTRY")
            .edge(1, 0, "nsubj")
            .edge(1, 2, "obj")
            .edge(1, 4, "obl:in")
            .edge(4, 3, "compound")
            .extract(extractor, null)
            .size());
    // The plan was agreed : nobody agrees.
    assertEquals(
        0,
        new Builder()
            .tokens("plan/NN was/VBD/be agreed/VBN/agree")
            .edge(2, 0, "nsubj:pass")
            .edge(2, 1, "aux:pass")
            .extract(extractor, null)
            .size());
  }

  @Test
  public void anEventNounQualifyingAnotherNounIsBackground() {
    // victims of the attacks on Kenya
    assertEquals(
        0,
        new Builder()
            .tokens("victims/NNS/victim attacks/NNS/attack Kenya/NNP")
            .entity(2, "COUNTRY")
            .edge(0, 1, "nmod:of")
            .edge(1, 2, "nmod:on")
            .extract(extractor, null)
            .size());
  }

  @Test
  public void aConditionOnTheFirstConjunctIsTheSecondsToo() {
    // If police arrest and charge Kopp
    List<EventMention> found =
        new Builder()
            .tokens("If/IN police/NNS/police arrest/VBP/arrest and/CC charge/VBP/charge Kopp/NNP")
            .entity(5, "PERSON")
            .edge(2, 0, "mark")
            .edge(2, 1, "nsubj")
            .edge(2, 4, "conj:and")
            .edge(4, 1, "nsubj")
            .edge(2, 5, "obj")
            .edge(4, 5, "obj")
            .extract(extractor, null);
    assertEquals(2, found.size());
    for (EventMention m : found) {
      assertEquals(m.action, Plover.HYPOTHETICAL, m.auxMode);
    }
  }

  @Test
  public void whatHappenedYearsBeforeWhatItIsToldBesideIsHistorical() {
    // 20 years after Nato invaded and ousted the Taliban
    List<EventMention> found =
        new Builder()
            .tokens(
                "20/CD years/NNS/year after/IN Nato/NNP invaded/VBD/invade and/CC ousted/VBD/oust"
                    + " Taliban/NNP")
            .entity(3, "ORGANIZATION")
            .entity(7, "ORGANIZATION")
            .edge(1, 0, "nummod")
            .edge(4, 1, "obl:npmod")
            .edge(4, 2, "mark")
            .edge(4, 3, "nsubj")
            .edge(4, 6, "conj:and")
            .edge(6, 3, "nsubj")
            .edge(6, 7, "obj")
            .extract(extractor, LocalDate.of(2021, 8, 12));
    assertEquals(found.toString(), 2, found.size());
    for (EventMention m : found) {
      assertEquals(m.action, Plover.HISTORICAL, m.auxMode);
    }
  }

  private static EventMention ofType(String type, List<EventMention> mentions) {
    for (EventMention m : mentions) {
      if (type.equals(m.eventType)) {
        return m;
      }
    }
    throw new AssertionError(type + " not in " + mentions);
  }

  @Test
  public void aPersonalPronounIsKeptAsTheActorWhenNoNameStandsForIt() {
    // They accused Israel
    EventMention accusation =
        ofType(
            "ACCUSE",
            new Builder()
                .tokens("They/PRP accused/VBD/accuse Israel/NNP")
                .entity(2, "COUNTRY")
                .edge(1, 0, "nsubj")
                .edge(1, 2, "obj")
                .extract(extractor, null));
    assertEquals("They", accusation.actorText);
    assertEquals(EventExtractor.PRONOUN, accusation.actorType);
    assertEquals("Israel", accusation.targetText);
  }

  @Test
  public void theSubjectOfASupportVerbDoesWhatItsObjectNounNames() {
    // Manila hopes to forge an accord with the MILF
    EventMention accord =
        ofType(
            "AGREE",
            new Builder()
                .tokens(
                    "Manila/NNP hopes/VBZ/hope to/TO forge/VB/forge an/DT accord/NN/accord"
                        + " with/IN the/DT MILF/NNP")
                .entity(0, "CITY")
                .entity(8, "ORGANIZATION")
                .edge(1, 0, "nsubj")
                .edge(1, 3, "xcomp")
                .edge(3, 0, "nsubj:xsubj")
                .edge(3, 2, "mark")
                .edge(3, 5, "obj")
                .edge(5, 4, "det")
                .edge(5, 8, "nmod:with")
                .edge(8, 6, "case")
                .edge(8, 7, "det")
                .extract(extractor, null));
    assertEquals("Manila", accord.actorText);
    assertEquals("MILF", accord.targetText);
    // The government condemned the attack: who condemns an attack did not make it.
    List<EventMention> condemned =
        new Builder()
            .tokens("The/DT government/NN condemned/VBD/condemn the/DT attack/NN/attack")
            .edge(1, 0, "det")
            .edge(2, 1, "nsubj")
            .edge(2, 4, "obj")
            .edge(4, 3, "det")
            .extract(extractor, null);
    assertEquals("government", ofType("ACCUSE", condemned).actorText);
    for (EventMention m : condemned) {
      assertTrue(m.toString(), !"ASSAULT".equals(m.eventType) || m.actorText == null);
    }
  }

  @Test
  public void theSubjectOfAForToClauseIsWhoIsAsked() {
    // Peres called for Netanyahu to resign
    EventMention call =
        ofType(
            "REQUEST",
            new Builder()
                .tokens("Peres/NNP called/VBD/call for/IN Netanyahu/NNP to/TO resign/VB/resign")
                .entity(0, "PERSON")
                .entity(3, "PERSON")
                .edge(1, 0, "nsubj")
                .edge(1, 5, "advcl:to")
                .edge(5, 2, "mark")
                .edge(5, 3, "nsubj")
                .edge(5, 4, "mark")
                .extract(extractor, null));
    assertEquals("Peres", call.actorText);
    assertEquals("Netanyahu", call.targetText);
  }

  @Test
  public void whoDiedInAnAttackIsWhomItWasOn() {
    // Two US soldiers died in attacks in Baghdad
    EventMention attacks =
        ofType(
            "ASSAULT",
            new Builder()
                .tokens(
                    "Two/CD US/NNP soldiers/NNS/soldier died/VBD/die in/IN attacks/NNS/attack"
                        + " in/IN Baghdad/NNP")
                .entity(1, "COUNTRY")
                .entity(7, "CITY")
                .edge(2, 0, "nummod")
                .edge(2, 1, "compound")
                .edge(3, 2, "nsubj")
                .edge(3, 5, "obl:in")
                .edge(5, 4, "case")
                .edge(3, 7, "obl:in")
                .edge(7, 6, "case")
                .extract(extractor, null));
    assertEquals("US", attacks.targetText);
    assertEquals("Baghdad", attacks.locationText);
  }

  @Test
  public void conjoinedVerbsShareTheObjectAndAPartIsOfItsWhole() {
    // The FBI interviewed and released one of two men
    EventMention release =
        ofType(
            "RETREAT",
            new Builder()
                .tokens(
                    "The/DT FBI/NNP interviewed/VBD/interview and/CC released/VBD/release one/CD"
                        + " of/IN two/CD men/NNS/man")
                .entity(1, "ORGANIZATION")
                .edge(1, 0, "det")
                .edge(2, 1, "nsubj")
                .edge(2, 4, "conj:and")
                .edge(4, 3, "cc")
                .edge(4, 1, "nsubj")
                .edge(2, 5, "obj")
                .edge(5, 8, "nmod:of")
                .edge(8, 6, "case")
                .edge(8, 7, "nummod")
                .extract(extractor, null));
    assertEquals("FBI", release.actorText);
    assertEquals("men", release.targetText);
  }

  @Test
  public void aPersonKeepsTheTitleAndNationalityWrittenBeforeTheName() {
    // German Foreign Minister Steinmeier condemned Israel
    EventMention condemned =
        ofType(
            "ACCUSE",
            new Builder()
                .tokens(
                    "German/JJ Foreign/NNP Minister/NNP Steinmeier/NNP condemned/VBD/condemn"
                        + " Israel/NNP")
                .entity(0, "NATIONALITY")
                .entity(3, "PERSON")
                .entity(5, "COUNTRY")
                .edge(2, 0, "amod")
                .edge(2, 1, "compound")
                .edge(3, 2, "compound")
                .edge(4, 3, "nsubj")
                .edge(4, 5, "obj")
                .extract(extractor, null));
    assertEquals("German Foreign Minister Steinmeier", condemned.actorText);
    assertEquals("PERSON", condemned.actorType);
  }

  @Test
  public void aSiteThatIsNoPlaceGivesThePlaceItIsIn() {
    // Soldiers detained two men at their home in Hebron
    EventMention detained =
        ofType(
            "COERCE",
            new Builder()
                .tokens(
                    "Soldiers/NNS/soldier detained/VBD/detain two/CD men/NNS/man at/IN their/PRP$"
                        + " home/NN in/IN Hebron/NNP")
                .entity(8, "CITY")
                .edge(1, 0, "nsubj")
                .edge(1, 3, "obj")
                .edge(3, 2, "nummod")
                .edge(1, 6, "obl:at")
                .edge(6, 4, "case")
                .edge(6, 5, "nmod:poss")
                .edge(6, 8, "nmod:in")
                .edge(8, 7, "case")
                .extract(extractor, null));
    assertEquals("Hebron", detained.locationText);
  }

  @Test(timeout = 10_000)
  public void aTokenJoinedToItselfEndsTheSearchForItsClause() {
    // Soldiers died in attacks, with the parser's conj:and(attacks, attacks)
    List<EventMention> found =
        new Builder()
            .tokens("Soldiers/NNS/soldier died/VBD/die in/IN attacks/NNS/attack")
            .edge(3, 3, "conj:and")
            .edge(1, 0, "nsubj")
            .edge(1, 3, "obl:in")
            .edge(3, 2, "case")
            .extract(extractor, null);
    assertTrue(found.toString(), found.size() <= 1);
  }
}
