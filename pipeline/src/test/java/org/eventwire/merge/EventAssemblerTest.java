package org.eventwire.merge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.eventwire.events.EventMention;
import org.eventwire.records.Event;
import org.junit.Test;

public class EventAssemblerTest {
  private static LocatedMention mention(String actor, String doc) {
    return mention(actor, doc, 0, doc + ":0");
  }

  private static LocatedMention mention(String actor, String doc, int sentence, String passage) {
    EventMention m = new EventMention();
    m.docId = doc;
    m.sentenceIndex = sentence;
    m.eventType = "SEIZE";
    m.action = "seize";
    m.targetText = "Herat";
    m.date = "2021-08-12";
    m.actorText = actor;
    m.actorType = actor == null ? null : "ORGANIZATION";
    m.targetType = "CITY";
    m.dateSource = "TIMEX";
    m.trigger = "seized";
    m.sentenceBegin = 0;
    m.sentenceEnd = 25;
    return new LocatedMention(m, "The Taliban seized Herat.", passage, List.of());
  }

  @Test
  public void anEventIsDatedAsDirectlyAsItsMostDirectMention() {
    LocatedMention fromDocDate = mention("Taliban", "a");
    fromDocDate.mention.dateSource = "DOC_DATE";
    LocatedMention carried = mention("Taliban", "b");
    carried.mention.dateSource = "TIMEX_CONTEXT";
    List<EventAssembler.Assembled> events = EventAssembler.assemble(List.of(fromDocDate, carried));
    assertEquals(1, events.size());
    assertEquals("TIMEX_CONTEXT", events.get(0).event.getDateSource());
    LocatedMention stated = mention("Taliban", "c");
    List<EventAssembler.Assembled> withStated =
        EventAssembler.assemble(List.of(fromDocDate, stated, carried));
    assertEquals("TIMEX", withStated.get(0).event.getDateSource());
  }

  @Test
  public void mentionsWithoutAnActorJoinTheOnlyActorNamed() {
    List<LocatedMention> group =
        new ArrayList<>(
            List.of(mention("The Taliban", "a"), mention(null, "b"), mention("Taliban", "c")));
    List<List<LocatedMention>> events = EventAssembler.splitByActor(group);
    assertEquals(1, events.size());
    assertEquals(3, events.get(0).size());
  }

  /** The mentions, their target taken away: then they have neither target nor place. */
  private static List<LocatedMention> withoutTarget(LocatedMention... mentions) {
    for (LocatedMention l : mentions) {
      l.mention.targetText = null;
      l.mention.targetType = null;
    }
    return List.of(mentions);
  }

  @Test
  public void withNeitherTargetNorPlaceAMentionWithoutActorJoinsOnlyFromItsOwnStoryOrPassage() {
    LocatedMention named = mention("Taliban", "a", 0, "p1");
    LocatedMention sameStory = mention(null, "a", 3, "a:3");
    LocatedMention samePassage = mention(null, "b", 0, "p1");
    LocatedMention otherStory = mention(null, "c", 0, "c:0");
    List<List<LocatedMention>> events =
        EventAssembler.splitByActor(
            new ArrayList<>(withoutTarget(named, sameStory, samePassage, otherStory)));
    assertEquals(2, events.size());
    List<LocatedMention> taliban = events.get(0).contains(named) ? events.get(0) : events.get(1);
    assertEquals(List.of(named, sameStory, samePassage), taliban);
    assertEquals(List.of(otherStory), events.get(0) == taliban ? events.get(1) : events.get(0));
  }

  @Test
  public void withNoRoleAtAllMentionsOfTwoStoriesAreTwoEventsUnlessTheyShareAPassage() {
    LocatedMention first = mention(null, "a", 2, "a:2");
    LocatedMention sameStory = mention(null, "a", 5, "a:5");
    LocatedMention otherStory = mention(null, "c", 1, "c:1");
    LocatedMention sharesAPassage = mention(null, "b", 4, "c:1");
    List<EventAssembler.Assembled> events =
        EventAssembler.assemble(withoutTarget(first, sameStory, otherStory, sharesAPassage));
    assertEquals(2, events.size());
    assertEquals(List.of("a"), events.get(0).event.getDocIds());
    assertEquals(2, (int) events.get(0).event.getNumMentions());
    assertEquals(List.of("b", "c"), events.get(1).event.getDocIds());
    assertNotEquals(events.get(0).event.getEventId(), events.get(1).event.getEventId());
  }

  private static RoleIdentity place(String key, String precision, String country) {
    RoleIdentity identity = RoleIdentity.keyOnly(key);
    identity.precision = precision;
    identity.countries = new ArrayList<>(List.of(country));
    return identity;
  }

  @Test
  public void aTownTakenSomewhereInItsCountryMergesWithTheTownTakenInTheTown() {
    LocatedMention inTheTown = mention("Taliban", "a");
    inTheTown.target = place("ghazni/1141269", "CITY", "AFG");
    inTheTown.location = place("ghazni/1141269", "CITY", "AFG");
    LocatedMention inTheCountry = mention("Taliban", "b");
    inTheCountry.target = place("ghazni/1141269", "CITY", "AFG");
    inTheCountry.location = place("afghanistan/AFG", "COUNTRY", "AFG");
    LocatedMention inAnotherCountry = mention("Taliban", "c");
    inAnotherCountry.target = place("ghazni/1141269", "CITY", "AFG");
    inAnotherCountry.location = place("pakistan/PAK", "COUNTRY", "PAK");
    assertEquals(EventAssembler.mergeKey(inTheTown), EventAssembler.mergeKey(inTheCountry));
    assertNotEquals(EventAssembler.mergeKey(inTheTown), EventAssembler.mergeKey(inAnotherCountry));
  }

