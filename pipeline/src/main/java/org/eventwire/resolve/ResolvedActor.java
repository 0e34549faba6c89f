package org.eventwire.resolve;

import java.util.List;

/**
 * An actor or recipient resolved: the text as given, a canonical name events can be merged on, the
 * countries (ISO alpha-3 as of the event's date, or IGO, NGO, IMG, MNC; one for most actors,
 * several for a compound one such as "Poland, Hungary and the Czech Republic", none when
 * unresolved), the PLOVER sectors (possibly none) and how the country was found.
 */
public record ResolvedActor(
    String text, String canonicalName, List<String> countries, List<String> sectors, How how) {

  /** The (first) country, or an empty string when unresolved. */
  public String country() {
    return countries.isEmpty() ? "" : countries.get(0);
  }

  /** How an actor's country was found. */
  public enum How {
    /** A named actor in the dictionaries (a person, organisation, armed group), by date. */
    DICTIONARY,
    /** The phrase is a country's name or a place that stands for it ("Washington"). */
    COUNTRY_NAME,
    /** The phrase is a demonym or country adjective alone ("Afghan", "Six Japanese"). */
    DEMONYM,
    /** An agent noun with a country modifier ("Pakistani forces", "the US embassy"). */
    AGENT_WITH_COUNTRY,
    /** An agent noun or pronoun alone, placed in the story's country, which is beyond doubt. */
    STORY_CONTEXT,
    /** No country found. The sectors may still be known ("police"). */
    UNRESOLVED
  }

  /** Whether a country was found. */
  public boolean resolved() {
    return how != How.UNRESOLVED;
  }

  /** Whether the country comes from the phrase's own words, not from the story or nowhere. */
  public boolean byOwnWords() {
    return resolved() && how != How.STORY_CONTEXT;
  }
}
