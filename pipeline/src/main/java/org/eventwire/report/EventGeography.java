package org.eventwire.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.eventwire.records.Event;
import org.eventwire.records.Role;

/**
 * The report's "Where" section: a world map with each event as a dot at its location, sized by
 * independent reports; events per country (event_country); the top dyads (actor country to target
 * country). Outlines are Natural Earth's, converted by scripts/build-world-map.py into {@code
 * world-110m.tsv} (plate carree: x = lon + 180, y = 90 - lat, in degrees).
 */
final class EventGeography {
  /** Rows in the country and dyad tables. */
  static final int TOP_ROWS = 20;

  /** The map's height in degrees of latitude: 90N to 60S (Antarctica is left out). */
  static final int MAP_HEIGHT = 150;

  private static final String OUTLINES = "world-110m.tsv";

  /** One point on the map: the events located there, with their reports. */
  private static final class Point {
    final double lat;
    final double lon;
    final String name;
    final boolean countryOnly;
    long events;
    long reports;

    Point(double lat, double lon, String name, boolean countryOnly) {
      this.lat = lat;
      this.lon = lon;
      this.name = name;
      this.countryOnly = countryOnly;
    }
  }

  /** Events and reports of one country or dyad. */
  private static final class Tally {
    final Map<String, Long> reasons = new HashMap<>();
    long events;
    long reports;
  }

  private final Map<String, Point> points = new HashMap<>();
  private final Map<String, Tally> countries = new HashMap<>();
  private final Map<String, Tally> dyads = new HashMap<>();
  private long events;
  private long located;
  private long withCountry;
  private long dyadEvents;
  private boolean resolved;

  void add(Event e) {
    events++;
    Role location = e.getLocation();
    if (location != null && location.getLat() != null && location.getLon() != null) {
      located++;
      String at = location.getLat() + "," + location.getLon();
      Point point =
          points.computeIfAbsent(
              at,
              k ->
                  new Point(
                      location.getLat(),
                      location.getLon(),
                      location.getName() != null ? location.getName() : location.getText(),
                      "COUNTRY".equals(location.getPrecision())));
      point.events++;
      point.reports += e.getNumIndependentReports();
    }
    if (e.getEventCountryReason() != null) {
      resolved = true;
    }
    if (e.getEventCountry() != null) {
      withCountry++;
      Tally country = countries.computeIfAbsent(e.getEventCountry(), k -> new Tally());
      country.events++;
      country.reports += e.getNumIndependentReports();
      country.reasons.merge(e.getEventCountryReason(), 1L, Long::sum);
    }
    String from = countryOf(e.getActor());
    String to = countryOf(e.getTarget());
    if (from != null && to != null) {
      dyadEvents++;
      Tally dyad = dyads.computeIfAbsent(from + " \u2192 " + to, k -> new Tally());
      dyad.events++;
      dyad.reports += e.getNumIndependentReports();
    }
  }

  private static @Nullable String countryOf(@Nullable Role role) {
    return role == null ? null : role.getCountry();
  }

  /** The section, or a note saying why it is empty. */
  String section() {
    StringBuilder html = new StringBuilder("<section id=\"where\">\n<h2>Where</h2>\n");
    if (events == 0) {
      return html.append("<p>No events.</p>\n</section>\n").toString();
    }
    if (!resolved) {
      return html.append(
              "<p class=\"note\">This run did not resolve actors and places"
                  + " (--resolveActorsAndPlaces=false, or records written before it existed).</p>\n"
                  + "</section>\n")
          .toString();
    }
    html.append(
        String.format(
            Locale.ROOT,
            "<p class=\"note\">%,d of %,d events have a location on the map; each dot is one place,"
                + " its area the independent reports of the events there. Hollow dots are places"
                + " known only as a country, drawn at its capital. %,d events have an"
                + " event_country, %,d both an actor and a target country.</p>\n",
            located,
            events,
            withCountry,
            dyadEvents));
    html.append(map());
    html.append(
        "<div class=\"pair\">\n<div id=\"events-per-country\">\n<h3>Events per country</h3>\n");
    html.append(table(countries, "event_country", true));
    html.append("</div>\n<div id=\"top-dyads\">\n<h3>Top dyads</h3>\n");
    html.append(table(dyads, "actor country \u2192 target country", false));
    html.append("</div>\n</div>\n");
    html.append(
        "<p class=\"note\">Places: GeoNames (geonames.org), CC BY 4.0. Map outlines: Natural"
            + " Earth (naturalearthdata.com), public domain, via world-atlas (ISC).</p>\n");
    return html.append("</section>\n").toString();
  }

