package org.eventwire.common;

/**
 * A document's text addressed as every record addresses it: by Unicode code-point offsets, not by
 * Java chars (a character outside the Basic Multilingual Plane, such as an emoji, is one code point
 * and two chars). Build one per document where many spans of it are read; {@link #slice(String,
 * int, int)} reads a single span without copying the whole text.
 */
public final class CodePointText {
  private final int[] codePoints;

  public CodePointText(String text) {
    this.codePoints = text.codePoints().toArray();
  }

  /** The text from code point {@code begin} up to {@code end}. */
  public String slice(int begin, int end) {
    return new String(codePoints, begin, end - begin);
  }

  /** The span of {@code text} from code point {@code begin} up to {@code end}. */
  public static String slice(String text, int begin, int end) {
    int from = text.offsetByCodePoints(0, begin);
    return text.substring(from, text.offsetByCodePoints(from, end - begin));
  }
}
