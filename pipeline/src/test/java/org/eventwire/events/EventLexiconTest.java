package org.eventwire.events;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventwire.events.EventLexicon.Pos;
import org.junit.Test;

public class EventLexiconTest {
  private final EventLexicon lexicon = EventLexicon.standard();

  @Test
  public void territorialVerbsAndNounsAreAssaultsWithTheirFinerCategoryKept() {
    for (String verb : new String[] {"seize", "capture", "take", "take over", "fall", "overrun"}) {
      EventLexicon.Entry e = lexicon.match(verb, Pos.VERB, Set.of(), Map.of());
      assertEquals(verb, "ASSAULT", e.type);
      assertEquals(verb, "SEIZE", e.fineType);
      assertEquals(verb, "territory;military", e.contexts);
    }
    for (String noun : new String[] {"seizure", "capture", "fall", "takeover"}) {
      assertEquals(noun, "ASSAULT", lexicon.typeOf(noun, Pos.NOUN));
    }
    assertEquals("RETREAT", lexicon.typeOf("withdraw", Pos.VERB));
    EventLexicon.Entry deploy = lexicon.match("Deploy", Pos.VERB, Set.of(), Map.of());
    assertEquals("MOBILIZE", deploy.type);
    assertEquals("troops", deploy.mode);
    EventLexicon.Entry free = lexicon.match("free", Pos.VERB, Set.of(), Map.of());
    assertEquals("RETREAT", free.type);
    assertEquals("release", free.mode);
  }

  @Test
  public void aVerbWithTheObjectOfAPatternTakesThePatternsType() {
    // Light verbs are nothing alone, their object says what happened (CAMEO's patterns).
    assertNull(lexicon.typeOf("hold", Pos.VERB));
    assertEquals("CONSULT", lexicon.match("hold", Pos.VERB, Set.of("talk"), Map.of()).type);
    assertEquals(
        "PROTEST", lexicon.match("stage", Pos.VERB, Set.of("demonstration"), Map.of()).type);
    // CAMEO 163 "impose embargo, boycott, or sanctions" is COERCE restrict in CAMEO2PLOVER, but
    // the manual's SANCTION chapter codes international sanctions as SANCTION discontinue, and
    // lexicon.tsv's row wins over the converted one.
    EventLexicon.Entry sanctions = lexicon.match("impose", Pos.VERB, Set.of("sanction"), Map.of());
    assertEquals("SANCTION", sanctions.type);
    assertEquals("discontinue", sanctions.mode);
    EventLexicon.Entry fire = lexicon.match("open", Pos.VERB, Set.of("fire"), Map.of());
    assertEquals("ASSAULT", fire.type);
    assertEquals("firearms", fire.mode);
    assertEquals("AID", lexicon.match("grant", Pos.VERB, Set.of("asylum"), Map.of()).type);
    assertEquals("REJECT", lexicon.typeOf("rule out", Pos.VERB));
  }

  @Test
  public void aPrepositionalPatternAndANoneRowAreReadFromTheTsv() throws Exception {
    EventLexicon custom =
        EventLexicon.parse(
            new ByteArrayInputStream(
                ("lemma\tpos\tevent_type\tmode\tobject\tprep\tprep_object\n"
                        + "impose\tVERB\tCOERCE\t\t\t\t\n"
                        + "impose\tVERB\tNONE\t\ttax\t\t\n"
                        + "impose\tVERB\tCOERCE\tcurfew\tcurfew\ton\t\n"
                        + "march\tVERB\tPROTEST\tdemo\t\ton\tparliament\n")
                    .getBytes(StandardCharsets.UTF_8)),
            "custom.tsv");
    assertEquals("COERCE", custom.typeOf("impose", Pos.VERB));
    assertNull(custom.match("impose", Pos.VERB, Set.of("tax"), Map.of()));
    assertNull(
        "the curfew row needs its preposition",
        custom.match("impose", Pos.VERB, Set.of("curfew"), Map.of()).mode);
    assertEquals(
        "curfew",
        custom.match("impose", Pos.VERB, Set.of("curfew"), Map.of("on", Set.of("city"))).mode);
    assertNull(custom.match("march", Pos.VERB, Set.of(), Map.of("on", Set.of("capital"))));
    assertEquals(
        "demo", custom.match("march", Pos.VERB, Set.of(), Map.of("on", Set.of("parliament"))).mode);
  }

