package org.eventwire.events;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventwire.Fixtures;
import org.eventwire.SlowTest;
import org.eventwire.records.Document;
import org.eventwire.records.Event;
import org.eventwire.records.Mention;
import org.eventwire.records.Role;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/** Events of the five sample articles, through the whole pipeline with real CoreNLP models. */
@Category(SlowTest.class)
public class SeedEventsTest {
  private static List<Event> events;
  private static List<Mention> mentions;
  private static Map<String, Document> documents;

  @BeforeClass
  public static void runOnTheSamples() throws Exception {
    Fixtures.PipelineRun run = Fixtures.seedsRun();
    assertEquals(run.stderr(), 0, run.exitCode());
    Path out = run.output();
    events = Fixtures.readAvro(out.resolve("events"), Event.class);
    mentions = Fixtures.readAvro(out.resolve("mentions"), Mention.class);
    documents = new HashMap<>();
    Fixtures.readAvro(out.resolve("documents"), Document.class)
        .forEach(d -> documents.put(d.getDocId(), d));
  }

  private static String key(Role role) {
    return role == null ? "" : Names.key(role.getText());
  }

  private static Event seizureOf(String place) {
    Event found = null;
    for (Event e : events) {
      if ("ASSAULT".equals(e.getEventType())
          && "SEIZE".equals(e.getFineType())
          && key(e.getTarget()).equals(Names.key(place))
          && LocalDate.of(2021, 8, 12).equals(e.getEventDate())
          && (found == null || e.getNumDocuments() > found.getNumDocuments())) {
        found = e;
      }
    }
    assertNotNull("no seizure of " + place + " on 2021-08-12 in " + events, found);
    return found;
  }

  /** The event of this type and date whose roles hold these names ("" for any), or null. */
  private static Event find(String type, String actor, String target, String place, String day) {
    for (Event e : events) {
      if (type.equals(e.getEventType())
          && !e.getNegated()
          && LocalDate.parse(day).equals(e.getEventDate())
          && key(e.getActor()).contains(Names.key(actor))
          && key(e.getTarget()).contains(Names.key(target))
          && key(e.getLocation()).contains(Names.key(place))) {
        return e;
      }
    }
    return null;
  }

  @Test
  public void theTalibanCapturesOfHeratGhazniAndKandaharAreAssaultsOnTerritory() {
    // PLOVER: taking a city by force is conventional military force (ASSAULT), territory context.
    Event herat = seizureOf("Herat");
    assertEquals("taliban", key(herat.getActor()));
    assertTrue(herat.toString(), herat.getNumDocuments() >= 3);
    assertTrue(herat.toString(), herat.getContexts().contains("territory"));
    assertEquals(herat.toString(), 4, (int) herat.getQuadClass());
    assertEquals(herat.toString(), -9.0, herat.getPloverScore(), 0.0);
    Event ghazni = seizureOf("Ghazni");
    assertEquals("taliban", key(ghazni.getActor()));
    assertTrue(ghazni.toString(), ghazni.getNumDocuments() >= 3);
    Event kandahar = seizureOf("Kandahar");
    assertTrue(kandahar.toString(), kandahar.getNumDocuments() >= 2);
  }

  @Test
  public void theAttackOnKandaharsPrisonIsAnAssaultOnTheNightOfThe11th() {
    // 004: "In neighbouring Kandahar, the Taliban attacked a prison in the city and freed inmates
    // inside on Wednesday night" (Wednesday: 2021-08-11).
    assertNotNull(events.toString(), find("ASSAULT", "Taliban", "", "Kandahar", "2021-08-11"));
    Event freed = find("RETREAT", "Taliban", "", "Kandahar", "2021-08-11");
    assertNotNull("inmates freed: RETREAT release " + events, freed);
    assertEquals("release", freed.getMode());
  }

  @Test
  public void theUnitedStatesAndBritainSendingTroopsIsMobilizeTroops() {
    // 000/003: "the US was sending military troops to the airport in Kabul"; 003: "Britain said
    // about 600 troops would be deployed" (announced that day, for the days after: future).
    Event us = find("MOBILIZE", "United States", "", "", "2021-08-12");
    assertNotNull(events.toString(), us);
    assertEquals("troops", us.getMode());
    Event britain = find("MOBILIZE", "Britain", "", "", "2021-08-12");
    assertNotNull(events.toString(), britain);
    assertEquals("future", britain.getAuxMode());
  }

