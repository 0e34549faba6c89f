package org.eventwire.inspect;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.generic.GenericRecord;

/**
 * Pipeline-level agreement of resolution with the PLOVER gold set: for each gold event whose type
 * the run found in the gold sentence, whether one of the run's events of that type there has the
 * gold actor countries, recipient countries and location countries (as sets; a gold field left
 * blank is not counted; a gold role of several countries also agrees with the events of its
 * conjuncts taken together). Locations are compared twice: with the event's location role, and with
 * its event_country (the location's country, else the actors', else the story's). Dev and held-out
 * apart. Printed by {@link EventScore} after its own tables.
 */
public final class ResolutionAgreement {
  static final List<String> MEASURES =
      List.of(
          "actor country",
          "recipient country",
          "location country (location role)",
          "location country (event_country)");

  private ResolutionAgreement() {}

  /** One gold event and the run's events of its type in its sentence. */
  record Row(String set, Map<String, String> gold, String sentence, List<GenericRecord> found) {}

  /** Agreements and counted rows of one measure in one part of the gold set. */
  static final class Count {
    int agree;
    int counted;

    @Override
    public String toString() {
      return counted == 0
          ? "-"
          : String.format("%d/%d (%.1f%%)", agree, counted, 100.0 * agree / counted);
    }
  }

  /** Scores the run in {@code output} and prints the table. */
  public static void print(Path gold, Path corpora, File output, PrintStream out)
      throws IOException {
    print(gold, corpora, output, out, false);
  }

  /**
   * Scores the run in {@code output} and prints the table; with {@code listDev}, then every dev
   * gold event whose countries disagree, for tuning (never the held-out part, which stays unseen).
   */
  public static void print(Path gold, Path corpora, File output, PrintStream out, boolean listDev)
      throws IOException {
    List<String> disagreements = new ArrayList<>();
    Map<String, Map<String, Count>> table = new LinkedHashMap<>();
    for (String measure : MEASURES) {
      Map<String, Count> parts = new LinkedHashMap<>();
      for (String set : EventScore.columns(false)) {
        parts.put(set, new Count());
      }
      table.put(measure, parts);
    }
    for (Row row : rows(gold, corpora, output)) {
      if (row.found().isEmpty()) {
        continue; // type not right: not counted
      }
      List<String> wrong = new ArrayList<>();
      if (!check(table, row, "actor country", "actor_country", e -> countries(e, "actor"))) {
        wrong.add(disagreement(row, "actor", "actor", "actor_country", "actor"));
      }
      if (!check(
          table, row, "recipient country", "recipient_country", e -> countries(e, "target"))) {
        wrong.add(disagreement(row, "recipient", "recipient", "recipient_country", "target"));
      }
      if (!check(
          table,
          row,
          "location country (location role)",
          "location_country",
          e -> countries(e, "location"))) {
        wrong.add(disagreement(row, "location", "location", "location_country", "location"));
      }
      if (!check(
          table,
          row,
          "location country (event_country)",
          "location_country",
          e -> codes(e.get("event_country") == null ? "" : e.get("event_country").toString()))) {
        StringBuilder found = new StringBuilder();
        for (GenericRecord e : row.found()) {
          found.append(' ').append(e.get("event_country")).append('/');
          found.append(e.hasField("event_country_reason") ? e.get("event_country_reason") : "");
        }
        wrong.add(
            "  event_country gold " + row.gold().get("location_country") + " | found" + found);
      }
      if (row.set().equals("dev") && !wrong.isEmpty()) {
        disagreements.add(
            row.gold().get("event_type")
                + " "
                + row.gold().get("file")
                + ":"
                + row.gold().get("begin")
                + " | "
                + row.sentence().replace('\n', ' '));
        disagreements.addAll(wrong);
      }
    }
    out.println();
    out.println("resolution agreement on gold events whose type is right (countries as sets):");
    out.println(EventScore.header(36, 20, EventScore.columns(false)));
    table.forEach(
        (measure, parts) -> {
          StringBuilder line = new StringBuilder(String.format("%-36s", measure));
          parts.values().forEach(count -> line.append(String.format(" %20s", count)));
          out.println(line);
        });
    if (listDev) {
      out.println();
      out.println("dev gold events whose countries disagree (gold span [codes] | found):");
      disagreements.forEach(out::println);
    }
  }

  /** One role's disagreement: the gold span and codes, and each found event's role. */
  private static String disagreement(
      Row row, String name, String goldSpan, String goldCodes, String role) {
    StringBuilder found = new StringBuilder();
    for (GenericRecord e : row.found()) {
      Object value = e.get(role);
      if (value instanceof GenericRecord) {
        GenericRecord r = (GenericRecord) value;
        found
            .append(" \"")
            .append(r.get("text"))
            .append("\"")
            .append(countries(e, role))
            .append(r.hasField("sectors") ? r.get("sectors") : "")
            .append('/')
            .append(r.hasField("resolved_by") ? r.get("resolved_by") : "");
      } else {
        found.append(" -");
      }
    }
    return "  "
        + name
        + " gold \""
        + row.gold().get(goldSpan)
        + "\" ["
        + row.gold().get(goldCodes)
        + "] "
        + row.gold().getOrDefault(goldCodes.replace("country", "sectors"), "")
        + " | found"
        + found;
  }

