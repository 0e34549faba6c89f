package org.eventwire.inspect;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a corpus of random news-like text with known near-duplicates planted in it, for scaling
 * runs: {@code SyntheticCorpus OUT_DIR DOCUMENTS [SEED]}. About a third of the stories get one to
 * three copies, edited the way outlets edit agency copy (new headline, dateline, trimmed tail, a
 * few words substituted). OUT_DIR/truth.tsv lists every file with its story, as the wire-afp truth
 * does. Deterministic for a given seed.
 */
public final class SyntheticCorpus {
  private SyntheticCorpus() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: SyntheticCorpus OUT_DIR DOCUMENTS [SEED]");
      System.exit(2);
    }
    Path out = Paths.get(args[0]);
    int total = Integer.parseInt(args[1]);
    SplittableRandom random =
        new SplittableRandom(args.length > 2 ? Long.parseLong(args[2]) : 1997L);
    Files.createDirectories(out.resolve("docs"));
    String[] vocabulary = vocabulary(random, 30_000);
    int written = 0;
    int story = 0;
    try (BufferedWriter truth =
        Files.newBufferedWriter(out.resolve("truth.tsv"), StandardCharsets.UTF_8)) {
      truth.write("file\tcluster\tedits\n");
      while (written < total) {
        String name = String.format("story%07d", story++);
        List<String> paragraphs = story(random, vocabulary);
        write(out, name + ".txt", "Story " + name, paragraphs);
        truth.write(name + ".txt\t" + name + ".txt\toriginal\n");
        written++;
        int copies = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0;
        for (int c = 1; c <= copies && written < total; c++, written++) {
          String copy = name + "-copy" + c + ".txt";
          write(
              out,
              copy,
              "Update: " + word(random, vocabulary) + " " + name,
              edit(random, vocabulary, paragraphs));
          truth.write(copy + "\t" + name + ".txt\tsynthetic\n");
        }
      }
    }
    System.out.printf(
        "wrote %,d documents (%,d stories) to %s%n", written, story, out.resolve("docs"));
  }

  private static String[] vocabulary(SplittableRandom random, int size) {
    String[] words = new String[size];
    for (int i = 0; i < size; i++) {
      int length = 2 + random.nextInt(9);
      StringBuilder w = new StringBuilder();
      for (int j = 0; j < length; j++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      words[i] = w.toString();
    }
    return words;
  }

  /** Zipf-like: low ranks are common, as in real text. */
  private static String word(SplittableRandom random, String[] vocabulary) {
    double u = random.nextDouble();
    return vocabulary[(int) (Math.pow(vocabulary.length, u)) - 1];
  }

  private static List<String> story(SplittableRandom random, String[] vocabulary) {
    List<String> paragraphs = new ArrayList<>();
    int count = 4 + random.nextInt(8);
    for (int p = 0; p < count; p++) {
      StringBuilder text = new StringBuilder();
      int sentences = 1 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        int words = 8 + random.nextInt(25);
        for (int w = 0; w < words; w++) {
          text.append(w == 0 ? "" : " ").append(word(random, vocabulary));
        }
        text.append(". ");
      }
      paragraphs.add(text.toString().strip());
    }
    return paragraphs;
  }

  private static List<String> edit(
      SplittableRandom random, String[] vocabulary, List<String> original) {
    List<String> copy = new ArrayList<>();
    copy.add(
        "DATELINE " + word(random, vocabulary).toUpperCase() + " (Agency) -- " + original.get(0));
    int keep = Math.max(2, original.size() - random.nextInt(Math.max(1, original.size() / 4)));
    for (int p = 1; p < keep && p < original.size(); p++) {
      String paragraph = original.get(p);
      if (random.nextInt(3) == 0) {
        String[] words = paragraph.split(" ");
        words[random.nextInt(words.length)] = word(random, vocabulary);
        paragraph = String.join(" ", words);
      }
      copy.add(paragraph);
    }
    return copy;
  }

  private static void write(Path out, String name, String title, List<String> paragraphs)
      throws IOException {
    StringBuilder text = new StringBuilder(" date 2021-08-12 ").append(title).append("\n\n");
    for (String p : paragraphs) {
      text.append(p).append("\n\n");
    }
    Files.writeString(out.resolve("docs").resolve(name), text, StandardCharsets.UTF_8);
  }
}
