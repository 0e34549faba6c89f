package org.eventwire.annotate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.junit.Test;

public class CoreNlpInternalsTest {
  @Test
  public void theCoreNlpOnTheClassPathIsTheOneThePatchesWereWrittenFor() {
    assertEquals(
        CoreNlpInternals.builtAgainst(),
        StanfordCoreNLP.class.getPackage().getImplementationVersion());
    CoreNlpInternals.checkVersion("windowed SUTime");
  }

  @Test
  public void anotherCoreNlpIsRefusedWithTheFlagsThatRunItsOwnCode() {
    CoreNlpInternals.IncompatibleCoreNlpException refused =
        assertThrows(
            CoreNlpInternals.IncompatibleCoreNlpException.class,
            () ->
                CoreNlpInternals.checkVersion(
                    "4.5.11", "4.5.10", "windowed SUTime (--timexSearch=CUE_WINDOWS)"));
    assertThat(refused.getMessage(), containsString("CoreNLP 4.5.11 is on the class path"));
    assertThat(
        refused.getMessage(),
        containsString("--timexSearch=WHOLE_SENTENCES --parserScoring=STOCK"));
    // A jar that does not say its version (a shaded jar) is left to the reflective reach itself.
    CoreNlpInternals.checkVersion(null, "4.5.10", "windowed SUTime");
  }

  @Test
  public void anIncompatibleCoreNlpIsAWorkerFaultNotADocumentsFault() {
    assertTrue(
        AnnotateDocuments.AnnotateFn.isWorkerFault(
            new CoreNlpInternals.IncompatibleCoreNlpException("no such field", null)));
    assertTrue(AnnotateDocuments.AnnotateFn.isWorkerFault(new OutOfMemoryError()));
    assertFalse(AnnotateDocuments.AnnotateFn.isWorkerFault(new StackOverflowError()));
    assertFalse(
        AnnotateDocuments.AnnotateFn.isWorkerFault(new IllegalArgumentException("bad sentence")));
  }
}
