package org.eventwire.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stacked bar chart as inline SVG: one bar per category (a day, a cluster size), one coloured
 * segment per series. Written by hand so that the report needs no script and no library; every
 * segment has a {@code <title>}, which browsers show as a tooltip.
 */
final class SvgBarChart {
  /**
   * Colour-blind-friendly and distinct on screen and in print (Tableau 10); the last is for
   * "other".
   */
  static final List<String> PALETTE =
      List.of(
          "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
          "#9c755f", "#bab0ac");

  private static final int WIDTH = 1000;
  private static final int HEIGHT = 280;
  private static final int LEFT = 56;
  private static final int RIGHT = 12;
  private static final int TOP = 12;
  private static final int BOTTOM = 70;

  /** Beyond this many category labels they would overlap; every k-th is shown instead. */
  private static final int MAX_LABELS = 40;

  private final List<String> categories = new ArrayList<>();
  private final List<long[]> values = new ArrayList<>();
  private final List<String> series;
  private final String xTitle;
  private final String yTitle;

  /** A chart with these series (one colour each, in PALETTE order), and axis titles. */
  SvgBarChart(List<String> series, String xTitle, String yTitle) {
    this.series = List.copyOf(series);
    this.xTitle = xTitle;
    this.yTitle = yTitle;
  }

  /** Adds a bar: its category label and one value per series. */
  void bar(String category, long... valuesPerSeries) {
    if (valuesPerSeries.length != series.size()) {
      throw new IllegalArgumentException(
          valuesPerSeries.length + " values for " + series.size() + " series");
    }
    categories.add(category);
    values.add(valuesPerSeries.clone());
  }

  boolean isEmpty() {
    return categories.isEmpty();
  }

  static String colour(int seriesIndex) {
    return PALETTE.get(Math.min(seriesIndex, PALETTE.size() - 1));
  }

  /** The chart as an {@code <svg>} element; {@code label} is its accessible name. */
  String svg(String label) {
    long max = 0;
    for (long[] bar : values) {
      long total = 0;
      for (long v : bar) {
        total += v;
      }
      max = Math.max(max, total);
    }
    long step = niceStep(max);
    long top = Math.max(step, ((max + step - 1) / step) * step);
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double band = plotWidth / Math.max(1, categories.size());
    // A handful of bars would otherwise each be a wall the width of the page.
    double barWidth = Math.max(1, Math.min(48, band * 0.8));

    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"")
        .append(RunReport.escape(label))
        .append("\">\n");
    grid(svg, top, step, plotHeight);
    int labelEvery = (int) Math.ceil(categories.size() / (double) MAX_LABELS);
    for (int i = 0; i < categories.size(); i++) {
      bar(svg, i, top, band, barWidth, plotHeight, i % labelEvery == 0);
    }
    axes(svg, plotHeight);
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** Horizontal grid lines and their values. */
  private static void grid(StringBuilder svg, long top, long step, double plotHeight) {
    for (long tick = 0; tick <= top; tick += step) {
      double y = TOP + plotHeight - plotHeight * tick / top;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" class=\"tick\" text-anchor=\"end\">%,d</text>\n",
              LEFT,
              WIDTH - RIGHT,
              y,
              y,
              LEFT - 6,
              y + 4,
              tick));
    }
  }

  /** Bar {@code i}, its series stacked, and its category label when {@code labelled}. */
  private void bar(
      StringBuilder svg,
      int i,
      long top,
      double band,
      double barWidth,
      double plotHeight,
      boolean labelled) {
    {
      double x = LEFT + i * band + (band - barWidth) / 2;
      double base = TOP + plotHeight;
      long[] bar = values.get(i);
      for (int s = 0; s < bar.length; s++) {
        if (bar[s] == 0) {
          continue;
        }
        double h = plotHeight * bar[s] / top;
        base -= h;
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>",
                x,
                base,
                barWidth,
                h,
                colour(s)));
        svg.append(RunReport.escape(categories.get(i)));
        if (series.size() > 1) {
          svg.append(" \u00b7 ").append(RunReport.escape(series.get(s)));
        }
        svg.append(String.format(Locale.ROOT, ": %,d</title></rect>\n", bar[s]));
      }
      if (labelled) {
        double cx = LEFT + i * band + band / 2;
        double cy = TOP + plotHeight + 14;
        svg.append(
                String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" class=\"tick\" text-anchor=\"end\" transform=\"rotate(-45 %.1f %.1f)\">",
                    cx,
                    cy,
                    cx,
                    cy))
            .append(RunReport.escape(categories.get(i)))
            .append("</text>\n");
      }
    }
  }

  /** The x axis and both axis titles. */
  private void axes(StringBuilder svg, double plotHeight) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"axis\"/>\n",
            LEFT,
            WIDTH - RIGHT,
            TOP + plotHeight,
            TOP + plotHeight));
    svg.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" class=\"axis-title\" text-anchor=\"end\">",
                WIDTH - RIGHT,
                HEIGHT - 4))
        .append(RunReport.escape(xTitle))
        .append("</text>\n");
    svg.append(
            String.format(
                Locale.ROOT,
                "<text x=\"12\" y=\"%d\" class=\"axis-title\" transform=\"rotate(-90 12 %d)\" text-anchor=\"middle\">",
                TOP + HEIGHT / 2 - BOTTOM / 2,
                TOP + HEIGHT / 2 - BOTTOM / 2))
        .append(RunReport.escape(yTitle))
        .append("</text>\n");
  }

  /** An HTML legend: a coloured square and the name of each series. */
  String legend() {
    StringBuilder html = new StringBuilder("<p class=\"legend\">");
    for (int s = 0; s < series.size(); s++) {
      html.append("<span><i style=\"background:")
          .append(colour(s))
          .append("\"></i>")
          .append(RunReport.escape(series.get(s)))
          .append("</span> ");
    }
    return html.append("</p>\n").toString();
  }

  /** A grid step of 1, 2 or 5 times a power of ten that gives about five lines up to max. */
  static long niceStep(long max) {
    if (max <= 5) {
      return 1;
    }
    double rough = max / 5.0;
    long magnitude = (long) Math.pow(10, Math.floor(Math.log10(rough)));
    for (long factor : new long[] {1, 2, 5}) {
      if (factor * magnitude >= rough) {
        return factor * magnitude;
      }
    }
    return 10 * magnitude;
  }
}
