package org.eventwire.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves an actor or recipient phrase ("Pakistani forces", "the US embassy", "Ashraf Ghani",
 * "police") to a country, PLOVER sectors and a canonical name. A named actor in the dictionaries
 * wins, by the event's date; else a country named or implied by a demonym in the phrase, with the
 * sectors of its agent noun; else, for an agent noun or pronoun alone, the story's country when the
 * story leaves no doubt of it. Pure: same input, same output.
 */
public final class ActorResolver {
  /** Personal pronouns: they name no one by themselves; the story's country may. */
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "we", "him", "her", "them", "i", "you", "us");

  /** Words before a demonym that make it people rather than a state ("Six Japanese"). */
  private static final Set<String> COUNTS =
      Set.of(
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "dozens",
          "hundreds",
          "thousands",
          "some",
          "several",
          "many",
          "few",
          "about",
          "around");

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

  private final ResolveData data;

  public ActorResolver(ResolveData data) {
    this.data = data;
  }

  /**
   * Resolves {@code text}. {@code entityType} is CoreNLP's type of the phrase when known (null
   * otherwise; it is not needed), {@code date} the event's day (null: the story's date, else the
   * dictionaries' undated codes), {@code story} the story's context ({@link StoryContext#none()}
   * when there is none).
   */
  public ResolvedActor resolve(String text, String entityType, LocalDate date, StoryContext story) {
    LocalDate day = date != null ? date : story.date().orElse(null);
    String trimmed = text == null ? "" : text.strip();
    Phrase phrase = new Phrase(trimmed);
    if (phrase.size() == 0) {
      return unresolved(trimmed, List.of());
    }
    if (phrase.size() == 1
        && PRONOUNS.contains(trimmed.toLowerCase(Locale.ROOT))
        && !trimmed.equals("US")) {
      return fromStory(trimmed, List.of(), story, day);
    }
    List<Phrase.Match> matches = phrase.scan(data, day, true);
    Optional<Phrase.Match> named = first(matches, Phrase.Kind.NAMED_ACTOR);
    List<String> agentSectors = lastAgentSectors(matches);
    if (named.isPresent() && !named.get().country().isEmpty()) {
      Optional<Phrase.Match> nationality = nationalityOf(matches, named.get());
      if (nationality.isPresent()) {
        return withNationality(trimmed, named.get(), nationality.get(), agentSectors, day);
      }
      return fromDictionary(trimmed, named.get(), agentSectors, day);
    }
    Optional<Phrase.Match> country = firstCountry(matches);
    if (country.isPresent()) {
      List<String> countries = coordinatedCountries(phrase, matches, day);
      if (countries.size() > 1) {
        return new ResolvedActor(
            trimmed,
            String.join(", ", countries),
            countries,
            agentSectors.isEmpty() ? List.of("GOV") : agentSectors,
            ResolvedActor.How.COUNTRY_NAME);
      }
      return withCountry(trimmed, phrase, country.get(), agentSectors, named, day);
    }
    List<String> sectors =
        named.isPresent() && !named.get().sectors().isEmpty()
            ? named.get().sectors()
            : agentSectors;
    if (!sectors.isEmpty()) {
      return fromStory(trimmed, sectors, story, day);
    }
    return unresolved(trimmed, sectors);
  }

  /**
   * A named actor. A title in the phrase overrides the dictionary's ELI (out of office): the
   * dictionaries' terms of office have gaps, and "Prime Minister X" says the office.
   */
  private static ResolvedActor fromDictionary(
      String text, Phrase.Match named, List<String> agentSectors, LocalDate day) {
    List<String> sectors = named.sectors();
    if (sectors.isEmpty() || (sectors.equals(List.of("ELI")) && !agentSectors.isEmpty())) {
      sectors = agentSectors;
    }
    return new ResolvedActor(
        text,
        named.entry().canonicalName(),
        List.of(Countries.asOf(named.country(), day)),
        sectors,
        ResolvedActor.How.DICTIONARY);
  }

  /**
   * A country name or demonym written right before a named actor and naming another country than
   * the dictionary's ("Saudi King Abdullah", whom the dictionary only knows as Jordan's king;
   * "Pakistani Taliban"): the phrase says whose the actor is, and names recur across countries and
   * movements have national branches. Empty when there is none or it agrees.
   */
  private static Optional<Phrase.Match> nationalityOf(
      List<Phrase.Match> matches, Phrase.Match named) {
    for (Phrase.Match m : matches) {
      if ((m.kind() == Phrase.Kind.COUNTRY_NAME || m.kind() == Phrase.Kind.DEMONYM)
          && m.end() == named.start()
          && !m.country().equals(named.country())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * A named actor placed in another country by the nationality before it: that country, with the
   * dictionary's sectors (else the agent noun's), under the phrase as written so that it does not
   * merge with the dictionary's namesake.
   */
  private ResolvedActor withNationality(
      String text,
      Phrase.Match named,
      Phrase.Match nationality,
      List<String> agentSectors,
      LocalDate day) {
    List<String> sectors = named.sectors().isEmpty() ? agentSectors : named.sectors();
    return new ResolvedActor(
        text,
        text,
        List.of(Countries.asOf(nationality.country(), day)),
        sectors,
        ResolvedActor.How.AGENT_WITH_COUNTRY);
  }

  /**
   * The countries of a coordination ("Poland, Hungary and the Czech Republic", "the police in Kenya
   * and Tanzania"): every country named, when the phrase joins them with "and"; else just the
   * first.
   */
  private static List<String> coordinatedCountries(
      Phrase phrase, List<Phrase.Match> matches, LocalDate day) {
    List<Phrase.Match> countries =
        matches.stream()
            .filter(m -> m.kind() == Phrase.Kind.COUNTRY_NAME || m.kind() == Phrase.Kind.DEMONYM)
            .toList();
    int and = phrase.keys.lastIndexOf("and");
    if (countries.size() < 2 || and < countries.get(0).end()) {
      return List.of(Countries.asOf(countries.get(0).country(), day));
    }
    return countries.stream().map(m -> Countries.asOf(m.country(), day)).distinct().toList();
  }

  private ResolvedActor withCountry(
      String text,
      Phrase phrase,
      Phrase.Match country,
      List<String> agentSectors,
      Optional<Phrase.Match> named,
      LocalDate day) {
    String code = Countries.asOf(country.country(), day);
    String countryName = data.countries().get(country.country()).map(c -> c.name()).orElse(code);
    if (!agentSectors.isEmpty()) {
      return new ResolvedActor(
          text,
          countryName + " (" + String.join(";", agentSectors) + ")",
          List.of(code),
          agentSectors,
          ResolvedActor.How.AGENT_WITH_COUNTRY);
    }
    if (named.isPresent() && !named.get().sectors().isEmpty()) {
      return new ResolvedActor(
          text,
          named.get().entry().canonicalName(),
          List.of(code),
          named.get().sectors(),
          ResolvedActor.How.AGENT_WITH_COUNTRY);
    }
    if (country.kind() == Phrase.Kind.DEMONYM) {
      boolean people = isPeople(phrase, country);
      return new ResolvedActor(
          text,
          people ? countryName + " (CVL)" : countryName,
          List.of(code),
          List.of(people ? "CVL" : "GOV"),
          ResolvedActor.How.DEMONYM);
    }
    // A country or its capital alone stands for its government ("Washington said"); as a
    // modifier of an unknown noun ("US actress") it says nothing of the sector.
    boolean alone = phrase.size() - country.end() + country.start() <= leadingDeterminers(phrase);
    return new ResolvedActor(
        text,
        countryName,
        List.of(code),
        alone ? List.of("GOV") : List.of(),
        ResolvedActor.How.COUNTRY_NAME);
  }

  /** A plural demonym ("Afghans") or one after a count ("Six Japanese") names people. */
  private boolean isPeople(Phrase phrase, Phrase.Match demonym) {
    String last = phrase.keys.get(demonym.end() - 1);
    boolean counted = demonym.start() > 0 && isCount(phrase.keys.get(demonym.start() - 1));
    boolean plural =
        last.endsWith("s")
            && data.countries().byAdjectiveKey(last.substring(0, last.length() - 1)).isPresent();
    return counted || plural;
  }

  /** How many words before the phrase's first name are a determiner ("the", "a"). */
  private static int leadingDeterminers(Phrase phrase) {
    return phrase.size() > 0 && DETERMINERS.contains(phrase.keys.get(0)) ? 1 : 0;
  }

  private static boolean isCount(String key) {
    return COUNTS.contains(key) || key.chars().allMatch(Character::isDigit);
  }

  private ResolvedActor fromStory(
      String text, List<String> sectors, StoryContext story, LocalDate day) {
    Optional<String> country = story.certainCountry();
    if (country.isEmpty()) {
      return unresolved(text, sectors);
    }
    String code = Countries.asOf(country.get(), day);
    String name = data.countries().get(country.get()).map(c -> c.name()).orElse(code);
    return new ResolvedActor(
        text,
        sectors.isEmpty() ? name : name + " (" + String.join(";", sectors) + ")",
        List.of(code),
        sectors,
        ResolvedActor.How.STORY_CONTEXT);
  }

  private static ResolvedActor unresolved(String text, List<String> sectors) {
    return new ResolvedActor(text, text, List.of(), sectors, ResolvedActor.How.UNRESOLVED);
  }

  private static Optional<Phrase.Match> first(List<Phrase.Match> matches, Phrase.Kind kind) {
    return matches.stream().filter(m -> m.kind() == kind).findFirst();
  }

  private static Optional<Phrase.Match> firstCountry(List<Phrase.Match> matches) {
    return matches.stream()
        .filter(m -> m.kind() == Phrase.Kind.COUNTRY_NAME || m.kind() == Phrase.Kind.DEMONYM)
        .findFirst();
  }

  /** The phrase's head is usually its last agent noun ("Iranian intelligence minister"). */
  private static List<String> lastAgentSectors(List<Phrase.Match> matches) {
    List<String> sectors = List.of();
    for (Phrase.Match m : matches) {
      if (m.kind() == Phrase.Kind.AGENT) {
        sectors = m.sectors();
      }
    }
    return sectors;
  }
}
