package org.eventwire.neardup;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class DedupSettingsTest {
  private static DedupSettings containment(double share, int minShared) {
    return new DedupSettings(5, 0.5, 42, 3, 0.02, 50, 8, 50, 4, share, minShared, 16);
  }

  private static final DedupSettings PLAIN_JACCARD =
      new DedupSettings(5, 0.5, 42, 3, 0.02, 50, 8, 50, 4);

  @Test
  public void jaccardAtTheThresholdLinksWithOrWithoutContainment() {
    // 100 shared of 120 and 180: Jaccard 100 / 200.
    assertTrue(PLAIN_JACCARD.linked(100, 120, 180));
    assertTrue(containment(0.6, 50).linked(100, 120, 180));
    assertFalse(PLAIN_JACCARD.linked(99, 120, 180));
  }

  @Test
  public void aSmallCopyInsideALargeStoryLinksOnlyByContainment() {
    // A 120-shingle copy, 90 of them in a 400-shingle original: Jaccard 0.21, containment 0.75.
    assertFalse(PLAIN_JACCARD.linked(90, 120, 400));
    assertTrue(containment(0.6, 50).linked(90, 120, 400));
    assertTrue("the order of the two does not matter", containment(0.6, 50).linked(90, 400, 120));
    assertFalse("below the containment threshold", containment(0.8, 50).linked(90, 120, 400));
  }

  @Test
  public void containmentNeedsTheMinimumOfSharedShingles() {
    // A 40-shingle quote that is all of a tiny item: containment 1.0, but 40 shared shingles.
    assertFalse(containment(0.6, 50).linked(40, 40, 400));
    assertTrue(containment(0.6, 40).linked(40, 40, 400));
  }

  @Test(expected = IllegalArgumentException.class)
  public void containmentAboveOneIsRefused() {
    containment(1.5, 50);
  }
}
