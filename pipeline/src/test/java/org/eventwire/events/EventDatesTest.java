package org.eventwire.events;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.events.EventDates.EventDate;
import org.eventwire.events.EventDates.Rule;
import org.eventwire.records.Timex;
import org.junit.Test;

/** The dating rules on hand-built parses (what CoreNLP's enhanced++ dependencies look like). */
public class EventDatesTest {
  private static final LocalDate DOC_DATE = LocalDate.parse("2021-08-12");
  private static final EventDates CONTEXT = new EventDates(Rule.CONTEXT);
  private static final EventDates BEFORE = new EventDates(Rule.TRIGGER_OR_DOC_DATE);

  /** Sentences of one story, each built from "word/TAG/lemma" tokens and "gov dep rel" edges. */
  private static final class Story {
    final List<Timex> timexes = new ArrayList<>();
    int offset;
    int index;

    /** A sentence; timex specs are "firstToken lastToken value resolved-day-or-dash". */
    ParsedSentence sentence(String tokens, String[] edges, String... timexSpecs) {
      String[] spec = tokens.split(" ");
      int n = spec.length;
      String[] words = new String[n];
      String[] tags = new String[n];
      String[] lemmas = new String[n];
      int[] begin = new int[n];
      int[] end = new int[n];
      int sentenceBegin = offset;
      for (int i = 0; i < n; i++) {
        String[] f = spec[i].split("/");
        words[i] = f[0];
        tags[i] = f[1];
        lemmas[i] = f.length > 2 ? f[2] : f[0].toLowerCase();
        begin[i] = offset;
        end[i] = offset + f[0].length();
        offset = end[i] + 1;
      }
      int[] governors = new int[edges.length];
      int[] dependents = new int[edges.length];
      String[] relations = new String[edges.length];
      for (int e = 0; e < edges.length; e++) {
        String[] f = edges[e].split(" ");
        governors[e] = Integer.parseInt(f[0]);
        dependents[e] = Integer.parseInt(f[1]);
        relations[e] = f[2];
      }
      for (String t : timexSpecs) {
        String[] f = t.split(" ");
        int first = Integer.parseInt(f[0]);
        int last = Integer.parseInt(f[1]);
        timexes.add(
            Timex.newBuilder()
                .setTid("s" + index + "-t" + timexes.size())
                .setText(words[first])
                .setType("DATE")
                .setValue(f[2])
                .setBegin(begin[first])
                .setEnd(end[last])
                .setResolvedDate(f[3].equals("-") ? null : LocalDate.parse(f[3]))
                .setSentenceIndex(index)
                .build());
      }
      ParsedSentence s =
          new ParsedSentence(
              index,
              sentenceBegin,
              offset - 1,
              words,
              lemmas,
              tags,
              begin,
              end,
              governors,
              dependents,
              relations);
      index++;
      return s;
    }

    EventDate date(EventDates dates, ParsedSentence s, int trigger) {
      return dates.date(s, trigger, timexes, DOC_DATE);
    }
  }

  private static EventDate on(String day, String source) {
    return new EventDate(LocalDate.parse(day), source);
  }

  @Test
  public void aDayOnTheTriggerIsItsDateUnderBothRules() {
    Story story = new Story();
    ParsedSentence s =
        story.sentence(
            "Taliban/NNP attacked/VBD/attack the/DT prison/NN on/IN Wednesday/NNP night/NN",
            new String[] {"1 0 nsubj", "1 3 obj", "3 2 det", "1 6 obl:on", "6 5 compound"},
            "5 6 2021-08-11TNI 2021-08-11");
    assertEquals(on("2021-08-11", EventDates.TIMEX), story.date(CONTEXT, s, 1));
    assertEquals(on("2021-08-11", EventDates.TIMEX), story.date(BEFORE, s, 1));
  }

