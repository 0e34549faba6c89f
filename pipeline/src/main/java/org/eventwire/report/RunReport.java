package org.eventwire.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.eventwire.common.CodePointText;
import org.eventwire.common.RunDirectory;
import org.eventwire.records.Document;
import org.eventwire.records.Event;
import org.eventwire.records.Rejected;
import org.eventwire.records.Role;
import org.eventwire.records.Sentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run report, {@code OUT/report.html}: one self-contained HTML page (inline CSS and SVG, no
 * script, nothing fetched) that lets a person see a run before trusting its counts: the manifest's
 * counts, why inputs were rejected, how much was reprinted, documents and events per day, the names
 * that dominate, and the passages reprinted most.
 *
 * <p>It is built from the Avro files the run wrote, read back through Beam's file systems once the
 * pipeline has finished, so it describes exactly what was written and works the same for every
 * runner. Records are streamed; what is kept is tallies, one entry per day, name, cluster and
 * passage.
 */
public final class RunReport {
  private static final Logger LOG = LoggerFactory.getLogger(RunReport.class);

  /** Rows in each top-names table. */
  static final int TOP_NAMES = 15;

  /** Rows in the reprinted-passages table. */
  static final int TOP_PASSAGES = 20;

  /** Spellings shown for a resolved name. */
  static final int SPELLINGS = 4;

  /**
   * Event types with a colour of their own in the timeline; the rest are stacked as "other types".
   */
  static final int TIMELINE_TYPES = SvgBarChart.PALETTE.size() - 1;

  /** Day charts fill the days between the first and the last with empty bars up to this span. */
  static final long MAX_FILLED_DAYS = 400;

  /** Longest sentence shown in full; longer ones are cut (the Mention records have them whole). */
  static final int MAX_SENTENCE_CHARS = 400;

  private long documents;
  private long reprints;
  private long annotatedDocuments;
  private long documentsWithoutDate;
  private final Map<String, Long> documentsPerCluster = new HashMap<>();

  /** Per day: {canonical copies, reprints}. */
  private final TreeMap<LocalDate, long[]> documentsPerDay = new TreeMap<>();

  private long rejected;
  private final TreeMap<String, RejectedReason> rejectedReasons = new TreeMap<>();

  private long events;
  private long eventsWithoutDate;
  private final TreeMap<LocalDate, Map<String, Long>> eventsPerDayAndType = new TreeMap<>();
  private final Map<String, Long> eventsPerType = new HashMap<>();
  private final Map<String, NameTally> actors = new HashMap<>();
  private final Map<String, NameTally> targets = new HashMap<>();
  private final Map<String, NameTally> locations = new HashMap<>();

  /**
   * The role type of a pronoun kept as an actor or target ("he said, accusing ..."). A pronoun is
   * not a name: every story's "he" would add up to one row, so the name tables leave it out.
   */
  private static final String PRONOUN = "PRONOUN";

  /** Per name table (by its id), the events left out of it because the role is a pronoun. */
  private final Map<String, Long> pronounsLeftOut = new HashMap<>();

  private final EventGeography geography = new EventGeography();

  private final Map<String, PassageTally> passages = new HashMap<>();

  /** One rejection error: how many, from which stages, and the first file as an example. */
  private static final class RejectedReason {
    long count;
    final Set<String> stages = new java.util.TreeSet<>();
    String exampleUri;
    String exampleMessage;
  }

  /** One name in one role, over every event that names it there. */
  private static final class NameTally {
    final String name;
    final Map<String, Long> types = new HashMap<>();
    final Map<String, Long> spellings = new HashMap<>();
    final Map<String, Long> countries = new HashMap<>();
    long events;
    long mentions;
    long documents;
    long independentReports;

    NameTally(String name) {
      this.name = name;
    }

    String type() {
      return mostCommon(types);
    }

    String country() {
      return mostCommon(countries);
    }

