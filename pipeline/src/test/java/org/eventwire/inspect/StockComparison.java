package org.eventwire.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.eventwire.annotate.CoreNlpAnnotator;
import org.eventwire.records.Document;
import org.eventwire.records.Entity;
import org.eventwire.records.Timex;

/**
 * Compares an eventwire run with stock CoreNLP's JSON output of the same files, for
 * scripts/bench.sh. Every span is put in the coordinates of the input file (Unicode code points),
 * so the two can be matched exactly.
 *
 * <pre>
 *   tokens   STOCK_JSON_DIR                  tokens stock CoreNLP found in all files
 *   entities STOCK_JSON_DIR EVENTWIRE_OUT    entity-mention agreement of eventwire with stock
 *   timex    GOLD_TSV STOCK_JSON_DIR EVENTWIRE_OUT   TIMEX value accuracy of both on a gold file
 * </pre>
 */
public final class StockComparison {
  /**
   * Entity families compared: persons, organisations and places. The fine-grained place tags (CITY,
   * COUNTRY ...) and NATIONALITY count as one family, so that agreement measures whether a mention
   * is found with the right kind, not which gazetteer named it.
   */
  static final Map<String, String> FAMILIES =
      Map.of(
          "PERSON", "PERSON",
          "ORGANIZATION", "ORGANIZATION",
          "LOCATION", "LOCATION+",
          "CITY", "LOCATION+",
          "COUNTRY", "LOCATION+",
          "STATE_OR_PROVINCE", "LOCATION+",
          "NATIONALITY", "LOCATION+");

  private StockComparison() {}

  /** One mention in file coordinates: file name, begin, end, family or tag. */
  record Span(String file, int begin, int end, String label) {}

