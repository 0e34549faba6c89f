package org.eventwire.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phrase cut into words (each with its match key and whether it is written with a capital), and
 * the names it holds: country names, demonyms, named actors and agent nouns, found longest first
 * from left to right.
 */
final class Phrase {
  /** What a run of words names. */
  enum Kind {
    COUNTRY_NAME,
    DEMONYM,
    NAMED_ACTOR,
    AGENT
  }

  /**
   * A run of words [start, end) and what it names; {@code country} is empty for an agent noun,
   * {@code code} is set for a named actor.
   */
  record Match(
      int start,
      int end,
      Kind kind,
      String country,
      List<String> sectors,
      ActorDictionary.Entry entry,
      ActorDictionary.Code code) {}

  /** Words are cut at anything but letters, digits, dots and apostrophes. */
  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}.'\u2019`]+");

  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");

  /** Names in the dictionaries run to a few words; longer runs are not looked up. */
  private static final int LONGEST_NAME = 6;

  final List<String> keys = new ArrayList<>();
  final List<Boolean> capitalized = new ArrayList<>();

  Phrase(String text) {
    for (String word : WORD_BREAK.split(POSSESSIVE.matcher(text).replaceAll(" "))) {
      String key = MatchKey.of(word);
      if (!key.isEmpty()) {
        keys.add(key);
        capitalized.add(Character.isUpperCase(word.codePointAt(firstLetter(word))));
      }
    }
  }

  private static int firstLetter(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i))) {
        return i;
      }
    }
    return 0;
  }

  int size() {
    return keys.size();
  }

  String key(int start, int end) {
    return String.join(" ", keys.subList(start, end));
  }

  /**
   * The names in the phrase, longest first from left to right. Country names, demonyms and named
   * actors must start with a capital (news copy writes names so, and "us" is a pronoun); agent
   * nouns match in any case.
   */
  List<Match> scan(ResolveData data, LocalDate date, boolean agents) {
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < keys.size()) {
      Optional<Match> found = Optional.empty();
      if (!agents && !capitalized.get(i)) {
        i++;
        continue;
      }
      for (int end = Math.min(keys.size(), i + LONGEST_NAME); end > i && found.isEmpty(); end--) {
        found = lookUp(data, date, i, end, agents);
      }
      if (found.isPresent()) {
        matches.add(found.get());
        i = found.get().end();
      } else {
        i++;
      }
    }
    return matches;
  }

  private Optional<Match> lookUp(
      ResolveData data, LocalDate date, int start, int end, boolean agents) {
    String key = key(start, end);
    boolean proOrAnti =
        start > 0 && (keys.get(start - 1).equals("pro") || keys.get(start - 1).equals("anti"));
    if (capitalized.get(start) && !proOrAnti) {
      Optional<String> country = data.countries().byNameKey(key);
      if (country.isPresent()) {
        return Optional.of(
            new Match(start, end, Kind.COUNTRY_NAME, country.get(), List.of(), null, null));
      }
      country = data.countries().byAdjectiveKey(key);
      if (country.isPresent()) {
        return Optional.of(
            new Match(start, end, Kind.DEMONYM, country.get(), List.of(), null, null));
      }
      Optional<Match> named = namedActor(data, date, start, end, key);
      if (named.isPresent()) {
        return named;
      }
    }
    if (agents) {
      return data.actors()
          .agentSectors(key)
          .map(sectors -> new Match(start, end, Kind.AGENT, "", sectors, null, null));
    }
    return Optional.empty();
  }

  /**
   * Whether the word at {@code start} stands as a surname: not an agent noun itself, not after a
   * capitalised word other than a title ("Boris Tarasyuk" is not Boris Yeltsin; "President
   * Fujimori" is Fujimori), and not before a capitalised word other than a title, which makes it a
   * first or middle name ("James Charles Kopp" is not Edison James).
   */
  private boolean surnameAlone(ResolveData data, int start) {
    if (data.actors().agentSectors(keys.get(start)).isPresent()) {
      return false;
    }
    int next = start + 1;
    if (next < keys.size()
        && capitalized.get(next)
        && data.actors().agentSectors(keys.get(next)).isEmpty()) {
      return false;
    }
    return start == 0
        || !capitalized.get(start - 1)
        || data.actors().agentSectors(keys.get(start - 1)).isPresent();
  }

  /**
   * A named actor. An entry whose only code is a bare country (the dictionaries list cities and
   * spelling variants under the country) counts as a country name.
   */
  private Optional<Match> namedActor(
      ResolveData data, LocalDate date, int start, int end, String key) {
    Optional<ActorDictionary.Entry> entry = data.actors().actor(key);
    if (entry.isEmpty() && end == start + 1 && surnameAlone(data, start)) {
      entry = data.actors().bySurname(key, date);
    }
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    Optional<ActorDictionary.Code> code = entry.get().codeOn(date);
    if (code.isEmpty()) {
      return Optional.empty();
    }
    ActorDictionary.Code c = code.get();
    boolean bareCountry = c.sectors().isEmpty() && !c.dated() && c.country().length() == 3;
    if (bareCountry && data.countries().get(c.country()).isPresent()) {
      return Optional.of(
          new Match(start, end, Kind.COUNTRY_NAME, c.country(), List.of(), entry.get(), c));
    }
    return Optional.of(
        new Match(start, end, Kind.NAMED_ACTOR, c.country(), c.sectors(), entry.get(), c));
  }
}
