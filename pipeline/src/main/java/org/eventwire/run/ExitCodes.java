package org.eventwire.run;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one table from what ended a run to the process exit code and the word that starts its line on
 * stderr. The README's exit-code table is this table.
 */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int RUN_FAILED = 1;
  public static final int USAGE = 2;
  public static final int OUTPUT_COMPLETE = 3;
  public static final int NO_INPUT = 4;
  public static final int TOO_MANY_REJECTED = 5;
  public static final int OUTPUT_BUSY = 6;

  /** An exit code and the word that starts the one line on stderr. */
  public static final class Outcome {
    public final int code;
    public final String label;

    Outcome(int code, String label) {
      this.code = code;
      this.label = label;
    }
  }

  private static final Map<Class<? extends Throwable>, Outcome> TABLE = new LinkedHashMap<>();

  static {
    TABLE.put(RunRefusedException.Usage.class, new Outcome(USAGE, "usage error"));
    TABLE.put(RunRefusedException.OutputComplete.class, new Outcome(OUTPUT_COMPLETE, "refused"));
    TABLE.put(RunRefusedException.NoInput.class, new Outcome(NO_INPUT, "no input"));
    TABLE.put(
        RunRefusedException.TooManyRejected.class, new Outcome(TOO_MANY_REJECTED, "run failed"));
    TABLE.put(RunRefusedException.OutputBusy.class, new Outcome(OUTPUT_BUSY, "refused"));
  }

  private static final Outcome FAILED = new Outcome(RUN_FAILED, "run failed");

  private ExitCodes() {}

  /** What this exception means for the process: anything not in the table is a failed run. */
  public static Outcome of(Throwable thrown) {
    for (Map.Entry<Class<? extends Throwable>, Outcome> row : TABLE.entrySet()) {
      if (row.getKey().isInstance(thrown)) {
        return row.getValue();
      }
    }
    return FAILED;
  }
}
