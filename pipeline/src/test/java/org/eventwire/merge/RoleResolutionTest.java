package org.eventwire.merge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eventwire.events.EventExtractor;
import org.eventwire.events.EventMention;
import org.eventwire.records.Document;
import org.eventwire.records.Entity;
import org.eventwire.records.Event;
import org.eventwire.records.Sentence;
import org.eventwire.resolve.ResolveData;
import org.eventwire.resolve.StoryContext;
import org.junit.BeforeClass;
import org.junit.Test;

/** The merge stage's resolution of roles and place entities, on hand-made Afghan mentions. */
public class RoleResolutionTest {
  private static final String STORY =
      "The US said on Thursday that U.S. troops would help evacuate Kabul. The United States"
          + " and Afghan officials said the Taliban seized Herat. Afghanistan's government fled.";
  private static final LocalDate DAY = LocalDate.of(2021, 8, 12);

  private static RoleResolution resolution;
  private static StoryContext story;

  @BeforeClass
  public static void load() {
    resolution = new RoleResolution(ResolveData.shared());
    story = StoryContext.of(DAY, java.util.Map.of("AFG", 4, "USA", 1), List.of());
  }

  private static RoleIdentity actor(String text, String type) {
    return resolution.actor(text, type, DAY, story, STORY);
  }

  @Test
  public void spellingsOfOneCountryShareOneKey() {
    RoleIdentity us = actor("US", "COUNTRY");
    assertEquals("USA", us.countries.get(0));
    assertEquals("United States", us.name);
    assertEquals(us.key, actor("U.S.", "COUNTRY").key);
    assertEquals(us.key, actor("United States", "COUNTRY").key);
    assertNotEquals(us.key, actor("Afghanistan", "COUNTRY").key);
  }

  @Test
  public void anOrganisationOfACountryKeepsItsOwnName() {
    RoleIdentity indians = actor("Cleveland Indians", "ORGANIZATION");
    assertEquals(List.of("USA"), indians.countries);
    assertEquals("Cleveland Indians", indians.name);
    assertNotEquals(actor("US", "COUNTRY").key, indians.key);
    assertEquals("United States", actor("U.S.", "ORGANIZATION").name);
  }

  @Test
  public void aPlaceNamedByNoOneIsNoIdentity() {
    RoleIdentity europe = actor("Europe", "LOCATION");
    assertNotEquals("Afghanistan", europe.name);
    assertEquals(List.of(), europe.countries);
  }

  @Test
  public void aTownTakenIsThatTownNotItsCountry() {
    RoleIdentity herat = actor("Herat", "CITY");
    RoleIdentity ghazni = actor("Ghazni", "CITY");
    assertEquals(List.of("AFG"), herat.countries);
    assertEquals("PLACE", herat.resolvedBy);
    assertEquals("CITY", herat.precision);
    assertNotEquals(herat.key, ghazni.key);
  }

  @Test
  public void aNationalityReadsTheAgentNounAfterIt() {
    RoleIdentity pakistani =
        resolution.actor(
            "Pakistani", "NATIONALITY", DAY, story, "Pakistani forces clashed with Afghans.");
    assertEquals(List.of("PAK"), pakistani.countries);
    assertEquals(List.of("MIL"), pakistani.sectors);
    RoleIdentity alone =
        resolution.actor("Pakistani", "NATIONALITY", DAY, story, "The Pakistani said no.");
    assertEquals(List.of("PAK"), alone.countries);
    assertEquals("DEMONYM", alone.resolvedBy);
  }

  @Test
  public void aLocationIsKeyedByItsPlace() {
    RoleIdentity herat = resolution.place("Herat", story, List.of(), STORY);
    assertEquals("Herāt", herat.name);
    assertEquals(herat.key, resolution.place("Herāt", story, List.of(), STORY).key);
    RoleIdentity country = resolution.place("Afghanistan", story, List.of(), STORY);
    assertEquals("COUNTRY", country.precision);
    assertNull(country.geonameid);
  }

