package org.eventwire.resolve;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eventwire.resolve.ResolvedPlace.Precision;
import org.eventwire.resolve.ResolvedPlace.Reason;
import org.junit.Test;

public class PlaceResolverTest {
  private static final ResolveData DATA = ResolveData.shared();
  private static final PlaceResolver RESOLVER = new PlaceResolver(DATA);
  private static final LocalDate FALL_OF_HERAT = LocalDate.of(2021, 8, 12);
  private static final StoryContext AFGHAN_STORY =
      StoryContext.of(FALL_OF_HERAT, Map.of("AFG", 4, "USA", 1), List.of());

  /** Great-circle distance in km. */
  private static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 6371 * 2 * Math.asin(Math.sqrt(a));
  }

  private static void assertAfghanCity(String name, double lat, double lon) {
    for (StoryContext story : List.of(AFGHAN_STORY, StoryContext.none())) {
      ResolvedPlace place = RESOLVER.resolve(name, story, List.of(), "");
      assertEquals(name, "AFG", place.country());
      assertEquals(name, Precision.CITY, place.precision());
      double off = km(lat, lon, place.lat(), place.lon());
      assertTrue(name + " is " + off + " km from GeoNames' point", off < 10);
    }
  }

  @Test
  public void theSamplesCitiesAreTheAfghanOnes() {
    // Coordinates from GeoNames' cities1000 (geonameids 1140026, 1141269, 1138336, 1134720).
    assertAfghanCity("Herat", 34.34817, 62.19967);
    assertAfghanCity("Ghazni", 33.55391, 68.42096);
    assertAfghanCity("Kandahar", 31.61332, 65.71013);
    assertAfghanCity("Lashkar Gah", 31.59382, 64.37161);
    assertEquals(1140026, RESOLVER.resolve("Herat", AFGHAN_STORY, List.of(), "").geonameid());
  }

  @Test
  public void aContinentIsNoTownOfItsName() {
    StoryContext japanese = StoryContext.of(FALL_OF_HERAT, Map.of("JPN", 5), List.of());
    ResolvedPlace asia = RESOLVER.resolve("Asia's largest economy", japanese, List.of(), "");
    assertEquals("JPN", asia.country());
    assertEquals(Precision.COUNTRY, asia.precision());
    assertEquals(
        Precision.NONE, RESOLVER.resolve("Asia", StoryContext.none(), List.of(), "").precision());
  }

  @Test
  public void newsSpellingsFindTheTownGeoNamesNamesOtherwise() {
    StoryContext american = StoryContext.of(FALL_OF_HERAT, Map.of("USA", 5), List.of());
    Map<String, String> towns =
        Map.of(
            "Kiev", "UKR",
            "Basra", "IRQ",
            "Fallujah", "IRQ", // GeoNames: Al Fallujah
            "Madras", "IND", // not Madras, Oregon
            "Mazar-i-Sharif", "AFG",
            "Beit Hanun", "PSE");
    towns.forEach(
        (town, country) -> {
          ResolvedPlace place = RESOLVER.resolve(town, american, List.of(), "");
          assertEquals(town, country, place.country());
          assertEquals(town, Precision.CITY, place.precision());
        });
  }

  @Test
  public void aTownTheGazetteerDoesNotKnowIsInTheDivisionOrCountryWrittenAfterIt() {
    StoryContext iranian = StoryContext.of(FALL_OF_HERAT, Map.of("IRN", 5), List.of());
    ResolvedPlace crawford =
        RESOLVER.resolve(
            "Crawford", iranian, List.of(), "Bush spoke at his ranch in Crawford, Texas, on Iran.");
    assertEquals("USA", crawford.country());
    assertEquals(Precision.DIVISION, crawford.precision());
    assertEquals(Reason.DIVISION_NAMED, crawford.reason());
    ResolvedPlace village =
        RESOLVER.resolve("Sperwan Ghar", iranian, List.of(), "in Sperwan Ghar, Afghanistan, on");
    assertEquals("AFG", village.country());
    assertEquals(Precision.COUNTRY, village.precision());
    // Without the division written after it, the story's country as before.
    assertEquals(
        "IRN",
        RESOLVER.resolve("Crawford", iranian, List.of(), "at his ranch in Crawford.").country());
  }

  @Test
  public void aPartOfTheWorldIsInNoOneCountryNotEvenTheStorys() {
    StoryContext american = StoryContext.of(FALL_OF_HERAT, Map.of("USA", 5), List.of());
    for (String region :
        List.of("Europe", "western Europe", "the Middle East", "Gulf", "the Americas", "Mideast")) {
      ResolvedPlace place = RESOLVER.resolve(region, american, List.of("USA"), "");
      assertEquals(region, Precision.NONE, place.precision());
      assertEquals(region, "", place.country());
    }
    // A place in a region is still that place; an unknown name still falls back on the story.
    assertEquals("AFG", RESOLVER.resolve("Herat", american, List.of(), "").country());
    assertEquals(
        Precision.COUNTRY,
        RESOLVER.resolve("Sperwan Ghar", AFGHAN_STORY, List.of(), "").precision());
    assertTrue(PlaceResolver.namesWorldRegion("Eastern Europe"));
    assertTrue(!PlaceResolver.namesWorldRegion("Gulf of Aden"));
    assertEquals("ZAF", RESOLVER.resolve("South Africa", american, List.of(), "").country());
  }

  @Test
  public void heratIsNotIranianEvenInAnIranianStory() {
    StoryContext iranian = StoryContext.of(FALL_OF_HERAT, Map.of("IRN", 6), List.of());
    assertEquals("AFG", RESOLVER.resolve("Herat", iranian, List.of("IRN"), "").country());
  }

  @Test
  public void georgiaIsTheCountryUnlessTheStoryIsAmerican() {
    String tbilisi = "Georgia's president met protesters in Tbilisi, the Georgian capital.";
    StoryContext caucasus = StoryContext.fromText(tbilisi, LocalDate.of(2003, 11, 22), DATA);
    ResolvedPlace country = RESOLVER.resolve("Georgia", caucasus, List.of(), tbilisi);
    assertEquals("GEO", country.country());
    assertEquals(Precision.COUNTRY, country.precision());
    assertEquals(Reason.COUNTRY_NAME, country.reason());
    // Tbilisi, GeoNames 611717: a country-level place is put at its capital, and says so.
    assertTrue(km(41.69411, 44.83368, country.lat(), country.lon()) < 10);

    String atlanta =
        "The U.S. governor of Georgia spoke in Atlanta. Americans in the United States.";
    StoryContext american = StoryContext.fromText(atlanta, LocalDate.of(2003, 11, 22), DATA);
    ResolvedPlace state = RESOLVER.resolve("Georgia", american, List.of(), atlanta);
    assertEquals("USA", state.country());
    assertEquals(Precision.DIVISION, state.precision());
    assertEquals("GA", state.admin1Code());
  }

  @Test
  public void aDivisionNamedNearbyDecidesBetweenNamesakes() {
    ResolvedPlace texas =
        RESOLVER.resolve("Paris", StoryContext.none(), List.of(), "in Paris, Texas");
    assertEquals("USA", texas.country());
    assertEquals("TX", texas.admin1Code());
    assertEquals(Reason.DIVISION_NAMED, texas.reason());
    ResolvedPlace france = RESOLVER.resolve("Paris", StoryContext.none(), List.of(), "");
    assertEquals("FRA", france.country());
    assertEquals(Reason.POPULATION_PRIOR, france.reason());
  }

  @Test
  public void countriesDivisionsAndFallbacksSayTheirPrecision() {
    ResolvedPlace afghanistan = RESOLVER.resolve("Afghanistan", AFGHAN_STORY, List.of(), "");
    assertEquals(Precision.COUNTRY, afghanistan.precision());
    assertEquals(0, afghanistan.geonameid());
    ResolvedPlace helmand = RESOLVER.resolve("Helmand province", AFGHAN_STORY, List.of(), "");
    assertEquals("AFG", helmand.country());
    assertEquals(Precision.DIVISION, helmand.precision());
    ResolvedPlace town =
        RESOLVER.resolve("this southern Belgian town", StoryContext.none(), List.of(), "");
    assertEquals("BEL", town.country());
    assertEquals(Precision.COUNTRY, town.precision());
    ResolvedPlace unknown = RESOLVER.resolve("the front line", AFGHAN_STORY, List.of(), "");
    assertEquals("AFG", unknown.country());
    assertEquals(Reason.STORY_COUNTRY, unknown.reason());
    assertEquals(Precision.COUNTRY, unknown.precision());
    ResolvedPlace nowhere = RESOLVER.resolve("the front line", StoryContext.none(), List.of(), "");
    assertEquals(Precision.NONE, nowhere.precision());
    assertTrue(Double.isNaN(nowhere.lat()));
  }

  @Test
  public void placesTakeTheCountryCodeOfTheStorysDate() {
    StoryContext zaire = StoryContext.of(LocalDate.of(1997, 4, 9), Map.of(), List.of());
    assertEquals("ZAR", RESOLVER.resolve("Kinshasa", zaire, List.of(), "").country());
  }
}