    /** The ways the events write the name, most common first, when there is more than one. */
    String spellings() {
      if (spellings.size() < 2 && spellings.containsKey(name)) {
        return "";
      }
      StringBuilder out = new StringBuilder();
      spellings.entrySet().stream()
          .sorted(
              Map.Entry.<String, Long>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .limit(SPELLINGS)
          .forEach(
              e ->
                  out.append(out.length() == 0 ? "" : ", ")
                      .append(e.getKey())
                      .append(" (")
                      .append(e.getValue())
                      .append(')'));
      return spellings.size() > SPELLINGS ? out + ", ..." : out.toString();
    }

    private static String mostCommon(Map<String, Long> counts) {
      return counts.entrySet().stream()
          .max(
              Map.Entry.<String, Long>comparingByValue()
                  .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .map(Map.Entry::getKey)
          .orElse("");
    }
  }

  /** One passage cluster: the annotated documents that hold it, and those plus their reprints. */
  private static final class PassageTally {
    final String id;
    long documents;
    long documentsWithReprints;
    String lastDocId;
    String sentence;

    PassageTally(String id) {
      this.id = id;
    }
  }

  // ---- reading -------------------------------------------------------------------------------

  /** Reads the run's records and manifest back from its directory and returns the report page. */
  public static String html(RunDirectory run) throws IOException {
    RunReport report = new RunReport();
    String manifest = readText(run.file(RunDirectory.MANIFEST));
    try {
      forEachRecord(run, RunDirectory.DOCUMENTS, Document.class, report::add);
      forEachRecord(run, RunDirectory.REJECTED, Rejected.class, report::add);
      forEachRecord(run, RunDirectory.EVENTS, Event.class, report::add);
      return report.render(manifest);
    } catch (RuntimeException e) {
      // A bug here must not cost a finished run its _SUCCESS: the records are fine, the page says
      // why it is short.
      LOG.warn("run report could not be built", e);
      return page(
          "eventwire run report",
          "<p class=\"error\">The report could not be built: "
              + escape(String.valueOf(e))
              + "</p>\n"
              + countsSection(manifest));
    }
  }

  /**
   * Rebuilds report.html for an existing run directory, e.g. one written before reports existed:
   * {@code RunReport OUTPUT_DIR}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: RunReport OUTPUT_DIR");
      System.exit(2);
    }
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
    RunDirectory run = new RunDirectory(args[0]);
    RunDirectory.writeText(run.file(RunDirectory.REPORT), html(run));
    System.out.println("report: " + run.file(RunDirectory.REPORT));
  }

  private static <T> void forEachRecord(
      RunDirectory run, String folder, Class<T> type, Consumer<T> action) throws IOException {
    ResourceId pattern =
        run.directory()
            .resolve(folder, StandardResolveOptions.RESOLVE_DIRECTORY)
            .resolve("*.avro", StandardResolveOptions.RESOLVE_FILE);
    MatchResult match = FileSystems.match(pattern.toString(), EmptyMatchTreatment.ALLOW);
    if (match.status() != MatchResult.Status.OK) {
      return;
    }
    List<ResourceId> files = new ArrayList<>();
    match.metadata().forEach(m -> files.add(m.resourceId()));
    files.sort(Comparator.comparing(ResourceId::toString));
    for (ResourceId file : files) {
      try (InputStream in = Channels.newInputStream(FileSystems.open(file));
          DataFileStream<T> records = new DataFileStream<>(in, new SpecificDatumReader<>(type))) {
        records.forEach(action);
      }
    }
  }

  private static @Nullable String readText(ResourceId file) throws IOException {
    if (FileSystems.match(file.toString(), EmptyMatchTreatment.ALLOW).metadata().isEmpty()) {
      return null;
    }
    return RunDirectory.readText(file);
  }

  // ---- tallying ------------------------------------------------------------------------------

  void add(Document doc) {
    documents++;
    boolean reprint = !doc.getDocId().equals(doc.getCanonicalDocId());
    reprints += reprint ? 1 : 0;
    documentsPerCluster.merge(doc.getCanonicalDocId(), 1L, Long::sum);
    if (doc.getDocDate() == null) {
      documentsWithoutDate++;
    } else {
      documentsPerDay.computeIfAbsent(doc.getDocDate(), d -> new long[2])[reprint ? 1 : 0]++;
    }
    if (!Boolean.TRUE.equals(doc.getAnnotated())) {
      return;
    }
    annotatedDocuments++;
    String text = doc.getText();
    for (Sentence sentence : doc.getSentences()) {
      PassageTally passage =
          passages.computeIfAbsent(sentence.getPassageClusterId(), PassageTally::new);
      // One document can hold two near-identical sentences; it counts once.
      if (doc.getDocId().equals(passage.lastDocId)) {
        continue;
      }
      passage.lastDocId = doc.getDocId();
      passage.documents++;
      passage.documentsWithReprints += doc.getClusterSize();
      // Only shared passages are shown, so only their text is kept: from the second document on.
      if (passage.documents == 2) {
        passage.sentence = CodePointText.slice(text, sentence.getBegin(), sentence.getEnd());
      }
    }
  }

  void add(Rejected r) {
    rejected++;
    RejectedReason reason =
        rejectedReasons.computeIfAbsent(r.getError(), e -> new RejectedReason());
    reason.count++;
    reason.stages.add(r.getStage());
    if (reason.exampleUri == null) {
      reason.exampleUri = r.getSourceUri();
      reason.exampleMessage = r.getMessage();
    }
  }

  void add(Event e) {
    if (e.getNegated()) {
      return; // reported as not having happened: flagged in the records, not counted here
    }
    events++;
    String type = e.getEventType() == null ? "(no type)" : e.getEventType();
    eventsPerType.merge(type, 1L, Long::sum);
    if (e.getEventDate() == null) {
      eventsWithoutDate++;
    } else {
      eventsPerDayAndType
          .computeIfAbsent(e.getEventDate(), d -> new HashMap<>())
          .merge(type, 1L, Long::sum);
    }
    tally("top-actors", actors, e.getActor(), e);
    tally("top-targets", targets, e.getTarget(), e);
    tally("top-locations", locations, e.getLocation(), e);
    geography.add(e);
  }

  private void tally(String table, Map<String, NameTally> names, @Nullable Role role, Event e) {
    if (role == null) {
      return;
    }
    if (PRONOUN.equals(role.getType())) {
      pronounsLeftOut.merge(table, 1L, Long::sum);
      return;
    }
    // Resolved roles count under their canonical name: US, U.S. and United States are one row.
    String key = role.getName() != null ? role.getName() : role.getText();
    NameTally name = names.computeIfAbsent(key, NameTally::new);
    name.types.merge(role.getType(), 1L, Long::sum);
    name.spellings.merge(role.getText(), 1L, Long::sum);
    if (role.getCountry() != null) {
      name.countries.merge(role.getCountry(), 1L, Long::sum);
    }
    name.events++;
    name.mentions += e.getNumMentions();
    name.documents += e.getNumDocuments();
    name.independentReports += e.getNumIndependentReports();
  }

  // ---- rendering -----------------------------------------------------------------------------

  /** The page, from the tallies and the manifest's JSON (null when the run has none). */
  String render(@Nullable String manifestJson) {
    StringBuilder body = new StringBuilder();
    body.append(runLine(manifestJson));
    body.append(nav());
    body.append(countsSection(manifestJson));
    body.append(rejectedSection());
    body.append(clusterSection());
    body.append(documentsPerDaySection());
    body.append(timelineSection());
    body.append(topNamesSection());
    body.append(geography.section());
    body.append(passagesSection());
    return page("eventwire run report", body.toString());
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        // Nothing on this page may be fetched or run, even if some text slipped through unescaped.
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>"
        + escape(title)
        + "</title>\n<style>\n"
        + STYLE
        + "</style>\n</head>\n<body>\n<h1>"
        + escape(title)
        + "</h1>\n"
        + body
        + "</body>\n</html>\n";
  }

  private static final String STYLE =
      String.join(
          "\n",
          "body { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif;",
          "  color: #222; max-width: 1060px; margin: 1.5em auto; padding: 0 1em; }",
          "h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { margin-top: 2em; border-bottom: 1px solid #ddd; }",
          "h3 { margin-bottom: 0.3em; } .run { color: #555; margin-top: 0; } nav a { margin-right: 1em; }",
          "table { border-collapse: collapse; margin: 0.5em 0; } th, td { padding: 3px 8px; text-align: left;",
          "  vertical-align: top; border-bottom: 1px solid #eee; } th { background: #f4f4f4; }",
          "td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }",
          ".pair { display: flex; gap: 2em; flex-wrap: wrap; align-items: flex-start; }"
              // Each table as wide as its content: two wide tables wrap one under the other, never
              // overlap.
              + " .pair > div { flex: 0 1 auto; max-width: 100%; overflow-x: auto; }",
          ".chart { width: 100%; height: auto; } .chart .grid { stroke: #e5e5e5; } .chart .axis { stroke: #888; }",
          ".chart text { font-size: 11px; fill: #555; } .chart .axis-title { font-size: 12px; fill: #333; }",
          ".legend span { margin-right: 1em; white-space: nowrap; }",
          ".legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; }",
          ".note { color: #666; } .error { color: #a00; } code { font-size: 0.92em; }",
          ".sentence { max-width: 640px; } .id { color: #888; font-size: 0.85em; }",
          "details { margin: 0.5em 0; }",
          "");

  private static String runLine(@Nullable String manifestJson) {
    JsonNode manifest = parse(manifestJson);
    if (manifest == null) {
      return "<p class=\"run\">No manifest.json in this run directory.</p>\n";
    }
    return "<p class=\"run\">Run <code>"
        + escape(manifest.path("run_id").asText())
        + "</code> on "
        + escape(manifest.path("runner").asText())
        + ", "
        + escape(manifest.path("started_at").asText())
        + " to "
        + escape(manifest.path("finished_at").asText())
        + " ("
        + escape(manifest.path("wall_seconds").asText())
        + " s); input <code>"
        + escape(manifest.path("options").path("input").asText())
        + "</code>; eventwire "
        + escape(manifest.path("versions").path("eventwire").asText())
        + ", Beam "
        + escape(manifest.path("versions").path("beam").asText())
        + ", CoreNLP "
        + escape(manifest.path("versions").path("corenlp").asText())
        + ".</p>\n";
  }

  private static String nav() {
    return "<nav><a href=\"#counts\">Counts</a><a href=\"#rejected\">Rejected</a>"
        + "<a href=\"#clusters\">Near-duplicate clusters</a><a href=\"#documents-per-day\">Documents per day</a>"
        + "<a href=\"#events-timeline\">Events per day</a><a href=\"#top-names\">Top names</a>"
        + "<a href=\"#where\">Where</a>"
        + "<a href=\"#reprinted-passages\">Reprinted passages</a></nav>\n";
  }

  private static String countsSection(@Nullable String manifestJson) {
    StringBuilder html = new StringBuilder("<section id=\"counts\">\n<h2>Counts</h2>\n");
    JsonNode manifest = parse(manifestJson);
    if (manifest == null || !manifest.has("counts")) {
      return html.append("<p class=\"note\">The run has no manifest counts.</p>\n</section>\n")
          .toString();
    }
    html.append(
        "<p class=\"note\">From <code>manifest.json</code>: every matched file is one document or one"
            + " rejected record.</p>\n<table>\n");
    Map<String, String> rows = new LinkedHashMap<>();
    flatten("", manifest.get("counts"), rows);
    rows.forEach(
        (name, value) ->
            html.append("<tr><th>")
                .append(escape(name))
                .append("</th><td class=\"n\">")
                .append(escape(value))
                .append("</td></tr>\n"));
    html.append("</table>\n");
    JsonNode counters = manifest.path("dedup").path("counters");
    if (counters.size() > 0) {
      Map<String, String> dedup = new LinkedHashMap<>();
      flatten("", counters, dedup);
      html.append("<details><summary>Near-duplicate and event counters</summary>\n<table>\n");
      dedup.forEach(
          (name, value) ->
              html.append("<tr><th>")
                  .append(escape(name))
                  .append("</th><td class=\"n\">")
                  .append(escape(value))
                  .append("</td></tr>\n"));
      html.append("</table>\n</details>\n");
    }
    return html.append("</section>\n").toString();
  }

  /**
   * Nested JSON objects as dotted names (rejected_by_stage.read), numbers with thousands
   * separators.
   */
  private static void flatten(String prefix, JsonNode node, Map<String, String> rows) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = prefix + field.getKey();
      JsonNode value = field.getValue();
      if (value.isObject()) {
        flatten(name + ".", value, rows);
      } else {
        rows.put(name, value.isIntegralNumber() ? count(value.asLong()) : value.asText());
      }
    }
  }

