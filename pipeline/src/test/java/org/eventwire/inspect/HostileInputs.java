package org.eventwire.inspect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes text files that are valid UTF-8 under the size limit, so they pass the read stage, but
 * that no article is like: each pushes one of the annotate stage's limits (a 200,000-character
 * token, a 300 KB paragraph with no sentence end, 50,000 one-word lines, punctuation and symbols
 * only, Arabic, Cyrillic and CJK with emoji and zero-width characters, a run of one character
 * 600,000 long). {@code HostileInputs OUT_DIR}. Deterministic. The tests run them through the whole
 * pipeline; scripts/bench-hostile.sh measures the run's peak memory on them.
 */
public final class HostileInputs {
  private HostileInputs() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: HostileInputs OUT_DIR");
      System.exit(2);
    }
    Path out = Files.createDirectories(Paths.get(args[0]));
    write(out).keySet().forEach(name -> System.out.println(out.resolve(name)));
  }

  /** Writes the files into {@code dir}; returns each file's name and what it pushes. */
  public static Map<String, String> write(Path dir) throws IOException {
    SplittableRandom random = new SplittableRandom(14);
    Map<String, String> written = new LinkedHashMap<>();

    StringBuilder longToken =
        new StringBuilder("Herat fell to the Taliban on Thursday. Attached file: ");
    String base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 200_000; i++) {
      longToken.append(base64.charAt(random.nextInt(base64.length())));
    }
    longToken.append("\n\nThe Taliban captured Ghazni on Thursday, officials said.\n");
    written.put(put(dir, "long-token.txt", longToken), "a token of 200,000 characters");

    String[] words = {
      "the",
      "fighters",
      "moved",
      "through",
      "Kandahar",
      "and",
      "Herat",
      "while",
      "officials",
      "in",
      "Kabul",
      "said",
      "that",
      "Taliban",
      "forces",
      "had",
      "taken",
      "roads",
      "near",
      "province",
      "United",
      "Nations",
      "reported",
      "thousands",
      "of",
      "families",
      "fled",
      "on",
      "Thursday",
      "with"
    };
    StringBuilder paragraph = new StringBuilder("Reports from the provinces\n\n");
    while (paragraph.length() < 300_000) {
      paragraph
          .append(words[random.nextInt(words.length)])
          .append(random.nextInt(9) == 0 ? ", " : " ");
    }
    written.put(
        put(dir, "no-sentence-end.txt", paragraph.append('\n')),
        "a 300 KB paragraph with no sentence end");

    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      lines.append(words[random.nextInt(words.length)]).append('\n');
    }
    written.put(put(dir, "one-word-lines.txt", lines), "50,000 one-word lines");

    String symbols = "!@#$%^&*()_+-=[]{};':\",./<>?|\\~`\u00a7\u00b6\u2022\u2014\u00a9\u20ac";
    StringBuilder punctuation = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      punctuation.append(symbols.charAt(random.nextInt(symbols.length())));
      if (random.nextInt(7) == 0) {
        punctuation.append(random.nextInt(40) == 0 ? '\n' : ' ');
      }
    }
    written.put(put(dir, "punctuation-only.txt", punctuation), "punctuation and symbols only");

    String[] scripts = {
      "\u0633\u064a\u0637\u0631\u062a \u062d\u0631\u0643\u0629 \u0637\u0627\u0644\u0628\u0627\u0646 \u0639\u0644\u0649"
          + " \u0645\u062f\u064a\u0646\u0629 \u0647\u0631\u0627\u062a \u064a\u0648\u0645 \u0627\u0644\u062e\u0645\u064a\u0633.",
      "\u0422\u0430\u043b\u0438\u0431\u044b \u0437\u0430\u0445\u0432\u0430\u0442\u0438\u043b\u0438 \u0413\u0430\u0437\u043d\u0438"
          + " \u0432 \u0447\u0435\u0442\u0432\u0435\u0440\u0433.",
      "\u5854\u5229\u73ed\u661f\u671f\u56db\u653b\u5360\u4e86\u8d6b\u62c9\u7279\u3002",
      "\ud83d\ude80\ud83d\udd25 Kabul\u200b airport\u200d\u200d closed \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67"
          + " \ufeffon Thursday\u2060 \ud83c\uddfa\ud83c\uddf8."
    };
    StringBuilder mixed = new StringBuilder("\u200b\u200bMixed scripts\n\n");
    for (int i = 0; i < 400; i++) {
      mixed.append(scripts[random.nextInt(scripts.length)]).append(i % 5 == 4 ? "\n\n" : " ");
    }
    written.put(
        put(dir, "mixed-scripts-emoji.txt", mixed),
        "Arabic, Cyrillic and CJK with emoji and zero-width characters");

    written.put(
        put(dir, "one-repeated-character.txt", new StringBuilder("a".repeat(600_000)).append('\n')),
        "one character 600,000 times");
    return written;
  }

  private static String put(Path dir, String name, CharSequence text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    return name;
  }
}