  @Test
  public void eventCountryFromLocationThenActorsThenStoryElseNone() {
    RoleIdentity afg = identity("AFG");
    RoleIdentity usa = identity("USA");
    RoleIdentity un = identity("IGO");
    assertEquals(
        new RoleResolution.EventCountry("USA", "LOCATION"),
        RoleResolution.eventCountry(usa, afg, afg, List.of()));
    assertEquals(
        new RoleResolution.EventCountry("AFG", "ACTORS"),
        RoleResolution.eventCountry(null, afg, afg, Arrays.asList("PAK")));
    assertEquals(
        new RoleResolution.EventCountry("PAK", "STORY"),
        RoleResolution.eventCountry(identity("IGO"), afg, usa, Arrays.asList("PAK", "PAK")));
    assertEquals(
        new RoleResolution.EventCountry(null, "NONE"),
        RoleResolution.eventCountry(null, afg, un, Arrays.asList("PAK", null)));
    assertEquals(
        new RoleResolution.EventCountry(null, "NONE"),
        RoleResolution.eventCountry(null, null, null, Arrays.asList("PAK", "AFG")));
  }

  private static RoleIdentity identity(String country) {
    RoleIdentity identity = RoleIdentity.keyOnly(country);
    identity.countries = new ArrayList<>(List.of(country));
    return identity;
  }

  private static EventMention mention(String doc, String actor) {
    EventMention m = new EventMention();
    m.docId = doc;
    m.eventType = "MOBILIZE";
    m.action = "send";
    m.trigger = "sent";
    m.date = "2021-08-12";
    m.dateSource = "TIMEX";
    m.actorText = actor;
    m.actorType = "COUNTRY";
    m.sentenceEnd = 10;
    return m;
  }

  @Test
  public void usAndUsAndUnitedStatesMergeIntoOneEvent() {
    List<LocatedMention> located = new ArrayList<>();
    String[] spellings = {"US", "U.S.", "United States"};
    for (int i = 0; i < spellings.length; i++) {
      LocatedMention l =
          new LocatedMention(
              mention("d" + i, spellings[i]), "The US sent troops.", "p" + i, List.of());
      Document doc = document("d" + i, "The US sent troops to Kabul.", List.of());
      resolution.identify(l, doc, story);
      located.add(l);
    }
    List<EventAssembler.Assembled> events = EventAssembler.assemble(located);
    assertEquals(1, events.size());
    Event event = events.get(0).event;
    assertEquals(3, event.getNumIndependentReports());
    assertEquals("United States", event.getActor().getName());
    assertEquals("USA", event.getActor().getCountry());
    assertEquals("AFG", event.getEventCountry());
    assertEquals("STORY", event.getEventCountryReason());
  }

  @Test
  public void withoutResolutionTheSpellingsStayApart() {
    List<LocatedMention> located = new ArrayList<>();
    for (String spelling : List.of("Washington", "United States")) {
      located.add(
          new LocatedMention(mention("d" + spelling, spelling), "x", "p" + spelling, List.of()));
    }
    List<EventAssembler.Assembled> events = EventAssembler.assemble(located);
    assertEquals(2, events.size());
    assertNull(events.get(0).event.getActor().getName());
    assertNull(events.get(0).event.getEventCountryReason());
  }

  @Test
  public void placeEntitiesGetCoordinatesAndOthersStayAsTheyWere() {
    String text = "Taliban fighters seized Herat on Thursday.";
    Entity taliban = entity("Taliban", "ORGANIZATION", 0);
    Entity herat = entity("Herat", "CITY", 24);
    Document doc = document("d", text, List.of(taliban, herat));
    Document resolved = resolution.withPlaces(doc, resolution.story(doc));
    assertEquals(taliban, resolved.getEntities().get(0));
    Entity place = resolved.getEntities().get(1);
    assertEquals("AFG", place.getCountry());
    assertEquals("CITY", place.getPrecision());
    assertEquals(34.35, place.getLat(), 0.05);
    assertEquals(62.20, place.getLon(), 0.05);
  }