  private String rejectedSection() {
    StringBuilder html = new StringBuilder("<section id=\"rejected\">\n<h2>Rejected inputs</h2>\n");
    if (rejected == 0) {
      return html.append("<p>No input was rejected.</p>\n</section>\n").toString();
    }
    html.append("<p>")
        .append(count(rejected))
        .append(" rejected records, by reason (")
        .append(
            "<code>scripts/avro-cat.sh OUT/rejected --where=error=REASON</code> lists them):</p>\n")
        .append(
            "<table>\n<tr><th>error</th><th>stage</th><th class=\"n\">files</th><th>for example</th></tr>\n");
    rejectedReasons.entrySet().stream()
        .sorted(
            Map.Entry.<String, RejectedReason>comparingByValue(
                    Comparator.comparingLong(r -> -r.count))
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(
            e ->
                html.append("<tr><td><code>")
                    .append(escape(e.getKey()))
                    .append("</code></td><td>")
                    .append(escape(String.join(", ", e.getValue().stages)))
                    .append("</td><td class=\"n\">")
                    .append(count(e.getValue().count))
                    .append("</td><td>")
                    .append(escape(fileName(e.getValue().exampleUri)))
                    .append(": ")
                    .append(escape(e.getValue().exampleMessage))
                    .append("</td></tr>\n"));
    return html.append("</table>\n</section>\n").toString();
  }

  private String clusterSection() {
    StringBuilder html =
        new StringBuilder("<section id=\"clusters\">\n<h2>Near-duplicate clusters</h2>\n");
    if (documents == 0) {
      return html.append("<p>No documents.</p>\n</section>\n").toString();
    }
    TreeMap<Long, Long> clustersBySize = new TreeMap<>();
    documentsPerCluster.values().forEach(size -> clustersBySize.merge(size, 1L, Long::sum));
    long withCopies = documentsPerCluster.values().stream().filter(size -> size > 1).count();
    html.append("<p>")
        .append(count(documents))
        .append(" documents in ")
        .append(count(documentsPerCluster.size()))
        .append(" clusters; ")
        .append(count(withCopies))
        .append(" clusters hold near-identical copies, and ")
        .append(count(reprints))
        .append(" documents (")
        .append(percent(reprints, documents))
        .append(") are reprints of another, not annotated themselves.</p>\n");
    SvgBarChart chart =
        new SvgBarChart(List.of("clusters"), "cluster size (documents)", "clusters");
    clustersBySize.forEach((size, clusters) -> chart.bar(Long.toString(size), clusters));
    html.append(chart.svg("Number of near-duplicate clusters of each size"));
    html.append(
        "<table>\n<tr><th class=\"n\">cluster size</th><th class=\"n\">clusters</th>"
            + "<th class=\"n\">documents</th></tr>\n");
    clustersBySize.forEach(
        (size, clusters) ->
            html.append("<tr><td class=\"n\">")
                .append(count(size))
                .append("</td><td class=\"n\">")
                .append(count(clusters))
                .append("</td><td class=\"n\">")
                .append(count(size * clusters))
                .append("</td></tr>\n"));
    return html.append("</table>\n</section>\n").toString();
  }

  private String documentsPerDaySection() {
    StringBuilder html =
        new StringBuilder("<section id=\"documents-per-day\">\n<h2>Documents per day</h2>\n");
    if (documentsPerDay.isEmpty()) {
      html.append("<p>No document has a <code>doc_date</code>.</p>\n");
    } else {
      SvgBarChart chart =
          new SvgBarChart(List.of("canonical copies", "reprints"), "doc_date", "documents");
      for (LocalDate day :
          days(documentsPerDay.firstKey(), documentsPerDay.lastKey(), documentsPerDay.keySet())) {
        long[] counts = documentsPerDay.getOrDefault(day, new long[2]);
        chart.bar(day.toString(), counts[0], counts[1]);
      }
      html.append("<p>")
          .append(count(documents - documentsWithoutDate))
          .append(" documents dated ")
          .append(documentsPerDay.firstKey())
          .append(" to ")
          .append(documentsPerDay.lastKey())
          .append(".</p>\n");
      html.append(chart.svg("Documents per day, canonical copies and reprints"))
          .append(chart.legend());
      if (ChronoUnit.DAYS.between(documentsPerDay.firstKey(), documentsPerDay.lastKey())
          > MAX_FILLED_DAYS) {
        html.append("<p class=\"note\">The dates span more than ")
            .append(MAX_FILLED_DAYS)
            .append(" days, so only the ")
            .append(count(documentsPerDay.size()))
            .append(" days with documents have a bar, side by side.</p>\n");
      }
    }
    if (documentsWithoutDate > 0) {
      html.append("<p class=\"note\">")
          .append(count(documentsWithoutDate))
          .append(
              " documents have no date (no header and no <code>--defaultDocDate</code>).</p>\n");
    }
    return html.append("</section>\n").toString();
  }

  private String timelineSection() {
    StringBuilder html =
        new StringBuilder("<section id=\"events-timeline\">\n<h2>Events per day, by type</h2>\n");
    if (events == 0) {
      return html.append(
              "<p>No events (a run with <code>--annotate=false</code> extracts none).</p>\n</section>\n")
          .toString();
    }
    List<String> types = new ArrayList<>();
    eventsPerType.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> types.add(e.getKey()));
    List<String> shown =
        types.size() <= TIMELINE_TYPES + 1 ? types : types.subList(0, TIMELINE_TYPES);
    List<String> series = new ArrayList<>();
    shown.forEach(t -> series.add(t + " (" + count(eventsPerType.get(t)) + ")"));
    if (shown.size() < types.size()) {
      series.add(
          "other types ("
              + count(
                  types.subList(shown.size(), types.size()).stream()
                      .mapToLong(eventsPerType::get)
                      .sum())
              + ")");
    }
    html.append("<p>")
        .append(count(events))
        .append(" events by <code>event_date</code> and <code>event_type</code>")
        .append(" (a distinct event counts once however many documents carry it).</p>\n");
    if (!eventsPerDayAndType.isEmpty()) {
      html.append(timelineChart(shown, series));
    }
    if (eventsWithoutDate > 0) {
      html.append("<p class=\"note\">")
          .append(count(eventsWithoutDate))
          .append(
              " events have no date (<code>date_source</code> NONE) and are not in the chart.</p>\n");
    }
    return html.append("</section>\n").toString();
  }

