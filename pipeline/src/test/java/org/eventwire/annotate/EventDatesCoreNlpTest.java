package org.eventwire.annotate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.eventwire.Fixtures;
import org.eventwire.SlowTest;
import org.eventwire.events.EventDates;
import org.eventwire.events.EventLexicon;
import org.eventwire.events.EventMention;
import org.eventwire.records.Document;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/**
 * Event dates on real text parsed by CoreNLP's real models, in stories dated Thursday 12 August
 * 2021 (so Wednesday is the 11th): a day on the trigger, a day carried from the sentence before, no
 * day for an event of another time; and the rule of before one option away.
 */
@Category(SlowTest.class)
public class EventDatesCoreNlpTest {
  private static DocumentAnnotator context;
  private static DocumentAnnotator before;

  @BeforeClass
  public static void loadModels() {
    context = CoreNlpAnnotator.factory(Fixtures.ANNOTATORS).create();
    before =
        CoreNlpAnnotator.factory(
                CoreNlpSettings.eventwireDefaults(Fixtures.ANNOTATORS)
                    .withEventDates(EventDates.Rule.TRIGGER_OR_DOC_DATE),
                EventLexicon.standard())
            .create();
  }

  private static List<EventMention> events(DocumentAnnotator annotator, String text) {
    Document doc = Fixtures.unannotated(text);
    List<EventMention> mentions = annotator.annotate(doc).mentions;
    System.out.println(mentions);
    return mentions;
  }

  /** The mention of this type whose trigger is this word. */
  private static EventMention mention(List<EventMention> mentions, String type, String trigger) {
    for (EventMention m : mentions) {
      if (type.equals(m.eventType) && trigger.equals(m.trigger)) {
        return m;
      }
    }
    throw new AssertionError(type + " " + trigger + " not in " + mentions);
  }

  @Test
  public void theKandaharPrisonAttackIsOnWednesdayNight() throws Exception {
    String text =
        Files.readString(Fixtures.sample("004"), StandardCharsets.UTF_8).replace("\r\n", "\n");
    EventMention attack = mention(events(context, text), "ASSAULT", "attacked");
    assertEquals("2021-08-11", attack.date);
    assertEquals(EventDates.TIMEX, attack.dateSource);
  }

  @Test
  public void theAttackTakesTheDayOfTheSentenceBefore() {
    String text =
        "Gunmen stormed the central prison in Kandahar on Wednesday night.\n\n"
            + "The attack killed ten guards, provincial officials said.";
    EventMention killed = mention(events(context, text), "ASSAULT", "killed");
    assertEquals("2021-08-11", killed.date);
    assertEquals(EventDates.TIMEX_CONTEXT, killed.dateSource);
    EventMention killedBefore = mention(events(before, text), "ASSAULT", "killed");
    assertEquals("2021-08-12", killedBefore.date);
    assertEquals(EventDates.DOC_DATE, killedBefore.dateSource);
  }

  @Test
  public void anEventOfAnotherYearHasNoDate() {
    String text = "Taliban fighters captured the city of Kabul in 1996, officials recalled.";
    EventMention captured = mention(events(context, text), "ASSAULT", "captured");
    assertNull(captured.date);
    assertEquals(EventDates.NONE, captured.dateSource);
    EventMention capturedBefore = mention(events(before, text), "ASSAULT", "captured");
    assertNotNull(capturedBefore.date);
    assertEquals(EventDates.DOC_DATE, capturedBefore.dateSource);
  }
}
