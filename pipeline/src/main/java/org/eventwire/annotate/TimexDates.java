package org.eventwire.annotate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Calendar arithmetic on TIMEX3 values. Pure functions. */
public final class TimexDates {
  /**
   * A value that names one day: a full date, optionally followed by a time or a part of the day
   * (2021-08-12, 2021-08-12TNI, 2021-08-12T20:00). Weeks (2021-W32), months (2021-08), unresolved
   * weekdays (XXXX-WXX-4), durations (P1W) and references (PRESENT_REF) name no single day.
   */
  private static final Pattern ONE_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");

  private TimexDates() {}

  /** The day a TIMEX3 value denotes, or null when it denotes no single calendar day. */
  public static @Nullable LocalDate resolvedDate(@Nullable String timexValue) {
    if (timexValue == null) {
      return null;
    }
    Matcher m = ONE_DAY.matcher(timexValue);
    if (!m.matches()) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