  /** Events per day, one series per shown type and the rest as "other types". */
  private String timelineChart(List<String> shown, List<String> series) {
    StringBuilder html = new StringBuilder();
    SvgBarChart chart = new SvgBarChart(series, "event_date", "events");
    LocalDate first = eventsPerDayAndType.firstKey();
    LocalDate last = eventsPerDayAndType.lastKey();
    for (LocalDate day : days(first, last, eventsPerDayAndType.keySet())) {
      Map<String, Long> perType = eventsPerDayAndType.getOrDefault(day, Map.of());
      long[] values = new long[series.size()];
      perType.forEach(
          (type, n) -> {
            int index = shown.indexOf(type);
            values[index >= 0 ? index : series.size() - 1] += n;
          });
      chart.bar(day.toString(), values);
    }
    html.append(chart.svg("Events per day, stacked by event type")).append(chart.legend());
    if (ChronoUnit.DAYS.between(first, last) > MAX_FILLED_DAYS) {
      html.append("<p class=\"note\">The dates span more than ")
          .append(MAX_FILLED_DAYS)
          .append(" days, so only days with events have a bar.</p>\n");
    }
    return html.toString();
  }

  private String topNamesSection() {
    StringBuilder html =
        new StringBuilder(
            "<section id=\"top-names\">\n<h2>Top actors, targets and locations</h2>\n");
    if (events == 0) {
      return html.append("<p>No events.</p>\n</section>\n").toString();
    }
    html.append(
        "<p class=\"note\">Summed over the events that name them in that role: <em>reports</em> is"
            + " num_independent_reports (reprints and shared agency passages count once), <em>mentions</em> the"
            + " sentences that report them. A resolved name counts under its canonical name (US, U.S."
            + " and United States are one row); <em>written</em> shows how the events write it.</p>\n");
    html.append(topNames("top-actors", "Actors", actors));
    html.append(topNames("top-targets", "Targets", targets));
    html.append(topNames("top-locations", "Locations", locations));
    return html.append("</section>\n").toString();
  }

