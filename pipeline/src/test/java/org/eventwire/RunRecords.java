package org.eventwire;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.eventwire.records.Document;
import org.eventwire.records.Event;
import org.eventwire.records.Mention;
import org.eventwire.records.Rejected;

/**
 * Every record one run wrote, each kind sorted by its ids (runners write records in any order and
 * over any number of files), so that two runs can be compared field by field. Run metadata
 * (manifest.json: run id, times, runner) is not read.
 */
final class RunRecords {
  final List<Document> documents;
  final List<Event> events;
  final List<Mention> mentions;
  final List<Rejected> rejected;

  private RunRecords(Path output) throws IOException {
    documents =
        sorted(
            Fixtures.readAvro(output.resolve("documents"), Document.class),
            Comparator.comparing(Document::getDocId));
    events =
        sorted(
            Fixtures.readAvro(output.resolve("events"), Event.class),
            Comparator.comparing(Event::getEventId));
    mentions =
        sorted(
            Fixtures.readAvro(output.resolve("mentions"), Mention.class),
            Comparator.comparing(Mention::getEventId)
                .thenComparing(Mention::getDocId)
                .thenComparing(Mention::getSentenceIndex));
    rejected =
        sorted(
            Fixtures.readAvro(output.resolve("rejected"), Rejected.class),
            Comparator.comparing(Rejected::getSourceUri).thenComparing(Rejected::getStage));
  }

  static RunRecords read(Path output) throws IOException {
    return new RunRecords(output);
  }

  /** Fails on the first record kind, record and field where the two runs differ. */
  static void assertSame(RunRecords expected, RunRecords actual) {
    assertSameList("documents", expected.documents, actual.documents);
    assertSameList("events", expected.events, actual.events);
    assertSameList("mentions", expected.mentions, actual.mentions);
    assertSameList("rejected", expected.rejected, actual.rejected);
  }

  private static <T extends SpecificRecord> void assertSameList(
      String kind, List<T> expected, List<T> actual) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      T e = expected.get(i);
      T a = actual.get(i);
      if (!e.equals(a)) {
        for (Schema.Field field : e.getSchema().getFields()) {
          Object ev = e.get(field.pos());
          Object av = a.get(field.pos());
          if (ev == null ? av != null : !ev.equals(av)) {
            fail(
                String.format(
                    "%s #%d (%s) differs in field %s:%n  expected %s%n  actual   %s",
                    kind, i, e.get(0), field.name(), clip(ev), clip(av)));
          }
        }
        fail(kind + " #" + i + " differs: " + clip(e) + " vs " + clip(a));
      }
    }
    assertEquals(kind + " count", expected.size(), actual.size());
  }

  private static String clip(Object value) {
    String s = String.valueOf(value);
    return s.length() <= 600 ? s : s.substring(0, 600) + "...";
  }

  private static <T> List<T> sorted(List<T> records, Comparator<T> order) {
    records.sort(order);
    return records;
  }
}