  /** A temporal expression in file coordinates with its value. */
  record TimexSpan(String file, int begin, int end, String value) {}

  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("tokens")) {
      System.out.println(stockTokens(Paths.get(args[1])));
    } else if (args.length == 3 && args[0].equals("entities")) {
      Set<String> annotated = annotatedFiles(args[2]);
      System.out.printf(
          Locale.ROOT,
          "files_compared\t%d (the ones eventwire annotated: reprints are not)%n",
          annotated.size());
      Map<String, Double> scores =
          entityAgreement(
              inFiles(stockEntities(Paths.get(args[1])), annotated, Span::file),
              eventwireEntities(args[2]));
      scores.forEach(
          (name, value) ->
              System.out.printf(
                  Locale.ROOT,
                  "%s\t%s%n",
                  name,
                  name.startsWith("n_")
                      ? String.valueOf(value.longValue())
                      : String.format(Locale.ROOT, "%.4f", value)));
    } else if (args.length == 4 && args[0].equals("timex")) {
      List<TimexSpan> gold = goldTimexes(Paths.get(args[1]));
      List<TimexSpan> stock = stockTimexes(Paths.get(args[2]));
      List<TimexSpan> eventwire = eventwireTimexes(args[3]);
      System.out.printf(
          Locale.ROOT,
          "all files: gold %d, stock %.4f, eventwire %.4f%n",
          gold.size(),
          valueAccuracy(gold, stock),
          valueAccuracy(gold, eventwire));
      // eventwire annotates one copy of a story; its reprints carry the dates copied from it.
      Set<String> annotated = annotatedFiles(args[3]);
      List<TimexSpan> goldAnnotated = inFiles(gold, annotated, TimexSpan::file);
      System.out.printf(
          Locale.ROOT,
          "files eventwire annotated (%d): gold %d, stock %.4f, eventwire %.4f%n",
          annotated.size(),
          goldAnnotated.size(),
          valueAccuracy(goldAnnotated, stock),
          valueAccuracy(goldAnnotated, eventwire));
    } else {
      System.err.println(
          "usage: StockComparison tokens STOCK_JSON_DIR | entities STOCK_JSON_DIR EVENTWIRE_OUT"
              + " | timex GOLD_TSV STOCK_JSON_DIR EVENTWIRE_OUT");
      System.exit(2);
    }
  }

  // ---- scoring (pure) ----

  /**
   * Precision, recall and F1 of eventwire's mentions against stock's, over exact spans with the
   * family as label, overall and per family; also how often the exact tags agree on shared spans.
   */
  static Map<String, Double> entityAgreement(List<Span> stock, List<Span> eventwire) {
    Map<String, Double> scores = new TreeMap<>();
    Set<Span> stockFamilies = families(stock);
    Set<Span> eventwireFamilies = families(eventwire);
    putF1(scores, "all", stockFamilies, eventwireFamilies);
    for (String family : new java.util.TreeSet<>(FAMILIES.values())) {
      putF1(scores, family, only(stockFamilies, family), only(eventwireFamilies, family));
    }
    Map<Span, String> stockTags = new HashMap<>();
    for (Span s : stock) {
      if (FAMILIES.containsKey(s.label())) {
        stockTags.put(new Span(s.file(), s.begin(), s.end(), ""), s.label());
      }
    }
    int shared = 0;
    int sameTag = 0;
    for (Span s : eventwire) {
      String tag = stockTags.get(new Span(s.file(), s.begin(), s.end(), ""));
      if (tag != null && FAMILIES.containsKey(s.label())) {
        shared++;
        if (tag.equals(s.label())) {
          sameTag++;
        }
      }
    }
    scores.put("exact_tag_agreement_on_shared_spans", shared == 0 ? 0 : (double) sameTag / shared);
    return scores;
  }

  private static Set<Span> families(List<Span> spans) {
    Set<Span> out = new HashSet<>();
    for (Span s : spans) {
      String family = FAMILIES.get(s.label());
      if (family != null) {
        out.add(new Span(s.file(), s.begin(), s.end(), family));
      }
    }
    return out;
  }

  private static Set<Span> only(Set<Span> spans, String family) {
    Set<Span> out = new HashSet<>();
    for (Span s : spans) {
      if (s.label().equals(family)) {
        out.add(s);
      }
    }
    return out;
  }

  private static void putF1(
      Map<String, Double> scores, String name, Set<Span> reference, Set<Span> system) {
    Set<Span> both = new HashSet<>(system);
    both.retainAll(reference);
    double precision = system.isEmpty() ? 0 : (double) both.size() / system.size();
    double recall = reference.isEmpty() ? 0 : (double) both.size() / reference.size();
    scores.put(
        "f1_" + name, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    scores.put("precision_" + name, precision);
    scores.put("recall_" + name, recall);
    scores.put("n_stock_" + name, (double) reference.size());
    scores.put("n_eventwire_" + name, (double) system.size());
  }

  /**
   * Share of gold expressions for which the system has an overlapping expression (the one
   * overlapping most) with exactly the gold value.
   */
  static double valueAccuracy(List<TimexSpan> gold, List<TimexSpan> system) {
    Map<String, List<TimexSpan>> byFile = new HashMap<>();
    for (TimexSpan t : system) {
      byFile.computeIfAbsent(t.file(), f -> new ArrayList<>()).add(t);
    }
    int correct = 0;
    for (TimexSpan g : gold) {
      TimexSpan best = null;
      int bestOverlap = 0;
      for (TimexSpan t : byFile.getOrDefault(g.file(), List.of())) {
        int overlap = Math.min(g.end(), t.end()) - Math.max(g.begin(), t.begin());
        if (overlap > bestOverlap) {
          best = t;
          bestOverlap = overlap;
        }
      }
      if (best != null && g.value().equals(best.value())) {
        correct++;
      }
    }
    return gold.isEmpty() ? 0 : (double) correct / gold.size();
  }

  static <T> List<T> inFiles(
      List<T> items, Set<String> files, java.util.function.Function<T, String> file) {
    List<T> kept = new ArrayList<>();
    for (T item : items) {
      if (files.contains(file.apply(item))) {
        kept.add(item);
      }
    }
    return kept;
  }

  // ---- readers ----

  static Set<String> annotatedFiles(String outputDir) throws IOException {
    Set<String> files = new java.util.TreeSet<>();
    for (Document d : documents(outputDir)) {
      if (d.getAnnotated()) {
        files.add(fileName(d));
      }
    }
    return files;
  }

  static long stockTokens(Path stockDir) throws IOException {
    long tokens = 0;
    for (Path json : stockJsonFiles(stockDir)) {
      for (JsonNode sentence : new ObjectMapper().readTree(json.toFile()).path("sentences")) {
        tokens += sentence.path("tokens").size();
      }
    }
    return tokens;
  }

  static List<Span> stockEntities(Path stockDir) throws IOException {
    List<Span> spans = new ArrayList<>();
    for (Path json : stockJsonFiles(stockDir)) {
      String file = sourceName(json);
      CoreNlpAnnotator.Offsets offsets = offsetsOf(file);
      for (JsonNode sentence : new ObjectMapper().readTree(json.toFile()).path("sentences")) {
        for (JsonNode mention : sentence.path("entitymentions")) {
          if (isPronoun(sentence, mention)) {
            continue;
          }
          spans.add(
              new Span(
                  file,
                  offsets.codePoint(mention.path("characterOffsetBegin").asInt()),
                  offsets.codePoint(mention.path("characterOffsetEnd").asInt()),
                  mention.path("ner").asText()));
        }
      }
    }
    return spans;
  }

  /**
   * CoreNLP's entity-mention builder adds pronouns ("he", "his") as PERSON mentions for
   * coreference. eventwire drops them (they name nobody); so does the comparison, on stock's side.
   */
  private static boolean isPronoun(JsonNode sentence, JsonNode mention) {
    JsonNode tokens = sentence.path("tokens");
    int begin = mention.path("tokenBegin").asInt();
    int end = mention.path("tokenEnd").asInt();
    for (int i = begin; i < end; i++) {
      if (!PRONOUN_TAGS.contains(tokens.path(i).path("pos").asText())) {
        return false;
      }
    }
    return end > begin;
  }

  private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WP$");

  static List<TimexSpan> stockTimexes(Path stockDir) throws IOException {
    List<TimexSpan> timexes = new ArrayList<>();
    for (Path json : stockJsonFiles(stockDir)) {
      String file = sourceName(json);
      CoreNlpAnnotator.Offsets offsets = offsetsOf(file);
      int sentenceIndex = 0;
      for (JsonNode sentence : new ObjectMapper().readTree(json.toFile()).path("sentences")) {
        // Mentions sharing one SUTime expression ("Thursday night") are one expression, as in
        // eventwire; SUTime numbers expressions per sentence.
        Map<String, int[]> spans = new java.util.LinkedHashMap<>();
        Map<String, String> values = new HashMap<>();
        for (JsonNode mention : sentence.path("entitymentions")) {
          JsonNode timex = mention.path("timex");
          if (timex.isMissingNode() || timex.path("value").isMissingNode()) {
            continue;
          }
          String id = sentenceIndex + "-" + timex.path("tid").asText();
          int begin = offsets.codePoint(mention.path("characterOffsetBegin").asInt());
          int end = offsets.codePoint(mention.path("characterOffsetEnd").asInt());
          spans.merge(
              id,
              new int[] {begin, end},
              (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
          values.put(id, timex.path("value").asText());
        }
        spans.forEach(
            (id, span) -> timexes.add(new TimexSpan(file, span[0], span[1], values.get(id))));
        sentenceIndex++;
      }
    }
    return timexes;
  }

  static List<Span> eventwireEntities(String outputDir) throws IOException {
    List<Span> spans = new ArrayList<>();
    for (Document d : documents(outputDir)) {
      if (d.getEntities() == null) {
        continue;
      }
      for (Entity e : d.getEntities()) {
        spans.add(
            new Span(
                fileName(d),
                d.getTextStart() + e.getBegin(),
                d.getTextStart() + e.getEnd(),
                e.getType()));
      }
    }
    return spans;
  }

  static List<TimexSpan> eventwireTimexes(String outputDir) throws IOException {
    List<TimexSpan> timexes = new ArrayList<>();
    for (Document d : documents(outputDir)) {
      if (d.getTimexes() == null) {
        continue;
      }
      for (Timex t : d.getTimexes()) {
        if (t.getValue() != null) {
          timexes.add(
              new TimexSpan(
                  fileName(d),
                  d.getTextStart() + t.getBegin(),
                  d.getTextStart() + t.getEnd(),
                  t.getValue()));
        }
      }
    }
    return timexes;
  }

  static List<TimexSpan> goldTimexes(Path tsv) throws IOException {
    List<TimexSpan> gold = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length >= 6) {
        gold.add(new TimexSpan(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[5]));
      }
    }
    return gold;
  }

  private static List<Document> documents(String outputDir) throws IOException {
    List<Document> documents = new ArrayList<>();
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(Paths.get(outputDir, "documents"), "*.avro")) {
      for (Path file : files) {
        try (DataFileReader<Document> reader =
            new DataFileReader<>(file.toFile(), new SpecificDatumReader<>(Document.class))) {
          reader.forEach(documents::add);
        }
      }
    }
    return documents;
  }

  private static String fileName(Document d) {
    String uri = d.getSourceUri();
    return uri.substring(uri.lastIndexOf('/') + 1);
  }

  private static List<Path> stockJsonFiles(Path stockDir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(stockDir, "*.json")) {
      stream.forEach(files::add);
    }
    files.sort(null);
    return files;
  }

  /** Stock names its output after the input file: NAME.txt becomes NAME.txt.json. */
  private static String sourceName(Path json) {
    String name = json.getFileName().toString();
    return name.substring(0, name.length() - ".json".length());
  }

  /**
   * Stock CoreNLP counts offsets in UTF-16 units of the input file; eventwire and the gold file in
   * code points. Converted with the input file's own text (from eventwire.stock.inputDir), by the
   * same table the annotator uses; a file not found there is taken to have no characters outside
   * the Basic Multilingual Plane.
   */
  private static CoreNlpAnnotator.Offsets offsetsOf(String file) throws IOException {
    File source = new File(System.getProperty("eventwire.stock.inputDir", "."), file);
    return new CoreNlpAnnotator.Offsets(
        source.exists() ? Files.readString(source.toPath(), StandardCharsets.UTF_8) : "");
  }
}
