package org.eventwire.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Which words trigger events, with their PLOVER type, mode and contexts: editable TSV rows of a
 * lemma (a phrasal verb as "take over"), its part of speech, and optionally the object noun and the
 * preposition (with its noun) the verb must govern ("hold" + object "talk" is CONSULT; "impose" +
 * "sanction" is COERCE). The shipped lexicon is lexicon.tsv (written for eventwire) before
 * cameo-verbs.tsv (converted from the CAMEO verb dictionary by scripts/build-plover-lexicon.py).
 * --eventLexicon=PATH replaces it; --eventLexicon=+PATH puts PATH's rows before it.
 */
public final class EventLexicon implements Serializable {
  private static final long serialVersionUID = 2L;

  /** Part-of-speech classes a trigger can have. */
  public enum Pos {
    VERB,
    NOUN;

    /** The class of a Penn Treebank tag that a trigger can have, or null for any other tag. */
    public static @Nullable Pos ofTag(String tag) {
      if (tag.startsWith("VB")) {
        return VERB;
      }
      if (tag.equals("NN") || tag.equals("NNS")) {
        return NOUN;
      }
      return null;
    }
  }

  /** The type of a row that is no event: it stops a less specific row of the same lemma. */
  public static final String NONE = "NONE";

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

  private static final List<String> OLD_COLUMNS = List.of("lemma", "pos", "event_type", "note");

  /** What a row codes: PLOVER type (or {@link #NONE}), mode, contexts, finer category. */
  public static final class Entry implements Serializable {
    private static final long serialVersionUID = 1L;

    public final String type;
    public final @Nullable String mode;

    /** PLOVER contexts, ';'-separated, or "". */
    public final String contexts;

    public final @Nullable String fineType;
    final String object;
    final String prep;
    final String prepObject;

    Entry(
        String type,
        @Nullable String mode,
        String contexts,
        @Nullable String fineType,
        String object,
        String prep,
        String prepObject) {
      this.type = type;
      this.mode = mode;
      this.contexts = contexts;
      this.fineType = fineType;
      this.object = object;
      this.prep = prep;
      this.prepObject = prepObject;
    }

    /** How much of the verb's complements the row names; 0 for a bare lemma. */
    int specificity() {
      return (object.isEmpty() ? 0 : 2) + (prep.isEmpty() ? 0 : 1) + (prepObject.isEmpty() ? 0 : 1);
    }

    boolean matches(Set<String> objects, Map<String, Set<String>> preps) {
      if (!object.isEmpty() && !objects.contains(object)) {
        return false;
      }
      if (prep.isEmpty()) {
        return true;
      }
      Set<String> nouns = preps.get(prep);
      return nouns != null && (prepObject.isEmpty() || nouns.contains(prepObject));
    }

    /** The same coding for a different type: a governing verb's reading of an embedded event. */
    public Entry as(String newType, @Nullable String newMode) {
      return new Entry(newType, newMode, contexts, fineType, object, prep, prepObject);
    }
  }

  private final Map<String, List<Entry>> entries;

  private EventLexicon(Map<String, List<Entry>> entries) {
    this.entries = entries;
  }

