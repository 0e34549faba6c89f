package org.eventwire.inspect;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a benchmark of cut-down reprints made from real wire stories: {@code AbridgedCorpus
 * OUT_DIR [WIRE_DIR] [TRUTH_TSV] [STORIES] [SEED]} (defaults: the wire-afp originals and truth in
 * ../shared/corpora, 300 stories, seed 21). Each chosen original is written unchanged with one to
 * three copies cut the way newspapers cut agency copy: the first 40 to 70% of its paragraphs, and
 * on some copies a paragraph dropped, two swapped, a paragraph of another story appended, a new
 * first line. Roundups string the leads of three chosen stories together: they are new documents,
 * each its own cluster, and must not glue those stories into one. OUT_DIR/truth.tsv gives every
 * file its cluster (an original's cluster in the wire-afp truth) and its edits. Deterministic for a
 * given seed and source.
 */
public final class AbridgedCorpus {
  /**
   * Stories of fewer body paragraphs or words are not cut: 40% of them would be a single paragraph,
   * and the shortest are results tables and briefs, not stories an outlet trims to fit.
   */
  static final int MIN_PARAGRAPHS = 4;

  static final int MIN_WORDS = 150;
  static final int ROUNDUPS_PER_100_STORIES = 10;
  public static final long DEFAULT_SEED = 21L;

  private static final String[] FIRST_LINES = {
    "This story was updated with local reaction.",
    "Readers in the region followed the news closely on %s.",
    "The following report reached our newsroom on %s from the wires.",
    "Local officials declined to comment on the report on %s.",
    "Our correspondent adds that the situation remained unclear on %s."
  };
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

  private AbridgedCorpus() {}

  /** One wire story: its date header (may be empty), title and body paragraphs. */
  public static final class Story {
    public final String file;

    /** " date YYYY-MM-DD " or empty. */
    public final String dateHeader;

    public final String title;
    public final List<String> paragraphs;

    Story(String file, String dateHeader, String title, List<String> paragraphs) {
      this.file = file;
      this.dateHeader = dateHeader;
      this.title = title;
      this.paragraphs = paragraphs;
    }

    public static Story parse(String file, String content) {
      String dateHeader = "";
      if (content.matches("(?s)^ date \\d{4}-\\d{2}-\\d{2} .*")) {
        dateHeader = content.substring(0, 17);
        content = content.substring(17);
      }
      List<String> blocks =
          Arrays.stream(content.strip().split("\n\\s*\n"))
              .map(String::strip)
              .filter(b -> !b.isEmpty())
              .collect(Collectors.toList());
      return new Story(file, dateHeader, blocks.get(0), blocks.subList(1, blocks.size()));
    }

    int words() {
      return paragraphs.stream().mapToInt(p -> p.split("\\s+").length).sum();
    }

    /** The story's date header, then the given title and paragraphs, as a file's content. */
    public String render(String title, List<String> body) {
      StringBuilder text = new StringBuilder(dateHeader).append(title).append("\n\n");
      body.forEach(p -> text.append(p).append("\n\n"));
      return text.toString();
    }
  }

  /** A copy's paragraphs and the edits that made them, as the truth file lists them. */
  static final class Copy {
    final List<String> paragraphs;
    final List<String> edits;

    Copy(List<String> paragraphs, List<String> edits) {
      this.paragraphs = paragraphs;
      this.edits = edits;
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: AbridgedCorpus OUT_DIR [WIRE_DIR] [TRUTH_TSV] [STORIES] [SEED]");
      System.exit(2);
    }
    Path out = Paths.get(args[0]);
    Path wire = Paths.get(args.length > 1 ? args[1] : "../shared/corpora/wire-afp");
    String truthFile =
        args.length > 2
            ? args[2]
            : wire.resolveSibling(wire.getFileName() + "-truth.tsv").toString();
    int stories = args.length > 3 ? Integer.parseInt(args[3]) : 300;
    long seed = args.length > 4 ? Long.parseLong(args[4]) : DEFAULT_SEED;
    int written = write(out, wire, DedupScore.readTruth(truthFile), stories, seed);
    System.out.printf(
        "wrote %,d documents (%,d stories with their copies, and roundups) to %s%n",
        written, stories, out.resolve("docs"));
  }

  /** Writes OUT/docs/*.txt and OUT/truth.tsv; returns the number of documents. */
  public static int write(
      Path out, Path wire, Map<String, String> wireTruth, int stories, long seed)
      throws IOException {
    List<Story> originals = new ArrayList<>();
    try (Stream<Path> files = Files.list(wire)) {
      for (Path file : files.sorted().collect(Collectors.toList())) {
        String name = file.getFileName().toString();
        if (name.endsWith(".txt") && !name.contains("-copy")) {
          Story story = Story.parse(name, Files.readString(file, StandardCharsets.UTF_8));
          if (story.paragraphs.size() >= MIN_PARAGRAPHS && story.words() >= MIN_WORDS) {
            originals.add(story);
          }
        }
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    Collections.shuffle(originals, new java.util.Random(random.nextLong()));
    if (originals.size() < stories) {
      throw new IllegalArgumentException(
          "only "
              + originals.size()
              + " stories of "
              + MIN_PARAGRAPHS
              + " paragraphs and "
              + MIN_WORDS
              + " words or more in "
              + wire);
    }
    List<Story> chosen = originals.subList(0, stories);
    Path docs = out.resolve("docs");
    Files.createDirectories(docs);
    int written = 0;
    try (BufferedWriter truth =
        Files.newBufferedWriter(out.resolve("truth.tsv"), StandardCharsets.UTF_8)) {
      truth.write("file\tcluster\tedits\n");
      for (Story story : chosen) {
        String cluster = wireTruth.getOrDefault(story.file, story.file);
        Files.writeString(
            docs.resolve(story.file),
            story.render(story.title, story.paragraphs),
            StandardCharsets.UTF_8);
        truth.write(story.file + "\t" + cluster + "\toriginal\n");
        written++;
        int copies = 1 + random.nextInt(3);
        for (int c = 1; c <= copies; c++) {
          Story other = chosen.get(random.nextInt(chosen.size()));
          Copy copy =
              abridge(random, story.paragraphs, other == story ? List.of() : other.paragraphs);
          String name = story.file.replace(".txt", "-cut" + c + ".txt");
          Files.writeString(
              docs.resolve(name),
              story.render(headline(random, story.title), copy.paragraphs),
              StandardCharsets.UTF_8);
          truth.write(name + "\t" + cluster + "\t" + String.join(",", copy.edits) + "\n");
          written++;
        }
      }
      int roundups = stories * ROUNDUPS_PER_100_STORIES / 100;
      for (int r = 1; r <= roundups; r++) {
        String name = String.format("roundup-%03d.txt", r);
        List<String> body = new ArrayList<>();
        List<String> from = new ArrayList<>();
        while (from.size() < 3) {
          Story story = chosen.get(random.nextInt(chosen.size()));
          if (from.contains(story.file)) {
            continue;
          }
          from.add(story.file);
          body.add(story.title.toUpperCase(java.util.Locale.ROOT));
          body.addAll(story.paragraphs.subList(0, 2 + random.nextInt(2)));
        }
        Files.writeString(
            docs.resolve(name),
            " date 1997-04-30 World news in brief\n\n" + String.join("\n\n", body) + "\n",
            StandardCharsets.UTF_8);
        truth.write(name + "\t" + name + "\troundup:" + String.join("+", from) + "\n");
        written++;
      }
    }
    return written;
  }

  /** An outlet's headline: the agency's, sometimes with a house prefix. */
  private static String headline(SplittableRandom random, String title) {
    String[] prefixes = {"", "", "WORLD: ", "UPDATE - ", "In brief: "};
    return prefixes[random.nextInt(prefixes.length)] + title;
  }

  /**
   * The first 40 to 70% of the paragraphs (at least two), then on some copies: one dropped (never
   * the lead), two neighbours swapped, a paragraph of {@code other} appended, a new first line.
   */
  static Copy abridge(SplittableRandom random, List<String> paragraphs, List<String> other) {
    List<String> edits = new ArrayList<>();
    double share = 0.4 + 0.3 * random.nextDouble();
    int keep = Math.max(2, (int) Math.round(paragraphs.size() * share));
    List<String> copy = new ArrayList<>(paragraphs.subList(0, keep));
    edits.add(String.format("cut:%d/%d", keep, paragraphs.size()));
    if (copy.size() >= 4 && random.nextInt(4) == 0) {
      copy.remove(1 + random.nextInt(copy.size() - 1));
      edits.add("drop");
    }
    if (copy.size() >= 3 && random.nextInt(4) == 0) {
      int i = 1 + random.nextInt(copy.size() - 2);
      Collections.swap(copy, i, i + 1);
      edits.add("swap");
    }
    if (!other.isEmpty() && random.nextInt(4) == 0) {
      copy.add(other.get(random.nextInt(other.size())));
      edits.add("append");
    }
    if (random.nextInt(3) == 0) {
      String line = FIRST_LINES[random.nextInt(FIRST_LINES.length)];
      copy.add(0, String.format(line, DAYS[random.nextInt(DAYS.length)]));
      edits.add("firstline");
    }
    return new Copy(copy, edits);
  }
}