  @Test
  public void onePersonsPronounIsTheLastPersonNamedBeforeItsSentence() {
    String text = "President Ashraf Ghani spoke in Kabul. He accused Pakistan of sheltering them.";
    Document doc =
        document("g", text, List.of(entity("Ashraf Ghani", "PERSON", text.indexOf("Ashraf"))));
    StoryContext pakistan = StoryContext.of(DAY, java.util.Map.of("PAK", 4), List.of());
    EventMention m = mention("g", "He");
    m.actorType = EventExtractor.PRONOUN;
    m.sentenceBegin = text.indexOf("He ");
    m.sentenceEnd = text.length();
    LocatedMention l = new LocatedMention(m, text.substring(m.sentenceBegin), "p", List.of());
    resolution.identify(l, doc, pakistan);
    assertEquals(List.of("AFG"), l.actor.countries);
    // A group's pronoun, or one with no person before it, is of the story's country.
    EventMention they = mention("g", "They");
    they.actorType = EventExtractor.PRONOUN;
    LocatedMention group = new LocatedMention(they, "They accused Kabul.", "p", List.of());
    resolution.identify(group, document("g", "They accused Kabul.", List.of()), pakistan);
    assertEquals(List.of("PAK"), group.actor.countries);
    assertEquals("STORY_CONTEXT", group.actor.resolvedBy);
    // The pronoun is not the state: it keeps a key of its own.
    assertNotEquals(actor("Pakistan", "COUNTRY").key, group.actor.key);
  }

  @Test
  public void onePersonsPronounIsTheFirstPersonOutsideQuotesOfTheNearestSentenceNamingOne() {
    String text =
        "Ashraf Ghani spoke. \"Imran Khan is wrong,\" Hamid Karzai told Nawaz Sharif. He left.";
    List<Entity> entities =
        List.of(
            entity("Ashraf Ghani", "PERSON", text.indexOf("Ashraf"), 0),
            entity("Imran Khan", "PERSON", text.indexOf("Imran"), 1),
            entity("Hamid Karzai", "PERSON", text.indexOf("Hamid"), 1),
            entity("Nawaz Sharif", "PERSON", text.indexOf("Nawaz"), 1));
    Document doc = document("q", text, entities);
    // Not the last person named (Sharif), nor the one inside the quotation (Khan), nor Ghani of
    // an earlier sentence.
    assertEquals("Hamid Karzai", RoleResolution.antecedent(doc, text.indexOf("He left")).getText());
    assertNull(RoleResolution.antecedent(doc, 0));
  }

  @Test
  public void aCountryNamedIsThatCountryNotATownOfItsName() {
    StoryContext us = StoryContext.of(DAY, java.util.Map.of("USA", 5), List.of());
    RoleIdentity poland =
        resolution.actor(
            "Poland", "COUNTRY", DAY, us, "Poland joined NATO at a ceremony in Missouri.");
    assertEquals(List.of("POL"), poland.countries);
    assertEquals("COUNTRY_NAME", poland.resolvedBy);
  }

  @Test
  public void aPronounActorJoinsTheActorTheOtherMentionsName() {
    EventMention named = mention("a", "Ashraf Ghani");
    named.actorType = "PERSON";
    // The same story, later: with neither target nor place, only its own story's or passage's
    // named actor can be the one a pronoun stands for (EventAssemblerTest).
    EventMention pronoun = mention("a", "he");
    pronoun.actorType = EventExtractor.PRONOUN;
    pronoun.sentenceIndex = 2;
    List<EventAssembler.Assembled> events =
        EventAssembler.assemble(
            List.of(
                new LocatedMention(named, "x", "p1", List.of()),
                new LocatedMention(pronoun, "y", "p2", List.of())));
    assertEquals(1, events.size());
    assertEquals("Ashraf Ghani", events.get(0).event.getActor().getText());
    assertEquals(2, (int) events.get(0).event.getNumMentions());
  }

  private static Entity entity(String text, String type, int begin, int sentence) {
    return Entity.newBuilder(entity(text, type, begin)).setSentenceIndex(sentence).build();
  }

  private static Entity entity(String text, String type, int begin) {
    return Entity.newBuilder()
        .setText(text)
        .setType(type)
        .setBegin(begin)
        .setEnd(begin + text.length())
        .setSentenceIndex(0)
        .build();
  }

  private static Document document(String id, String text, List<Entity> entities) {
    return Document.newBuilder()
        .setDocId(id)
        .setSourceUri("/in/" + id)
        .setContentSha256("0")
        .setByteSize(text.length())
        .setEncoding("UTF-8")
        .setDocDate(DAY)
        .setDocDateSource("OPTION")
        .setText(text)
        .setTextStart(0)
        .setCanonicalDocId(id)
        .setEntities(entities)
        .setSentences(
            List.of(
                Sentence.newBuilder()
                    .setIndex(0)
                    .setBegin(0)
                    .setEnd(text.length())
                    .setPassageClusterId("p")
                    .build()))
        .build();
  }

