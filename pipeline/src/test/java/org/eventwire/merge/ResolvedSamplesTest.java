package org.eventwire.merge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eventwire.Fixtures;
import org.eventwire.SlowTest;
import org.eventwire.records.Document;
import org.eventwire.records.Entity;
import org.eventwire.records.Event;
import org.eventwire.records.Role;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/**
 * The expectations of resolution on the five sample articles, through the whole pipeline
 * with real CoreNLP models: the towns on the map where GeoNames has them, the Taliban AFG REB,
 * Pakistani forces PAK MIL, the US sending troops USA, and its spellings one actor.
 */
@Category(SlowTest.class)
public class ResolvedSamplesTest {
  /** GeoNames' coordinates of the Afghan cities (geonames.org), typed in from the gazetteer. */
  private static final Map<String, double[]> GEONAMES =
      Map.of(
          "Herat", new double[] {34.34817, 62.19967},
          "Ghazni", new double[] {33.55391, 68.42096},
          "Kandahar", new double[] {31.61332, 65.71013},
          "Lashkar Gah", new double[] {31.59382, 64.37161});

  private static List<Event> events;
  private static List<Document> documents;

  @BeforeClass
  public static void runOnTheSamples() throws Exception {
    Fixtures.PipelineRun run = Fixtures.seedsRun();
    assertEquals(run.stderr(), 0, run.exitCode());
    Path out = run.output();
    events = Fixtures.readAvro(out.resolve("events"), Event.class);
    documents = Fixtures.readAvro(out.resolve("documents"), Document.class);
  }

  /** Great-circle distance in km. */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371 * Math.asin(Math.sqrt(a));
  }

  private static List<Role> roles(String text) {
    List<Role> roles = new ArrayList<>();
    for (Event e : events) {
      for (Role r : new Role[] {e.getActor(), e.getTarget(), e.getLocation()}) {
        if (r != null && r.getText().equals(text)) {
          roles.add(r);
        }
      }
    }
    return roles;
  }

  @Test
  public void theAfghanCitiesAreWithinTenKilometresOfGeoNames() {
    for (Map.Entry<String, double[]> city : GEONAMES.entrySet()) {
      List<Role> located = new ArrayList<>();
      for (Event e : events) {
        if (e.getLocation() != null && e.getLocation().getText().equals(city.getKey())) {
          located.add(e.getLocation());
        }
      }
      assertFalse("no event located at " + city.getKey(), located.isEmpty());
      for (Role r : located) {
        assertEquals(city.getKey(), "AFG", r.getCountry());
        assertEquals(city.getKey(), "CITY", r.getPrecision());
        double d = km(r.getLat(), r.getLon(), city.getValue()[0], city.getValue()[1]);
        assertTrue(city.getKey() + " is " + d + " km from GeoNames' point", d < 10);
      }
    }
  }

  @Test
  public void placeEntitiesInDocumentsAreResolvedToo() {
    int herat = 0;
    for (Document d : documents) {
      for (Entity e : d.getEntities()) {
        if (e.getText().equals("Herat")) {
          herat++;
          assertEquals("AFG", e.getCountry());
          double[] at = GEONAMES.get("Herat");
          assertTrue(km(e.getLat(), e.getLon(), at[0], at[1]) < 10);
        }
        if (e.getType().equals("PERSON")) {
          assertEquals(null, e.getPrecision());
        }
      }
    }
    assertTrue("no Herat entity", herat > 0);
  }

  @Test
  public void theTalibanAreAfghanRebelsIn2021() {
    List<Role> taliban = roles("Taliban");
    assertFalse(taliban.isEmpty());
    for (Role r : taliban) {
      assertEquals("AFG", r.getCountry());
      assertEquals(List.of("REB"), r.getSectors());
    }
  }

  @Test
  public void pakistaniForcesArePakistanMilitary() {
    Event clash = null;
    for (Event e : events) {
      if (e.getActor() != null && e.getActor().getText().equals("Pakistani")) {
        clash = e;
      }
    }
    assertNotNull("no event with the Pakistani actor", clash);
    assertEquals("PAK", clash.getActor().getCountry());
    assertEquals(List.of("MIL"), clash.getActor().getSectors());
  }

  @Test
  public void theUsSendingTroopsIsTheUnitedStatesUnderOneName() {
    Event mobilize = null;
    for (Event e : events) {
      if ("MOBILIZE".equals(e.getEventType())
          && e.getActor() != null
          && e.getActor().getText().matches("US|U\\.S\\.|United States")) {
        mobilize = e;
      }
    }
    assertNotNull("no MOBILIZE by the US", mobilize);
    assertEquals("USA", mobilize.getActor().getCountry());
    for (Event e : events) {
      if (e.getActor() != null && e.getActor().getText().matches("US|U\\.S\\.|United States")) {
        assertEquals(e.getActor().getText(), "United States", e.getActor().getName());
      }
    }
  }

  @Test
  public void everyEventSaysWhereItsCountryComesFrom() {
    for (Event e : events) {
      assertNotNull(e.toString(), e.getEventCountryReason());
      assertEquals(
          e.toString(), e.getEventCountry() == null, "NONE".equals(e.getEventCountryReason()));
      if ("LOCATION".equals(e.getEventCountryReason())) {
        assertEquals(e.getLocation().getCountry(), e.getEventCountry());
      }
    }
  }
}
