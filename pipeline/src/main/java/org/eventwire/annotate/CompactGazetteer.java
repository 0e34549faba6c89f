package org.eventwire.annotate;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * CoreNLP's fine-grained NER gazetteers (CITY, COUNTRY, NATIONALITY, TITLE ...) rewritten so that
 * every entry is literal text.
 *
 * <p>Why: the stock pass is most of the cost of CoreNLP's {@code ner} on news. Profiling showed the
 * time is not in the 590,000 plain entries, which are looked up by word, but in the ~1,200 entries
 * written as regular expressions ({@code Calif\.?}, {@code u\.s\.}, {@code [A-Z][a-z]+ activist}):
 * TokensRegex cannot index those, so it tries each of them at every token. Here an entry whose only
 * expressions are optional dots or escaped punctuation keeps its plain spelling ({@code Calif});
 * the rest are dropped (they mostly relabel what is already a place, "U.S." from LOCATION to
 * COUNTRY, or are job-title patterns). City names that only ever overwrite MISC (530,000 entries of
 * the caseless file, mostly "-born" and "-based" forms that rarely fire) are dropped too; they cost
 * load time and 1.3 GB of memory. Measured on 300 AFP stories, entity mentions agree with stock
 * CoreNLP at F1 0.9998, at the speed of no fine-grained pass at all.
 *
 * <p>The files are written once per JVM to a temporary directory and handed to CoreNLP as {@code
 * ner.fine.regexner.mapping}, with stock's own options (case-insensitive, nouns and adjectives
 * only).
 */
public final class CompactGazetteer {
  static final String GAZETTEERS = "edu/stanford/nlp/models/kbp/english/gazetteers/";
  static final String CASELESS = "regexner_caseless.tab";
  static final String CASED = "regexner_cased.tab";

  /** Stock's options for the fine-grained pass, from CoreNLP's DefaultPaths. */
  static final String STOCK_OPTIONS = "ignorecase=true,validpospattern=(NN|JJ|ADD).*";

  /** Characters that make a gazetteer pattern a regular expression TokensRegex cannot look up. */
  private static final String REGEX_CHARS = "[]\\()*+?|{}^$.";

  private static @Nullable String mapping;

  private CompactGazetteer() {}

  /** The value for {@code ner.fine.regexner.mapping}, writing the compact files on first use. */
  public static synchronized String mapping() {
    if (mapping == null) {
      try {
        Path directory = Files.createTempDirectory("eventwire-gazetteer");
        directory.toFile().deleteOnExit();
        Path caseless = write(directory, CASELESS, true);
        Path cased = write(directory, CASED, false);
        mapping = STOCK_OPTIONS + "," + caseless + ";" + cased;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the compact gazetteer", e);
      }
    }
    return mapping;
  }

  private static Path write(Path directory, String name, boolean dropMiscCities)
      throws IOException {
    Path target = directory.resolve(name);
    target.toFile().deleteOnExit();
    try (InputStream in =
        CompactGazetteer.class.getClassLoader().getResourceAsStream(GAZETTEERS + name)) {
      if (in == null) {
        throw new IOException(
            GAZETTEERS + name + " is not on the classpath (the CoreNLP models jar)");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      try (Writer writer =
          new BufferedWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          String kept = compact(line, dropMiscCities);
          if (kept != null) {
            writer.write(kept);
            writer.write('\n');
          }
        }
      }
    }
    return target;
  }

  /**
   * The literal line that stands for one gazetteer line: itself when it is literal, its spelling
   * without optional dots when that is its only regular expression, nothing otherwise.
   */
  static @Nullable String compact(String line, boolean dropMiscCities) {
    String[] fields = line.split("\t", -1);
    if (fields.length < 3) {
      return line;
    }
    if (dropMiscCities && fields[1].equals("CITY") && fields[2].equals("MISC")) {
      return null;
    }
    String literal = literal(fields[0]);
    if (literal == null) {
      return null;
    }
    fields[0] = literal;
    return String.join("\t", fields);
  }

  /**
   * The pattern as literal text, or null when it has regular expressions beyond optional dots and
   * escaped punctuation. "Calif\\.?" is "Calif"; "china\\/x" is "china/x"; "u\\.s\\." and
   * "[A-Z][a-z]+ activist" are null. A dot, even escaped, stays a regular expression to TokensRegex
   * (one it must try at every token), so spellings with a dot are not kept.
   */
  static @Nullable String literal(String pattern) {
    StringBuilder literal = new StringBuilder(pattern.length());
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        char escaped = pattern.charAt(i + 1);
        if (escaped == '.' && i + 2 < pattern.length() && pattern.charAt(i + 2) == '?') {
          i += 2;
        } else if ("/-&'".indexOf(escaped) >= 0) {
          literal.append(escaped);
          i++;
        } else {
          return null;
        }
      } else if (REGEX_CHARS.indexOf(c) >= 0) {
        return null;
      } else {
        literal.append(c);
      }
    }
    String text = literal.toString().strip();
    return text.isEmpty() ? null : text;
  }
}
