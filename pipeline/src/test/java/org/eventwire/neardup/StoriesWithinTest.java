package org.eventwire.neardup;

import static org.junit.Assert.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.Test;

/**
 * Which links an item keeps, from the regions its partners share with it. Regions are ranges of
 * shingle hashes standing for paragraphs of the item: [0, 30) its first paragraph, and so on.
 */
public class StoriesWithinTest {
  /** The item's shingles from paragraph {@code from} up to {@code to}, 30 a paragraph. */
  private static long[] paragraphs(int from, int to) {
    return LongStream.range(from * 30L, to * 30L).toArray();
  }

  @Test
  public void copiesThatShareTheLeadAreOneStoryAndKeepTheirLinks() {
    // An original of ten paragraphs and three copies cut to 4, 5 and 7 of them.
    Map<String, long[]> regions =
        Map.of("cut4", paragraphs(0, 4), "cut5", paragraphs(0, 5), "cut7", paragraphs(0, 7));
    assertEquals(1, StoriesWithin.groups(regions).size());
    assertEquals(
        Set.of("cut4", "cut5", "cut7"), StoriesWithin.keptLinks(regions, regions.keySet()));
  }

  @Test
  public void aRoundupOfThreeStoriesKeepsNoLink() {
    Map<String, long[]> regions =
        Map.of(
            "story1",
            paragraphs(0, 3),
            "story2",
            paragraphs(3, 6),
            "story3",
            paragraphs(6, 9),
            "story1-cut",
            paragraphs(0, 2));
    assertEquals(3, StoriesWithin.groups(regions).size());
    assertEquals(Set.of(), StoriesWithin.keptLinks(regions, regions.keySet()));
  }

  @Test
  public void aRoundupWhoseOtherStoriesShareTooLittleToLinkStillKeepsNoLink() {
    // Only story1 is linked; stories 2 and 3 share regions too small a part of them to link, but
    // they show the roundup is not story1's copy.
    Map<String, long[]> regions =
        Map.of("story1", paragraphs(0, 3), "story2", paragraphs(3, 5), "story3", paragraphs(5, 7));
    assertEquals(Set.of(), StoriesWithin.keptLinks(regions, Set.of("story1")));
  }

  @Test
  public void aCopyWithAParagraphOfAnotherStoryAppendedStaysWithItsOwnStory() {
    // Five paragraphs of the original, then one of another story.
    Map<String, long[]> regions = Map.of("original", paragraphs(0, 5), "other", paragraphs(5, 6));
    assertEquals(Set.of("original"), StoriesWithin.keptLinks(regions, Set.of("original", "other")));
  }

  @Test
  public void anOriginalOneParagraphOfWhichAnotherStoryQuotesKeepsItsCopies() {
    // Copies cover the first four paragraphs; another story quotes the ninth.
    Map<String, long[]> regions =
        Map.of("cut4", paragraphs(0, 4), "cut3", paragraphs(0, 3), "quoting", paragraphs(8, 9));
    assertEquals(Set.of("cut4", "cut3"), StoriesWithin.keptLinks(regions, Set.of("cut4", "cut3")));
  }

  @Test
  public void twoStoriesOfEqualWeightInOneItemKeepNeither() {
    Map<String, long[]> regions = Map.of("first", paragraphs(0, 4), "second", paragraphs(4, 8));
    assertEquals(Set.of(), StoriesWithin.keptLinks(regions, regions.keySet()));
    // Twice as much of one story as of the other is enough to stay with it.
    Map<String, long[]> uneven = Map.of("first", paragraphs(0, 6), "second", paragraphs(6, 9));
    assertEquals(Set.of("first"), StoriesWithin.keptLinks(uneven, uneven.keySet()));
  }
}
