package org.eventwire;

import java.util.ArrayList;
import java.util.List;
import org.eventwire.run.RunRefusedException;

/**
 * Every option value checked before anything runs or any file is touched, so that a typo is exit 2
 * with one line, not a failure half way through a run (or after it replaced finished output).
 */
public final class OptionChecks {
  private OptionChecks() {}

  public static void check(EventwireOptions o) throws RunRefusedException.Usage {
    List<String> problems = new ArrayList<>();
    notBlank(problems, "input", o.getInput());
    notBlank(problems, "output", o.getOutput());
    atLeast(problems, "maxDocumentBytes", o.getMaxDocumentBytes(), 1);
    atLeast(problems, "maxAnnotationSeconds", o.getMaxAnnotationSeconds(), 1);
    share(problems, "maxRejectedShare", o.getMaxRejectedShare(), true);
    atLeast(problems, "maxTokenChars", o.getMaxTokenChars(), 1);
    atLeast(problems, "maxSentenceTokens", o.getMaxSentenceTokens(), 1);
    atLeast(problems, "maxSentenceChars", o.getMaxSentenceChars(), 1);
    atLeast(problems, "maxDocumentTokens", o.getMaxDocumentTokens(), 1);
    if (o.getAnnotate()) {
      notBlank(problems, "annotators", o.getAnnotators());
    }
    atLeast(problems, "numShards", o.getNumShards(), 0);
    atLeast(problems, "dedupShingleWords", o.getDedupShingleWords(), 1);
    share(problems, "dedupThreshold", o.getDedupThreshold(), false);
    atLeast(problems, "dedupBands", o.getDedupBands(), 1);
    atLeast(problems, "dedupRows", o.getDedupRows(), 1);
    share(problems, "dedupMaxShingleShare", o.getDedupMaxShingleShare(), false);
    atLeast(problems, "dedupMinFrequentCount", o.getDedupMinFrequentCount(), 1);
    atLeast(problems, "dedupRounds", o.getDedupRounds(), 1);
    share(problems, "dedupContainment", o.getDedupContainment(), true);
    atLeast(problems, "dedupMinSharedShingles", o.getDedupMinSharedShingles(), 0);
    atLeast(problems, "dedupSampleEvery", o.getDedupSampleEvery(), 1);
    atLeast(problems, "passageShingleWords", o.getPassageShingleWords(), 1);
    share(problems, "passageThreshold", o.getPassageThreshold(), false);
    atLeast(problems, "passageMinWords", o.getPassageMinWords(), 0);
    atLeast(problems, "shuffleShards", o.getShuffleShards(), 0);
    atLeast(problems, "progressSeconds", o.getProgressSeconds(), 0);
    if (!problems.isEmpty()) {
      throw new RunRefusedException.Usage(String.join("; ", problems));
    }
  }

  private static void notBlank(List<String> problems, String option, String value) {
    if (value == null || value.isBlank()) {
      problems.add("--" + option + " must not be empty");
    }
  }

  private static void atLeast(List<String> problems, String option, long value, long min) {
    if (value < min) {
      problems.add(String.format("--%s=%d must be at least %d", option, value, min));
    }
  }

  /** A share: above 0 (or at 0 when {@code zeroAllowed}) and at most 1. */
  private static void share(
      List<String> problems, String option, double value, boolean zeroAllowed) {
    boolean low = zeroAllowed ? value < 0 : value <= 0;
    if (low || value > 1 || Double.isNaN(value)) {
      problems.add(
          String.format(
              "--%s=%s must be %s 0 and at most 1",
              option, value, zeroAllowed ? "at least" : "above"));
    }
  }
}
