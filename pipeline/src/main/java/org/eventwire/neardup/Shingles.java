package org.eventwire.neardup;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eventwire.common.Hashes;

/**
 * Word shingles of normalised text, as sorted distinct 64-bit hashes. Normalisation removes what
 * outlets change when they reprint agency copy without changing the story: case, accents, quote and
 * dash styles, punctuation, line wrapping. Pure functions.
 */
public final class Shingles {
  private static final HashFunction WORD_HASH = Hashing.murmur3_128(0x5eed);

  private Shingles() {}

  /** Lower-cased words: runs of letters and digits, with accents and punctuation dropped. */
  public static List<String> words(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    // By code point: letters outside the Basic Multilingual Plane are letters too.
    for (int i = 0; i < folded.length(); ) {
      int c = folded.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        word.appendCodePoint(c);
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue; // an accent split off by NFKD: "é" and "e" are one letter here
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /**
   * Hashes of every run of {@code size} consecutive words, sorted and distinct. A text shorter than
   * {@code size} words gives one shingle of all its words; an empty text gives none.
   */
  public static long[] of(String text, int size) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return new long[0];
    }
    long[] wordHashes = new long[words.size()];
    for (int i = 0; i < wordHashes.length; i++) {
      wordHashes[i] = WORD_HASH.hashString(words.get(i), StandardCharsets.UTF_8).asLong();
    }
    int count = Math.max(1, wordHashes.length - size + 1);
    long[] shingles = new long[count];
    for (int start = 0; start < count; start++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int i = start; i < Math.min(start + size, wordHashes.length); i++) {
        h = Hashes.mix(h * 0x100000001B3L + wordHashes[i]);
      }
      shingles[start] = h;
    }
    return sortedDistinct(shingles);
  }

  static long[] sortedDistinct(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (n == 0 || sorted[i] != sorted[n - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, n);
  }

  /** Exact Jaccard similarity of two sorted distinct arrays; 0 when both are empty. */
  public static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0;
    }
    int common = common(a, b).length;
    return (double) common / (a.length + b.length - common);
  }

  /** The elements two sorted distinct arrays have in common, sorted. */
  public static long[] common(long[] a, long[] b) {
    long[] common = new long[Math.min(a.length, b.length)];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common[n++] = a[i];
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n == common.length ? common : Arrays.copyOf(common, n);
  }

  /** The elements of sorted {@code values} that are not in sorted {@code remove}. */
  public static long[] without(long[] values, long[] remove) {
    if (remove.length == 0) {
      return values;
    }
    long[] kept = new long[values.length];
    int n = 0;
    for (long v : values) {
      if (Arrays.binarySearch(remove, v) < 0) {
        kept[n++] = v;
      }
    }
    return n == values.length ? values : Arrays.copyOf(kept, n);
  }
}