  @Test
  public void coordinatedVerbsShareTheirDay() {
    Story story = new Story();
    ParsedSentence s =
        story.sentence(
            "Clinton/NNP Wednesday/NNP condemned/VBD/condemn attacks/NNS/attack and/CC"
                + " vowed/VBD/vow revenge/NN",
            new String[] {"2 0 nsubj", "2 1 obl:tmod", "2 3 obj", "2 5 conj:and", "5 6 obj"},
            "1 1 2021-08-11 2021-08-11");
    assertEquals(on("2021-08-11", EventDates.TIMEX), story.date(CONTEXT, s, 5));
    assertEquals(on("2021-08-12", EventDates.DOC_DATE), story.date(BEFORE, s, 5));
  }

  @Test
  public void aYearOnTheTriggerLeavesTheEventUndated() {
    Story story = new Story();
    ParsedSentence s =
        story.sentence(
            "Rebels/NNS seized/VBD/seize the/DT town/NN in/IN 1995/CD",
            new String[] {"1 0 nsubj", "1 3 obj", "3 2 det", "1 5 obl:in"},
            "5 5 1995 -");
    assertEquals(EventDate.none(), story.date(CONTEXT, s, 1));
    assertEquals(on("2021-08-12", EventDates.DOC_DATE), story.date(BEFORE, s, 1));
  }

  @Test
  public void aYearDeeperInThePhraseDatesItsOwnNoun() {
    Story story = new Story();
    ParsedSentence s =
        story.sentence(
            "He/PRP is/VBZ/be charged/VBN/charge in/IN attacks/NNS/attack including/VBG/include"
                + " the/DT 1996/CD bombing/NN",
            new String[] {
              "2 0 nsubj:pass", "2 1 aux:pass", "2 4 obl:in", "4 8 nmod:including", "8 7 amod"
            },
            "7 7 1996 -");
    assertEquals(on("2021-08-12", EventDates.DOC_DATE), story.date(CONTEXT, s, 2));
    assertEquals(EventDate.none(), story.date(CONTEXT, s, 8));
  }

  @Test
  public void aNounTriggerIsDatedByItsPossessor() {
    Story story = new Story();
    ParsedSentence lastYear =
        story.sentence(
            "He/PRP recalled/VBD/recall last/JJ year/NN 's/POS offensive/NN",
            new String[] {"1 0 nsubj", "1 5 obj", "5 3 nmod:poss", "3 2 amod"},
            "2 3 2020 -");
    assertEquals(EventDate.none(), story.date(CONTEXT, lastYear, 5));
    ParsedSentence tuesday =
        story.sentence(
            "Tuesday/NNP 's/POS attack/NN killed/VBD/kill ten/CD",
            new String[] {"3 2 nsubj", "2 0 nmod:poss", "3 4 obj"},
            "0 0 2021-08-10 2021-08-10");
    assertEquals(on("2021-08-10", EventDates.TIMEX), story.date(CONTEXT, tuesday, 2));
  }

  @Test
  public void aDayOnAnotherVerbOfTheSentenceDatesTheEventButASayingDayDoesNot() {
    Story story = new Story();
    // "Troops who arrived Tuesday arrested the mayor": the day hangs on "arrived".
    ParsedSentence arrived =
        story.sentence(
            "Troops/NNS who/WP arrived/VBD/arrive Tuesday/NNP arrested/VBD/arrest the/DT"
                + " mayor/NN",
            new String[] {
              "4 0 nsubj", "0 2 acl:relcl", "2 1 nsubj", "2 3 obl:tmod", "4 6 obj", "6 5 det"
            },
            "3 3 2021-08-10 2021-08-10");
    assertEquals(on("2021-08-10", EventDates.TIMEX_CONTEXT), story.date(CONTEXT, arrived, 4));
    assertEquals(on("2021-08-12", EventDates.DOC_DATE), story.date(BEFORE, arrived, 4));
    // "Police said Tuesday they arrested the mayor": Tuesday dates the saying.
    ParsedSentence said =
        story.sentence(
            "Police/NNS said/VBD/say Tuesday/NNP they/PRP arrested/VBD/arrest the/DT mayor/NN",
            new String[] {"1 0 nsubj", "1 2 obl:tmod", "1 4 ccomp", "4 3 nsubj", "4 6 obj"},
            "2 2 2021-08-10 2021-08-10");
    assertEquals(on("2021-08-12", EventDates.DOC_DATE), story.date(CONTEXT, said, 4));
    // "Officials who arrive Friday invited the mayor": a day after the story's is a plan.
    ParsedSentence invited =
        story.sentence(
            "Officials/NNS who/WP arrive/VBP Friday/NNP invited/VBD/invite the/DT mayor/NN",
            new String[] {
              "4 0 nsubj", "0 2 acl:relcl", "2 1 nsubj", "2 3 obl:tmod", "4 6 obj", "6 5 det"
            },
            "3 3 2021-08-13 2021-08-13");
    assertEquals(on("2021-08-12", EventDates.DOC_DATE), story.date(CONTEXT, invited, 4));
  }