  private String map() {
    StringBuilder svg =
        new StringBuilder(
            "<svg class=\"chart map\" viewBox=\"0 0 360 "
                + MAP_HEIGHT
                + "\" role=\"img\" aria-label=\"events on a world map\">\n"
                + "<rect width=\"360\" height=\""
                + MAP_HEIGHT
                + "\" fill=\"#eef4f8\"/>\n<g fill=\"#ddd\" stroke=\"#fff\" stroke-width=\"0.15\">\n");
    for (String[] outline : outlines()) {
      svg.append("<path d=\"")
          .append(outline[2])
          .append("\"><title>")
          .append(RunReport.escape(outline[1]))
          .append("</title></path>\n");
    }
    svg.append("</g>\n");
    long most = points.values().stream().mapToLong(p -> p.reports).max().orElse(1);
    List<Point> ordered = new ArrayList<>(points.values());
    // Large dots first, so that small ones stay visible on top of them.
    ordered.sort(Comparator.comparingLong((Point p) -> -p.reports).thenComparing(p -> p.name));
    for (Point p : ordered) {
      double radius = 0.6 + 4.0 * Math.sqrt((double) p.reports / most);
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" %s><title>%s: %d events, %d reports</title></circle>\n",
              p.lon + 180,
              90 - p.lat,
              radius,
              p.countryOnly
                  ? "fill=\"none\" stroke=\"#c0392b\" stroke-width=\"0.4\""
                  : "fill=\"#c0392b\" fill-opacity=\"0.55\" stroke=\"#7b241c\" stroke-width=\"0.15\"",
              RunReport.escape(p.name),
              p.events,
              p.reports));
    }
    return svg.append("</svg>\n").toString();
  }

  private static String table(Map<String, Tally> tallies, String what, boolean reasons) {
    if (tallies.isEmpty()) {
      return "<p class=\"note\">None.</p>\n";
    }
    StringBuilder html =
        new StringBuilder("<table>\n<tr><th>")
            .append(RunReport.escape(what))
            .append("</th><th class=\"n\">events</th><th class=\"n\">reports</th>")
            .append(reasons ? "<th>from</th>" : "")
            .append("</tr>\n");
    tallies.entrySet().stream()
        .sorted(
            Comparator.comparingLong((Map.Entry<String, Tally> t) -> -t.getValue().events)
                .thenComparing(Map.Entry::getKey))
        .limit(TOP_ROWS)
        .forEach(
            t -> {
              html.append("<tr><td>")
                  .append(RunReport.escape(t.getKey()))
                  .append(
                      String.format(Locale.ROOT, "</td><td class=\"n\">%,d", t.getValue().events))
                  .append(
                      String.format(Locale.ROOT, "</td><td class=\"n\">%,d", t.getValue().reports));
              if (reasons) {
                html.append("</td><td>").append(RunReport.escape(reasons(t.getValue())));
              }
              html.append("</td></tr>\n");
            });
    return html.append("</table>\n").toString();
  }

  private static String reasons(Tally tally) {
    StringBuilder out = new StringBuilder();
    tally.reasons.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(
            r ->
                out.append(out.length() == 0 ? "" : ", ")
                    .append(r.getKey())
                    .append(' ')
                    .append(r.getValue()));
    return out.toString();
  }

  /** The country outlines: iso numeric, name, SVG path. Read once per JVM. */
  static List<String[]> outlines() {
    return Outlines.ALL;
  }

  private static final class Outlines {
    static final List<String[]> ALL = read();

    private static List<String[]> read() {
      List<String[]> rows = new ArrayList<>();
      try (InputStream in = EventGeography.class.getResourceAsStream(OUTLINES)) {
        if (in == null) {
          throw new IllegalStateException("no " + OUTLINES + " beside " + EventGeography.class);
        }
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (!line.startsWith("#") && !line.isBlank()) {
            rows.add(line.split("\t", 3));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return List.copyOf(rows);
    }
  }
}