  private String topNames(String id, String title, Map<String, NameTally> names) {
    StringBuilder html =
        new StringBuilder("<div id=\"")
            .append(id)
            .append("\">\n<h3>")
            .append(title)
            .append("</h3>\n");
    if (names.isEmpty()) {
      return html.append("<p class=\"note\">No event names one.</p>\n</div>\n").toString();
    }
    html.append("<div class=\"pair\">\n<div>\n<h4>by independent reports</h4>\n")
        .append(namesTable(names, t -> t.independentReports))
        .append("</div>\n<div>\n<h4>by mentions</h4>\n")
        .append(namesTable(names, t -> t.mentions))
        .append("</div>\n</div>\n");
    long pronouns = pronounsLeftOut.getOrDefault(id, 0L);
    if (pronouns > 0) {
      html.append("<p class=\"note\">")
          .append(pronouns)
          .append(pronouns == 1 ? " event whose role is" : " events whose role is")
          .append(
              " only a pronoun (he, they, we) left out: a pronoun is no name; its country, when")
          .append(" found, still counts in the tables of countries and dyads below.</p>\n");
    }
    return html.append("</div>\n").toString();
  }

  private static String namesTable(Map<String, NameTally> names, ToLongFunction<NameTally> rank) {
    StringBuilder html =
        new StringBuilder(
            "<table>\n<tr><th>name</th><th>type</th><th>country</th><th>written</th><th class=\"n\">events</th>"
                + "<th class=\"n\">reports</th><th class=\"n\">mentions</th><th class=\"n\">documents</th></tr>\n");
    names.values().stream()
        .sorted(Comparator.comparingLong(rank).reversed().thenComparing(t -> t.name))
        .limit(TOP_NAMES)
        .forEach(
            t ->
                html.append("<tr><td>")
                    .append(escape(t.name))
                    .append("</td><td>")
                    .append(escape(t.type()))
                    .append("</td><td>")
                    .append(escape(t.country()))
                    .append("</td><td>")
                    .append(escape(t.spellings()))
                    .append("</td><td class=\"n\">")
                    .append(count(t.events))
                    .append("</td><td class=\"n\">")
                    .append(count(t.independentReports))
                    .append("</td><td class=\"n\">")
                    .append(count(t.mentions))
                    .append("</td><td class=\"n\">")
                    .append(count(t.documents))
                    .append("</td></tr>\n"));
    return html.append("</table>\n").toString();
  }

