package org.eventwire.inspect;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;

/**
 * Prints Avro records as JSON lines, or the schema they were written with: {@code AvroCat
 * [--schema] [--limit=N] [--where=field=value] PATH...}, where a PATH is an .avro file or a folder
 * of them (e.g. OUTPUT/documents). The field of --where may be a dotted path into nested records
 * ({@code location.text=Herat}); null prints and matches as {@code null}.
 */
public final class AvroCat {
  private AvroCat() {}

  public static void main(String[] args) throws IOException {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    boolean schemaOnly = false;
    long limit = Long.MAX_VALUE;
    String whereField = null;
    String whereValue = null;
    List<File> files = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--schema")) {
        schemaOnly = true;
      } else if (arg.startsWith("--limit=")) {
        try {
          limit = Long.parseLong(arg.substring("--limit=".length()));
        } catch (NumberFormatException e) {
          err.println(
              "avro-cat: --limit wants a whole number, not " + arg.substring("--limit=".length()));
          return 2;
        }
      } else if (arg.startsWith("--where=") && arg.indexOf('=', 8) > 8) {
        String condition = arg.substring("--where=".length());
        whereField = condition.substring(0, condition.indexOf('='));
        whereValue = condition.substring(condition.indexOf('=') + 1);
      } else if (arg.startsWith("--")) {
        err.println(
            "avro-cat: unknown option "
                + arg
                + " (usage: avro-cat [--schema] [--limit=N] [--where=field=value] PATH...)");
        return 2;
      } else if (!new File(arg).exists()) {
        err.println("avro-cat: no such file or folder: " + arg);
        return 2;
      } else {
        files.addAll(avroFiles(new File(arg)));
      }
    }
    if (files.isEmpty()) {
      err.println("avro-cat: no .avro files given or found");
      return 2;
    }
    long printed = 0;
    for (File file : files) {
      try (DataFileReader<GenericRecord> reader =
          new DataFileReader<>(file, new GenericDatumReader<>())) {
        if (schemaOnly) {
          out.println(reader.getSchema().toString(true));
          return 0;
        }
        if (whereField != null && !hasPath(reader.getSchema(), whereField)) {
          err.println(
              "avro-cat: "
                  + reader.getSchema().getName()
                  + " has no field "
                  + whereField
                  + " (see --schema)");
          return 2;
        }
        for (GenericRecord record : reader) {
          if (printed >= limit) {
            return 0;
          }
          if (whereField != null && !matches(record, whereField, whereValue)) {
            continue;
          }
          out.println(JSON.writeValueAsString(toJson(record, record.getSchema())));
          printed++;
        }
      }
    }
    return 0;
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Plain JSON values, with Avro dates as ISO strings (2021-08-12) rather than day numbers. */
  static Object toJson(Object value, Schema schema) {
    if (value == null) {
      return null;
    }
    switch (schema.getType()) {
      case UNION:
        return toJson(value, schema.getTypes().get(GenericData.get().resolveUnion(schema, value)));
      case RECORD:
        GenericRecord record = (GenericRecord) value;
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Schema.Field field : schema.getFields()) {
          fields.put(field.name(), toJson(record.get(field.pos()), field.schema()));
        }
        return fields;
      case ARRAY:
        List<Object> items = new ArrayList<>();
        for (Object item : (Collection<?>) value) {
          items.add(toJson(item, schema.getElementType()));
        }
        return items;
      case MAP:
        Map<String, Object> entries = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
          entries.put(e.getKey().toString(), toJson(e.getValue(), schema.getValueType()));
        }
        return entries;
      case INT:
        if (LogicalTypes.date().equals(schema.getLogicalType())) {
          return LocalDate.ofEpochDay((Integer) value).toString();
        }
        return value;
      case STRING:
      case ENUM:
        return value.toString();
      default:
        return value;
    }
  }

  /** Whether a dotted path names a field, looking through nullable unions into nested records. */
  private static boolean hasPath(Schema schema, String path) {
    for (String name : path.split("\\.", -1)) {
      Schema record = schema;
      if (record.getType() == Schema.Type.UNION) {
        record =
            record.getTypes().stream()
                .filter(t -> t.getType() == Schema.Type.RECORD)
                .findFirst()
                .orElse(record);
      }
      if (record.getType() != Schema.Type.RECORD || record.getField(name) == null) {
        return false;
      }
      schema = record.getField(name).schema();
    }
    return true;
  }

  /**
   * Whether the field at a dotted path (actor.text) prints as value, or an array there holds an
   * item that does; a path through a null matches "null".
   */
  private static boolean matches(GenericRecord record, String path, String value) {
    Object current = record;
    Schema schema = record.getSchema();
    for (String name : path.split("\\.", -1)) {
      if (current == null) {
        break;
      }
      if (schema.getType() == Schema.Type.UNION) {
        schema = schema.getTypes().get(GenericData.get().resolveUnion(schema, current));
      }
      Schema.Field field = schema.getType() == Schema.Type.RECORD ? schema.getField(name) : null;
      if (field == null) {
        return false;
      }
      current = ((GenericRecord) current).get(field.pos());
      schema = field.schema();
    }
    Object json = toJson(current, schema);
    if (json instanceof Collection) {
      // An array matches when one of its items does: --where=actor.sectors=MIL.
      for (Object item : (Collection<?>) json) {
        if (String.valueOf(item).equals(value)) {
          return true;
        }
      }
    }
    return String.valueOf(json).equals(value);
  }

  private static List<File> avroFiles(File path) {
    if (path.isDirectory()) {
      File[] found = path.listFiles((dir, name) -> name.endsWith(".avro"));
      List<File> files = new ArrayList<>(Arrays.asList(found == null ? new File[0] : found));
      files.sort(null);
      return files;
    }
    return List.of(path);
  }
}
