package org.eventwire.inspect;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventwire.resolve.ActorResolver;
import org.eventwire.resolve.PlaceResolver;
import org.eventwire.resolve.ResolveData;
import org.eventwire.resolve.ResolvedActor;
import org.eventwire.resolve.ResolvedPlace;
import org.eventwire.resolve.StoryContext;

/**
 * Scores actor and place resolution on the PLOVER gold set's spans, no pipeline run needed: {@code
 * ResolutionScore GOLD_TSV CORPORA_DIR [--show]}. Each gold event's actor, recipient and location
 * span (several joined by ';' are resolved one by one) is resolved with the story's date and the
 * context of the story's text, and the set of countries found is compared with the gold set;
 * sectors likewise. Dev and held-out apart. {@code --show} prints the dev rows that disagree (never
 * held-out rows: tuning looks at dev only).
 */
public final class ResolutionScore {
  private static final Pattern DATE_HEADER = Pattern.compile("^ date (\\d{4}-\\d{2}-\\d{2}) ");

  /**
   * Agreement of resolved sets with gold sets on one measure: rows whose gold set is empty are
   * counted apart (and how many of them got a resolution anyway).
   */
  static final class Tally {
    int agree;
    int scored;
    int goldEmpty;
    int goldEmptyResolved;
    int noSpan;

    /**
     * Counts one row; returns whether it agrees (an empty gold set never does). A row whose gold
     * has codes for an entity the sentence does not name (no span: a passive, "a warrant was
     * issued") is counted apart: there is nothing to resolve.
     */
    boolean add(String span, Set<String> gold, Set<String> resolved) {
      if (span.isBlank() && !gold.isEmpty()) {
        noSpan++;
        return false;
      }
      if (gold.isEmpty()) {
        goldEmpty++;
        if (!resolved.isEmpty()) {
          goldEmptyResolved++;
        }
        return false;
      }
      scored++;
      if (gold.equals(resolved)) {
        agree++;
        return true;
      }
      return false;
    }

    /** {@code agree/scored (pct%)}, or a dash when nothing was scored. */
    String cell() {
      if (scored == 0) {
        return "-";
      }
      return String.format(Locale.ROOT, "%d/%d (%.1f%%)", agree, scored, 100.0 * agree / scored);
    }
  }

  /** The measures, in the order printed. */
  static final List<String> MEASURES =
      List.of(
          "actor country",
          "recipient country",
          "location country",
          "actor sectors",
          "recipient sectors");

  /** A ';'-separated gold field as a set; blanks dropped. */
  static Set<String> codes(String field) {
    Set<String> set = new TreeSet<>();
    for (String code : field.split(";")) {
      if (!code.isBlank()) {
        set.add(code.strip());
      }
    }
    return set;
  }

  private final ResolveData data = ResolveData.shared();
  private final ActorResolver actors = new ActorResolver(data);
  private final PlaceResolver places = new PlaceResolver(data);
  private final Map<String, Map<String, Tally>> tallies = new LinkedHashMap<>();
  private final Map<String, StoryContext> contexts = new HashMap<>();
  private final Map<String, String> texts = new HashMap<>();
  private final Path corpora;
  private final PrintStream shown;