  private String passagesSection() {
    StringBuilder html =
        new StringBuilder(
            "<section id=\"reprinted-passages\">\n<h2>Most reprinted passages</h2>\n");
    List<PassageTally> shared = new ArrayList<>();
    passages.values().stream().filter(p -> p.documents > 1).forEach(shared::add);
    if (annotatedDocuments == 0) {
      return html.append("<p>No annotated documents, so no passages.</p>\n</section>\n").toString();
    }
    if (shared.isEmpty()) {
      return html.append(
              "<p>No sentence is shared, lightly edited, by two or more annotated documents.</p>\n"
                  + "</section>\n")
          .toString();
    }
    shared.sort(
        Comparator.comparingLong((PassageTally p) -> -p.documents)
            .thenComparingLong(p -> -p.documentsWithReprints)
            .thenComparing(p -> p.id));
    html.append("<p>")
        .append(count(shared.size()))
        .append(" passages (near-identical sentences, one")
        .append(" <code>passage_cluster_id</code>) stand in two or more of the ")
        .append(count(annotatedDocuments))
        .append(
            " annotated documents. <em>documents</em> counts those; <em>with reprints</em> adds their")
        .append(" whole-document reprints. The text is one copy's.</p>\n");
    html.append(
        "<table>\n<tr><th class=\"n\">documents</th><th class=\"n\">with reprints</th><th>sentence</th>"
            + "<th>passage_cluster_id</th></tr>\n");
    for (PassageTally p : shared.subList(0, Math.min(TOP_PASSAGES, shared.size()))) {
      String sentence =
          p.sentence.length() > MAX_SENTENCE_CHARS
              ? p.sentence.substring(0, MAX_SENTENCE_CHARS) + "\u2026"
              : p.sentence;
      html.append("<tr><td class=\"n\">")
          .append(count(p.documents))
          .append("</td><td class=\"n\">")
          .append(count(p.documentsWithReprints))
          .append("</td><td class=\"sentence\">")
          .append(escape(sentence.replaceAll("\\s+", " ").strip()))
          .append("</td><td class=\"id\">")
          .append(escape(p.id))
          .append("</td></tr>\n");
    }
    return html.append("</table>\n</section>\n").toString();
  }

  // ---- helpers -------------------------------------------------------------------------------

  /**
   * Every day from first to last when the span is short enough to draw, else just the given days.
   */
  private static List<LocalDate> days(LocalDate first, LocalDate last, Set<LocalDate> present) {
    if (ChronoUnit.DAYS.between(first, last) > MAX_FILLED_DAYS) {
      return new ArrayList<>(new java.util.TreeSet<>(present));
    }
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      days.add(day);
    }
    return days;
  }

  private static @Nullable JsonNode parse(@Nullable String json) {
    if (json == null) {
      return null;
    }
    try {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      return null;
    }
  }

  private static String fileName(String uri) {
    return uri == null ? "" : uri.substring(uri.lastIndexOf('/') + 1);
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  /**
   * Text made safe for HTML element content and quoted attribute values: article text, file names
   * and messages come from the input and may hold markup.
   */
  static String escape(@Nullable String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}
