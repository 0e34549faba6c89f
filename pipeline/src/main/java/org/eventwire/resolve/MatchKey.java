package org.eventwire.resolve;

import java.text.Normalizer;
import java.util.Map;

/**
 * The key names are matched on: no diacritics ({@code Herāt} is {@code herat}), lower case, dots
 * and apostrophes dropped ({@code U.S.} is {@code us}), any other punctuation a space, single
 * spaces. scripts/build-resolve-data.py computes the same key for the data; the two must agree.
 */
public final class MatchKey {
  /** Letters that Unicode decomposition leaves whole; the same table is in the build script. */
  private static final Map<Character, String> SPECIAL =
      Map.ofEntries(
          Map.entry('ø', "o"),
          Map.entry('ł', "l"),
          Map.entry('ß', "ss"),
          Map.entry('đ', "d"),
          Map.entry('æ', "ae"),
          Map.entry('œ', "oe"),
          Map.entry('ı', "i"),
          Map.entry('þ', "th"),
          Map.entry('ð', "d"),
          Map.entry('ħ', "h"),
          Map.entry('ŧ', "t"));

  private MatchKey() {}

  /** The match key of {@code text}. */
  public static String of(String text) {
    String decomposed =
        Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = true;
    for (int i = 0; i < decomposed.length(); i++) {
      char ch = decomposed.charAt(i);
      if (Character.getType(ch) == Character.NON_SPACING_MARK
          || ch == '.'
          || ch == '\''
          || ch == '\u2019'
          || ch == '`') {
        continue;
      }
      String mapped = SPECIAL.get(ch);
      if (mapped != null) {
        out.append(mapped);
        space = false;
      } else if (Character.isLetterOrDigit(ch)) {
        out.append(ch);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == ' ') {
      out.setLength(end - 1);
    }
    return out.toString();
  }
}
