package org.eventwire.inspect;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.eventwire.events.Plover;

/**
 * Scores a run's events against a PLOVER gold set of sentences coded by people
 * (pipeline/src/test/resources/org/eventwire/events/plover-gold.tsv and its .md): {@code EventScore
 * GOLD_TSV CORPORA_DIR OUTPUT_DIR}. For every gold sentence, the set of PLOVER types of the run's
 * mentions in that sentence against the gold's (negated gold events are not events); micro and
 * macro F1, the share of event-bearing sentences where the run found nothing, actor and recipient
 * agreement where the type is right, and a confusion table, for the dev and the held-out part
 * apart. The held-aside batches 3 and 4 ({@link #HELD_ASIDE}) get a column each after "all", which
 * stays dev and held-out only, and are left out of the confusion table.
 */
public final class EventScore {
  /**
   * The set of the third gold batch, coded after rules had been written against the older held-out
   * part: reported apart so that the two held-out figures can be told apart.
   */
  static final String HELDOUT3 = "heldout3";

  /**
   * The held-aside sets: batch 3, and batch 4 (session 29), drawn from stories no rule writer had
   * read after batch 3 had been consulted in several sessions.
   */
  static final List<String> HELD_ASIDE = List.of(HELDOUT3, "heldout4");

  /** The second development batch (batch 5, session 29), tuned on like dev. */
  static final String DEV2 = "dev2";

  /** The third development batch (batch 7), tuned on like dev and dev2. */
  static final String DEV3 = "dev3";

  /** The fourth development batch (batch 8), tuned on like dev, dev2 and dev3. */
  static final String DEV4 = "dev4";

  /** The fifth development batch (batch 9), tuned on like dev to dev4. */
  static final String DEV5 = "dev5";

  /**
   * The columns every gold score prints: dev, held out, the two together ("all", the first 320
   * rows), the second to fifth development batches, each held-aside set.
   */
  static List<String> columns(boolean withAll) {
    List<String> sets = new ArrayList<>(List.of("dev", "heldout"));
    if (withAll) {
      sets.add("all");
    }
    sets.add(DEV2);
    sets.add(DEV3);
    sets.add(DEV4);
    sets.add(DEV5);
    sets.addAll(HELD_ASIDE);
    return sets;
  }

  /** Whether a set counts in "all": the first two batches' dev and held-out parts. */
  static boolean inAll(String set) {
    return set.equals("dev") || set.equals("heldout");
  }

  /** A header line of {@code width}-wide columns after a {@code label}-wide first one. */
  static String header(int label, int width, List<String> sets) {
    StringBuilder line = new StringBuilder(String.format("%-" + label + "s", ""));
    sets.forEach(set -> line.append(String.format(" %" + width + "s", set)));
    return line.toString();
  }

  /**
   * eventwire's own finer types of today, read as PLOVER types so that today's code can be scored:
   * taking a town and clashes are force (ASSAULT), a siege and forced displacement coercion, a
   * deployment mobilisation, freeing captives and evacuating retreat (the manual's "release" and
   * "withdraw").
   */
  static final Map<String, String> LEGACY_TYPES =
      Map.of(
          "SEIZE",
          "ASSAULT",
          "CLASH",
          "ASSAULT",
          "BESIEGE",
          "COERCE",
          "DISPLACE",
          "COERCE",
          "DEPLOY",
          "MOBILIZE",
          "FREE",
          "RETREAT",
          "EVACUATE",
          "RETREAT");

  private EventScore() {}

  /** One coded sentence: its gold events and what the run found in it. */
  public static final class Sentence {
    final String set;
    final Set<String> goldTypes = new TreeSet<>();
    final Map<String, String[]> goldRoles = new HashMap<>();
    final Set<String> foundTypes = new TreeSet<>();
    final Map<String, List<String[]>> foundRoles = new HashMap<>();
    String text = "";

    public Sentence(String set) {
      this.set = set;
    }

    public void gold(String type, String actor, String recipient) {
      goldTypes.add(type);
      goldRoles.putIfAbsent(type, new String[] {actor, recipient});
    }

    public void found(String type, String actor, String recipient) {
      String plover = LEGACY_TYPES.getOrDefault(type, type);
      foundTypes.add(plover);
      foundRoles
          .computeIfAbsent(plover, k -> new ArrayList<>())
          .add(new String[] {actor, recipient});
    }
  }

  /** Counts over a set of sentences. */
  public static final class Tally {
    final Map<String, int[]> perType = new TreeMap<>(); // type -> {tp, fp, fn}
    final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    int sentences;
    int withGoldEvent;
    int withGoldEventNothingFound;
    int rightType;
    int actorAgrees;
    int actorCoded;
    int recipientAgrees;
    int recipientCoded;
    int goldEvents;
    int eventsAllRight;

