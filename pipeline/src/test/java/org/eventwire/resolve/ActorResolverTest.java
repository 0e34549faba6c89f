package org.eventwire.resolve;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eventwire.resolve.ResolvedActor.How;
import org.junit.Test;

public class ActorResolverTest {
  private static final LocalDate FALL_OF_HERAT = LocalDate.of(2021, 8, 12);
  private static final ActorResolver RESOLVER = new ActorResolver(ResolveData.shared());

  private static ResolvedActor resolve(String text, LocalDate date) {
    return RESOLVER.resolve(text, null, date, StoryContext.none());
  }

  private static void assertActor(
      String text, LocalDate date, String country, List<String> sectors, How how) {
    ResolvedActor actor = resolve(text, date);
    assertEquals(text + ": country", country, actor.country());
    assertEquals(text + ": sectors", sectors, actor.sectors());
    assertEquals(text + ": how", how, actor.how());
  }

  @Test
  public void theIssuesExamples() {
    assertActor("Pakistani forces", FALL_OF_HERAT, "PAK", List.of("MIL"), How.AGENT_WITH_COUNTRY);
    assertActor("the Taliban", FALL_OF_HERAT, "AFG", List.of("REB"), How.DICTIONARY);
    assertActor("Ashraf Ghani", FALL_OF_HERAT, "AFG", List.of("GOV"), How.DICTIONARY);
    assertActor("UN", FALL_OF_HERAT, "IGO", List.of(), How.DICTIONARY);
    ResolvedActor embassy = resolve("the US embassy", FALL_OF_HERAT);
    assertEquals("USA", embassy.country());
    assertTrue(embassy.sectors().contains("GOV"));
  }

  @Test
  public void spellingsOfOneCountryAreOneIdentity() {
    ResolvedActor us = resolve("US", FALL_OF_HERAT);
    for (String spelling : List.of("U.S.", "United States", "the United States", "America")) {
      ResolvedActor other = resolve(spelling, FALL_OF_HERAT);
      assertEquals(spelling, "USA", other.country());
      assertEquals(spelling, us.canonicalName(), other.canonicalName());
      assertEquals(spelling, us.sectors(), other.sectors());
    }
    assertEquals("USA", us.country());
    assertEquals("United States", us.canonicalName());
  }

  @Test
  public void datedCodesResolveByTheEventsDate() {
    // Phoenix: HAMID_KARZAI [AFGELI 750101-000101] [AFGGOV >011222].
    assertEquals(List.of("ELI"), resolve("Hamid Karzai", LocalDate.of(1999, 6, 1)).sectors());
    assertEquals(List.of("GOV"), resolve("Hamid Karzai", LocalDate.of(2005, 6, 1)).sectors());
    // The Taliban took Kabul on 15 August 2021 and became its government.
    assertEquals(List.of("GOV"), resolve("Taliban", LocalDate.of(2021, 9, 1)).sectors());
    assertEquals(List.of("ELI"), resolve("Ashraf Ghani", LocalDate.of(2010, 1, 1)).sectors());
  }

  @Test
  public void countryCodesAreThoseOfTheEventsDate() {
    assertEquals("ZAR", resolve("Zairean troops", LocalDate.of(1997, 4, 9)).country());
    assertEquals("COD", resolve("Zairean troops", LocalDate.of(1998, 4, 9)).country());
  }

  @Test
  public void agentNounsAloneTakeTheStorysCountryOnlyWhenItIsBeyondDoubt() {
    StoryContext afghan = StoryContext.of(FALL_OF_HERAT, Map.of("AFG", 5, "USA", 1), List.of());
    ResolvedActor police = RESOLVER.resolve("police", null, FALL_OF_HERAT, afghan);
    assertEquals("AFG", police.country());
    assertEquals(List.of("COP"), police.sectors());
    assertEquals(How.STORY_CONTEXT, police.how());

    StoryContext split = StoryContext.of(FALL_OF_HERAT, Map.of("AFG", 2, "PAK", 3), List.of());
    ResolvedActor unsure = RESOLVER.resolve("police", null, FALL_OF_HERAT, split);
    assertEquals("", unsure.country());
    assertEquals(List.of("COP"), unsure.sectors());
    assertEquals(How.UNRESOLVED, unsure.how());
    assertEquals(How.UNRESOLVED, resolve("police", FALL_OF_HERAT).how());
  }

