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
 * of the run lifecycle and not the pipeline; the shared parts name no stage and no shared part
 * beyond {@code records} and {@code common}. CoreNLP is imported in {@code annotate} only, and its
 * private members are reached through one class.
 */
public class LayoutTest {
  private static final Path MAIN = Paths.get("src", "main", "java", "org", "eventwire");
  private static final Set<String> STAGES =
      Set.of("read", "reprints", "annotate", "passages", "merge", "write", "report");

  /** What a stage may name besides itself. */
  private static final Set<String> SHARED =
      Set.of("records", "common", "neardup", "events", "resolve");

  /** What a shared part may name besides itself. */
  private static final Set<String> BASE = Set.of("records", "common");

  private static final Pattern REFERENCE =
      Pattern.compile("org\\.eventwire\\.(\\w+)(?:\\.(\\w+))?");

  @Test
  public void stagesMeetOnlyThroughRecordsAndSharedParts() throws IOException {
    List<String> violations = new ArrayList<>();
    for (String stage : STAGES) {
      for (Path file : sources(stage)) {
        for (String[] reference : references(file)) {
          String pkg = reference[0];
          boolean allowed = SHARED.contains(pkg) || pkg.equals(stage);
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
    for (String shared : List.of("common", "neardup", "events", "resolve")) {
      for (Path file : sources(shared)) {
        for (String[] reference : references(file)) {
          if (!BASE.contains(reference[0]) && !reference[0].equals(shared)) {
            violations.add(
                MAIN.relativize(file) + " (a shared part) names org.eventwire." + reference[0]);
          }
        }
      }
    }
    assertEquals(
        "stage boundaries crossed:\n" + String.join("\n", violations), List.of(), violations);
  }

  @Test
  public void coreNlpStaysInTheAnnotatePackageAndItsInternalsBehindOneClass() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        String relative = MAIN.relativize(file).toString().replace('\\', '/');
        if (source.contains("edu.stanford.nlp") && !relative.startsWith("annotate/")) {
          violations.add(relative + " uses CoreNLP outside annotate/");
        }
        if ((source.contains("setAccessible(") || source.contains("getDeclaredField("))
            && !relative.equals("annotate/CoreNlpInternals.java")) {
          violations.add(relative + " reaches into private members outside CoreNlpInternals");
        }
      }
    }
    assertEquals(String.join("\n", violations), List.of(), violations);
  }

  @Test
  public void everyPackageSaysWhatItIsInAPackageInfo() throws IOException {
    List<String> missing = new ArrayList<>();
    try (Stream<Path> dirs = Files.walk(MAIN)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        boolean hasSources;
        try (Stream<Path> files = Files.list(dir)) {
          hasSources = files.anyMatch(p -> p.toString().endsWith(".java"));
        }
        if (hasSources && !Files.exists(dir.resolve("package-info.java"))) {
          missing.add(MAIN.relativize(dir).toString());
        }
      }
    }
    assertEquals("packages without package-info.java", List.of(), missing);
  }

  /**
   * A test that loads CoreNLP's models, runs a whole pipeline or reads the corpora belongs to the
   * SlowTest category, so that the unit tests stay fast.
   */
  @Test
  public void testsThatLoadModelsOrCorporaAreInTheSlowCategory() throws IOException {
    Pattern slow =
        Pattern.compile(
            "CoreNlpAnnotator\\.factory\\(|SharedCoreNlp\\.|Fixtures\\.(seedsRun|hostileRun|corpus)\\("
                + "|EventwirePipeline\\.run\\(|runToCompletion\\(");
    Path tests = Paths.get("src", "test", "java", "org", "eventwire");
    List<String> uncategorised = new ArrayList<>();
    try (Stream<Path> files = Files.walk(tests)) {
      for (Path file : files.filter(p -> p.toString().endsWith("Test.java")).toList()) {
        String source = Files.readString(file);
        if (slow.matcher(source).find() && !source.contains("@Category(SlowTest.class)")) {
          uncategorised.add(tests.relativize(file).toString());
        }
      }
    }
    assertEquals("slow tests without @Category(SlowTest.class)", List.of(), uncategorised);
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
