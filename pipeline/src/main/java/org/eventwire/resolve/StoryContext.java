package org.eventwire.resolve;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a story says about where it happens: how often it names each country (by name, demonym,
 * capital or a named actor of that country), the first-order divisions it names, and its date. The
 * resolvers use it to place agent nouns and pronouns ("police", "the government") and to choose
 * between places of one name.
 */
public final class StoryContext {
  /**
   * The story's country is beyond doubt when the story names it at least {@link #LEAST_MENTIONS}
   * times and more than this many times as often as any other country.
   */
  static final double OVER_RUNNER_UP = 1.5;

  static final int LEAST_MENTIONS = 2;

  /** A town counts for its country from this many people. */
  static final int TOWN_POPULATION = 50_000;

  /** ... and when its namesakes in other countries are this many times smaller. */
  static final int TOWN_OVER_NAMESAKES = 10;

  private static final Set<String> NOT_COUNTRIES = Set.of("IGO", "NGO", "IMG", "MNC", "ISM");

  private final LocalDate date;
  private final Map<String, Integer> countryMentions;
  private final Set<String> divisions;

  private StoryContext(
      LocalDate date, Map<String, Integer> countryMentions, Set<String> divisions) {
    this.date = date;
    this.countryMentions = Map.copyOf(countryMentions);
    this.divisions = Set.copyOf(divisions);
  }

  /** No story: no date, no country, no divisions. */
  public static StoryContext none() {
    return new StoryContext(null, Map.of(), Set.of());
  }

  /**
   * A context given directly: the story's date (null when unknown), how often it names each country
   * (alpha-3), and the divisions it names as {@code COUNTRY.admin1} ({@code AFG.11}).
   */
  public static StoryContext of(
      LocalDate date, Map<String, Integer> countryMentions, Collection<String> divisions) {
    return new StoryContext(date, countryMentions, new LinkedHashSet<>(divisions));
  }

  /**
   * The context of a story's text (or of its place, nationality and organisation mentions joined by
   * newlines): every capitalised country name, demonym and named actor in it is counted for its
   * country, and every division name is collected.
   */
  public static StoryContext fromText(String text, LocalDate date, ResolveData data) {
    Phrase phrase = new Phrase(text);
    Map<String, Integer> counts = new HashMap<>();
    boolean[] covered = new boolean[phrase.size()];
    List<String> named = new java.util.ArrayList<>();
    for (Phrase.Match match : phrase.scan(data, date, false)) {
      named.add(match.country());
      java.util.Arrays.fill(covered, match.start(), match.end(), true);
    }
    named.addAll(townCountries(phrase, covered, data));
    for (String code : named) {
      String country = Countries.asOf(code, date);
      if (country != null && country.length() == 3 && !NOT_COUNTRIES.contains(country)) {
        counts.merge(country, 1, Integer::sum);
      }
    }
    return new StoryContext(date, counts, divisionsIn(phrase, data));
  }

  /**
   * The countries of the towns a text names ("Mons", "Miami"): a capitalised run of words the
   * dictionaries do not know, whose largest namesake in the gazetteer has at least {@link
   * #TOWN_POPULATION} people and {@link #TOWN_OVER_NAMESAKES} times any namesake abroad.
   */
  private static List<String> townCountries(Phrase phrase, boolean[] covered, ResolveData data) {
    List<String> countries = new java.util.ArrayList<>();
    int start = 0;
    while (start < phrase.size()) {
      int next = start + 1;
      if (!covered[start] && phrase.capitalized.get(start)) {
        for (int end = Math.min(phrase.size(), start + 3); end > start; end--) {
          Optional<String> country = townCountry(phrase.key(start, end), data);
          if (country.isPresent()) {
            countries.add(country.get());
            next = end;
            break;
          }
        }
      }
      start = next;
    }
    return countries;
  }

  private static Optional<String> townCountry(String key, ResolveData data) {
    List<Gazetteer.Place> places = data.gazetteer().placesNamed(key);
    Gazetteer.Place largest = null;
    for (Gazetteer.Place place : places) {
      if (largest == null || place.population() > largest.population()) {
        largest = place;
      }
    }
    if (largest == null || largest.population() < TOWN_POPULATION) {
      return Optional.empty();
    }
    for (Gazetteer.Place place : places) {
      boolean abroad = !place.country().equals(largest.country());
      if (abroad && (long) place.population() * TOWN_OVER_NAMESAKES > largest.population()) {
        return Optional.empty();
      }
    }
    return Optional.of(largest.country());
  }

  /** The divisions named in {@code phrase} (capitalised), as {@code COUNTRY.admin1}. */
  static Set<String> divisionsIn(Phrase phrase, ResolveData data) {
    Set<String> divisions = new LinkedHashSet<>();
    for (int start = 0; start < phrase.size(); start++) {
      if (!phrase.capitalized.get(start)) {
        continue;
      }
      for (int end = start + 1; end <= Math.min(phrase.size(), start + 4); end++) {
        for (Gazetteer.Division d : data.gazetteer().divisionsNamed(phrase.key(start, end))) {
          divisions.add(d.country() + "." + d.admin1Code());
        }
      }
    }
    return divisions;
  }

  /** The story's date, if known. */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /** How often the story names each country. */
  public Map<String, Integer> countryMentions() {
    return countryMentions;
  }

  /** The divisions the story names, as {@code COUNTRY.admin1}. */
  public Set<String> divisions() {
    return divisions;
  }

  /** The country the story names most, if it names any (ties: the first in code order). */
  public Optional<String> mostNamedCountry() {
    return countriesByMentions().stream().findFirst();
  }

  /**
   * The story's country when the story leaves no doubt of it: named at least {@link
   * #LEAST_MENTIONS} times and more than {@link #OVER_RUNNER_UP} times as often as the next
   * country.
   */
  public Optional<String> certainCountry() {
    List<String> ranked = countriesByMentions();
    if (ranked.isEmpty()) {
      return Optional.empty();
    }
    int top = countryMentions.get(ranked.get(0));
    int next = ranked.size() > 1 ? countryMentions.get(ranked.get(1)) : 0;
    return top >= LEAST_MENTIONS && top > OVER_RUNNER_UP * next
        ? Optional.of(ranked.get(0))
        : Optional.empty();
  }

  /** The countries the story names, most named first. */
  public List<String> countriesByMentions() {
    return countryMentions.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .toList();
  }
}
