package org.eventwire.resolve;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class ResolveDataTest {
  private static final ResolveData DATA = ResolveData.shared();

  @Test
  public void matchKeysFoldNewsAndGazetteerSpellingsTogether() {
    assertEquals("herat", MatchKey.of("Herāt"));
    assertEquals("lashkar gah", MatchKey.of("Lashkar Gāh"));
    assertEquals("us", MatchKey.of("U.S."));
    assertEquals("lodz", MatchKey.of("Łódź"));
    assertEquals("cote divoire", MatchKey.of("Côte d'Ivoire"));
    assertEquals("mazar i sharif", MatchKey.of("  Mazar-i-Sharif, "));
  }

  @Test
  public void theGazetteerHoldsEveryGeoNamesPlace() {
    // ../shared/gazetteer/README.md: 135,233 populated places.
    assertEquals(135_233, DATA.gazetteer().size());
    Gazetteer.Place kabul = DATA.gazetteer().byGeonameid(1138958).orElseThrow();
    assertEquals("Kabul", kabul.name());
    assertEquals("AFG", kabul.country());
    assertEquals("PPLC", kabul.featureCode());
    assertEquals(34.52813, kabul.lat(), 0.001);
    assertEquals(69.17233, kabul.lon(), 0.001);
    assertFalse(kabul.admin1Name().isEmpty());
  }

  @Test
  public void countriesKnowNamesDemonymsAndCapitals() {
    Countries countries = DATA.countries();
    assertEquals(Optional.of("GBR"), countries.byNameKey(MatchKey.of("Britain")));
    assertEquals(Optional.of("USA"), countries.byNameKey(MatchKey.of("U.S.")));
    assertEquals(Optional.of("PAK"), countries.byAdjectiveKey(MatchKey.of("Pakistani")));
    assertEquals(Optional.of("ISR"), countries.byAdjectiveKey(MatchKey.of("Israeli")));
    assertEquals(Optional.of("CHN"), countries.byAdjectiveKey(MatchKey.of("Chinese")));
    assertEquals(1138958, countries.get("AFG").orElseThrow().capitalGeonameid());
    assertEquals("AF", countries.get("AFG").orElseThrow().alpha2());
  }

  @Test
  public void formerCodesHoldOnlyInTheirYears() {
    assertEquals("ZAR", Countries.asOf("COD", LocalDate.of(1997, 5, 16)));
    assertEquals("COD", Countries.asOf("COD", LocalDate.of(1997, 5, 17)));
    assertEquals("YUG", Countries.asOf("SRB", LocalDate.of(1999, 3, 24)));
    assertEquals("SCG", Countries.asOf("SRB", LocalDate.of(2004, 1, 1)));
    assertEquals("SRB", Countries.asOf("SRB", LocalDate.of(2010, 1, 1)));
    assertEquals("AFG", Countries.asOf("AFG", LocalDate.of(1999, 1, 1)));
    assertEquals("COD", Countries.asOf("COD", null));
  }

  @Test
  public void dictionaryCodesAreReadWithTheirDates() {
    ActorDictionary.Entry karzai = DATA.actors().actor("hamid karzai").orElseThrow();
    ActorDictionary.Code inOffice = karzai.codeOn(LocalDate.of(2005, 1, 1)).orElseThrow();
    assertEquals("AFG", inOffice.country());
    assertEquals(List.of("GOV"), inOffice.sectors());
    assertEquals(LocalDate.of(2001, 12, 22), inOffice.from());
    assertEquals(Optional.of(List.of("COP")), DATA.actors().agentSectors("police"));
    assertEquals(Optional.of(List.of("MIL")), DATA.actors().agentSectors("soldiers"));
    assertTrue(DATA.actors().size() > 30_000);
  }

  @Test
  public void aStoryIsCertainOfItsCountryOnlyWhenItDominates() {
    String text =
        "KABUL: The Taliban seized Herat and Ghazni. Afghan forces withdrew from Kandahar, and "
            + "Pakistani officials said the border was closed.";
    StoryContext story = StoryContext.fromText(text, LocalDate.of(2021, 8, 12), DATA);
    assertEquals(Optional.of("AFG"), story.certainCountry());
    assertTrue(story.divisions().contains("AFG.11"));
    StoryContext split = StoryContext.of(null, Map.of("AFG", 2, "PAK", 2, "USA", 1), List.of());
    assertEquals(Optional.empty(), split.certainCountry());
    StoryContext once = StoryContext.of(null, Map.of("AFG", 1), List.of());
    assertEquals(Optional.empty(), once.certainCountry());
  }
}