  @Test
  public void mentionsWithoutAnActorStayApartWhenSeveralAreNamed() {
    List<LocatedMention> group =
        new ArrayList<>(
            List.of(
                mention("Taliban", "a"),
                mention(null, "b"),
                mention("US", "c"),
                mention("U.S.", "d")));
    List<List<LocatedMention>> events = EventAssembler.splitByActor(group);
    assertEquals(3, events.size());
  }

  @Test
  public void aNegatedMentionIsAnEventApartFlaggedAndTheEventCarriesPloversFields() {
    LocatedMention seized = mention("Taliban", "a");
    seized.mention.eventType = "ASSAULT";
    seized.mention.fineType = "SEIZE";
    seized.mention.contexts = "territory;military";
    LocatedMention alsoSeized = mention("Taliban", "b");
    alsoSeized.mention.eventType = "ASSAULT";
    alsoSeized.mention.auxMode = "hypothetical";
    alsoSeized.mention.mode = "heavy-weapons";
    LocatedMention third = mention("Taliban", "c");
    third.mention.eventType = "ASSAULT";
    LocatedMention notSeized = mention("Taliban", "d");
    notSeized.mention.eventType = "ASSAULT";
    notSeized.mention.auxMode = "negation";
    List<EventAssembler.Assembled> events =
        EventAssembler.assemble(List.of(seized, alsoSeized, third, notSeized));
    assertEquals(2, events.size());
    Event affirmed = events.get(0).event.getNegated() ? events.get(1).event : events.get(0).event;
    Event negated = events.get(0).event.getNegated() ? events.get(0).event : events.get(1).event;
    assertEquals(3, (int) affirmed.getNumMentions());
    assertEquals(false, affirmed.getNegated());
    assertNull(
        "one hypothetical mention of three does not make the event one", affirmed.getAuxMode());
    assertEquals("heavy-weapons", affirmed.getMode());
    assertEquals(List.of("military", "territory"), affirmed.getContexts());
    assertEquals("SEIZE", affirmed.getFineType());
    assertEquals(-9.5, affirmed.getPloverScore(), 0.0);
    assertEquals(4, (int) affirmed.getQuadClass());
    assertEquals(true, negated.getNegated());
    assertEquals("negation", negated.getAuxMode());
    assertEquals(1, (int) negated.getNumMentions());
  }

  @Test
  public void theMergeKeyNormalisesNames() {
    LocatedMention a = mention(null, "a");
    LocatedMention b = mention(null, "b");
    b.mention.targetText = "HERAT";
    assertEquals(EventAssembler.mergeKey(a.mention), EventAssembler.mergeKey(b.mention));
  }

  @Test
  public void documentsSharingAPassageAreOneIndependentReport() {
    // a and b carry the same agency paragraph (passage p1); c wrote its own sentence.
    List<LocatedMention> mentions =
        List.of(
            mention("Taliban", "a", 3, "p1"),
            mention("Taliban", "b", 5, "p1"),
            mention("Taliban", "c", 0, "p2"));
    List<EventAssembler.Assembled> events = EventAssembler.assemble(mentions);
    assertEquals(1, events.size());
    Event event = events.get(0).event;
    assertEquals(3, event.getNumMentions());
    assertEquals(3, event.getNumDocuments());
    assertEquals(2, event.getNumIndependentReports());
    assertEquals(List.of("a", "b", "c"), event.getDocIds());
  }

  @Test
  public void reprintsCountAsDocumentsNotAsReports() {
    LocatedMention original =
        new LocatedMention(
            mention("Taliban", "a").mention,
            "The Taliban seized Herat.",
            "p1",
            List.of("r1", "r2"));
    Event event = EventAssembler.assemble(List.of(original)).get(0).event;
    assertEquals(1, event.getNumMentions());
    assertEquals(3, event.getNumDocuments());
    assertEquals(1, event.getNumIndependentReports());
  }

  @Test
  public void aSentenceNamingTheEventTwiceIsOneMention() {
    List<EventAssembler.Assembled> events =
        EventAssembler.assemble(
            List.of(mention("Taliban", "a", 2, "p1"), mention("Taliban", "a", 2, "p1")));
    assertEquals(1, events.get(0).event.getNumMentions());
    assertEquals(1, events.get(0).mentions.size());
  }

  @Test
  public void theOrderMentionsArriveInChangesNothing() {
    List<LocatedMention> mentions = new ArrayList<>();
    for (String doc : List.of("a", "b", "c", "d", "e")) {
      mentions.add(mention(doc.equals("c") ? null : "Taliban", doc, 1, "p-" + doc));
    }
    mentions.add(mention("US", "f", 0, "p-f"));
    List<String> expected = new ArrayList<>();
    for (EventAssembler.Assembled a : EventAssembler.assemble(mentions)) {
      expected.add(a.event.toString() + a.mentions);
    }
    Random random = new Random(7);
    for (int i = 0; i < 5; i++) {
      Collections.shuffle(mentions, random);
      List<String> again = new ArrayList<>();
      for (EventAssembler.Assembled a : EventAssembler.assemble(mentions)) {
        again.add(a.event.toString() + a.mentions);
      }
      assertEquals(expected, again);
    }
  }

  @Test
  public void theMostCommonValueWinsAndTiesGoToTheFirstAlphabetically() {
    List<LocatedMention> event = new ArrayList<>();
    for (String action : List.of("take", "seize", "take", "seize", "capture")) {
      LocatedMention l = mention("Taliban", "a");
      l.mention.action = action;
      event.add(l);
    }
    assertEquals("seize", EventAssembler.mostCommon(event, l -> l.mention.action));
    assertNull(EventAssembler.mostCommon(event, l -> l.mention.locationText));
  }
}
