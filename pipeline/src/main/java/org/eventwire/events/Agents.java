package org.eventwire.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Common nouns that name who acts ("police", "rebels", "prosecutors", "the opposition leader"),
 * each with its sector code, so that a sentence without a named entity still has an actor or a
 * recipient. Shipped as agents.tsv, converted from PETRARCH2's Phoenix.agents.txt by
 * scripts/build-plover-lexicon.py.
 */
public final class Agents implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The role type of an agent noun (an entity's role type is its NER tag). */
  public static final String AGENT = "AGENT";

  private final Map<String, String> sectors;

  Agents(Map<String, String> sectors) {
    this.sectors = sectors;
  }

  /** The agent nouns shipped with eventwire. */
  public static Agents standard() {
    try (InputStream in = Agents.class.getResourceAsStream("agents.tsv")) {
      if (in == null) {
        throw new IllegalStateException("agents.tsv is missing from the classpath");
      }
      return parse(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read agents.tsv", e);
    }
  }

  static Agents parse(InputStream in) throws IOException {
    Map<String, String> sectors = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      String[] f = line.split("\t", -1);
      if (line.startsWith("#") || f.length < 2 || f[0].equals("noun")) {
        continue;
      }
      sectors.putIfAbsent(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip());
    }
    return new Agents(sectors);
  }

  /** The sector code of a noun lemma that names an agent, or null. */
  public @Nullable String sectorOf(String lemma) {
    return sectors.get(lemma.toLowerCase(Locale.ROOT));
  }

  public boolean isAgent(String lemma) {
    return sectorOf(lemma) != null;
  }
}
