package org.eventwire.run;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A run that eventwire refuses or stops on purpose, for a reason a person can act on; its exit code
 * comes from {@link ExitCodes}. Anything else that ends a run is a failure (exit 1).
 */
public class RunRefusedException extends Exception {
  private static final long serialVersionUID = 1L;

  /** A message on one line, as the command line prints it ("" for none). */
  public static String oneLine(@Nullable String message) {
    return message == null ? "" : message.replaceAll("\\s*\\n\\s*", " ").strip();
  }

  RunRefusedException(String message) {
    super(message);
  }

  /** A missing or malformed option, or an --output that cannot be a run directory. */
  public static final class Usage extends RunRefusedException {
    private static final long serialVersionUID = 1L;

    public Usage(String message) {
      super(message);
    }
  }

  /** --output holds a complete run and --overwrite was not given. */
  public static final class OutputComplete extends RunRefusedException {
    private static final long serialVersionUID = 1L;

    public OutputComplete(String message) {
      super(message);
    }
  }

  /** The input glob matched no file and --allowEmptyInput was not given. */
  public static final class NoInput extends RunRefusedException {
    private static final long serialVersionUID = 1L;

    public NoInput(String message) {
      super(message);
    }
  }

  /**
   * More documents were rejected at annotate than --maxRejectedShare allows: a broken worker, not
   * bad input.
   */
  public static final class TooManyRejected extends RunRefusedException {
    private static final long serialVersionUID = 1L;

    public TooManyRejected(String message) {
      super(message);
    }
  }

  /** Another run holds the lock on --output. */
  public static final class OutputBusy extends RunRefusedException {
    private static final long serialVersionUID = 1L;

    public OutputBusy(String message) {
      super(message);
    }
  }
}