    public void add(Sentence s) {
      sentences++;
      for (String type : Plover.TYPES) {
        int[] c = perType.computeIfAbsent(type, k -> new int[3]);
        boolean gold = s.goldTypes.contains(type);
        boolean found = s.foundTypes.contains(type);
        c[0] += gold && found ? 1 : 0;
        c[1] += !gold && found ? 1 : 0;
        c[2] += gold && !found ? 1 : 0;
      }
      if (!s.goldTypes.isEmpty()) {
        withGoldEvent++;
        if (s.foundTypes.isEmpty()) {
          withGoldEventNothingFound++;
        }
      }
      for (String gold : s.goldTypes.isEmpty() ? Set.of("NONE") : s.goldTypes) {
        Set<String> found = s.foundTypes.isEmpty() ? Set.of("NONE") : s.foundTypes;
        String predicted = found.contains(gold) ? gold : String.join("+", found);
        confusion.computeIfAbsent(gold, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
      }
      for (String type : s.goldTypes) {
        goldEvents++;
        if (!s.foundTypes.contains(type)) {
          continue;
        }
        rightType++;
        String[] gold = s.goldRoles.get(type);
        boolean actorRight = false;
        boolean recipientRight = false;
        boolean bothRight = false;
        for (String[] found : s.foundRoles.get(type)) {
          boolean a = gold[0].isEmpty() || sameEntity(gold[0], found[0]);
          boolean r = gold[1].isEmpty() || sameEntity(gold[1], found[1]);
          actorRight |= a;
          recipientRight |= r;
          bothRight |= a && r;
        }
        if (!gold[0].isEmpty()) {
          actorCoded++;
          actorAgrees += actorRight ? 1 : 0;
        }
        if (!gold[1].isEmpty()) {
          recipientCoded++;
          recipientAgrees += recipientRight ? 1 : 0;
        }
        eventsAllRight += bothRight ? 1 : 0;
      }
    }

    double[] micro() {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int[] c : perType.values()) {
        tp += c[0];
        fp += c[1];
        fn += c[2];
      }
      return prf(tp, fp, fn);
    }

    /**
     * Macro F1 over the types that occur in the gold part (a type with no gold event has no
     * recall).
     */
    double macroF1() {
      double sum = 0;
      int types = 0;
      for (int[] c : perType.values()) {
        if (c[0] + c[2] > 0) {
          sum += prf(c[0], c[1], c[2])[2];
          types++;
        }
      }
      return types == 0 ? 0 : sum / types;
    }
  }

  /**
   * Whether a found role names the gold entity: one contains the other, case and "the" aside
   * ("Taliban" and "the Taliban", "Ghani" and "Ashraf Ghani"); compound gold roles (a;b) match any
   * part.
   */
  static boolean sameEntity(String gold, String found) {
    if (found == null || found.isEmpty()) {
      return false;
    }
    String f = normal(found);
    for (String part : gold.split(";")) {
      String g = normal(part);
      if (!g.isEmpty() && (g.contains(f) || f.contains(g))) {
        return true;
      }
    }
    return false;
  }

  private static String normal(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("\\s+", " ").strip();
  }

