package org.eventwire;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Stages meet only through records and shared parts: a stage package names no other stage, no part
 * of the run lifecycle and not the pipeline; the shared parts name no stage. The annotate stage may
 * use the pure event-coding domain (events/), never the stage that merges events.
 */
public class LayoutTest {
  private static final Path MAIN = Paths.get("src", "main", "java", "org", "eventwire");
  private static final Set<String> STAGES =
      Set.of("read", "dedup", "annotate", "events", "write", "report");
  private static final Set<String> SHARED = Set.of("records", "common");
  private static final Pattern REFERENCE =
      Pattern.compile("org\\.eventwire\\.(\\w+)(?:\\.(\\w+))?");

  @Test
  public void stagesMeetOnlyThroughRecordsAndSharedParts() throws IOException {
    List<String> violations = new ArrayList<>();
    for (String stage : STAGES) {
      for (Path file : sources(stage)) {
        for (String[] reference : references(file)) {
          String pkg = reference[0];
          boolean allowed =
              SHARED.contains(pkg)
                  || pkg.equals(stage)
                  || (stage.equals("annotate")
                      && pkg.equals("events")
                      && !"MergeEvents".equals(reference[1]));
          if (!allowed) {
            violations.add(
                MAIN.relativize(file)
                    + " names org.eventwire."
                    + pkg
                    + (reference[1] == null ? "" : "." + reference[1]));
          }
        }
      }
    }
    for (Path file : sources("common")) {
      for (String[] reference : references(file)) {
        if (!SHARED.contains(reference[0])) {
          violations.add(
              MAIN.relativize(file) + " (a shared part) names org.eventwire." + reference[0]);
        }
      }
    }
    assertEquals(
        "stage boundaries crossed:\n" + String.join("\n", violations), List.of(), violations);
  }

  private static List<Path> sources(String pkg) throws IOException {
    Path dir = MAIN.resolve(pkg);
    assertTrue("no package " + dir, Files.isDirectory(dir));
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }

  /** Every org.eventwire reference in a file, imports, qualified names and Javadoc links alike. */
  private static List<String[]> references(Path file) throws IOException {
    List<String[]> found = new ArrayList<>();
    Matcher m = REFERENCE.matcher(Files.readString(file));
    while (m.find()) {
      String first = m.group(1);
      // org.eventwire.EventwirePipeline: a class of the root package, the pipeline itself.
      found.add(
          Character.isUpperCase(first.charAt(0))
              ? new String[] {"(root)", first}
              : new String[] {first, m.group(2)});
    }
    return found;
  }
}
