package org.eventwire.events;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import org.junit.Test;

public class NamesTest {
  @Test
  public void aliasesCaseArticlesAndPossessivesGiveOneKey() {
    assertEquals("united states", Names.key("US"));
    assertEquals("united states", Names.key("U.S."));
    assertEquals("united states", Names.key("the United States"));
    assertEquals("united states", Names.key("The U.S.'s"));
    assertEquals("taliban", Names.key("The Taliban"));
    assertEquals("taliban", Names.key("Taliban\u2019s"));
    assertEquals("herat", Names.key("HERAT"));
    assertEquals("nato", Names.key("Nato"));
    assertEquals("kabul airport", Names.key("Kabul's airport"));
  }

  @Test
  public void differentNamesStayDifferent() {
    assertNotEquals(Names.key("Kandahar"), Names.key("Herat"));
    assertEquals("", Names.key(null));
    assertEquals("", Names.key("  "));
  }
}