  /** A story of two countries, neither beyond doubt: agent nouns alone get no country from it. */
  private static final StoryContext TWO_COUNTRIES =
      StoryContext.of(DAY, java.util.Map.of("SOM", 2, "ETH", 2), List.of());

  @Test
  public void anAgentNounNoStoryPlacesTakesTheCountryOfItsEventsPlace() {
    String sentence = "Militiamen shelled the town of Jowhar in central Somalia on Thursday.";
    RoleIdentity militia =
        resolution.actor(
            "militiamen", org.eventwire.events.Agents.AGENT, DAY, TWO_COUNTRIES, sentence);
    assertEquals(List.of(), militia.countries);
    String key = militia.key;
    RoleIdentity somalia = resolution.place("Somalia", TWO_COUNTRIES, List.of(), sentence);
    RoleResolution.placedByEvent(militia, org.eventwire.events.Agents.AGENT, somalia);
    assertEquals(List.of("SOM"), militia.countries);
    assertEquals(RoleResolution.EVENT_PLACE, militia.resolvedBy);
    assertEquals("the key, and so merging, stays as it was", key, militia.key);
    // A name is not an agent noun: it keeps its lack of a country.
    RoleIdentity named = RoleIdentity.keyOnly("Abdi Qoorsade");
    named.resolvedBy = "UNRESOLVED";
    RoleResolution.placedByEvent(named, "PERSON", somalia);
    assertEquals(List.of(), named.countries);
    // A place of no country (an IGO's seat as a code) gives nothing.
    RoleIdentity other =
        resolution.actor(
            "militiamen", org.eventwire.events.Agents.AGENT, DAY, TWO_COUNTRIES, sentence);
    RoleResolution.placedByEvent(other, org.eventwire.events.Agents.AGENT, identity("IGO"));
    assertEquals(List.of(), other.countries);
  }

  @Test
  public void anAgentNounOwnedByAPossessivePronounIsOfTheActorsCountry() {
    String sentence = "The Ethiopian government told its soldiers to hold the line.";
    RoleIdentity government =
        resolution.actor(
            "The Ethiopian government",
            org.eventwire.events.Agents.AGENT,
            DAY,
            TWO_COUNTRIES,
            sentence);
    RoleIdentity soldiers =
        resolution.actor(
            "soldiers", org.eventwire.events.Agents.AGENT, DAY, TWO_COUNTRIES, sentence);
    RoleResolution.ownedByActor(soldiers, org.eventwire.events.Agents.AGENT, government, sentence);
    assertEquals(List.of("ETH"), soldiers.countries);
    assertEquals(RoleResolution.POSSESSOR, soldiers.resolvedBy);
    // Without the pronoun, the soldiers may be anyone's.
    String plain = "The Ethiopian government told soldiers to hold the line.";
    RoleIdentity others =
        resolution.actor("soldiers", org.eventwire.events.Agents.AGENT, DAY, TWO_COUNTRIES, plain);
    RoleResolution.ownedByActor(others, org.eventwire.events.Agents.AGENT, government, plain);
    assertEquals(List.of(), others.countries);
  }

  @Test
  public void agentNounsInANamedPlaceAreOfItsCountry() {
    RoleIdentity inPeshawar = actor("Residents", "AGENT");
    assertEquals(List.of("AFG"), inPeshawar.countries);
    resolution.placedByOwnPlace(
        inPeshawar,
        "Residents",
        "AGENT",
        "Residents in Peshawar fled the fighting on Monday.",
        story);
    assertEquals(List.of("PAK"), inPeshawar.countries);
    assertEquals(RoleResolution.OWN_PLACE, inPeshawar.resolvedBy);
    // The place is the event's, not the residents'; nor does a region without a name say.
    for (String sentence :
        List.of(
            "Residents fled the fighting in Peshawar on Monday.",
            "Residents in the region fled the fighting on Monday.")) {
      RoleIdentity residents = actor("Residents", "AGENT");
      resolution.placedByOwnPlace(residents, "Residents", "AGENT", sentence, story);
      assertEquals(sentence, List.of("AFG"), residents.countries);
    }
    // A named actor keeps its own country.
    RoleIdentity taliban = actor("Taliban", "ORGANIZATION");
    resolution.placedByOwnPlace(
        taliban, "Taliban", "AGENT", "Taliban in Peshawar fled the fighting on Monday.", story);
    assertEquals(List.of("AFG"), taliban.countries);
  }

