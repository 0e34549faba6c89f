package org.eventwire.inspect;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.generic.GenericRecord;

/**
 * Scores the days a run gives its events against the {@code date} column of the PLOVER gold set
 * (plover-gold.md): per gold event, the events the run found in its sentence, with their {@code
 * event_date} and the {@code date_source} of the sentence's mention. Printed by {@link EventScore}
 * after its own tables, for the dev and held-out parts apart.
 *
 * <ul>
 *   <li>Over gold events with a date whose sentence holds a found event of the gold type: the share
 *       where one of those events has the gold day; and the same over any found event in the
 *       sentence, whatever its type.
 *   <li>Over gold events without a date (the sentence does not fix the day) whose sentence holds a
 *       found event of the gold type: the share where the run gives a day anyway, by source.
 * </ul>
 */
public final class EventDateScore {
  /** Beside the gold set: days carried from earlier sentences, coded by reading the stories. */
  static final String CONTEXT_DATES = "plover-gold-context-dates.tsv";

  private EventDateScore() {}

  /**
   * One found event in a gold sentence: its PLOVER type, day (or null) and the mention's source.
   */
  static final class Found {
    final String type;
    final String date;
    final String source;

    Found(String type, String date, String source) {
      this.type = type;
      this.date = date;
      this.source = source;
    }
  }

  /** One gold event with what the run found in its sentence. */
  static final class GoldEvent {
    final String set;
    final String type;
    final String date;

    /**
     * The day carried from the story's earlier sentences (plover-gold-context-dates.tsv), or "".
     */
    final String contextDate;

    final List<Found> found = new ArrayList<>();

    GoldEvent(String set, String type, String date, String contextDate) {
      this.set = set;
      this.type = type;
      this.date = date;
      this.contextDate = contextDate;
    }
  }

  /** Counts over one part of the gold set. */
  static final class Tally {
    int datedRightType;
    int datedRightTypeSameDay;
    int datedAnyEvent;
    int datedAnyEventSameDay;
    final Map<String, int[]> rightTypeBySource = new TreeMap<>(); // source -> {same day, events}
    int undatedRightType;
    final Map<String, Integer> undatedGivenBySource = new TreeMap<>();
    int carriedRightType;
    int carriedRightTypeSameDay;
    final Map<String, Integer> carriedSameDayBySource = new TreeMap<>();

    void add(GoldEvent g) {
      List<Found> ofType = new ArrayList<>();
      for (Found f : g.found) {
        if (EventScore.LEGACY_TYPES.getOrDefault(f.type, f.type).equals(g.type)) {
          ofType.add(f);
        }
      }
      if (!g.date.isEmpty()) {
        if (!ofType.isEmpty()) {
          datedRightType++;
          Found best = sameDayFirst(ofType, g.date);
          boolean right = g.date.equals(best.date);
          datedRightTypeSameDay += right ? 1 : 0;
          int[] c = rightTypeBySource.computeIfAbsent(best.source, k -> new int[2]);
          c[0] += right ? 1 : 0;
          c[1]++;
        }
        if (!g.found.isEmpty()) {
          datedAnyEvent++;
          datedAnyEventSameDay += g.date.equals(sameDayFirst(g.found, g.date).date) ? 1 : 0;
        }
      } else if (!ofType.isEmpty()) {
        addUndated(g, ofType);
      }
    }

    private void addUndated(GoldEvent g, List<Found> ofType) {
      if (!g.contextDate.isEmpty()) {
        carriedRightType++;
        Found best = sameDayFirst(ofType, g.contextDate);
        if (g.contextDate.equals(best.date)) {
          carriedRightTypeSameDay++;
          carriedSameDayBySource.merge(best.source, 1, Integer::sum);
        }
      }
      undatedRightType++;
      Found given = null;
      for (Found f : ofType) {
        given = given == null && f.date != null ? f : given;
      }
      if (given != null) {
        undatedGivenBySource.merge(given.source, 1, Integer::sum);
      }
    }