  @Test
  public void theAttackTakesTheDayOfTheSentenceBefore() {
    Story story = new Story();
    story.sentence(
        "Gunmen/NNS stormed/VBD/storm a/DT prison/NN on/IN Wednesday/NNP",
        new String[] {"1 0 nsubj", "1 3 obj", "1 5 obl:on"},
        "5 5 2021-08-11 2021-08-11");
    ParsedSentence blast =
        story.sentence(
            "The/DT attack/NN killed/VBD/kill ten/CD guards/NNS",
            new String[] {"1 0 det", "2 1 nsubj", "2 4 obj", "4 3 nummod"});
    assertEquals(on("2021-08-11", EventDates.TIMEX_CONTEXT), story.date(CONTEXT, blast, 2));
    assertEquals(on("2021-08-11", EventDates.TIMEX_CONTEXT), story.date(CONTEXT, blast, 1));
    assertEquals(on("2021-08-12", EventDates.DOC_DATE), story.date(BEFORE, blast, 2));
    // Without "the attack" the sentence does not refer back: the document date.
    ParsedSentence plain =
        story.sentence(
            "Rebels/NNS killed/VBD/kill ten/CD guards/NNS",
            new String[] {"1 0 nsubj", "1 3 obj", "3 2 nummod"});
    assertEquals(on("2021-08-12", EventDates.DOC_DATE), story.date(CONTEXT, plain, 1));
  }

  @Test
  public void anAttackReferredBackToInAStoryOfLastYearIsUndated() {
    Story story = new Story();
    story.sentence(
        "Rebels/NNS stormed/VBD/storm the/DT city/NN last/JJ year/NN",
        new String[] {"1 0 nsubj", "1 3 obj", "1 5 obl:tmod", "5 4 amod"},
        "4 5 2020 -");
    ParsedSentence attack =
        story.sentence(
            "The/DT attack/NN killed/VBD/kill hundreds/NNS",
            new String[] {"1 0 det", "2 1 nsubj", "2 3 obj"});
    assertEquals(EventDate.none(), story.date(CONTEXT, attack, 2));
  }

  @Test
  public void pastPerfectAndEarlierEventsAreUndated() {
    Story story = new Story();
    ParsedSentence had =
        story.sentence(
            "A/DT court/NN had/VBD/have convicted/VBN/convict him/PRP",
            new String[] {"1 0 det", "3 1 nsubj", "3 2 aux", "3 4 obj"});
    assertEquals(EventDate.none(), story.date(CONTEXT, had, 3));
    assertEquals(on("2021-08-12", EventDates.DOC_DATE), story.date(BEFORE, had, 3));
    ParsedSentence earlier =
        story.sentence(
            "He/PRP condemned/VBD/condemn earlier/JJR/earlier attacks/NNS/attack",
            new String[] {"1 0 nsubj", "1 3 obj", "3 2 amod"});
    assertEquals(EventDate.none(), story.date(CONTEXT, earlier, 3));
    assertEquals(on("2021-08-12", EventDates.DOC_DATE), story.date(CONTEXT, earlier, 1));
  }