  /** A story of Turkey beyond doubt, where a group pronoun with no group before it is Turkish. */
  private static final StoryContext TURKEY =
      StoryContext.of(DAY, java.util.Map.of("TUR", 5), List.of());

  /** A document of the given sentences, one space apart, with no entities. */
  private static Document sentences(String id, String... sentences) {
    String text = String.join(" ", sentences);
    List<Sentence> records = new ArrayList<>();
    int begin = 0;
    for (int i = 0; i < sentences.length; i++) {
      records.add(
          Sentence.newBuilder()
              .setIndex(i)
              .setBegin(begin)
              .setEnd(begin + sentences[i].length())
              .setPassageClusterId("p")
              .build());
      begin += sentences[i].length() + 1;
    }
    return Document.newBuilder(document(id, text, List.of())).setSentences(records).build();
  }

  /** The roles of an event in the document's last sentence, resolved in a Turkish story. */
  private static LocatedMention identified(
      Document doc, String actor, String actorType, String target, String targetType) {
    Sentence last = doc.getSentences().get(doc.getSentences().size() - 1);
    EventMention m = mention(doc.getDocId(), actor);
    m.actorType = actorType;
    m.targetText = target;
    m.targetType = targetType;
    m.sentenceIndex = last.getIndex();
    m.sentenceBegin = last.getBegin();
    m.sentenceEnd = last.getEnd();
    String sentence = doc.getText().substring(last.getBegin(), last.getEnd());
    LocatedMention l = new LocatedMention(m, sentence, "p", List.of());
    resolution.identify(l, doc, TURKEY);
    return l;
  }

  @Test
  public void aGroupPronounIsTheNearestPluralGroupNamedBeforeIt() {
    String pronoun = EventExtractor.PRONOUN;
    // The subject of the sentence before: Iranians, not the story's Turks.
    LocatedMention veterans =
        identified(
            sentences(
                "v",
                "Iranian war veterans marched to the border crossing on Monday.",
                "They accused Baghdad of holding prisoners."),
            "They",
            pronoun,
            "Baghdad",
            "CITY");
    assertEquals(List.of("IRN"), veterans.actor.countries);
    assertNotEquals("STORY_CONTEXT", veterans.actor.resolvedBy);
    assertEquals("They", veterans.actor.name);
    // Earlier in its own sentence, with the group's sector.
    LocatedMention rebels =
        identified(
            sentences("r", "Ugandan rebels said on Sunday that they had attacked Goma."),
            "they",
            pronoun,
            "Goma",
            "CITY");
    assertEquals(List.of("UGA"), rebels.actor.countries);
    assertEquals(List.of("REB"), rebels.actor.sectors);
    // Not the event's other role: the police did not detain themselves.
    LocatedMention fishermen =
        identified(
            sentences(
                "f",
                "Greek fishermen sailed close to the island at dawn.",
                "Turkish police detained them on Sunday."),
            "Turkish police",
            "AGENT",
            "them",
            pronoun);
    assertEquals(List.of("TUR"), fishermen.actor.countries);
    assertEquals(List.of("GRC"), fishermen.target.countries);
  }

  @Test
  public void aGroupPronounWithNoPlacedGroupBeforeItIsOfTheStorysCountry() {
    String pronoun = EventExtractor.PRONOUN;
    for (Document doc :
        List.of(
            // No group before it.
            sentences("n", "Talks resumed on Monday.", "They accused Baghdad of lying."),
            // The nearest group has no country of its own, and hides the Iranians further back.
            sentences(
                "b",
                "Iranian war veterans marched to the border crossing on Monday.",
                "Protesters gathered outside the consulate.",
                "They accused Baghdad of lying."))) {
      LocatedMention l = identified(doc, "They", pronoun, "Baghdad", "CITY");
      assertEquals(doc.getText(), List.of("TUR"), l.actor.countries);
      assertEquals(doc.getText(), "STORY_CONTEXT", l.actor.resolvedBy);
    }
    // An object pronoun with a group before it in its own sentence: the group may be the subject
    // of its verb, which the object is not.
    LocatedMention object =
        identified(
            sentences("o", "Greek fishermen said that Bulgarian sailors had threatened them."),
            null,
            null,
            "them",
            pronoun);
    assertEquals(List.of("TUR"), object.target.countries);
    assertEquals("STORY_CONTEXT", object.target.resolvedBy);
  }

