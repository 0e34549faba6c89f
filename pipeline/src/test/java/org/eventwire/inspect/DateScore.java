package org.eventwire.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.eventwire.annotate.CoreNlpAnnotator;
import org.eventwire.records.Document;
import org.eventwire.records.Timex;

/**
 * Scores the dates of stock CoreNLP and of eventwire runs against a gold file of TIMEX3
 * annotations, for scripts/score-dates.sh: TempEval-3's span and value scores ({@link TimexScore})
 * side by side, for the dev part of the stories, the held-out part and all.
 *
 * <pre>
 *   DateScore GOLD_TSV CORPUS_DIR NAME=DIR ... [--errors NAME | --all-errors NAME]
 * </pre>
 *
 * A DIR holding {@code documents/} is an eventwire output; any other is stock CoreNLP's JSON output
 * of the files in CORPUS_DIR. {@code --errors NAME} also lists that system's wrong values in the
 * dev stories; {@code --all-errors NAME} in all stories (which spoils the held-out part for
 * tuning).
 *
 * <p>The split: a story is held out when the first byte of the SHA-256 of its file name is a
 * multiple of 3 (about a third of the stories); rules are tuned on the rest, the dev part.
 */
public final class DateScore {
  private DateScore() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println(
          "usage: DateScore GOLD_TSV CORPUS_DIR NAME=DIR ... [--errors NAME | --all-errors NAME]");
      System.exit(2);
    }
    List<TimexScore.Span> gold = gold(Paths.get(args[0]));
    Path corpus = Paths.get(args[1]);
    Map<String, List<TimexScore.Span>> systems = new LinkedHashMap<>();
    String errorsOf = null;
    boolean allErrors = false;
    for (int i = 2; i < args.length; i++) {
      if ((args[i].equals("--errors") || args[i].equals("--all-errors")) && i + 1 < args.length) {
        allErrors = args[i].equals("--all-errors");
        errorsOf = args[++i];
        continue;
      }
      String[] nameDir = args[i].split("=", 2);
      Path dir = Paths.get(nameDir[1]);
      systems.put(
          nameDir[0],
          Files.isDirectory(dir.resolve("documents")) ? eventwire(dir) : stock(dir, corpus));
    }
    System.out.print(table(gold, systems));
    if (errorsOf != null) {
      printErrors(gold, systems.get(errorsOf), corpus, allErrors);
    }
  }

  /** Whether a story belongs to the held-out part. */
  static boolean heldOut(String file) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(file.getBytes(StandardCharsets.UTF_8));
      return (digest[0] & 0xff) % 3 == 0;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Markdown table: one row per part and system. */
  static String table(List<TimexScore.Span> gold, Map<String, List<TimexScore.Span>> systems) {
    StringBuilder out = new StringBuilder();
    out.append(
        "| part | system | gold | found | strict F1 | relaxed F1 | value accuracy | value F1 |"
            + " anchor | granularity | unresolved | other | missed | spurious |\n");
    out.append(
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---:"
            + " | ---: |\n");
    Map<String, Predicate<String>> parts = new LinkedHashMap<>();
    parts.put("dev", file -> !heldOut(file));
    parts.put("held-out", DateScore::heldOut);
    parts.put("all", file -> true);
    for (Map.Entry<String, Predicate<String>> part : parts.entrySet()) {
      List<TimexScore.Span> partGold = only(gold, part.getValue());
      long stories = partGold.stream().map(TimexScore.Span::file).distinct().count();
      for (Map.Entry<String, List<TimexScore.Span>> system : systems.entrySet()) {
        TimexScore.Tally t = TimexScore.score(partGold, only(system.getValue(), part.getValue()));
        out.append(
            String.format(
                Locale.ROOT,
                "| %s (%d stories) | %s | %d | %d | %.3f | %.3f | %.3f | %.3f | %d | %d | %d | %d"
                    + " | %d | %d |%n",
                part.getKey(),
                stories,
                system.getKey(),
                t.gold,
                t.system,
                t.strictF1(),
                t.relaxedF1(),
                t.valueAccuracy(),
                t.valueF1(),
                t.errors(TimexScore.ErrorKind.ANCHOR),
                t.errors(TimexScore.ErrorKind.GRANULARITY),
                t.errors(TimexScore.ErrorKind.UNRESOLVED),
                t.errors(TimexScore.ErrorKind.OTHER),
                t.missed(),
                t.spurious()));
      }
    }
    return out.toString();
  }

  private static List<TimexScore.Span> only(List<TimexScore.Span> spans, Predicate<String> files) {
    List<TimexScore.Span> kept = new ArrayList<>();
    for (TimexScore.Span s : spans) {
      if (files.test(s.file())) {
        kept.add(s);
      }
    }
    return kept;
  }

  private static void printErrors(
      List<TimexScore.Span> gold, List<TimexScore.Span> system, Path corpus, boolean withHeldOut)
      throws IOException {
    Map<String, String> texts = new HashMap<>();
    Map<String, List<TimexScore.Span>> systemByFile = new HashMap<>();
    for (TimexScore.Span s : system) {
      systemByFile.computeIfAbsent(s.file(), f -> new ArrayList<>()).add(s);
    }
    Map<String, List<TimexScore.Span>> goldByFile = new LinkedHashMap<>();
    for (TimexScore.Span g : gold) {
      // Only the dev stories' errors are shown, so that the held-out part stays unread.
      if (withHeldOut || !heldOut(g.file())) {
        goldByFile.computeIfAbsent(g.file(), f -> new ArrayList<>()).add(g);
      }
    }
    System.out.println();
    for (Map.Entry<String, List<TimexScore.Span>> file : goldByFile.entrySet()) {
      String text =
          texts.computeIfAbsent(
              file.getKey(), f -> readQuietly(corpus.resolve(f)).replace('\n', ' '));
      for (TimexScore.Span[] pair :
          TimexScore.match(file.getValue(), systemByFile.getOrDefault(file.getKey(), List.of()))) {
        TimexScore.Span g = pair[0];
        TimexScore.Span s = pair[1];
        if (!java.util.Objects.equals(g.value(), s.value())) {
          System.out.printf(
              Locale.ROOT,
              "%s\t%s\t%s\tgold %s\tfound %s\t%s%n",
              TimexScore.errorKind(g.value(), s.value()),
              heldOut(file.getKey()) ? "held-out" : "dev",
              file.getKey(),
              g.value(),
              s.value(),
              context(text, g.begin(), g.end()));
        }
      }
    }
  }

  private static String context(String text, int begin, int end) {
    int from = text.offsetByCodePoints(0, begin);
    int to = text.offsetByCodePoints(0, end);
    return text.substring(Math.max(0, from - 60), from)
        + "["
        + text.substring(from, to)
        + "]"
        + text.substring(to, Math.min(text.length(), to + 40));
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  // ---- readers ----

  static List<TimexScore.Span> gold(Path tsv) throws IOException {
    List<TimexScore.Span> gold = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length >= 6) {
        gold.add(new TimexScore.Span(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[5]));
      }
    }
    return gold;
  }

  /** Every expression of every document, those without a value too, in file coordinates. */
  static List<TimexScore.Span> eventwire(Path outputDir) throws IOException {
    List<TimexScore.Span> spans = new ArrayList<>();
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(outputDir.resolve("documents"), "*.avro")) {
      for (Path file : files) {
        try (DataFileReader<Document> reader =
            new DataFileReader<>(file.toFile(), new SpecificDatumReader<>(Document.class))) {
          for (Document d : reader) {
            String uri = d.getSourceUri();
            String name = uri.substring(uri.lastIndexOf('/') + 1);
            for (Timex t : d.getTimexes()) {
              spans.add(
                  new TimexScore.Span(
                      name,
                      d.getTextStart() + t.getBegin(),
                      d.getTextStart() + t.getEnd(),
                      t.getValue()));
            }
          }
        }
      }
    }
    return spans;
  }

  /**
   * Stock CoreNLP's expressions from its JSON output: mentions sharing one SUTime expression
   * ("Thursday night") are one expression, as in eventwire; offsets converted from UTF-16 units to
   * code points with the input file's text.
   */
  static List<TimexScore.Span> stock(Path stockDir, Path corpus) throws IOException {
    List<TimexScore.Span> spans = new ArrayList<>();
    List<Path> jsonFiles = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(stockDir, "*.json")) {
      stream.forEach(jsonFiles::add);
    }
    for (Path json : jsonFiles) {
      String jsonName = json.getFileName().toString();
      String file = jsonName.substring(0, jsonName.length() - ".json".length());
      CoreNlpAnnotator.Offsets offsets =
          new CoreNlpAnnotator.Offsets(readQuietly(corpus.resolve(file)));
      for (JsonNode sentence : new ObjectMapper().readTree(json.toFile()).path("sentences")) {
        Map<String, int[]> byTid = new LinkedHashMap<>();
        Map<String, String> values = new HashMap<>();
        for (JsonNode mention : sentence.path("entitymentions")) {
          JsonNode timex = mention.path("timex");
          if (timex.isMissingNode()) {
            continue;
          }
          String tid = timex.path("tid").asText();
          int begin = offsets.codePoint(mention.path("characterOffsetBegin").asInt());
          int end = offsets.codePoint(mention.path("characterOffsetEnd").asInt());
          byTid.merge(
              tid,
              new int[] {begin, end},
              (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
          JsonNode value = timex.path("value");
          values.put(tid, value.isMissingNode() || value.isNull() ? null : value.asText());
        }
        byTid.forEach(
            (tid, span) -> spans.add(new TimexScore.Span(file, span[0], span[1], values.get(tid))));
      }
    }
    return spans;
  }
}
