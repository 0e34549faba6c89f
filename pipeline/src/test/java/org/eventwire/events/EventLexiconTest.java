package org.eventwire.events;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.eventwire.events.EventLexicon.Pos;
import org.junit.Test;

public class EventLexiconTest {
  private final EventLexicon lexicon = EventLexicon.standard();

  @Test
  public void territorialVerbsAndNounsAreOneKindOfEvent() {
    for (String verb : new String[] {"seize", "capture", "take", "take over", "fall", "overrun"}) {
      assertEquals(verb, "SEIZE", lexicon.typeOf(verb, Pos.VERB));
    }
    for (String noun : new String[] {"seizure", "capture", "fall", "takeover"}) {
      assertEquals(noun, "SEIZE", lexicon.typeOf(noun, Pos.NOUN));
    }
    assertEquals("RETREAT", lexicon.typeOf("withdraw", Pos.VERB));
    assertEquals("DEPLOY", lexicon.typeOf("Deploy", Pos.VERB));
    assertEquals("FREE", lexicon.typeOf("free", Pos.VERB));
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
            "rally",
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
}