  @Test
  public void theOwnPlaceIsTheCapitalisedNameRightAfterTheNounInAnyCase() {
    assertEquals(
        "Miami",
        RoleResolution.ownPlaceAfter(
            "officials", "Elected Officials in and around Miami said the boy should stay."));
    assertEquals(
        "Kenya",
        RoleResolution.ownPlaceAfter("doctors", "Doctors said doctors from the Kenya side came."));
    assertEquals(
        "Peshawar",
        RoleResolution.ownPlaceAfter("police", "Police based in Peshawar arrested two."));
    assertNull(RoleResolution.ownPlaceAfter("officials", "Officials in the capital said so."));
    assertNull(RoleResolution.ownPlaceAfter("officials", "Police in Miami said so."));
  }

  @Test
  public void aSurnameTakesWhatTheStorysFullerMentionOfThePersonSays() {
    String text = "Zairean President Mobutu Sese Seko left Kinshasa. Rebels said Mobutu fled.";
    int second = text.indexOf("Rebels");
    Document doc =
        sentences(
            "z", "Zairean President Mobutu Sese Seko left Kinshasa.", "Rebels said Mobutu fled.");
    doc.setEntities(
        List.of(
            entity("Zairean", "NATIONALITY", 0, 0),
            entity("President", "TITLE", 8, 0),
            entity("Mobutu Sese Seko", "PERSON", 18, 0),
            entity("Mobutu", "PERSON", text.indexOf("Mobutu fled"), 1)));
    assertEquals("Zairean President Mobutu Sese Seko", RoleResolution.fullerMention(doc, "Mobutu"));
    assertNull(RoleResolution.fullerMention(doc, "Zairean President Mobutu Sese Seko"));
    EventMention m = mention("z", "Mobutu");
    m.actorType = "PERSON";
    m.sentenceIndex = 1;
    m.sentenceBegin = second;
    m.sentenceEnd = text.length();
    m.date = "1997-04-30";
    LocatedMention l = new LocatedMention(m, text.substring(second), "p", List.of());
    resolution.identify(l, doc, StoryContext.of(DAY, java.util.Map.of(), List.of()));
    assertEquals(List.of("ZAR"), l.actor.countries);
    assertEquals(List.of("GOV"), l.actor.sectors);

    // "He" after "Mobutu" is the person as the story writes them in full.
    Document three =
        sentences(
            "z3",
            "Zairean President Mobutu Sese Seko left Kinshasa.",
            "Rebels said Mobutu fled.",
            "He denied it.");
    three.setEntities(doc.getEntities());
    EventMention he = mention("z3", "He");
    he.actorType = EventExtractor.PRONOUN;
    he.sentenceIndex = 2;
    he.sentenceBegin = three.getText().indexOf("He denied");
    he.sentenceEnd = three.getText().length();
    he.date = "1997-04-30";
    LocatedMention denied =
        new LocatedMention(he, three.getText().substring(he.sentenceBegin), "p", List.of());
    resolution.identify(denied, three, StoryContext.of(DAY, java.util.Map.of(), List.of()));
    assertEquals(List.of("ZAR"), denied.actor.countries);

    // Two people of one surname in the story: the surname alone says neither.
    Document two =
        sentences(
            "y", "Lazaro Gonzalez spoke.", "Cuban-born Elian Gonzalez stayed.", "Gonzalez left.");
    two.setEntities(
        List.of(
            entity("Lazaro Gonzalez", "PERSON", 0, 0),
            entity("Elian Gonzalez", "PERSON", 34, 1),
            entity("Gonzalez", "PERSON", 57, 2)));
    assertNull(RoleResolution.fullerMention(two, "Gonzalez"));
  }
}