  @Test
  public void pakistaniForcesClashingWithAfghansIsAnAssaultOnThe12th() {
    // 004: "Pakistani forces clashed on Thursday with hundreds of Afghans".
    Event clash = find("ASSAULT", "Pakistani", "Afghans", "", "2021-08-12");
    assertNotNull(events.toString(), clash);
    assertEquals("CLASH", clash.getFineType());
  }

  @Test
  public void theArrestOfGhaznisGovernorIsCoerceArrest() {
    // 002: "Afghanistan's Interior Ministry said the governor and his deputies had been arrested".
    Event arrest = find("COERCE", "", "governor", "", "2021-08-12");
    assertNotNull(events.toString(), arrest);
    assertEquals("arrest", arrest.getMode());
    assertEquals(-7.0, arrest.getPloverScore(), 0.0);
  }

  @Test
  public void anEventInTheReprintedAgencyParagraphsHasFewerIndependentReportsThanDocuments() {
    boolean found = false;
    for (Event e : events) {
      found |= e.getNumIndependentReports() < e.getNumDocuments();
    }
    assertTrue("no event counts a reprinted passage once: " + events, found);
  }

  @Test
  public void everyCountIsConsistentAndEveryMentionIsItsSentence() {
    Map<String, Integer> mentionsPerEvent = new HashMap<>();
    for (Mention m : mentions) {
      mentionsPerEvent.merge(m.getEventId(), 1, Integer::sum);
      Document doc = documents.get(m.getDocId());
      assertNotNull(m.toString(), doc);
      int[] text = doc.getText().codePoints().toArray();
      assertEquals(m.getSentence(), new String(text, m.getBegin(), m.getEnd() - m.getBegin()));
    }
    Set<String> ids = new HashSet<>();
    for (Event e : events) {
      assertTrue("event ids are unique", ids.add(e.getEventId()));
      assertTrue(e.toString(), e.getNumMentions() >= e.getNumIndependentReports());
      assertTrue(e.toString(), e.getNumDocuments() >= e.getNumIndependentReports());
      assertTrue(e.toString(), e.getNumIndependentReports() >= 1);
      assertEquals(e.toString(), (int) e.getNumDocuments(), e.getDocIds().size());
      assertEquals(
          e.toString(), (int) e.getNumMentions(), (int) mentionsPerEvent.get(e.getEventId()));
    }
  }

  /** Scores the extracted events against the hand-labelled gold set; prints the figures. */
  @Test
  public void precisionAndRecallAgainstTheHandLabelledSeedEvents() throws IOException {
    Set<String> gold = new HashSet<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                SeedEventsTest.class.getResourceAsStream("seeds-gold.tsv"),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("#") || line.startsWith("type\t") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        gold.add(String.join("|", f[0], goldKey(f[1]), goldKey(f[2]), goldKey(f[3]), f[4]));
      }
    }
    Set<String> predicted = new HashSet<>();
    for (Event e : events) {
      predicted.add(
          String.join(
              "|",
              e.getEventType() != null ? e.getEventType() : e.getAction(),
              key(e.getActor()),
              key(e.getTarget()),
              key(e.getLocation()),
              e.getEventDate() == null ? "" : e.getEventDate().toString()));
    }
    Set<String> correct = new HashSet<>(predicted);
    correct.retainAll(gold);
    double precision = (double) correct.size() / predicted.size();
    double recall = (double) correct.size() / gold.size();
    System.out.printf(
        "seed events: %d predicted, %d gold, %d correct: precision %.3f recall %.3f%n",
        predicted.size(), gold.size(), correct.size(), precision, recall);
    System.out.println("correct: " + correct);
    Set<String> missed = new HashSet<>(gold);
    missed.removeAll(predicted);
    System.out.println("missed: " + missed);
    // Floors just under today's figures: a change that loses events fails here. Precision is
    // lower than before issue 16: the PLOVER coder also codes events the gold set leaves out
    // (people fleeing, officials' statements) and agent nouns make roles the gold names as "-".
    assertTrue("precision " + precision, precision >= 0.26);
    assertTrue("recall " + recall, recall >= 0.65);
  }

  private static String goldKey(String field) {
    return field.equals("-") ? "" : Names.key(field);
  }
}
