package org.eventwire.annotate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import org.junit.Test;

public class TimexDatesTest {
  private static final LocalDate AUG_12 = LocalDate.of(2021, 8, 12);

  @Test
  public void fullDatesAndDatesWithATimeOfDayDenoteOneDay() {
    assertEquals(AUG_12, TimexDates.resolvedDate("2021-08-12"));
    assertEquals(AUG_12, TimexDates.resolvedDate("2021-08-12TNI"));
    assertEquals(AUG_12, TimexDates.resolvedDate("2021-08-12T20:00"));
    assertEquals(LocalDate.of(2000, 2, 29), TimexDates.resolvedDate("2000-02-29"));
  }

  @Test
  public void valuesThatNameNoSingleDayDoNotResolve() {
    for (String value :
        new String[] {
          "XXXX-WXX-4",
          "XXXX-WXX-4TNI",
          "P1W",
          "PRESENT_REF",
          "2021-08",
          "2021-W32",
          "2021",
          "-0499",
          "THIS P1D",
          "2021-02-30",
          "2021-13-01",
          ""
        }) {
      assertNull(value, TimexDates.resolvedDate(value));
    }
    assertNull(TimexDates.resolvedDate(null));
  }
}
