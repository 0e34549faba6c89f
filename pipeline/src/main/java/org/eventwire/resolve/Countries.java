package org.eventwire.resolve;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Countries: ISO 3166 alpha-3 and alpha-2 codes, English names with news variants ("U.S.",
 * "Britain"), adjectives and demonyms ("Afghan", "Pakistanis"), the capital's geonameid, and the
 * codes a country had on a past date (Zaire, Yugoslavia), from {@code countries.tsv}.
 */
public final class Countries {
  /** One country: its codes, English name and capital (0 when the gazetteer has none). */
  public record Country(String alpha3, String alpha2, String name, int capitalGeonameid) {}

  /** A code a country had between two days (inclusive), in place of its present one. */
  private record FormerCode(String present, String former, LocalDate from, LocalDate to) {}

  /**
   * Codes the gold set and the researchers' tables use for stories of their time: ISO 3166 as of
   * the story's date (ZAR before Zaire became the DR Congo, YUG and SCG for Serbia and Montenegro).
   */
  private static final List<FormerCode> FORMER_CODES =
      List.of(
          new FormerCode("COD", "ZAR", LocalDate.MIN, LocalDate.of(1997, 5, 16)),
          new FormerCode("SRB", "YUG", LocalDate.of(1992, 4, 27), LocalDate.of(2003, 2, 3)),
          new FormerCode("MNE", "YUG", LocalDate.of(1992, 4, 27), LocalDate.of(2003, 2, 3)),
          new FormerCode("KOS", "YUG", LocalDate.of(1992, 4, 27), LocalDate.of(2003, 2, 3)),
          new FormerCode("SRB", "SCG", LocalDate.of(2003, 2, 4), LocalDate.of(2006, 6, 4)),
          new FormerCode("MNE", "SCG", LocalDate.of(2003, 2, 4), LocalDate.of(2006, 6, 4)),
          new FormerCode("KOS", "SCG", LocalDate.of(2003, 2, 4), LocalDate.of(2006, 6, 4)),
          new FormerCode("ZAR", "ZAR", LocalDate.MIN, LocalDate.of(1997, 5, 16)),
          new FormerCode("ZAR", "COD", LocalDate.of(1997, 5, 17), LocalDate.MAX),
          new FormerCode("YUG", "YUG", LocalDate.MIN, LocalDate.of(2003, 2, 3)),
          new FormerCode("YUG", "SCG", LocalDate.of(2003, 2, 4), LocalDate.of(2006, 6, 4)),
          new FormerCode("YUG", "SRB", LocalDate.of(2006, 6, 5), LocalDate.MAX),
          new FormerCode("SCG", "YUG", LocalDate.MIN, LocalDate.of(2003, 2, 3)),
          new FormerCode("SCG", "SRB", LocalDate.of(2006, 6, 5), LocalDate.MAX));

  private final Map<String, Country> byAlpha3 = new HashMap<>();
  private final Map<String, String> byName = new HashMap<>();
  private final Map<String, String> byAdjective = new HashMap<>();

  private Countries() {}

  static Countries load() {
    Countries countries = new Countries();
    DataFiles.forEachRow("countries.tsv", countries::add);
    return countries;
  }

  private void add(String[] row) {
    String alpha3 = row[0];
    int capital = row[5].isEmpty() ? 0 : Integer.parseInt(row[5]);
    byAlpha3.put(alpha3, new Country(alpha3, row[1], row[2], capital));
    for (String name : DataFiles.split(row[3], '|')) {
      byName.putIfAbsent(MatchKey.of(name), alpha3);
    }
    for (String adjective : DataFiles.split(row[4], '|')) {
      byAdjective.putIfAbsent(MatchKey.of(adjective), alpha3);
    }
  }

  /** The country with code {@code alpha3}. */
  public Optional<Country> get(String alpha3) {
    return Optional.ofNullable(byAlpha3.get(alpha3));
  }

  /** The country a name ("United States", "U.S.", "Britain") names, by its match key. */
  public Optional<String> byNameKey(String key) {
    return Optional.ofNullable(byName.get(key));
  }

  /** The match key of a phrase that may be a country's name: without a leading "the". */
  public static String nameKey(String text) {
    return MatchKey.of(text.replaceFirst("(?i)^the ", ""));
  }

  /** The country a phrase is the name of ("the United States", "Britain"), if it is one. */
  public Optional<String> named(String text) {
    return byNameKey(nameKey(text));
  }

  /** The country an adjective or demonym ("Afghan", "Pakistanis") names, by its match key. */
  public Optional<String> byAdjectiveKey(String key) {
    return Optional.ofNullable(byAdjective.get(key));
  }

  /**
   * The code for {@code alpha3} as of {@code date}: the former code where the country had one then
   * (COD is ZAR before 17 May 1997), the present code otherwise or when the date is unknown.
   */
  public static String asOf(String alpha3, LocalDate date) {
    if (date == null || alpha3 == null) {
      return alpha3;
    }
    for (FormerCode former : FORMER_CODES) {
      if (former.present().equals(alpha3)
          && !date.isBefore(former.from())
          && !date.isAfter(former.to())) {
        return former.former();
      }
    }
    return alpha3;
  }
}