  /** The lexicon shipped with eventwire. */
  public static EventLexicon standard() {
    Map<String, List<Entry>> entries = new HashMap<>();
    for (String resource : List.of("lexicon.tsv", "cameo-verbs.tsv")) {
      try (InputStream in = EventLexicon.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is missing from the classpath");
        }
        read(in, resource, entries);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read the standard lexicon " + resource, e);
      }
    }
    return new EventLexicon(entries);
  }

  /** A lexicon from a local file; a path written +PATH extends the standard lexicon instead. */
  public static EventLexicon fromFile(String path) throws IOException {
    boolean extend = path.startsWith("+");
    String file = extend ? path.substring(1) : path;
    Map<String, List<Entry>> entries = new HashMap<>();
    try (InputStream in = Files.newInputStream(Paths.get(file))) {
      read(in, file, entries);
    }
    if (extend) {
      standard()
          .entries
          .forEach((k, v) -> entries.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    }
    return new EventLexicon(entries);
  }

  static EventLexicon parse(InputStream in, String source) throws IOException {
    Map<String, List<Entry>> entries = new HashMap<>();
    read(in, source, entries);
    return new EventLexicon(entries);
  }

  private static void read(InputStream in, String source, Map<String, List<Entry>> entries)
      throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<String> columns = OLD_COLUMNS;
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields[0].equals("lemma")) {
        columns = List.of(fields);
        continue;
      }
      String where = source + ":" + number + ": ";
      String lemma = field(fields, columns, "lemma");
      String type = field(fields, columns, "event_type").toUpperCase(Locale.ROOT);
      if (lemma.isEmpty() || type.isEmpty()) {
        throw new IllegalArgumentException(
            where + "expected lemma<TAB>VERB|NOUN<TAB>event type[<TAB>...], got: " + line);
      }
      Pos pos;
      try {
        pos = Pos.valueOf(field(fields, columns, "pos").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            where + "part of speech must be VERB or NOUN: " + field(fields, columns, "pos"));
      }
      Entry entry = entry(fields, columns, type, where);
      entries.computeIfAbsent(key(lemma, pos), k -> new ArrayList<>()).add(entry);
    }
  }

  /** A row's coding; a former finer category (SEIZE) reads as its PLOVER type, mode, contexts. */
  private static Entry entry(String[] fields, List<String> columns, String type, String where) {
    String mode = field(fields, columns, "mode");
    String contexts = field(fields, columns, "contexts");
    String fineType = field(fields, columns, "fine_type");
    String[] fine = Plover.ofFineType(type);
    if (fine != null) {
      fineType = type;
      type = fine[0];
      mode = mode.isEmpty() ? fine[1] : mode;
      contexts = contexts.isEmpty() ? fine[2] : contexts;
    }
    if (!Plover.isType(type) && !type.equals(NONE)) {
      throw new IllegalArgumentException(
          where + "event type must be one of PLOVER's 16 (or NONE): " + type);
    }
    return new Entry(
        type,
        mode.isEmpty() ? null : mode.toLowerCase(Locale.ROOT),
        contexts,
        fineType.isEmpty() ? null : fineType.toUpperCase(Locale.ROOT),
        normal(field(fields, columns, "object")),
        normal(field(fields, columns, "prep")),
        normal(field(fields, columns, "prep_object")));
  }

  private static String field(String[] fields, List<String> columns, String name) {
    int at = columns.indexOf(name);
    return at < 0 || at >= fields.length ? "" : fields[at].strip();
  }

  /** Compiled once: every row's fields and every token looked up pass through {@link #normal}. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static String normal(String word) {
    return SPACES.matcher(word.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  private static String key(String lemma, Pos pos) {
    return pos + " " + normal(lemma);
  }

  /**
   * The most specific row of a trigger lemma whose object and preposition the trigger governs (rows
   * of equal specificity: the first), or null when there is none or it is no event.
   *
   * @param objects lemmas of the trigger's object nouns
   * @param preps the trigger's prepositions, each with the lemmas of its nouns
   */
  public @Nullable Entry match(
      String lemma, Pos pos, Set<String> objects, Map<String, Set<String>> preps) {
    String normalized = normal(lemma);
    if (pos == Pos.VERB && REPORTING_VERBS.contains(normalized)) {
      return null;
    }
    Entry best = best(normalized, pos, objects, preps);
    return best == null || best.type.equals(NONE) ? null : best;
  }

  /**
   * Whether the row that decides a lemma with these complements says it is no event: true for "take
   * off", whose row stops "take" from reading as a seizure; false for a lemma with no row.
   */
  public boolean isNoEvent(
      String lemma, Pos pos, Set<String> objects, Map<String, Set<String>> preps) {
    Entry best = best(normal(lemma), pos, objects, preps);
    return best != null && best.type.equals(NONE);
  }

  private @Nullable Entry best(
      String normalized, Pos pos, Set<String> objects, Map<String, Set<String>> preps) {
    List<Entry> candidates = entries.get(key(normalized, pos));
    if (candidates == null) {
      return null;
    }
    Entry best = null;
    for (Entry e : candidates) {
      if (e.matches(objects, preps) && (best == null || e.specificity() > best.specificity())) {
        best = e;
      }
    }
    return best;
  }

  /** The PLOVER type of a lemma on its own (no object or preposition), or null. */
  public @Nullable String typeOf(String lemma, Pos pos) {
    Entry e = match(lemma, pos, Set.of(), Map.of());
    return e == null ? null : e.type;
  }

  /** Rows in the lexicon. */
  public int size() {
    int n = 0;
    for (List<Entry> e : entries.values()) {
      n += e.size();
    }
    return n;
  }

  /**
   * Whether a token with this lemma could start a trigger: it has a row, or it is the first word of
   * a phrasal one ("take" of "take over"). Cheap, and true for every trigger the extractor can
   * find, so a sentence without such a token need not be parsed.
   */
  public boolean mayTrigger(String lemma, Pos pos) {
    String normalized = normal(lemma);
    if (entries.containsKey(key(normalized, pos))) {
      return true;
    }
    return pos == Pos.VERB && phrasalFirstWords().contains(normalized);
  }

  /**
   * Like {@link #mayTrigger(String, Pos)}, but a lemma whose rows all need an object or preposition
   * ("hold" needs "talks", "meeting"...) may trigger only when the sentence holds the words a row
   * needs: the light verbs of every sentence would otherwise send most sentences to the parser.
   *
   * @param sentenceLemmas the lower-cased lemmas of the sentence
   */
  public boolean mayTrigger(String lemma, Pos pos, Set<String> sentenceLemmas) {
    return mayTrigger(lemma, pos, sentenceLemmas, true);
  }

  /**
   * Like {@link #mayTrigger(String, Pos, Set)}; without a named place in the sentence, a row of a
   * place changing hands (finer type SEIZE: "take", "fall", "capture") cannot code, as the
   * extractor drops such an event when no place is its target or location ("took 43 percent of the
   * vote", "prices fell").
   */
  public boolean mayTrigger(
      String lemma, Pos pos, Set<String> sentenceLemmas, boolean sentenceNamesAPlace) {
    String normalized = normal(lemma);
    if (pos == Pos.VERB) {
      // "take over" can trigger only where "over" is: "take" alone is in most sentences.
      for (String particle : phrasalParticles().getOrDefault(normalized, Set.of())) {
        if (sentenceLemmas.contains(particle)) {
          return true;
        }
      }
    }
    List<Entry> candidates = entries.get(key(normalized, pos));
    if (candidates == null || (pos == Pos.VERB && REPORTING_VERBS.contains(normalized))) {
      return false;
    }
    for (Entry e : candidates) {
      if (!e.type.equals(NONE)
          && (sentenceNamesAPlace || !"SEIZE".equals(e.fineType))
          && (e.object.isEmpty() || sentenceLemmas.contains(e.object))
          && (e.prep.isEmpty() || sentenceLemmas.contains(e.prep.split(" ")[0]))
          && (e.prepObject.isEmpty() || sentenceLemmas.contains(e.prepObject))) {
        return true;
      }
    }
    return false;
  }

  private transient Map<String, Set<String>> phrasalParticles;

  /** The particles of the phrasal verbs, by their verb: "take" -> {"over", "part"...}. */
  private Map<String, Set<String>> phrasalParticles() {
    Map<String, Set<String>> particles = phrasalParticles;
    if (particles == null) {
      Map<String, Set<String>> found = new HashMap<>();
      String prefix = Pos.VERB + " ";
      for (String key : entries.keySet()) {
        int space = key.indexOf(' ', prefix.length());
        if (key.startsWith(prefix) && space > 0 && codesAnEvent(key)) {
          found
              .computeIfAbsent(key.substring(prefix.length(), space), k -> new HashSet<>())
              .add(key.substring(space + 1));
        }
      }
      particles = Map.copyOf(found);
      phrasalParticles = particles;
    }
    return particles;
  }

  /**
   * Whether some row of a key codes an event: a phrasal verb that only stops its verb's reading
   * ("take off") gives no reason to parse a sentence.
   */
  private boolean codesAnEvent(String key) {
    for (Entry e : entries.get(key)) {
      if (!e.type.equals(NONE)) {
        return true;
      }
    }
    return false;
  }

  private transient Set<String> phrasalFirstWords;

  private Set<String> phrasalFirstWords() {
    Set<String> words = phrasalFirstWords;
    if (words == null) {
      Set<String> found = new HashSet<>();
      String prefix = Pos.VERB + " ";
      for (String key : entries.keySet()) {
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
