package org.eventwire.neardup;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.SplittableRandom;
import org.junit.Test;

public class MinHashLshTest {
  private final MinHashLsh lsh = new MinHashLsh(42, 3);

  private static long[] set(int from, int to) {
    long[] values = new long[to - from];
    for (int i = from; i < to; i++) {
      values[i - from] = new SplittableRandom(i).nextLong();
    }
    return Shingles.sortedDistinct(values);
  }

  private static double estimate(long[] s, long[] t) {
    int equal = 0;
    for (int i = 0; i < s.length; i++) {
      equal += s[i] == t[i] ? 1 : 0;
    }
    return (double) equal / s.length;
  }

  @Test
  public void signaturesEstimateJaccard() {
    long[] a = set(0, 300);
    long[] b = set(100, 400); // Jaccard 200 / 400 = 0.5
    assertEquals(0.5, Shingles.jaccard(a, b), 1e-12);
    assertEquals(0.5, estimate(lsh.signature(a), lsh.signature(b)), 0.15);
    assertEquals(0.0, estimate(lsh.signature(set(0, 300)), lsh.signature(set(1000, 1300))), 0.05);
  }

  @Test
  public void sameSetSameSignatureAndBandsOnEveryInstance() {
    long[] a = set(0, 50);
    assertArrayEquals(lsh.signature(a), new MinHashLsh(42, 3).signature(a));
    assertArrayEquals(
        lsh.bandKeys(lsh.signature(a)), new MinHashLsh(42, 3).bandKeys(lsh.signature(a)));
    assertEquals(42, lsh.bandKeys(lsh.signature(a)).length);
    assertEquals(0, lsh.bandKeys(lsh.signature(new long[0])).length);
  }

  @Test
  public void candidateProbabilityRisesSteeplyAroundTheThreshold() {
    assertTrue(lsh.candidateProbability(0.5) > 0.99);
    assertTrue(lsh.candidateProbability(0.1) < 0.05);
    assertTrue(lsh.candidateProbability(0.3) < lsh.candidateProbability(0.4));
  }
}
