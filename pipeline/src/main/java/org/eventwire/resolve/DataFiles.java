package org.eventwire.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Reads the package's tab-separated resources: '#' lines are their source and licence header. */
final class DataFiles {
  private DataFiles() {}

  /** Calls {@code row} with the fields of each data line of resource {@code name}. */
  static void forEachRow(String name, Consumer<String[]> row) {
    try (InputStream raw = DataFiles.class.getResourceAsStream(name)) {
      if (raw == null) {
        throw new IllegalStateException("resolve data missing from the class path: " + name);
      }
      InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isEmpty() && line.charAt(0) != '#') {
          row.accept(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + name, e);
    }
  }

  /** {@code text} split at {@code separator}, empty parts left out. */
  static List<String> split(String text, char separator) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == separator) {
        if (i > start) {
          parts.add(text.substring(start, i));
        }
        start = i + 1;
      }
    }
    return parts;
  }
}