  @Test
  public void demonymsAloneAndCountedPeople() {
    assertActor("Afghan", FALL_OF_HERAT, "AFG", List.of("GOV"), How.DEMONYM);
    assertActor("Six Japanese", LocalDate.of(1997, 4, 1), "JPN", List.of("CVL"), How.DEMONYM);
    assertActor("Afghans", FALL_OF_HERAT, "AFG", List.of("CVL"), How.DEMONYM);
  }

  @Test
  public void coordinatedCountriesAreAllKept() {
    ResolvedActor three =
        resolve("Poland, Hungary and the Czech Republic", LocalDate.of(1999, 3, 12));
    assertEquals(List.of("POL", "HUN", "CZE"), three.countries());
  }

  @Test
  public void aLowerCasePronounIsNotTheUnitedStates() {
    assertFalse(resolve("us", FALL_OF_HERAT).resolved());
    assertFalse(resolve("the Martians", FALL_OF_HERAT).resolved());
    assertFalse(resolve("", FALL_OF_HERAT).resolved());
  }

  @Test
  public void aTitleOverridesTheDictionarysOutOfOffice() {
    // Phoenix has Prodi out of office (ELI) in 1997, when he was Italy's prime minister.
    ResolvedActor prodi = resolve("Italian Prime Minister Romano Prodi", LocalDate.of(1997, 4, 13));
    assertEquals("ITA", prodi.country());
    assertEquals(List.of("GOV"), prodi.sectors());
  }

  @Test
  public void aSurnameFindsThePersonOnlyAloneOrAfterATitle() {
    ResolvedActor fujimori = resolve("President Fujimori", LocalDate.of(1997, 4, 23));
    assertEquals("PER", fujimori.country());
    assertEquals(How.DICTIONARY, fujimori.how());
    assertEquals("IGO", resolve("Annan", LocalDate.of(2006, 12, 19)).country());
    // Boris Tarasyuk is not in the dictionaries; "Boris" must not find Boris Yeltsin.
    ResolvedActor tarasyuk = resolve("Foreign Minister Boris Tarasyuk", LocalDate.of(2006, 12, 1));
    assertEquals("", tarasyuk.country());
    // A surname of the dictionaries written before another name is a first name: "James" of
    // this made-up person is not Edison James of Dominica.
    ResolvedActor firstName =
        resolve("accused killer James Walter Brook", LocalDate.of(1999, 6, 7));
    assertFalse(firstName.country().equals("DMA"));
    assertEquals("DMA", resolve("Prime Minister James", LocalDate.of(1999, 6, 7)).country());
    // A country's own dated codes do not make its name a surname.
    assertFalse(resolve("Asia", LocalDate.of(2006, 12, 14)).resolved());
  }

  @Test
  public void aNationalityBeforeANamedActorSaysWhoseItIs() {
    LocalDate day = LocalDate.of(2006, 12, 9);
    // The dictionaries know "King Abdullah" only as Jordan's; the nationality says which king.
    ResolvedActor saudiKing = resolve("Saudi King Abdullah", day);
    assertEquals("SAU", saudiKing.country());
    assertEquals(How.AGENT_WITH_COUNTRY, saudiKing.how());
    assertEquals("Saudi King Abdullah", saudiKing.canonicalName());
    assertEquals("JOR", resolve("King Abdullah", day).country());
    assertEquals("JOR", resolve("Jordanian King Abdullah", day).country());
    // A movement's national branch is of its country; the movement alone is not.
    assertEquals("IRQ", resolve("Iraqi Al-Qaeda", day).country());
    assertEquals("IMG", resolve("Al-Qaeda", day).country());
    // A nationality after "pro-" is whom the actor favours, not whose it is.
    assertEquals("IMG", resolve("pro-Iraqi Al-Qaeda", day).country());
  }
}
