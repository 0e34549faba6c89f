package org.eventwire.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Which lemmas trigger events, and their type: an editable TSV (lemma, part of speech, event type,
 * note), shipped as lexicon.tsv beside this class and replaceable with --eventLexicon=PATH.
 */
public final class EventLexicon implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Part-of-speech classes a trigger can have. */
  public enum Pos {
    VERB,
    NOUN
  }

  /**
   * Verbs that report an event rather than being one: never triggers, whatever the lexicon says.
   */
  public static final Set<String> REPORTING_VERBS =
      Set.of(
          "say",
          "tell",
          "report",
          "announce",
          "state",
          "add",
          "claim",
          "confirm",
          "acknowledge",
          "note",
          "quote",
          "describe",
          "estimate",
          "suggest");

  private final Map<String, String> types;

  private EventLexicon(Map<String, String> types) {
    this.types = types;
  }

  /** The lexicon shipped with eventwire. */
  public static EventLexicon standard() {
    try (InputStream in = EventLexicon.class.getResourceAsStream("lexicon.tsv")) {
      if (in == null) {
        throw new IllegalStateException("lexicon.tsv is missing from the classpath");
      }
      return parse(in, "lexicon.tsv");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the standard lexicon", e);
    }
  }

  /** A lexicon from a local file. */
  public static EventLexicon fromFile(String path) throws IOException {
    try (InputStream in = Files.newInputStream(Paths.get(path))) {
      return parse(in, path);
    }
  }

  static EventLexicon parse(InputStream in, String source) throws IOException {
    Map<String, String> types = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#") || line.startsWith("lemma\t")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length < 3 || fields[0].isBlank() || fields[2].isBlank()) {
        throw new IllegalArgumentException(
            source
                + ":"
                + number
                + ": expected lemma<TAB>VERB|NOUN<TAB>event type[<TAB>note], got: "
                + line);
      }
      Pos pos;
      try {
        pos = Pos.valueOf(fields[1].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            source + ":" + number + ": part of speech must be VERB or NOUN: " + fields[1]);
      }
      types.putIfAbsent(key(fields[0], pos), fields[2].strip());
    }
    return new EventLexicon(types);
  }

  private static String key(String lemma, Pos pos) {
    return pos + " " + lemma.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /**
   * The event type of a trigger lemma ("take over" for a phrasal verb), or null when it is none.
   */
  public @Nullable String typeOf(String lemma, Pos pos) {
    String normalized = lemma.strip().toLowerCase(Locale.ROOT);
    if (pos == Pos.VERB && REPORTING_VERBS.contains(normalized)) {
      return null;
    }
    return types.get(key(normalized, pos));
  }

  public int size() {
    return types.size();
  }

  /**
   * Whether a token with this lemma could start a trigger: it is one, or it is the first word of a
   * phrasal one ("take" of "take over"). Cheap, and true for every trigger the extractor can find,
   * so a sentence without such a token need not be parsed.
   */
  public boolean mayTrigger(String lemma, Pos pos) {
    String normalized = lemma.strip().toLowerCase(Locale.ROOT);
    if (types.containsKey(key(normalized, pos))) {
      return true;
    }
    return pos == Pos.VERB && phrasalFirstWords().contains(normalized);
  }

  private transient Set<String> phrasalFirstWords;

  private Set<String> phrasalFirstWords() {
    Set<String> words = phrasalFirstWords;
    if (words == null) {
      Set<String> found = new java.util.HashSet<>();
      String prefix = Pos.VERB + " ";
      for (String key : types.keySet()) {
        if (key.startsWith(prefix) && key.indexOf(' ', prefix.length()) > 0) {
          found.add(key.substring(prefix.length(), key.indexOf(' ', prefix.length())));
        }
      }
      words = Set.copyOf(found);
      phrasalFirstWords = words;
    }
    return words;
  }
}
