package org.eventwire.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.eventwire.records.Rejected;
import org.junit.Test;

public class RejectionsTest {
  @Test
  public void aRejectionByRuleHasNoException() {
    Rejected r =
        Rejections.of("/in/a.txt", "read", "EMPTY", "file is empty (0 bytes)", 0, null, null, null);
    assertNull(r.getExceptionClass());
    assertNull(r.getStackTrace());
  }

  @Test
  public void anExceptionGivesItsClassAndAShortTraceWithItsCauses() {
    Exception thrown = new UncheckedIOException("while reading", new IOException("disk gone"));
    Rejected r =
        Rejections.of(
            "/in/a.txt", "annotate", "ANNOTATION_FAILED", "CoreNLP failed", 10, "ab", "id", thrown);
    assertEquals("java.io.UncheckedIOException", r.getExceptionClass());
    assertThat(r.getStackTrace(), containsString("java.io.UncheckedIOException: while reading"));
    assertThat(r.getStackTrace(), containsString("Caused by: java.io.IOException: disk gone"));
    assertThat(r.getStackTrace(), containsString("at org.eventwire.common.RejectionsTest"));
    // The runner's frames below eventwire's own (JUnit's here) are left out: they differ by runner.
    assertFalse(r.getStackTrace(), r.getStackTrace().contains("org.junit"));
  }

  @Test
  public void aDeepTraceIsCut() {
    Throwable deep = new IllegalStateException("deep");
    for (int i = 0; i < 50; i++) {
      deep = new RuntimeException("level " + i + " " + "x".repeat(200), deep);
    }
    String trace = Rejections.shortStackTrace(deep);
    assertTrue(trace.length() <= 4000);
    assertThat(trace, containsString("level 49"));
  }
}
