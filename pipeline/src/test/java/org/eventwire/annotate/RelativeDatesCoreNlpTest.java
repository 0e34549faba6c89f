package org.eventwire.annotate;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eventwire.Fixtures;
import org.eventwire.SlowTest;
import org.eventwire.events.EventLexicon;
import org.eventwire.read.DocumentDecoder;
import org.eventwire.read.StoredFile;
import org.eventwire.records.Document;
import org.eventwire.records.Timex;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/**
 * The resolution step on real text through CoreNLP's real models: SUTime finds the expressions, the
 * rules settle their values. The expected days are counted on the calendar from each story's date
 * header (20 August 1998 was a Thursday).
 */
@Category(SlowTest.class)
public class RelativeDatesCoreNlpTest {
  private static DocumentAnnotator resolving;
  private static DocumentAnnotator sutimeOnly;

  @BeforeClass
  public static void loadAnnotators() {
    resolving = CoreNlpAnnotator.factory(Fixtures.ANNOTATORS).create();
    sutimeOnly =
        CoreNlpAnnotator.factory(
                CoreNlpSettings.eventwireDefaults(Fixtures.ANNOTATORS)
                    .withTimexResolution(CoreNlpSettings.TimexResolution.SUTIME),
                EventLexicon.standard())
            .create();
  }

  private static final String WEEKDAYS =
      " date 1998-08-20 Kenyan officials said Friday that the bomb was made abroad."
          + " Talks with Sudan will resume Friday in Nairobi.";

  @Test
  public void weekdaysFollowTheTenseOfTheirSentence() {
    List<Timex> timexes = timexes(resolving, WEEKDAYS);
    Timex said = timex(timexes, 0, "Friday");
    Timex will = timex(timexes, 1, "Friday");
    assertEquals("1998-08-14", said.getValue());
    assertEquals("WEEKDAY_BY_TENSE", said.getValueRule());
    assertEquals("1998-08-21", will.getValue());
    assertEquals("WEEKDAY_BY_TENSE", will.getValueRule());
    assertEquals(java.time.LocalDate.of(1998, 8, 14), said.getResolvedDate());
  }

  @Test
  public void withSutimeResolutionEveryValueIsSutimesOwn() {
    List<Timex> resolved = timexes(resolving, WEEKDAYS);
    List<Timex> sutime = timexes(sutimeOnly, WEEKDAYS);
    assertEquals(resolved.size(), sutime.size());
    for (int i = 0; i < sutime.size(); i++) {
      assertEquals("SUTIME", sutime.get(i).getValueRule());
      assertEquals(sutime.get(i).getSutimeValue(), sutime.get(i).getValue());
      // The same expressions, and the same value from SUTime under both settings.
      assertEquals(sutime.get(i).getText(), resolved.get(i).getText());
      assertEquals(sutime.get(i).getValue(), resolved.get(i).getSutimeValue());
    }
  }

  @Test
  public void theNextDayCountsFromTheLastDayNamed() {
    List<Timex> timexes =
        timexes(
            resolving,
            " date 1998-08-20 The embassy was bombed on Aug. 7. The next day, rescuers found"
                + " more victims.");
    Timex next = timex(timexes, 0, "next day");
    assertEquals("1998-08-08", next.getValue());
    assertEquals("REFERENCE_DAY", next.getValueRule());
  }

  @Test
  public void monthsWithoutYearAndYearsAgoTakeTheTextsWord() {
    List<Timex> timexes =
        timexes(
            resolving,
            " date 1999-05-06 Kopp was last seen in November. Castro came to power 41 years ago.");
    Timex november = timex(timexes, 0, "November");
    assertEquals("1998-11", november.getValue());
    assertEquals("MONTH_BY_TENSE", november.getValueRule());
    Timex ago = timex(timexes, 0, "41 years ago");
    assertEquals("1958", ago.getValue());
    assertEquals("AGO_GRANULARITY", ago.getValueRule());
  }

  private static List<Timex> timexes(DocumentAnnotator annotator, String content) {
    Document document =
        new DocumentDecoder(1 << 20, null)
            .decode("/t/story.txt", StoredFile.of(content.getBytes(StandardCharsets.UTF_8)))
            .document();
    return annotator.annotate(document).document.getTimexes();
  }

  /** The n-th expression whose text contains these words. */
  private static Timex timex(List<Timex> timexes, int n, String words) {
    return timexes.stream().filter(t -> t.getText().contains(words)).skip(n).findFirst().get();
  }
}