  @Test
  public void aFormerFinerTypeReadsAsPloverAndAnUnknownTypeIsRefused() throws Exception {
    EventLexicon old =
        EventLexicon.parse(
            new ByteArrayInputStream(
                "besiege\tVERB\tBESIEGE\tnote\n".getBytes(StandardCharsets.UTF_8)),
            "old.tsv");
    EventLexicon.Entry e = old.match("besiege", Pos.VERB, Set.of(), Map.of());
    assertEquals("COERCE", e.type);
    assertEquals("restrict", e.mode);
    assertEquals("BESIEGE", e.fineType);
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                EventLexicon.parse(
                    new ByteArrayInputStream(
                        "loot\tVERB\tPILLAGE\n".getBytes(StandardCharsets.UTF_8)),
                    "mine.tsv"));
    assertThat(refused.getMessage(), containsString("mine.tsv:1"));
  }

  @Test
  public void reportingVerbsAndOrdinaryWordsAreNotEvents() {
    assertNull(lexicon.typeOf("say", Pos.VERB));
    assertNull(lexicon.typeOf("tell", Pos.VERB));
    assertNull(lexicon.typeOf("report", Pos.VERB));
    assertNull(lexicon.typeOf("highway", Pos.NOUN));
    assertNull("a verb-only lemma is no noun trigger", lexicon.typeOf("seize", Pos.NOUN));
  }

  @Test
  public void theDefaultLexiconCoversAFewHundredLemmasAndEveryPloverType() {
    assertTrue(lexicon.size() >= 250);
    for (String type :
        new String[] {
          "AGREE",
          "CONSULT",
          "SUPPORT",
          "CONCEDE",
          "COOPERATE",
          "AID",
          "RETREAT",
          "REQUEST",
          "ACCUSE",
          "REJECT",
          "THREATEN",
          "PROTEST",
          "SANCTION",
          "MOBILIZE",
          "COERCE",
          "ASSAULT"
        }) {
      boolean found = false;
      for (String lemma :
          new String[] {
            "agree",
            "meet",
            "support",
            "surrender",
            "cooperate",
            "aid",
            "retreat",
            "request",
            "accuse",
            "reject",
            "threaten",
            "protest",
            "sanction",
            "mobilize",
            "arrest",
            "attack"
          }) {
        found |= type.equals(lexicon.typeOf(lemma, Pos.VERB));
      }
      assertTrue(type, found);
    }
  }

  @Test
  public void aBrokenLexiconLineIsAClearError() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                EventLexicon.parse(
                    new ByteArrayInputStream(
                        "lemma\tpos\tevent_type\tnote\nseize\tADJ\tSEIZE\n"
                            .getBytes(StandardCharsets.UTF_8)),
                    "mine.tsv"));
    assertThat(e.getMessage(), containsString("mine.tsv:2"));
  }

  @Test
  public void everyShippedRowHasItsHeadersColumnsSoAnObjectIsReadAsTheObject() throws IOException {
    for (String resource : List.of("lexicon.tsv", "cameo-verbs.tsv")) {
      try (InputStream in = EventLexicon.class.getResourceAsStream(resource)) {
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int columns = -1;
        int number = 0;
        String line;
        while ((line = reader.readLine()) != null) {
          number++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          int fields = line.split("\t", -1).length;
          if (columns < 0) {
            columns = fields;
          }
          assertEquals(resource + ":" + number + ": " + line, columns, fields);
        }
      }
    }
    // "made a visit", "launched an attack": lexicon.tsv's rows decide over CAMEO's first one.
    EventLexicon.Entry visit = lexicon.match("make", Pos.VERB, Set.of("visit"), Map.of());
    assertEquals("CONSULT", visit.type);
    assertEquals("visit", visit.mode);
    assertEquals("ASSAULT", lexicon.match("launch", Pos.VERB, Set.of("attack"), Map.of()).type);
  }

  @Test
  public void rowsThatReadAsTheCodebookAndTheGoldConventionsSay() {
    // An arrest warrant for someone at large threatens arrest (COERCE and THREATEN ambiguities).
    EventLexicon.Entry warrant = lexicon.match("issue", Pos.VERB, Set.of("warrant"), Map.of());
    assertEquals("THREATEN", warrant.type);
    assertEquals("arrest", warrant.mode);
    EventLexicon.Entry trial =
        lexicon.match("send", Pos.VERB, Set.of(), Map.of("for", Set.of("trial")));
    assertEquals("ACCUSE", trial.type);
    assertEquals("allege", trial.mode);
    assertEquals(
        "REQUEST",
        lexicon.match("call", Pos.VERB, Set.of(), Map.of("for", Set.of("investigation"))).type);
    assertEquals("ASSAULT", lexicon.match("inflict", Pos.VERB, Set.of("casualty"), Map.of()).type);
    // Coming back and striving are no events; crowds hitting the streets attack no one.
    assertNull(lexicon.typeOf("return", Pos.VERB));
    assertNull(lexicon.typeOf("struggle", Pos.VERB));
    assertNull(lexicon.match("hit", Pos.VERB, Set.of("street"), Map.of()));
    assertEquals("ASSAULT", lexicon.match("hit", Pos.VERB, Set.of("convoy"), Map.of()).type);
    assertNull(lexicon.match("press", Pos.VERB, Set.of(), Map.of("with", Set.of("plan"))));
    assertNull(lexicon.typeOf("stop", Pos.VERB));
    assertEquals("RETREAT", lexicon.match("stop", Pos.VERB, Set.of("attack"), Map.of()).type);
    // Flights are air travel; the flight of refugees is their fleeing, which the codebook codes
    // as SANCTION expel by whoever drives them out, never RETREAT by those who flee.
    assertNull(lexicon.match("flight", Pos.NOUN, Set.of(), Map.of("to", Set.of("nice"))));
    assertNull(lexicon.match("flight", Pos.NOUN, Set.of(), Map.of("of", Set.of("refugee"))));
    assertNull(lexicon.typeOf("flee", Pos.VERB));
  }

  @Test
  public void aPhrasalVerbWhoseRowIsNoneStopsItsVerbAndSendsNoSentenceToTheParser() {
    assertTrue(lexicon.isNoEvent("take off", Pos.VERB, Set.of(), Map.of()));
    assertNull(lexicon.match("take off", Pos.VERB, Set.of(), Map.of()));
    assertFalse(lexicon.isNoEvent("take over", Pos.VERB, Set.of(), Map.of()));
    assertFalse(lexicon.isNoEvent("zzz", Pos.VERB, Set.of(), Map.of()));
    // "Two aircraft took off": no place for "take" to seize, and "take off" codes nothing.
    assertFalse(
        lexicon.mayTrigger("take", Pos.VERB, Set.of("two", "aircraft", "take", "off"), false));
    assertTrue(
        lexicon.mayTrigger("take", Pos.VERB, Set.of("rebel", "take", "over", "town"), false));
  }

  @Test
  public void broadVerbsCodeOnlyWithTheObjectsTheCodebookNames() {
    // RETREAT: forces withdrawing, people released; not leaving for talks or releasing data.
    assertNull(lexicon.typeOf("leave", Pos.VERB));
    assertNull(lexicon.typeOf("abandon", Pos.VERB));
    assertEquals(
        "RETREAT", lexicon.match("abandon", Pos.VERB, Set.of("stronghold"), Map.of()).type);
    assertNull(lexicon.match("release", Pos.VERB, Set.of("figure"), Map.of()));
    assertNull(lexicon.match("release", Pos.NOUN, Set.of(), Map.of("of", Set.of("survey"))));
    assertEquals("RETREAT", lexicon.match("release", Pos.VERB, Set.of("hostage"), Map.of()).type);
    // MOBILIZE: forces sent; not a letter.
    assertNull(lexicon.match("send", Pos.VERB, Set.of("letter"), Map.of()));
    assertNull(lexicon.match("send", Pos.VERB, Set.of("bulldozer"), Map.of("to", Set.of("camp"))));
    assertNull(lexicon.match("send back", Pos.VERB, Set.of("boy"), Map.of()));
    assertNull(lexicon.match("send", Pos.VERB, Set.of("he"), Map.of("to", Set.of("cuba"))));
    assertEquals(
        "MOBILIZE",
        lexicon.match("send", Pos.VERB, Set.of("troop"), Map.of("to", Set.of("camp"))).type);
    assertEquals("MOBILIZE", lexicon.match("send", Pos.VERB, Set.of("marine"), Map.of()).type);
    // SANCTION: ties or aid cut; not rates.
    assertNull(lexicon.match("cut", Pos.VERB, Set.of("rate"), Map.of()));
    assertEquals("SANCTION", lexicon.match("cut", Pos.VERB, Set.of("tie"), Map.of()).type);
    // The codebook's own readings: rescues are AID, resignations RETREAT, lifting a curfew and
    // calling off a strike CONCEDE, approving and ratifying SUPPORT.
    assertEquals("AID", lexicon.typeOf("rescue", Pos.VERB));
    assertEquals("RETREAT", lexicon.typeOf("resign", Pos.VERB));
    assertEquals("CONCEDE", lexicon.match("lift", Pos.VERB, Set.of("curfew"), Map.of()).type);
    assertEquals("CONCEDE", lexicon.match("call off", Pos.VERB, Set.of("strike"), Map.of()).type);
    assertEquals("SUPPORT", lexicon.typeOf("ratify", Pos.VERB));
    assertEquals("SUPPORT", lexicon.typeOf("approval", Pos.NOUN));
    // Everyday verbs CAMEO files under a type on their own code only with their objects.
    assertNull(lexicon.typeOf("express", Pos.VERB));
    assertEquals("CONCEDE", lexicon.match("express", Pos.VERB, Set.of("regret"), Map.of()).type);
    assertEquals("ACCUSE", lexicon.match("voice", Pos.VERB, Set.of("opposition"), Map.of()).type);
    assertNull(lexicon.match("hit", Pos.VERB, Set.of("high"), Map.of()));
  }

  @Test
  public void everyShippedRowHasOneOfTheCodebooksTypesAndModes() throws IOException {
    for (String file : new String[] {"lexicon.tsv", "cameo-verbs.tsv"}) {
      int rows = 0;
      try (InputStream in = EventLexicon.class.getResourceAsStream(file);
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.startsWith("#") || line.startsWith("lemma\t") || line.isBlank()) {
            continue;
          }
          String[] cols = line.split("\t", -1);
          String type = cols[2];
          String mode = cols[3];
          rows++;
          assertTrue(file + ": " + line, type.equals("NONE") || Plover.isType(type));
          assertTrue(file + ": " + line, mode.isEmpty() || Plover.isMode(type, mode));
        }
      }
      assertTrue(file, rows > 1000);
    }
  }

  @Test
  public void codebookModesAreTheModeTables() {
    assertTrue(Plover.isMode("ASSAULT", "targeted"));
    assertTrue(Plover.isMode("PROTEST", "vandalize"));
    assertFalse(Plover.isMode("ASSAULT", "massacre"));
    assertFalse(Plover.isMode("COERCE", "abduct"));
    assertFalse(Plover.isMode("AGREE", "visit"));
  }
}
