package org.eventwire.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.eventwire.Fixtures;
import org.eventwire.records.Document;
import org.eventwire.records.Rejected;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ReadDocumentsTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final transient TemporaryFolder folder = new TemporaryFolder();

  @Test
  public void samplesAreFiveDocumentsTwoWithHeaderDates() {
    PCollectionTuple read =
        pipeline.apply(new ReadDocuments(Fixtures.samplesGlob(), 1 << 20, null, 4, false));
    PAssert.that(read.get(ReadDocuments.REJECTED)).empty();
    PAssert.that(read.get(ReadDocuments.DOCUMENTS))
        .satisfies(
            documents -> {
              int count = 0;
              int dated = 0;
              for (Document doc : documents) {
                count++;
                if (doc.getDocDate() != null) {
                  dated++;
                  assertEquals(LocalDate.of(2021, 8, 12), doc.getDocDate());
                  assertEquals("HEADER", doc.getDocDateSource());
                }
              }
              assertEquals(5, count);
              assertEquals(2, dated);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void everyHostileFileIsExactlyOneDocumentOrOneRejection() throws Exception {
    Path dir = folder.getRoot().toPath();
    Map<String, String> expected = Fixtures.writeHostileFolder(dir);
    String dirName = dir.toString();
    PCollectionTuple read =
        pipeline.apply(new ReadDocuments(dir + "/*", 1 << 20, LocalDate.of(2021, 8, 12), 4, false));

    PAssert.that(read.get(ReadDocuments.DOCUMENTS))
        .satisfies(
            documents -> {
              Set<String> names = new HashSet<>();
              for (Document doc : documents) {
                String name = Fixtures.fileName(doc.getSourceUri());
                assertEquals(name + " came out twice", true, names.add(name));
                assertEquals(name, "document", expected.get(name));
                if (name.equals("malformed-date.txt")) {
                  assertThat(doc.getWarnings().get(0), containsString("2021-13-45"));
                  assertEquals("OPTION", doc.getDocDateSource());
                }
                if (name.equals("legacy-cp1252.txt")) {
                  assertEquals("windows-1252", doc.getEncoding());
                }
              }
              assertEquals(expectedNames(expected, "document"), names);
              return null;
            });
    PAssert.that(read.get(ReadDocuments.REJECTED))
        .satisfies(
            rejections -> {
              Map<String, String> errors = new HashMap<>();
              for (Rejected r : rejections) {
                String name = Fixtures.fileName(r.getSourceUri());
                assertEquals(name + " came out twice", null, errors.put(name, r.getError()));
                assertEquals("read", r.getStage());
                assertNotNull(name, r.getPayloadSha256());
                assertEquals(
                    name, new java.io.File(dirName, name).length(), (long) r.getPayloadSize());
              }
              Map<String, String> expectedErrors = new HashMap<>(expected);
              expectedErrors.values().removeIf("document"::equals);
              assertEquals(expectedErrors, errors);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  private static Set<String> expectedNames(Map<String, String> expected, String outcome) {
    Set<String> names = new HashSet<>();
    expected.forEach(
        (name, what) -> {
          if (what.equals(outcome)) {
            names.add(name);
          }
        });
    return names;
  }
}