  @Test
  public void aReportedPastPerfectAndASpanUpToNowKeepTheDocumentDate() {
    Story story = new Story();
    ParsedSentence reported =
        story.sentence(
            "Officials/NNS said/VBD/say the/DT governor/NN had/VBD/have been/VBN/be"
                + " arrested/VBN/arrest",
            new String[] {
              "1 0 nsubj", "1 6 ccomp", "6 3 nsubj:pass", "3 2 det", "6 4 aux", "6 5 aux:pass"
            });
    assertEquals(on("2021-08-12", EventDates.DOC_DATE), story.date(CONTEXT, reported, 6));
    ParsedSentence since =
        story.sentence(
            "People/NNS have/VBP/have been/VBN/be displaced/VBN/displace since/IN the/DT"
                + " start/NN of/IN the/DT year/NN",
            new String[] {
              "3 0 nsubj:pass",
              "3 1 aux",
              "3 2 aux:pass",
              "3 6 obl:since",
              "6 4 case",
              "6 5 det",
              "6 9 nmod:of",
              "9 8 det"
            },
            "8 9 2021 -");
    assertEquals(on("2021-08-12", EventDates.DOC_DATE), story.date(CONTEXT, since, 3));
  }

  @Test
  public void theVaguePastOrAnotherTimeTwoSentencesBackIsNotCarried() {
    Story story = new Story();
    story.sentence(
        "The/DT mosque/NN was/VBD/be once/RB a/DT prize/NN",
        new String[] {"5 1 nsubj", "1 0 det", "5 2 cop", "5 3 advmod", "5 4 det"},
        "3 3 PAST_REF -");
    story.sentence(
        "Witnesses/NNS heard/VBD/hear gunfire/NN", new String[] {"1 0 nsubj", "1 2 obj"});
    ParsedSentence capture =
        story.sentence(
            "The/DT capture/NN of/IN Ghazni/NNP cuts/VBZ/cut the/DT highway/NN",
            new String[] {"1 0 det", "1 3 nmod:of", "3 2 case", "4 1 nsubj", "4 6 obj", "6 5 det"});
    assertEquals(on("2021-08-12", EventDates.DOC_DATE), story.date(CONTEXT, capture, 1));
  }

  @Test
  public void withoutADocumentDateAnUndatedEventHasNone() {
    Story story = new Story();
    ParsedSentence s =
        story.sentence(
            "Rebels/NNS attacked/VBD/attack Kabul/NNP", new String[] {"1 0 nsubj", "1 2 obj"});
    assertEquals(EventDate.none(), CONTEXT.date(s, 1, story.timexes, null));
    assertEquals(EventDate.none(), BEFORE.date(s, 1, story.timexes, null));
  }

  @Test
  public void anotherTimeIsAYearMonthWeekSeasonOrThePast() {
    for (String value :
        new String[] {"1995", "2021-03", "2021-W32", "2021-SU", "199X", "PAST_REF"}) {
      assertTrue(value, EventDates.namesAnotherTime(timex(value, null)));
    }
    for (String value : new String[] {"PRESENT_REF", "P1W", "XXXX-WXX-3"}) {
      assertFalse(value, EventDates.namesAnotherTime(timex(value, null)));
    }
    assertFalse(EventDates.namesAnotherTime(timex("2021-08-11", LocalDate.parse("2021-08-11"))));
  }

  @Test
  public void anEventIsAsDirectlyDatedAsItsMostDirectMention() {
    assertEquals(EventDates.TIMEX, EventDates.moreDirect(EventDates.DOC_DATE, EventDates.TIMEX));
    assertEquals(
        EventDates.TIMEX_CONTEXT,
        EventDates.moreDirect(EventDates.TIMEX_CONTEXT, EventDates.DOC_DATE));
    assertEquals(
        EventDates.TIMEX, EventDates.moreDirect(EventDates.TIMEX, EventDates.TIMEX_CONTEXT));
  }

  private static Timex timex(String value, LocalDate day) {
    return Timex.newBuilder()
        .setTid("s0-t0")
        .setText("x")
        .setType("DATE")
        .setValue(value)
        .setBegin(0)
        .setEnd(1)
        .setResolvedDate(day)
        .setSentenceIndex(0)
        .build();
  }
}
