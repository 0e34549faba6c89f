package org.eventwire.resolve;

/**
 * A place resolved: GeoNames id (0 for a country or when unresolved), the gazetteer's name, country
 * (ISO alpha-3), first-order division (code and name; empty for a country), coordinates, precision
 * and the reason for the choice. The coordinates are the place's own for {@link Precision#CITY},
 * the division seat's for {@link Precision#DIVISION} and the capital's for {@link
 * Precision#COUNTRY} (NaN when there is none): a country-level place is never a silent point.
 */
public record ResolvedPlace(
    String text,
    int geonameid,
    String name,
    String country,
    String admin1Code,
    String admin1Name,
    double lat,
    double lon,
    Precision precision,
    Reason reason) {

  /** How exactly the place is known. */
  public enum Precision {
    /** A populated place. */
    CITY,
    /** A first-order division (province, state); the coordinates are its seat's. */
    DIVISION,
    /** Only the country; the coordinates are its capital's. */
    COUNTRY,
    /** Not resolved. */
    NONE
  }

  /** Why this place was chosen. */
  public enum Reason {
    /** The most populous place of the name. */
    POPULATION_PRIOR,
    /** The place of the name in the story's country. */
    STORY_COUNTRY,
    /** The place of the name in an actor's country. */
    ACTOR_COUNTRY,
    /** The place of the name in a division the story names. */
    DIVISION_NAMED,
    /** The phrase names a country (or its demonym does). */
    COUNTRY_NAME,
    /** Nothing resolved. */
    UNRESOLVED
  }
}