    int undatedGiven() {
      return undatedGivenBySource.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** The found event with the gold day if there is one, else the first. */
  static Found sameDayFirst(List<Found> found, String day) {
    for (Found f : found) {
      if (day.equals(f.date)) {
        return f;
      }
    }
    return found.get(0);
  }

  /** Scores a run in OUTPUT against GOLD's dates and prints the tables. */
  public static void print(Path gold, Path corpora, File output) throws IOException {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (String set : EventScore.columns(true)) {
      tallies.put(set, new Tally());
    }
    for (GoldEvent g : score(gold, corpora, output)) {
      tallies.get(g.set).add(g);
      if (EventScore.inAll(g.set)) {
        tallies.get("all").add(g);
      }
    }
    print(tallies);
  }

  /** Every affirmed gold event, with the found events of its sentence. */
  static List<GoldEvent> score(Path gold, Path corpora, File output) throws IOException {
    List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    Map<String, String> carried = contextDates(gold.resolveSibling(CONTEXT_DATES));
    Run run = new Run(output);
    List<GoldEvent> events = new ArrayList<>();
    Map<String, List<Found>> foundBySentence = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      String type = c[header.indexOf("event_type")];
      if (type.equals("NONE") || "true".equals(c[header.indexOf("negated")])) {
        continue;
      }
      String file = c[header.indexOf("file")];
      int begin = Integer.parseInt(c[header.indexOf("begin")]);
      int end = Integer.parseInt(c[header.indexOf("end")]);
      GoldEvent g =
          new GoldEvent(
              c[header.indexOf("set")],
              type,
              c[header.indexOf("date")].strip(),
              carried.getOrDefault(file + ":" + begin + ":" + type, ""));
      List<Found> found = foundBySentence.get(file + ":" + begin);
      if (found == null) {
        found = run.foundIn(file, begin, end, corpora);
        foundBySentence.put(file + ":" + begin, found);
      }
      g.found.addAll(found);
      events.add(g);
    }
    return events;
  }

  /**
   * The days of gold events carried from their story's earlier sentences, keyed file:begin:type;
   * none when the file is not there (a gold set of other sentences).
   */
  static Map<String, String> contextDates(Path file) throws IOException {
    Map<String, String> days = new HashMap<>();
    if (!Files.exists(file)) {
      System.err.println("EventDateScore: no " + file + ", no carried dates scored");
      return days;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      days.put(
          c[header.indexOf("file")]
              + ":"
              + c[header.indexOf("begin")]
              + ":"
              + c[header.indexOf("event_type")],
          c[header.indexOf("context_date")]);
    }
    return days;
  }

  /** A run's documents, events and mentions, read once. */
  private static final class Run {
    final Map<String, GenericRecord> documentsById = new HashMap<>();
    final Map<String, GenericRecord> events = new HashMap<>();
    final Map<String, List<GenericRecord>> mentionsByDoc = new HashMap<>();
    final File output;

    Run(File output) throws IOException {
      this.output = output;
      for (GenericRecord d : EventScore.read(new File(output, "documents"))) {
        documentsById.put(d.get("doc_id").toString(), d);
      }
      for (GenericRecord e : EventScore.read(new File(output, "events"))) {
        events.put(e.get("event_id").toString(), e);
      }
      for (GenericRecord m : EventScore.read(new File(output, "mentions"))) {
        mentionsByDoc.computeIfAbsent(m.get("doc_id").toString(), k -> new ArrayList<>()).add(m);
      }
    }

