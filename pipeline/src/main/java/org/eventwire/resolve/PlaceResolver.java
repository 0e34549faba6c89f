package org.eventwire.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a place phrase to a GeoNames place, a division or a country, choosing among places of
 * one name by the divisions the story names, then the actors' countries, then the story's country,
 * then population ("Herat" is Herāt, Afghanistan, not a village in Iran; "Georgia" is the country
 * unless the story is in the United States). A phrase that names no place but a country ("this
 * southern Belgian town") resolves to the country; one that names nothing falls back on the story's
 * country when the story leaves no doubt of it. Pure.
 */
public final class PlaceResolver {
  /** Words that say the phrase is a division ("Helmand province"). */
  private static final Set<String> DIVISION_WORDS =
      Set.of("province", "state", "region", "district", "governorate", "prefecture", "county");

  /** A city of this many people is taken over a division of the same name. */
  private static final int CITY_OVER_DIVISION = 100_000;

  /**
   * A place chosen by context stands unless the most populous place of the name has more than this
   * many times its population.
   */
  private static final int CONTEXT_OVER_POPULATION = 50;

  private static final Set<String> COMPASS =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "upper",
          "lower");

  /** Arabic articles news copy writes before names ("Al-Anbar", "El Alamein"). */
  private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "as", "an", "ar");

  private final ResolveData data;

  /**
   * Continents name no place of the gazetteer's ("Asia's largest economy" is not the Philippine
   * town of Asia): the phrase falls through to the story's country.
   */
  private static final Set<String> CONTINENTS =
      Set.of("asia", "europe", "africa", "oceania", "antarctica", "eurasia");

  /**
   * Parts of the world larger than one country besides the {@link #CONTINENTS} ("the Middle East",
   * "the Gulf"): a location written as one of them is in no one country, not in the story's, so it
   * stays unresolved (and the event's country comes from its actors or story, saying so).
   */
  private static final Set<String> REGIONS_BEYOND_CONTINENTS =
      Set.of(
          "americas",
          "middle east",
          "mideast",
          "near east",
          "far east",
          "gulf",
          "persian gulf",
          "arabian gulf",
          "latin america",
          "south america",
          "north america",
          "central america",
          "caribbean",
          "balkans",
          "caucasus",
          "scandinavia",
          "sahel",
          "maghreb",
          "horn of africa",
          "holy land",
          "arab world",
          "pacific",
          "atlantic",
          "mediterranean");

  private static boolean isWorldRegion(String key) {
    return CONTINENTS.contains(key) || REGIONS_BEYOND_CONTINENTS.contains(key);
  }

  /** Whether the phrase is a world region, with compass words and an article ("western Europe"). */
  static boolean namesWorldRegion(String text) {
    List<String> words =
        new ArrayList<>(List.of(text.strip().toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")));
    if (!words.isEmpty() && words.get(0).equals("the")) {
      words.remove(0);
    }
    // Compass words before the region ("western Europe"), never inside its name ("Middle East").
    while (words.size() > 1
        && COMPASS.contains(words.get(0))
        && !isWorldRegion(String.join(" ", words))) {
      words.remove(0);
    }
    return isWorldRegion(String.join(" ", words));
  }

  public PlaceResolver(ResolveData data) {
    this.data = data;
  }

  /** A place that could be meant, and its division when it is one. */
  private record Candidate(Gazetteer.Place place, Gazetteer.Division division) {
    String country() {
      return division != null ? division.country() : place.country();
    }

    String divisionCode() {
      return division != null
          ? division.country() + "." + division.admin1Code()
          : place.country() + "." + place.admin1Code();
    }

    int population() {
      return place == null ? 0 : place.population();
    }
  }

  /**
   * Resolves {@code text} in {@code story}, with the countries of the event's actors ({@code
   * actorCountries}, alpha-3, possibly empty) and the text around the place ({@code nearby}: its
   * sentence, say; empty when there is none), whose division names ("Paris, Texas") decide between
   * places of one name.
   */
  public ResolvedPlace resolve(
      String text, StoryContext story, Collection<String> actorCountries, String nearby) {
    String around = nearby == null ? "" : nearby;
    Set<String> divisions = StoryContext.divisionsIn(new Phrase(around), data);
    ResolvedPlace place =
        resolvePresent(text == null ? "" : text.strip(), story, actorCountries, divisions, around);
    String asOf = Countries.asOf(place.country(), story.date().orElse(null));
    if (asOf.equals(place.country())) {
      return place;
    }
    return new ResolvedPlace(
        place.text(),
        place.geonameid(),
        place.name(),
        asOf,
        place.admin1Code(),
        place.admin1Name(),
        place.lat(),
        place.lon(),
        place.precision(),
        place.reason());
  }

  /** Resolves with today's country codes; {@link #resolve} turns them into the story's. */
  private ResolvedPlace resolvePresent(
      String text,
      StoryContext story,
      Collection<String> actorCountries,
      Set<String> divisions,
      String nearby) {
    if (namesWorldRegion(text) && data.countries().named(text).isEmpty()) {
      return unresolved(text); // "South Africa" and "Central African Republic" are countries
    }
    Phrase phrase = new Phrase(text);
    Optional<ResolvedPlace> named = namedPlace(text, phrase, story, actorCountries, divisions);
    if (named.isPresent()) {
      return named.get();
    }
    for (Phrase.Match match : phrase.scan(data, story.date().orElse(null), false)) {
      if (match.kind() != Phrase.Kind.NAMED_ACTOR && isCountry(match.country())) {
        return country(text, match.country(), ResolvedPlace.Reason.COUNTRY_NAME);
      }
    }
    Optional<ResolvedPlace> within = writtenWithin(text, nearby);
    if (within.isPresent()) {
      return within.get();
    }
    Optional<String> storyCountry = story.certainCountry();
    if (storyCountry.isPresent() && phrase.keys.contains("capital")) {
      Optional<Gazetteer.Place> capital = capitalOf(storyCountry.get());
      if (capital.isPresent()) {
        return place(text, new Candidate(capital.get(), null), ResolvedPlace.Reason.STORY_COUNTRY);
      }
    }
    // Nothing named: the event is where the story is, or where its one actor country is.
    Optional<String> fallback =
        storyCountry
            .or(
                () ->
                    actorCountries.size() == 1
                        ? actorCountries.stream().findFirst()
                        : Optional.empty())
            .or(story::mostNamedCountry)
            .filter(this::isCountry);
    if (fallback.isPresent()) {
      boolean fromActor = storyCountry.isEmpty() && actorCountries.contains(fallback.get());
      return country(
          text,
          fallback.get(),
          fromActor ? ResolvedPlace.Reason.ACTOR_COUNTRY : ResolvedPlace.Reason.STORY_COUNTRY);
    }
    return unresolved(text);
  }

  private static ResolvedPlace unresolved(String text) {
    return new ResolvedPlace(
        text,
        0,
        "",
        "",
        "",
        "",
        Double.NaN,
        Double.NaN,
        ResolvedPlace.Precision.NONE,
        ResolvedPlace.Reason.UNRESOLVED);
  }

  /** A comma, then the capitalised words of a division or country ("Crawford, Texas"). */
  private static final Pattern WITHIN =
      Pattern.compile(",\\s+(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2})");

  /**
   * A town the gazetteer does not know, written with the division or country it is in ("Crawford,
   * Texas", "Sinea, Indonesia"): that division (at its seat) or country, rather than the story's.
   */
  private Optional<ResolvedPlace> writtenWithin(String text, String nearby) {
    int at = text.isEmpty() ? -1 : nearby.indexOf(text);
    if (at < 0) {
      return Optional.empty();
    }
    Matcher m = WITHIN.matcher(nearby);
    m.region(at + text.length(), nearby.length());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    List<String> words = List.of(m.group(1).split("\\s+"));
    for (int end = words.size(); end > 0; end--) {
      String key = MatchKey.of(String.join(" ", words.subList(0, end)));
      Optional<String> country = data.countries().byNameKey(key);
      if (country.isPresent()) {
        return Optional.of(country(text, country.get(), ResolvedPlace.Reason.COUNTRY_NAME));
      }
      List<Gazetteer.Division> named = data.gazetteer().divisionsNamed(key);
      if (named.size() == 1) {
        Gazetteer.Division d = named.get(0);
        return Optional.of(
            place(
                text,
                new Candidate(data.gazetteer().seatOf(d).orElse(null), d),
                ResolvedPlace.Reason.DIVISION_NAMED));
      }
    }
    return Optional.empty();
  }

  private Optional<Gazetteer.Place> capitalOf(String alpha3) {
    int capital = data.countries().get(alpha3).map(c -> c.capitalGeonameid()).orElse(0);
    return data.gazetteer().byGeonameid(capital);
  }

  /**
   * The longest run of capitalised words, from the left, that names a country, a division or a
   * place; division words after it ("province") are read as a hint, not part of the name. Within a
   * longer phrase, a lone word of two letters or a compass word ("South of the capital") is not
   * taken for a place, and an Arabic article before a name is tried without it ("Al-Anbar").
   */
  private Optional<ResolvedPlace> namedPlace(
      String text,
      Phrase phrase,
      StoryContext story,
      Collection<String> actorCountries,
      Set<String> divisions) {
    for (int start = 0; start < phrase.size(); start++) {
      if (!phrase.capitalized.get(start) || CONTINENTS.contains(phrase.keys.get(start))) {
        continue;
      }
      for (int end = Math.min(phrase.size(), start + 5); end > start; end--) {
        String key = phrase.key(start, end);
        if (end == start + 1 && phrase.size() > 1 && (key.length() <= 2 || COMPASS.contains(key))) {
          continue;
        }
        boolean divisionHint = end < phrase.size() && DIVISION_WORDS.contains(phrase.keys.get(end));
        Optional<ResolvedPlace> place =
            resolveName(text, key, divisionHint, story, actorCountries, divisions);
        if (place.isEmpty() && end > start + 1 && ARTICLES.contains(phrase.keys.get(start))) {
          place =
              resolveName(
                  text, phrase.key(start + 1, end), divisionHint, story, actorCountries, divisions);
        }
        if (place.isPresent()) {
          return place;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<ResolvedPlace> resolveName(
      String text,
      String key,
      boolean divisionHint,
      StoryContext story,
      Collection<String> actorCountries,
      Set<String> divisions) {
    Optional<String> country = data.countries().byNameKey(key);
    List<Candidate> candidates = candidates(key, divisionHint);
    if (country.isPresent()) {
      // A country's name is the country, unless the story is set where a place of that name is
      // and the country itself is not among the story's or actors' countries ("Georgia", USA).
      Optional<String> home = story.certainCountry();
      boolean elsewhere =
          home.isPresent()
              && !home.get().equals(country.get())
              && !actorCountries.contains(country.get())
              && candidates.stream().anyMatch(c -> c.country().equals(home.get()));
      if (!elsewhere) {
        return Optional.of(country(text, country.get(), ResolvedPlace.Reason.COUNTRY_NAME));
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(choose(text, candidates, story, actorCountries, divisions));
  }

  private List<Candidate> candidates(String key, boolean divisionHint) {
    List<Candidate> candidates = new ArrayList<>();
    for (Gazetteer.Division division : data.gazetteer().divisionsNamed(key)) {
      candidates.add(new Candidate(data.gazetteer().seatOf(division).orElse(null), division));
    }
    if (divisionHint && !candidates.isEmpty()) {
      return candidates;
    }
    for (Gazetteer.Place place : data.gazetteer().placesNamed(key)) {
      candidates.add(new Candidate(place, null));
    }
    return candidates;
  }

  /**
   * Chooses among places of one name: one in a division named nearby; else one in an actor's
   * country; else one in the story's country; else the most populous. A choice by context gives way
   * to population when the most populous place of the name is far larger: a small namesake in the
   * right country is rarely what a wire story means by a large city's name.
   */
  private ResolvedPlace choose(
      String text,
      List<Candidate> candidates,
      StoryContext story,
      Collection<String> actors,
      Set<String> divisions) {
    Candidate largest = best(candidates);
    List<Candidate> inNamedDivision =
        candidates.stream().filter(c -> divisions.contains(c.divisionCode())).toList();
    if (!inNamedDivision.isEmpty() && inNamedDivision.size() < candidates.size()) {
      return place(text, best(inNamedDivision), ResolvedPlace.Reason.DIVISION_NAMED);
    }
    Optional<Candidate> inActorCountry = bestWhere(candidates, c -> actors.contains(c.country()));
    if (inActorCountry.isPresent() && comparable(inActorCountry.get(), largest)) {
      return place(text, inActorCountry.get(), ResolvedPlace.Reason.ACTOR_COUNTRY);
    }
    Optional<String> home = story.certainCountry().or(story::mostNamedCountry);
    Optional<Candidate> inStoryCountry =
        bestWhere(candidates, c -> home.isPresent() && home.get().equals(c.country()));
    if (inStoryCountry.isPresent() && comparable(inStoryCountry.get(), largest)) {
      return place(text, inStoryCountry.get(), ResolvedPlace.Reason.STORY_COUNTRY);
    }
    return place(text, largest, ResolvedPlace.Reason.POPULATION_PRIOR);
  }

  /** The best candidate that passes {@code test}, when some but not all do. */
  private static Optional<Candidate> bestWhere(
      List<Candidate> candidates, java.util.function.Predicate<Candidate> test) {
    List<Candidate> passing = candidates.stream().filter(test).toList();
    if (passing.isEmpty() || passing.size() == candidates.size()) {
      return Optional.empty();
    }
    return Optional.of(best(passing));
  }

  /** Whether a context's choice is within {@link #CONTEXT_OVER_POPULATION} of the largest. */
  private static boolean comparable(Candidate chosen, Candidate largest) {
    return (long) chosen.population() * CONTEXT_OVER_POPULATION >= largest.population()
        || chosen.division() != null;
  }

  /**
   * The most populous city, unless a division of the name exists and the city is small and not the
   * division's own seat (then the division).
   */
  private static Candidate best(List<Candidate> candidates) {
    Optional<Candidate> city =
        candidates.stream()
            .filter(c -> c.division() == null)
            .max(Comparator.comparingInt(Candidate::population));
    Optional<Candidate> division =
        candidates.stream()
            .filter(c -> c.division() != null)
            .max(Comparator.comparingInt(Candidate::population));
    if (city.isEmpty()) {
      return division.orElseThrow();
    }
    if (division.isEmpty()) {
      return city.get();
    }
    boolean citySeat =
        division.get().place() != null
            && division.get().place().geonameid() == city.get().place().geonameid();
    return citySeat || city.get().population() >= CITY_OVER_DIVISION ? city.get() : division.get();
  }

  private ResolvedPlace place(String text, Candidate chosen, ResolvedPlace.Reason reason) {
    Gazetteer.Place p = chosen.place();
    if (chosen.division() != null) {
      Gazetteer.Division d = chosen.division();
      return new ResolvedPlace(
          text,
          0,
          d.name(),
          d.country(),
          d.admin1Code(),
          d.name(),
          p == null ? Double.NaN : p.lat(),
          p == null ? Double.NaN : p.lon(),
          ResolvedPlace.Precision.DIVISION,
          reason);
    }
    return new ResolvedPlace(
        text,
        p.geonameid(),
        p.name(),
        p.country(),
        p.admin1Code(),
        p.admin1Name(),
        p.lat(),
        p.lon(),
        ResolvedPlace.Precision.CITY,
        reason);
  }

  private boolean isCountry(String alpha3) {
    return alpha3 != null && data.countries().get(alpha3).isPresent();
  }

  /** The country as a place: precision COUNTRY, at its capital's coordinates. */
  private ResolvedPlace country(String text, String alpha3, ResolvedPlace.Reason reason) {
    String name = data.countries().get(alpha3).map(c -> c.name()).orElse(alpha3);
    Optional<Gazetteer.Place> at = capitalOf(alpha3);
    return new ResolvedPlace(
        text,
        0,
        name,
        alpha3,
        "",
        "",
        at.map(Gazetteer.Place::lat).orElse(Double.NaN),
        at.map(Gazetteer.Place::lon).orElse(Double.NaN),
        ResolvedPlace.Precision.COUNTRY,
        reason);
  }
}
