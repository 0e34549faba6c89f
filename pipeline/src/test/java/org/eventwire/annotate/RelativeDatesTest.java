package org.eventwire.annotate;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventwire.annotate.RelativeDates.Expression;
import org.eventwire.annotate.RelativeDates.Resolved;
import org.eventwire.annotate.RelativeDates.Rule;
import org.eventwire.annotate.RelativeDates.Tense;
import org.eventwire.annotate.RelativeDates.Tokens;
import org.junit.Test;

/**
 * The rules on hand-tagged sentences (words with their Penn tags, as CoreNLP's tagger gives them).
 * The expected days are counted on the calendar: 20 August 1998 was a Thursday, 8 August 1998 a
 * Saturday, 7 January 2000 a Friday.
 */
public class RelativeDatesTest {
  private static final LocalDate THU_1998_08_20 = LocalDate.of(1998, 8, 20);

  /** A story of sentences written "word/TAG word/TAG ...", and the expressions to resolve. */
  private static final class Story {
    final List<String> sentences = new ArrayList<>();
    final Map<Integer, Tokens> tokens = new HashMap<>();
    final List<Expression> expressions = new ArrayList<>();
    int textLength;

    /** Adds a sentence; each [bracketed] run of tokens is an expression with the next value. */
    Story sentence(String tagged, String... values) {
      String[] parts = tagged.split(" ");
      int n = parts.length;
      String[] words = new String[n];
      String[] tags = new String[n];
      int[] begin = new int[n];
      int[] end = new int[n];
      int position = textLength;
      int expressionBegin = -1;
      int value = 0;
      for (int i = 0; i < n; i++) {
        String part = parts[i];
        boolean opens = part.startsWith("[");
        boolean closes = part.endsWith("]");
        part = part.replace("[", "").replace("]", "");
        int slash = part.lastIndexOf('/');
        words[i] = part.substring(0, slash);
        tags[i] = part.substring(slash + 1);
        begin[i] = position;
        end[i] = position + words[i].length();
        position = end[i] + 1;
        if (opens) {
          expressionBegin = begin[i];
        }
        if (closes) {
          String v = values[value++];
          expressions.add(
              new Expression(
                  sentences.size(),
                  expressionBegin,
                  end[i],
                  v == null || !v.startsWith("P") ? "DATE" : "DURATION",
                  v));
        }
      }
      tokens.put(sentences.size(), new Tokens(words, tags, begin, end));
      sentences.add(tagged);
      textLength = position;
      return this;
    }

    List<Resolved> resolve(LocalDate docDate) {
      return RelativeDates.resolve(expressions, tokens, docDate);
    }
  }

  private static Resolved only(String tagged, String value, LocalDate docDate) {
    return new Story().sentence(tagged, value).resolve(docDate).get(0);
  }

  @Test
  public void aBareWeekdayGoesBackInAPastTenseSentence() {
    Resolved r = only("Officials/NNS said/VBD [Friday/NNP] ./.", "1998-08-21", THU_1998_08_20);
    assertEquals("1998-08-14", r.value());
    assertEquals(Rule.WEEKDAY_BY_TENSE, r.rule());
  }

  @Test
  public void aBareWeekdayGoesAheadAfterWill() {
    assertEquals(
        "1998-08-21",
        only("Talks/NNS will/MD resume/VB [Friday/NNP] ./.", "1998-08-14", THU_1998_08_20).value());
  }

  @Test
  public void aBareWeekdayWithoutVerbIsTheClosest() {
    // A headline: Friday the 21st is one day away, Friday the 14th six.
    assertEquals(
        "1998-08-21", only("Talks/NNS [Friday/NNP]", "1998-08-14", THU_1998_08_20).value());
  }

  @Test
  public void theDocumentsOwnWeekdayIsThatDayInThePast() {
    assertEquals(
        "1998-08-20",
        only("He/PRP said/VBD [Thursday/NNP] ./.", "1998-08-20", THU_1998_08_20).value());
  }

  @Test
  public void thePartOfTheDayStays() {
    assertEquals(
        "1998-08-14TNI",
        only("He/PRP spoke/VBD [Friday/NNP night/NN] ./.", "1998-08-21TNI", THU_1998_08_20)
            .value());
  }

  @Test
  public void anExplicitDirectionIsLeftToSutime() {
    Resolved r = only("He/PRP said/VBD [last/JJ Friday/NNP] ./.", "1998-08-21", THU_1998_08_20);
    assertEquals("1998-08-21", r.value());
    assertEquals(Rule.SUTIME, r.rule());
  }

  @Test
  public void aPossessiveWeekdayNamesAThingAndTakesTheClosestDay() {
    // "would" points ahead, but Wednesday's ruling is two days old on Friday 7 January 2000.
    assertEquals(
        "2000-01-05",
        only(
                "They/PRP would/MD appeal/VB [Wednesday/NNP] 's/POS ruling/NN ./.",
                "2000-01-12",
                LocalDate.of(2000, 1, 7))
            .value());
  }