    /**
     * The affirmed events found in a gold sentence: looked up in the document read from that file
     * (by file name) or, for a reprint, in its canonical copy's text.
     */
    List<Found> foundIn(String file, int begin, int end, Path corpora) throws IOException {
      List<Found> found = new ArrayList<>();
      GenericRecord doc = null;
      String name = "/" + Path.of(file).getFileName();
      for (GenericRecord d : documentsById.values()) {
        doc = d.get("source_uri").toString().endsWith(name) ? d : doc;
      }
      if (doc == null) {
        System.err.println("EventDateScore: no document for " + file + " in " + output);
        return found;
      }
      GenericRecord annotated =
          documentsById.getOrDefault(doc.get("canonical_doc_id").toString(), doc);
      String fileText = Files.readString(corpora.resolve(file), StandardCharsets.UTF_8);
      int b = fileText.offsetByCodePoints(0, begin);
      String sentence = fileText.substring(b, fileText.offsetByCodePoints(b, end - begin));
      String text = annotated.get("text").toString();
      int at = text.indexOf(sentence);
      if (at < 0) {
        return found;
      }
      int from = text.codePointCount(0, at);
      int to = from + sentence.codePointCount(0, sentence.length());
      for (GenericRecord m :
          mentionsByDoc.getOrDefault(annotated.get("doc_id").toString(), List.of())) {
        GenericRecord e = events.get(m.get("event_id").toString());
        if ((Integer) m.get("begin") < to
            && (Integer) m.get("end") > from
            && e != null
            && e.get("event_type") != null
            && !Boolean.TRUE.equals(
                e.getSchema().getField("negated") == null ? null : e.get("negated"))) {
          found.add(
              new Found(
                  e.get("event_type").toString(),
                  day(e.get("event_date")),
                  m.get("date_source").toString()));
        }
      }
      return found;
    }
  }

  /** An Avro date as ISO text: an int of days since the epoch, or a LocalDate; null stays null. */
  static String day(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof LocalDate
        ? value.toString()
        : LocalDate.ofEpochDay(((Number) value).longValue()).toString();
  }

  private static void print(Map<String, Tally> tallies) {
    System.out.println();
    System.out.println("event dates (gold events' date column against event_date)");
    System.out.println(EventScore.header(44, 12, EventScore.columns(true)));
    row(
        tallies,
        "dated gold event, type found: same day",
        t -> share(t.datedRightTypeSameDay, t.datedRightType));
    row(
        tallies,
        "dated gold event, any event found: same day",
        t -> share(t.datedAnyEventSameDay, t.datedAnyEvent));
    for (String source : List.of("TIMEX", "TIMEX_CONTEXT", "DOC_DATE", "NONE")) {
      row(
          tallies,
          "  type found, by source: " + source,
          t -> {
            int[] c = t.rightTypeBySource.getOrDefault(source, new int[2]);
            return c[1] == 0 ? "-" : c[0] + "/" + c[1];
          });
    }
    row(
        tallies,
        "undated gold event, type found: day given",
        t -> share(t.undatedGiven(), t.undatedRightType));
    row(
        tallies,
        "  of them with a carried day: same day",
        t -> share(t.carriedRightTypeSameDay, t.carriedRightType));
    row(
        tallies,
        "    same day, by source TIMEX_CONTEXT",
        t -> String.valueOf(t.carriedSameDayBySource.getOrDefault("TIMEX_CONTEXT", 0)));
    for (String source : List.of("TIMEX", "TIMEX_CONTEXT", "DOC_DATE")) {
      row(
          tallies,
          "  day given, by source: " + source,
          t -> String.valueOf(t.undatedGivenBySource.getOrDefault(source, 0)));
    }
  }

  private interface Column {
    String of(Tally t);
  }

  private static void row(Map<String, Tally> tallies, String name, Column column) {
    StringBuilder line = new StringBuilder(String.format("%-44s", name));
    for (Tally t : tallies.values()) {
      line.append(String.format(" %12s", column.of(t)));
    }
    System.out.println(line);
  }

  private static String share(int part, int whole) {
    return whole == 0 ? "-" : String.format("%.0f%% %d/%d", 100.0 * part / whole, part, whole);
  }
}
