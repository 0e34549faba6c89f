package org.eventwire.records;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.junit.Test;

/**
 * Today's schemas read every released one: files researchers keep from older runs stay readable.
 * schemas/history/vN/ holds a copy of each schema as released; see the README's rule.
 */
public class SchemaHistoryTest {
  private static final Path HISTORY = Paths.get("..", "schemas", "history");

  /** Today's schema of every record kind the pipeline writes, by name. */
  private static final Map<String, Schema> TODAY =
      Map.of(
          "Document", Document.getClassSchema(),
          "Rejected", Rejected.getClassSchema(),
          "Event", Event.getClassSchema(),
          "Mention", Mention.getClassSchema());

  /** Every kept copy of a kind's schema: schemas/history/*&#47;KIND.avsc. */
  private static List<Path> keptVersions(String kind) throws IOException {
    List<Path> kept = new ArrayList<>();
    try (Stream<Path> releases = Files.list(HISTORY)) {
      releases
          .sorted()
          .forEach(
              release -> {
                Path schema = release.resolve(kind + ".avsc");
                if (Files.isRegularFile(schema)) {
                  kept.add(schema);
                }
              });
    }
    return kept;
  }

  @Test
  public void everyKindHasAKeptVersion() throws IOException {
    for (String kind : TODAY.keySet()) {
      assertFalse(
          "no kept schema for "
              + kind
              + " under "
              + HISTORY.toAbsolutePath()
              + ": copy schemas/"
              + kind
              + ".avsc into the release's schemas/history/vN/",
          keptVersions(kind).isEmpty());
    }
  }

  @Test
  public void todaysSchemasReadEveryKeptVersion() throws IOException {
    for (Map.Entry<String, Schema> kind : TODAY.entrySet()) {
      for (Path kept : keptVersions(kind.getKey())) {
        Schema writer = new Schema.Parser().parse(kept.toFile());
        SchemaCompatibility.SchemaPairCompatibility result =
            SchemaCompatibility.checkReaderWriterCompatibility(kind.getValue(), writer);
        assertEquals(
            kind.getKey()
                + " cannot read data written with "
                + kept
                + ": "
                + result.getResult().getIncompatibilities(),
            SchemaCompatibilityType.COMPATIBLE,
            result.getType());
      }
    }
  }

  /** Beyond the checker's word: a record written with each kept schema, read into today's class. */
  @Test
  public void aRecordWrittenWithEveryKeptVersionReadsIntoTodaysClass() throws IOException {
    for (Map.Entry<String, Schema> kind : TODAY.entrySet()) {
      Schema today = kind.getValue();
      for (Path kept : keptVersions(kind.getKey())) {
        Schema writer = new Schema.Parser().parse(kept.toFile());
        GenericRecord written = (GenericRecord) sample(writer, "");
        byte[] file = write(writer, written);

        SpecificRecord read = readOne(file, new SpecificDatumReader<>(today));
        assertEquals(kept.toString(), today.getFullName(), read.getClass().getName());

        GenericRecord generic = readOne(file, new GenericDatumReader<>(writer, today));
        int compared = 0;
        for (Schema.Field field : today.getFields()) {
          Schema.Field old = writer.getField(field.name());
          Object value = generic.get(field.name());
          if (old == null) {
            // A field added since: the reader fills in its default.
            assertEquals(
                kept + ": " + field.name(), GenericData.get().getDefaultValue(field), value);
          } else if (SchemaNormalization.toParsingForm(old.schema())
              .equals(SchemaNormalization.toParsingForm(field.schema()))) {
            // Unchanged (docs and Java properties aside): the value comes through as written.
            assertEquals(
                kept + ": " + field.name(),
                written.get(field.name()).toString(),
                String.valueOf(value));
            compared++;
          }
        }
        assertTrue(kept + ": no field came through unchanged", compared > 0);
      }
    }
  }

  /** The check is not vacuous: a field added without a default breaks reading older files. */
  @Test
  public void aFieldAddedWithoutADefaultIsIncompatible() {
    Schema today = Mention.getClassSchema();
    List<Schema.Field> fields = new ArrayList<>();
    for (Schema.Field f : today.getFields()) {
      fields.add(new Schema.Field(f, f.schema()));
    }
    fields.add(
        new Schema.Field(
            "new_field", SchemaBuilder.builder().stringType(), "no default", (Object) null));
    Schema changed =
        Schema.createRecord(today.getName(), today.getDoc(), today.getNamespace(), false, fields);
    assertEquals(
        SchemaCompatibilityType.INCOMPATIBLE,
        SchemaCompatibility.checkReaderWriterCompatibility(changed, today).getType());
    // ...while the older reader simply skips it.
    assertEquals(
        SchemaCompatibilityType.COMPATIBLE,
        SchemaCompatibility.checkReaderWriterCompatibility(today, changed).getType());
  }

  /**
   * A value for every field of a schema: non-null union branches and one-element arrays, so that
   * nested records are written too; strings name their field so a mix-up shows.
   */
  private static Object sample(Schema schema, String path) {
    switch (schema.getType()) {
      case RECORD:
        GenericData.Record record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
          record.put(field.name(), sample(field.schema(), path + "." + field.name()));
        }
        return record;
      case UNION:
        for (Schema branch : schema.getTypes()) {
          if (branch.getType() != Schema.Type.NULL) {
            return sample(branch, path);
          }
        }
        return null;
      case ARRAY:
        return new GenericData.Array<>(
            schema, List.of(sample(schema.getElementType(), path + "[]")));
      case MAP:
        return Map.of("key", sample(schema.getValueType(), path + "{}"));
      case STRING:
        return "value of " + path;
      case INT:
        return 18_851; // also a valid Avro date: 2021-08-12
      case LONG:
        return 2_360L;
      case DOUBLE:
        return 0.75;
      case FLOAT:
        return 0.75f;
      case BOOLEAN:
        return true;
      case ENUM:
        return new GenericData.EnumSymbol(schema, schema.getEnumSymbols().get(0));
      case NULL:
        return null;
      default:
        fail(
            "no sample value for "
                + schema.getType()
                + " at "
                + path
                + ": extend SchemaHistoryTest.sample");
        return null;
    }
  }

  private static byte[] write(Schema schema, GenericRecord record) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataFileWriter<GenericRecord> writer =
        new DataFileWriter<>(new GenericDatumWriter<>(schema))) {
      writer.create(schema, bytes);
      writer.append(record);
    }
    return bytes.toByteArray();
  }

  private static <T> T readOne(byte[] file, org.apache.avro.io.DatumReader<T> reader)
      throws IOException {
    try (DataFileStream<T> records = new DataFileStream<>(new ByteArrayInputStream(file), reader)) {
      assertTrue(records.hasNext());
      return records.next();
    }
  }
}
