package org.eventwire.common;

import static org.junit.Assert.assertEquals;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class CodePointTextTest {
  /** "🇦🇫" is two code points and four chars: offsets after it differ between the two counts. */
  private static final String TEXT = "Flag 🇦🇫 then Kandahar fell.";

  @Test
  public void slicesByCodePointNotByChar() {
    // Code points: "Flag " 0-4, the flag 5-6, " then " 7-12, "Kandahar" 13-20.
    assertEquals("Kandahar", new CodePointText(TEXT).slice(13, 21));
    assertEquals("Kandahar", CodePointText.slice(TEXT, 13, 21));
  }

  @Test
  public void keepsAstralCharactersWhole() {
    assertEquals("🇦🇫", new CodePointText(TEXT).slice(5, 7));
    assertEquals("🇦🇫", CodePointText.slice(TEXT, 5, 7));
  }

  @Test
  public void emptySpanIsEmpty() {
    assertEquals("", new CodePointText(TEXT).slice(9, 9));
    assertEquals("", CodePointText.slice(TEXT, 9, 9));
  }
}