  @Test
  public void aPlanPointsAheadWhateverItsTense() {
    assertEquals(
        "1998-08-24",
        only("They/PRP planned/VBD to/TO meet/VB [Monday/NNP] ./.", "1998-08-17", THU_1998_08_20)
            .value());
  }

  @Test
  public void aMonthWithoutYearGoesBackInAPastTenseSentence() {
    Resolved r =
        only(
            "Doctors/NNS were/VBD shot/VBN in/IN [November/NNP] ./.",
            "1999-11",
            LocalDate.of(1999, 5, 6));
    assertEquals("1998-11", r.value());
    assertEquals(Rule.MONTH_BY_TENSE, r.rule());
  }

  @Test
  public void aDayOnlyWeeksAheadIsMeantEvenInThePastTense() {
    assertEquals(
        "2000-01-14",
        only(
                "Officials/NNS set/VBD a/DT [Jan./NNP 14/CD] deadline/NN ./.",
                "1999-01-14",
                LocalDate.of(2000, 1, 5))
            .value());
  }

  @Test
  public void aMonthGoesAheadAfterWill() {
    assertEquals(
        "2000-03",
        only("He/PRP will/MD visit/VB in/IN [March/NNP] ./.", "1999-03", LocalDate.of(1999, 5, 6))
            .value());
  }

  @Test
  public void aMonthWithItsYearIsLeftToSutime() {
    Resolved r =
        only(
            "He/PRP visited/VBD in/IN [March/NNP 1997/CD] ./.",
            "1997-03",
            LocalDate.of(1999, 5, 6));
    assertEquals("1997-03", r.value());
    assertEquals(Rule.SUTIME, r.rule());
  }

  @Test
  public void relativeDaysCountFromTheLastDayTheStoryNamed() {
    List<Resolved> r =
        new Story()
            .sentence("The/DT bomb/NN exploded/VBD on/IN [Aug./NNP 7/CD] ./.", "1998-08-07")
            .sentence("[The/DT next/JJ day/NN] ,/, police/NNS came/VBD ./.", (String) null)
            .sentence("[Two/CD days/NNS later/RB] ,/, he/PRP left/VBD ./.", "P2D")
            .sentence("[Earlier/RBR that/DT day/NN] ,/, he/PRP ate/VBD ./.", "P1D")
            .resolve(LocalDate.of(1998, 8, 20));
    assertEquals("1998-08-07", r.get(0).value());
    assertEquals("1998-08-08", r.get(1).value());
    assertEquals(Rule.REFERENCE_DAY, r.get(1).rule());
    assertEquals("DATE", r.get(1).type());
    assertEquals("1998-08-10", r.get(2).value());
    assertEquals("1998-08-10", r.get(3).value());
  }

  @Test
  public void daysBeforeAnEventAreNotCountedFromTheLastDay() {
    Resolved r =
        only(
            "A/DT car/NN was/VBD seen/VBN [ten/CD days/NNS] before/IN the/DT shooting/NN ./.",
            "P10D",
            THU_1998_08_20);
    assertEquals("P10D", r.value());
    assertEquals(Rule.SUTIME, r.rule());
  }

  @Test
  public void agoTakesTheGranularityTheTextStates() {
    LocalDate jan15 = LocalDate.of(2000, 1, 15);
    Resolved years =
        only("It/PRP came/VBD to/TO power/NN [41/CD years/NNS ago/RB] ./.", "1959-01-15", jan15);
    assertEquals("1959", years.value());
    assertEquals(Rule.AGO_GRANULARITY, years.rule());
    assertEquals(
        "1999-11",
        only("It/PRP began/VBD [two/CD months/NNS ago/RB] ./.", "1999-11-15", jan15).value());
    // 25 November 1999 was the Thursday of ISO week 47.
    assertEquals(
        "1999-W47",
        only("They/PRP fled/VBD [six/CD weeks/NNS ago/RB] ./.", "1999-11-25", jan15).value());
  }

  @Test
  public void aClockTimeTakesTheDayItsSentenceNames() {
    List<Resolved> r =
        new Story()
            .sentence(
                "The/DT blast/NN occurred/VBD at/IN [10:35/CD a.m./NN] [Friday/NNP] ./.",
                "1998-08-08T10:35",
                "1998-08-07")
            .resolve(LocalDate.of(1998, 8, 8));
    assertEquals("1998-08-07", r.get(1).value());
    assertEquals("1998-08-07T10:35", r.get(0).value());
    assertEquals(Rule.CLOCK_TIME_DAY, r.get(0).rule());
  }

  @Test
  public void theNearestVerbGivesTheTense() {
    Tokens t =
        new Story()
            .sentence(
                "Castro/NNP said/VBD the/DT father/NN would/MD leave/VB [Tuesday/NNP] ./.",
                "2000-04-04")
            .tokens
            .get(0);
    assertEquals(Tense.FUTURE, RelativeDates.tense(t, 6, 7));
    Tokens noVerb = new Story().sentence("Talks/NNS [Friday/NNP]", "x").tokens.get(0);
    assertEquals(Tense.NONE, RelativeDates.tense(noVerb, 1, 2));
  }
}
