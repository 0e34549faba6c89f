package org.eventwire.events;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The key under which actor, target and location names are compared when events are merged: case,
 * accents, leading articles, possessives and punctuation removed, and a small alias table (US,
 * U.S., United States). Pure.
 */
public final class Names {
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("us", "united states"),
          Map.entry("usa", "united states"),
          Map.entry("america", "united states"),
          Map.entry("united states of america", "united states"),
          Map.entry("american", "united states"),
          Map.entry("uk", "united kingdom"),
          Map.entry("britain", "united kingdom"),
          Map.entry("great britain", "united kingdom"),
          Map.entry("british", "united kingdom"),
          Map.entry("un", "united nations"),
          Map.entry("nato", "nato"),
          Map.entry("north atlantic treaty organization", "nato"),
          Map.entry("eu", "european union"),
          Map.entry("afghan", "afghanistan"),
          Map.entry("pakistani", "pakistan"),
          Map.entry("iranian", "iran"),
          Map.entry("taleban", "taliban"));

  private Names() {}

  /** "The U.S.'s" and "United States" give the same key; null and blank give "". */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    s = s.replaceAll("'s\\b", "").replaceAll("s'$", "s");
    s = s.replace(".", "");
    s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    s = s.replaceAll("^(the|a|an) ", "");
    return ALIASES.getOrDefault(s, s);
  }
}