  ResolutionScore(Path corpora, PrintStream shown) {
    this.corpora = corpora;
    this.shown = shown;
    for (String set : EventScore.columns(false)) {
      Map<String, Tally> bySet = new LinkedHashMap<>();
      MEASURES.forEach(m -> bySet.put(m, new Tally()));
      tallies.put(set, bySet);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ResolutionScore GOLD_TSV CORPORA_DIR [--show]");
      System.exit(2);
    }
    boolean show = args.length > 2 && args[2].equals("--show");
    ResolutionScore score = new ResolutionScore(Paths.get(args[1]), show ? System.out : null);
    List<String> lines = Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split("\t", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), i < fields.length ? fields[i] : "");
      }
      if (!row.get("event_type").equals("NONE")) {
        score.score(row);
      }
    }
    score.print(System.out);
  }

  private StoryContext context(String file) throws IOException {
    StoryContext known = contexts.get(file);
    if (known != null) {
      return known;
    }
    String text = Files.readString(corpora.resolve(file), StandardCharsets.UTF_8);
    texts.put(file, text);
    Matcher date = DATE_HEADER.matcher(text);
    LocalDate day = date.find() ? LocalDate.parse(date.group(1)) : null;
    StoryContext context = StoryContext.fromText(text, day, data);
    contexts.put(file, context);
    return context;
  }

  void score(Map<String, String> row) throws IOException {
    StoryContext story = context(row.get("file"));
    Map<String, Tally> tally = tallies.get(row.get("set"));
    Resolved actor = resolveActors(row.get("actor"), story);
    Resolved recipient = resolveActors(row.get("recipient"), story);
    Set<String> actorCountries = new TreeSet<>(actor.countries);
    actorCountries.addAll(recipient.countries);
    Set<String> located = new TreeSet<>();
    List<String> how = new ArrayList<>();
    for (String span : row.get("location").split(";")) {
      if (!span.isBlank()) {
        ResolvedPlace place = places.resolve(span, story, actorCountries, sentence(row));
        if (!place.country().isEmpty()) {
          located.add(place.country());
        }
        how.add(place.name() + "/" + place.precision() + "/" + place.reason());
      }
    }
    boolean dev = row.get("set").equals("dev");
    check(
        dev, tally.get("actor country"), row, "actor", "actor_country", actor.countries, actor.how);
    check(
        dev,
        tally.get("recipient country"),
        row,
        "recipient",
        "recipient_country",
        recipient.countries,
        recipient.how);
    check(dev, tally.get("location country"), row, "location", "location_country", located, how);
    check(dev, tally.get("actor sectors"), row, "actor", "actor_sectors", actor.sectors, actor.how);
    check(
        dev,
        tally.get("recipient sectors"),
        row,
        "recipient",
        "recipient_sectors",
        recipient.sectors,
        recipient.how);
  }

  private void check(
      boolean dev,
      Tally tally,
      Map<String, String> row,
      String span,
      String column,
      Set<String> resolved,
      List<String> how) {
    Set<String> gold = codes(row.get(column));
    boolean agreed = tally.add(row.get(span), gold, resolved);
    if (!agreed && dev && shown != null && !gold.isEmpty()) {
      shown.printf(
          "%-18s %-40s gold %-12s got %-12s %s [%s]%n",
          column, "\"" + row.get(span) + "\"", gold, resolved, how, row.get("file"));
    }
  }

  /** The gold row's sentence: code-point offsets into its story. */
  private String sentence(Map<String, String> row) {
    String text = texts.get(row.get("file"));
    int begin = text.offsetByCodePoints(0, Integer.parseInt(row.get("begin")));
    int end = text.offsetByCodePoints(0, Integer.parseInt(row.get("end")));
    return text.substring(begin, end);
  }

  /** The union of a span list's resolutions. */
  private record Resolved(Set<String> countries, Set<String> sectors, List<String> how) {}

  private Resolved resolveActors(String spans, StoryContext story) {
    Set<String> countries = new TreeSet<>();
    Set<String> sectors = new TreeSet<>();
    List<String> how = new ArrayList<>();
    for (String span : spans.split(";")) {
      if (span.isBlank()) {
        continue;
      }
      ResolvedActor actor = actors.resolve(span, null, null, story);
      countries.addAll(actor.countries());
      sectors.addAll(actor.sectors());
      how.add(actor.canonicalName() + "/" + actor.how());
    }
    return new Resolved(countries, sectors, how);
  }

  void print(PrintStream out) {
    out.println("| measure | " + String.join(" | ", tallies.keySet()) + " |");
    out.println("|---" + " | ---:".repeat(tallies.size()) + " |");
    for (String measure : MEASURES) {
      StringBuilder line = new StringBuilder("| " + measure);
      tallies.values().forEach(bySet -> line.append(" | ").append(bySet.get(measure).cell()));
      out.println(line.append(" |"));
    }
    out.println();
    out.println(
        "Not scored above: rows whose gold set is empty (how many got a resolution anyway), and"
            + " rows with gold codes but no span:");
    for (String measure : MEASURES) {
      Tally dev = tallies.get("dev").get(measure);
      Tally heldout = tallies.get("heldout").get(measure);
      out.printf(
          "  %-18s dev %d empty (%d resolved), %d no span; heldout %d empty (%d resolved), %d no"
              + " span%n",
          measure,
          dev.goldEmpty,
          dev.goldEmptyResolved,
          dev.noSpan,
          heldout.goldEmpty,
          heldout.goldEmptyResolved,
          heldout.noSpan);
    }
  }
}
