package org.eventwire.neardup;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class ShinglesTest {
  @Test
  public void wordsIgnoreCaseAccentsQuotesAndPunctuation() {
    assertEquals(
        List.of("the", "taliban", "s", "cafe", "in", "herat", "said", "it", "fell"),
        Shingles.words("The Taliban\u2019s \u201cCaf\u00e9\u201d in HERAT -- said: it fell."));
    assertEquals(
        Shingles.words("country's  southern\nprovinces"),
        Shingles.words("country\u2019s southern provinces"));
  }

  @Test
  public void shinglesAreSortedDistinctRunsOfWords() {
    long[] three = Shingles.of("a b c d", 3);
    assertEquals(2, three.length);
    assertTrue(three[0] < three[1]);
    assertEquals(1, Shingles.of("a b a b a b", 6).length);
    assertEquals(2, Shingles.of("a b a b a b", 2).length); // "a b" and "b a"
    assertEquals(
        "shorter than a shingle: one shingle of all its words", 1, Shingles.of("a b", 5).length);
    assertEquals(0, Shingles.of(" ... ", 5).length);
    assertArrayEquals(
        Shingles.of("One two three four five six", 5),
        Shingles.of("one, TWO three four five six!", 5));
  }

  @Test
  public void lettersOutsideTheBasicPlaneMakeWords() {
    // Adlam letters (U+1E900 block) are letters: two words, not none.
    assertEquals(2, Shingles.words("\uD83A\uDD00\uD83A\uDD01 \uD83A\uDD02").size());
  }

  @Test
  public void wordOrderMatters() {
    assertEquals(0.0, Shingles.jaccard(Shingles.of("a b c", 3), Shingles.of("c b a", 3)), 0);
  }

  @Test
  public void jaccardIsExact() {
    long[] a = {1, 2, 3, 4};
    long[] b = {3, 4, 5, 6, 7, 8};
    assertEquals(2.0 / 8, Shingles.jaccard(a, b), 1e-12);
    assertEquals(1.0, Shingles.jaccard(a, a), 0);
    assertEquals(0.0, Shingles.jaccard(new long[0], new long[0]), 0);
    assertEquals(0.0, Shingles.jaccard(a, new long[0]), 0);
  }

  @Test
  public void withoutRemovesOnlyTheGivenValues() {
    assertArrayEquals(
        new long[] {1, 4}, Shingles.without(new long[] {1, 2, 3, 4}, new long[] {2, 3, 9}));
    long[] same = {1, 2};
    assertTrue(same == Shingles.without(same, new long[0]));
  }
}
