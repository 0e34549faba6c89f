package org.eventwire.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Named actors (people, organisations, armed groups, places that stand for a country) with
 * date-ranged codes, from the Phoenix/PETRARCH2 dictionaries and a hand list ({@code
 * actors.tsv.gz}); and agent nouns that name a sector ("police" COP, "troops" MIL) from {@code
 * agents.tsv}.
 */
public final class ActorDictionary {
  /**
   * One code of an actor: a country (ISO alpha-3, or IGO, NGO, IMG, MNC; empty when the code has
   * none), PLOVER sectors, and the days it holds (inclusive; null for an open end).
   */
  public record Code(String country, List<String> sectors, LocalDate from, LocalDate to) {
    boolean dated() {
      return from != null || to != null;
    }

    boolean holdsOn(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
  }

  /** A dictionary entry: the canonical name and every code, in the dictionary's order. */
  public record Entry(String canonicalName, List<Code> codes, String source) {
    /**
     * The code on {@code date}: a dated code that holds that day, else the first undated one (the
     * dictionaries' default), else none. With no date, the last dated code when there is no undated
     * one.
     */
    public Optional<Code> codeOn(LocalDate date) {
      if (date != null) {
        for (Code code : codes) {
          if (code.dated() && code.holdsOn(date)) {
            return Optional.of(code);
          }
        }
      }
      for (Code code : codes) {
        if (!code.dated()) {
          return Optional.of(code);
        }
      }
      return date == null && !codes.isEmpty()
          ? Optional.of(codes.get(codes.size() - 1))
          : Optional.empty();
    }
  }

  /** PLOVER's country codes for actors that are not states. */
  private static final java.util.Set<String> NON_STATE =
      java.util.Set.of("IGO", "NGO", "IMG", "MNC", "ISM");

  private final Map<String, Entry> actors = new HashMap<>();
  private final Map<String, List<Entry>> bySurname = new HashMap<>();
  private final Map<String, List<String>> agents = new HashMap<>();
  private final Map<String, List<String>> sectorLists = new HashMap<>();
  private int longestAgent;

  private ActorDictionary() {}

  static ActorDictionary load() {
    ActorDictionary dictionary = new ActorDictionary();
    DataFiles.forEachRow("actors.tsv.gz", dictionary::addActor);
    DataFiles.forEachRow("agents.tsv", dictionary::addAgent);
    return dictionary;
  }

  private void addActor(String[] row) {
    List<Code> codes = new ArrayList<>(1);
    for (String code : DataFiles.split(row[2], ' ')) {
      codes.add(parseCode(code));
    }
    Entry entry = new Entry(row[1], List.copyOf(codes), row[3]);
    actors.put(row[0], entry);
    indexSurname(row[0], entry);
  }

  /**
   * News copy names a person by surname after the first mention ("Mobutu", "Annan"): the last word
   * of a dated entry's name (a person's), and the first of a three-word one ("Mobutu Sese Seko"),
   * point to the people who have it.
   */
  private void indexSurname(String key, Entry entry) {
    // A person holds dated offices, in a state or an organisation; a country's own dated codes
    // (Serbia and Montenegro) have neither a sector nor an organisation.
    boolean person =
        entry.codes().stream()
            .anyMatch(
                c -> c.dated() && (!c.sectors().isEmpty() || NON_STATE.contains(c.country())));
    List<String> words = DataFiles.split(key, ' ');
    if (!person || words.size() < 2) {
      return;
    }
    String surname = words.get(words.size() - 1);
    if (surname.length() < 4) {
      return;
    }
    List<Entry> people = bySurname.computeIfAbsent(surname, s -> new ArrayList<>(1));
    if (people.stream().noneMatch(p -> p.canonicalName().equals(entry.canonicalName()))) {
      people.add(entry);
    }
  }

  /** Parses {@code COUNTRY/SECTORS@from~to} as the build script writes it. */
  private Code parseCode(String text) {
    int at = text.indexOf('@');
    String identity = at < 0 ? text : text.substring(0, at);
    int slash = identity.indexOf('/');
    String country = identity.substring(0, slash);
    List<String> sectors = sectors(identity.substring(slash + 1));
    if (at < 0) {
      return new Code(country, sectors, null, null);
    }
    String span = text.substring(at + 1);
    int tilde = span.indexOf('~');
    String from = span.substring(0, tilde);
    String to = span.substring(tilde + 1);
    return new Code(
        country,
        sectors,
        from.isEmpty() ? null : LocalDate.parse(from),
        to.isEmpty() ? null : LocalDate.parse(to));
  }

  private List<String> sectors(String joined) {
    return sectorLists.computeIfAbsent(joined, j -> List.copyOf(DataFiles.split(j, ';')));
  }

  private void addAgent(String[] row) {
    agents.put(row[0], sectors(row[1]));
    longestAgent = Math.max(longestAgent, DataFiles.split(row[0], ' ').size());
  }

  /** The named actor with match key {@code key}. */
  public Optional<Entry> actor(String key) {
    return Optional.ofNullable(actors.get(key));
  }

  /**
   * The person a surname names on {@code date}: of the people with that surname, those holding a
   * dated code that day (an office, a rebellion) if any, else all; their first when they share one
   * country then, none when they do not.
   */
  public Optional<Entry> bySurname(String key, LocalDate date) {
    List<Entry> people = bySurname.getOrDefault(key, List.of());
    List<Entry> active =
        date == null
            ? List.of()
            : people.stream()
                .filter(p -> p.codes().stream().anyMatch(c -> c.dated() && c.holdsOn(date)))
                .toList();
    List<Entry> candidates = active.isEmpty() ? people : active;
    long countries =
        candidates.stream()
            .map(p -> p.codeOn(date).map(Code::country).orElse(""))
            .distinct()
            .count();
    return candidates.isEmpty() || countries != 1
        ? Optional.empty()
        : Optional.of(candidates.get(0));
  }

  /** The sectors the agent noun with match key {@code key} names ("police" is COP). */
  public Optional<List<String>> agentSectors(String key) {
    return Optional.ofNullable(agents.get(key));
  }

  /** How many named actors the dictionary holds. */
  public int size() {
    return actors.size();
  }

  /** The most words an agent noun phrase has. */
  int longestAgent() {
    return longestAgent;
  }
}