  private interface Countries {
    Set<String> of(GenericRecord event);
  }

  /** Counts one measure of a row; false when counted and no found event agrees. */
  private static boolean check(
      Map<String, Map<String, Count>> table,
      Row row,
      String measure,
      String goldColumn,
      Countries found) {
    Set<String> gold = codes(row.gold().getOrDefault(goldColumn, ""));
    if (gold.isEmpty()) {
      return true;
    }
    Count count = table.get(measure).get(row.set());
    count.counted++;
    List<Set<String>> foundSets = new ArrayList<>();
    row.found().forEach(e -> foundSets.add(found.of(e)));
    if (agrees(gold, foundSets)) {
      count.agree++;
      return true;
    }
    return false;
  }

  /**
   * Whether the run's events of a gold event's type agree with its gold codes: one of them has
   * exactly those codes, or, for a gold role of several codes ("Poland, Hungary and the Czech
   * Republic"), the events together have exactly those codes, since the pipeline makes one event
   * per conjunct of a coordinated role by design.
   */
  static boolean agrees(Set<String> gold, List<Set<String>> found) {
    Set<String> together = new TreeSet<>();
    for (Set<String> codes : found) {
      if (gold.equals(codes)) {
        return true;
      }
      together.addAll(codes);
    }
    return gold.size() > 1 && gold.equals(together);
  }

  /** A ';'-separated code field as a set, blanks dropped. */
  static Set<String> codes(String field) {
    Set<String> set = new TreeSet<>();
    for (String code : field.split(";")) {
      if (!code.isBlank()) {
        set.add(code.strip());
      }
    }
    return set;
  }

  private static Set<String> countries(GenericRecord event, String role) {
    Object value = event.get(role);
    Set<String> set = new TreeSet<>();
    if (value instanceof GenericRecord && ((GenericRecord) value).hasField("countries")) {
      for (Object c : (List<?>) ((GenericRecord) value).get("countries")) {
        set.add(c.toString());
      }
    }
    return set;
  }

  /** Every gold event (not NONE, not negated) with the run's events of its type in its sentence. */
  static List<Row> rows(Path gold, Path corpora, File output) throws IOException {
    List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    Map<String, GenericRecord> documentsById = new HashMap<>();
    List<GenericRecord> documents = EventScore.read(new File(output, "documents"));
    documents.forEach(d -> documentsById.put(d.get("doc_id").toString(), d));
    Map<String, GenericRecord> events = new HashMap<>();
    EventScore.read(new File(output, "events"))
        .forEach(e -> events.put(e.get("event_id").toString(), e));
    Map<String, List<GenericRecord>> mentionsByDoc = new HashMap<>();
    for (GenericRecord m : EventScore.read(new File(output, "mentions"))) {
      mentionsByDoc.computeIfAbsent(m.get("doc_id").toString(), k -> new ArrayList<>()).add(m);
    }
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      Map<String, String> gold1 = new HashMap<>();
      for (int i = 0; i < header.size() && i < c.length; i++) {
        gold1.put(header.get(i), c[i]);
      }
      if (gold1.get("event_type").equals("NONE") || "true".equals(gold1.get("negated"))) {
        continue;
      }
      GenericRecord doc = documentOf(documents, gold1.get("file"));
      if (doc == null) {
        continue;
      }
      GenericRecord annotated =
          documentsById.getOrDefault(doc.get("canonical_doc_id").toString(), doc);
      String fileText =
          Files.readString(corpora.resolve(gold1.get("file")), StandardCharsets.UTF_8);
      String sentence =
          codePoints(
              fileText, Integer.parseInt(gold1.get("begin")), Integer.parseInt(gold1.get("end")));
      String text = annotated.get("text").toString();
      int at = text.indexOf(sentence);
      List<GenericRecord> found = new ArrayList<>();
      if (at >= 0) {
        int begin = text.codePointCount(0, at);
        int end = begin + sentence.codePointCount(0, sentence.length());
        for (GenericRecord m :
            mentionsByDoc.getOrDefault(annotated.get("doc_id").toString(), List.of())) {
          GenericRecord e = events.get(m.get("event_id").toString());
          if ((Integer) m.get("begin") < end
              && (Integer) m.get("end") > begin
              && e != null
              && e.get("event_type") != null
              && e.get("event_type").toString().equals(gold1.get("event_type"))
              && !Boolean.TRUE.equals(e.hasField("negated") ? e.get("negated") : null)) {
            found.add(e);
          }
        }
      }
      rows.add(new Row(gold1.get("set"), gold1, sentence, found));
    }
    return rows;
  }

  private static GenericRecord documentOf(List<GenericRecord> documents, String file) {
    String name = "/" + Paths.get(file).getFileName();
    for (GenericRecord d : documents) {
      if (d.get("source_uri").toString().endsWith(name)) {
        return d;
      }
    }
    return null;
  }

  private static String codePoints(String text, int begin, int end) {
    int b = text.offsetByCodePoints(0, begin);
    return text.substring(b, text.offsetByCodePoints(b, end - begin));
  }
}