  static double[] prf(int tp, int fp, int fn) {
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: EventScore GOLD_TSV CORPORA_DIR OUTPUT_DIR");
      System.exit(2);
    }
    Map<String, Sentence> sentences =
        score(Paths.get(args[0]), Paths.get(args[1]), new File(args[2]));
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (String set : columns(true)) {
      tallies.put(set, new Tally());
    }
    for (Sentence s : sentences.values()) {
      tallies.get(s.set).add(s);
      if (inAll(s.set)) {
        tallies.get("all").add(s);
      }
    }
    print(tallies);
    EventDateScore.print(Paths.get(args[0]), Paths.get(args[1]), new File(args[2]));
    String listed = System.getenv("EVENTSCORE_LIST");
    boolean listDev =
        "dev".equals(listed)
            || DEV2.equals(listed)
            || DEV3.equals(listed)
            || DEV4.equals(listed)
            || DEV5.equals(listed);
    ResolutionAgreement.print(
        Paths.get(args[0]), Paths.get(args[1]), new File(args[2]), System.out, listDev);
    if (listDev) {
      listDevErrors(sentences, listed);
    }
  }

  /**
   * With EVENTSCORE_LIST=dev (or dev2 to dev5), every sentence of that development set whose types
   * or roles differ from the gold's, for tuning; only a development set can be listed, so the
   * held-out and held-aside parts stay unseen.
   */
  private static void listDevErrors(Map<String, Sentence> sentences, String set) {
    System.out.println();
    System.out.println(set + " sentences that differ from the gold (gold | found | text):");
    for (Map.Entry<String, Sentence> e : sentences.entrySet()) {
      Sentence s = e.getValue();
      if (!s.set.equals(set)) {
        continue;
      }
      StringBuilder gold = new StringBuilder();
      s.goldRoles.forEach(
          (type, r) ->
              gold.append(type).append('(').append(r[0]).append("->").append(r[1]).append(") "));
      StringBuilder found = new StringBuilder();
      boolean rolesRight = true;
      for (Map.Entry<String, List<String[]>> f : s.foundRoles.entrySet()) {
        for (String[] r : f.getValue()) {
          found.append(f.getKey()).append('(').append(r[0]).append("->").append(r[1]).append(") ");
        }
        String[] g = s.goldRoles.get(f.getKey());
        if (g != null) {
          boolean any = false;
          for (String[] r : f.getValue()) {
            any |=
                (g[0].isEmpty() || sameEntity(g[0], r[0]))
                    && (g[1].isEmpty() || sameEntity(g[1], r[1]));
          }
          rolesRight &= any;
        }
      }
      if (!s.goldTypes.equals(s.foundTypes) || !rolesRight) {
        String mark = s.goldTypes.equals(s.foundTypes) ? "ROLES" : "TYPES";
        System.out.println(
            mark
                + " "
                + e.getKey()
                + " | "
                + gold
                + "| "
                + found
                + "| "
                + s.text.replace('\n', ' '));
      }
    }
  }

  /** Every gold sentence, keyed file:begin, with what the run found in it. */
  static Map<String, Sentence> score(Path gold, Path corpora, File output) throws IOException {
    Map<String, Sentence> sentences = new LinkedHashMap<>();
    Map<String, List<String[]>> goldByFile = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      String key = c[header.indexOf("file")] + ":" + c[header.indexOf("begin")];
      Sentence s = sentences.computeIfAbsent(key, k -> new Sentence(c[header.indexOf("set")]));
      String type = c[header.indexOf("event_type")];
      if (!type.equals("NONE") && !"true".equals(c[header.indexOf("negated")])) {
        s.gold(type, c[header.indexOf("actor")], c[header.indexOf("recipient")]);
      }
      goldByFile
          .computeIfAbsent(c[header.indexOf("file")], k -> new ArrayList<>())
          .add(new String[] {key, c[header.indexOf("begin")], c[header.indexOf("end")]});
    }

    Map<String, GenericRecord> documentsByFile = new HashMap<>();
    Map<String, GenericRecord> documentsById = new HashMap<>();
    for (GenericRecord d : read(new File(output, "documents"))) {
      String uri = d.get("source_uri").toString();
      documentsById.put(d.get("doc_id").toString(), d);
      // By file name: the run may read the gold's files from anywhere (scripts/score-events.sh
      // links them).
      for (String file : goldByFile.keySet()) {
        if (uri.endsWith("/" + Paths.get(file).getFileName())) {
          documentsByFile.put(file, d);
        }
      }
    }
    Map<String, GenericRecord> events = new HashMap<>();
    for (GenericRecord e : read(new File(output, "events"))) {
      events.put(e.get("event_id").toString(), e);
    }
    Map<String, List<GenericRecord>> mentionsByDoc = new HashMap<>();
    for (GenericRecord m : read(new File(output, "mentions"))) {
      mentionsByDoc.computeIfAbsent(m.get("doc_id").toString(), k -> new ArrayList<>()).add(m);
    }

    for (Map.Entry<String, List<String[]>> file : goldByFile.entrySet()) {
      GenericRecord doc = documentsByFile.get(file.getKey());
      if (doc == null) {
        System.err.println("EventScore: no document for " + file.getKey() + " in " + output);
        continue;
      }
      String fileText = Files.readString(corpora.resolve(file.getKey()), StandardCharsets.UTF_8);
      // A reprint was not annotated: its sentences are found in its canonical copy's text.
      GenericRecord annotated =
          documentsById.getOrDefault(doc.get("canonical_doc_id").toString(), doc);
      String text = annotated.get("text").toString();
      for (String[] g : file.getValue()) {
        String sentence =
            substringByCodePoints(fileText, Integer.parseInt(g[1]), Integer.parseInt(g[2]));
        int at = text.indexOf(sentence);
        sentences.get(g[0]).text = sentence;
        if (at < 0) {
          continue; // edited in the canonical copy: nothing found there
        }
        int begin = text.codePointCount(0, at);
        int end = begin + sentence.codePointCount(0, sentence.length());
        for (GenericRecord m :
            mentionsByDoc.getOrDefault(annotated.get("doc_id").toString(), List.of())) {
          int mb = (Integer) m.get("begin");
          int me = (Integer) m.get("end");
          GenericRecord e = events.get(m.get("event_id").toString());
          if (mb < end && me > begin && e != null && e.get("event_type") != null && !isNegated(e)) {
            sentences
                .get(g[0])
                .found(e.get("event_type").toString(), roleText(e, "actor"), roleText(e, "target"));
          }
        }
      }
    }
    return sentences;
  }

  /**
   * Negated events (flagged since the negated field exists) are not events; nor, as the gold set
   * codes background, speculation and conditionals NONE, are events whose auxiliary mode is
   * historical or hypothetical (written, and flagged by that mode).
   */
  private static boolean isNegated(GenericRecord event) {
    if (event.getSchema().getField("aux_mode") != null && event.get("aux_mode") != null) {
      String aux = event.get("aux_mode").toString();
      if (aux.equals(Plover.HISTORICAL) || aux.equals(Plover.HYPOTHETICAL)) {
        return true;
      }
    }
    return event.getSchema().getField("negated") != null
        && Boolean.TRUE.equals(event.get("negated"));
  }

  private static String roleText(GenericRecord event, String role) {
    Object value = event.get(role);
    return value == null ? "" : ((GenericRecord) value).get("text").toString();
  }

  private static String substringByCodePoints(String text, int begin, int end) {
    int b = text.offsetByCodePoints(0, begin);
    return text.substring(b, text.offsetByCodePoints(b, end - begin));
  }

  /** Every record of the .avro files in a run's record folder. */
  static List<GenericRecord> read(File folder) throws IOException {
    List<GenericRecord> records = new ArrayList<>();
    File[] files = folder.listFiles((d, name) -> name.endsWith(".avro"));
    if (files == null) {
      throw new IOException("no records in " + folder);
    }
    for (File file : files) {
      try (DataFileReader<GenericRecord> reader =
          new DataFileReader<>(file, new GenericDatumReader<>())) {
        reader.forEach(records::add);
      }
    }
    return records;
  }

  private static void print(Map<String, Tally> tallies) {
    System.out.println(header(34, 10, columns(true)));
    row(tallies, "sentences", t -> String.valueOf(t.sentences));
    row(tallies, "sentences with a gold event", t -> String.valueOf(t.withGoldEvent));
    row(tallies, "micro precision", t -> f(t.micro()[0]));
    row(tallies, "micro recall", t -> f(t.micro()[1]));
    row(tallies, "micro F1", t -> f(t.micro()[2]));
    row(tallies, "macro F1 (gold types)", t -> f(t.macroF1()));
    row(
        tallies,
        "event sentences, nothing found",
        t ->
            t.withGoldEvent == 0
                ? "-"
                : String.format("%.0f%%", 100.0 * t.withGoldEventNothingFound / t.withGoldEvent));
    row(tallies, "actor agrees (type right)", t -> t.actorAgrees + "/" + t.actorCoded);
    row(tallies, "recipient agrees (type right)", t -> t.recipientAgrees + "/" + t.recipientCoded);
    row(
        tallies,
        "events with type, actor, recipient",
        t ->
            t.goldEvents == 0
                ? "-"
                : String.format(
                    "%.0f%% %d/%d",
                    100.0 * t.eventsAllRight / t.goldEvents, t.eventsAllRight, t.goldEvents));
    System.out.println();
    List<String> typeColumns = columns(true);
    typeColumns.set(0, "dev P/R/F1 (tp,fp,fn)");
    System.out.println("type" + header(10, 22, typeColumns).substring(4));
    for (String type : Plover.TYPES) {
      StringBuilder line = new StringBuilder(String.format("%-10s", type));
      for (Tally t : tallies.values()) {
        int[] c = t.perType.get(type);
        double[] p = prf(c[0], c[1], c[2]);
        line.append(
            String.format(" %4.2f/%4.2f/%4.2f %3d,%2d,%2d", p[0], p[1], p[2], c[0], c[1], c[2]));
      }
      System.out.println(line);
    }
    System.out.println();
    System.out.println("confusion (all): gold type -> what the run found in the sentence, count");
    tallies
        .get("all")
        .confusion
        .forEach((gold, found) -> System.out.println("  " + gold + " -> " + found));
  }

  private interface Column {
    String of(Tally t);
  }

  private static void row(Map<String, Tally> tallies, String name, Column column) {
    StringBuilder line = new StringBuilder(String.format("%-34s", name));
    for (Tally t : tallies.values()) {
      line.append(String.format(" %10s", column.of(t)));
    }
    System.out.println(line);
  }

  private static String f(double value) {
    return String.format("%.3f", value);
  }
}
