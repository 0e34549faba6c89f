package org.eventwire.inspect;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.avro.Schema;
import org.junit.Test;

/** The README's record tables say what the schemas say. */
public class SchemaDocsTest {
  private static final Path SCHEMAS = Paths.get("..", "schemas");
  private static final Path README = Paths.get("..", "README.md");

  @Test
  public void theReadmeTablesAreTheSchemasDocs() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String section = SchemaDocs.section(readme);
    assertNotNull(
        "README.md has no " + SchemaDocs.BEGIN + " ... " + SchemaDocs.END + " section", section);
    assertEquals(
        "README.md's record tables differ from schemas/*.avsc: run "
            + SchemaDocs.REGENERATE
            + " and commit README.md",
        SchemaDocs.markdown(SCHEMAS),
        section);
  }

  @Test
  public void everyFieldOfEveryKindHasARowAndADoc() throws Exception {
    String tables = SchemaDocs.markdown(SCHEMAS);
    for (String kind : SchemaDocs.KINDS) {
      Schema schema = new Schema.Parser().parse(SCHEMAS.resolve(kind + ".avsc").toFile());
      assertTrue(tables.contains("#### " + kind + "\n"));
      for (Schema.Field field : schema.getFields()) {
        assertTrue(
            kind + "." + field.name() + " has no doc",
            field.doc() != null && !field.doc().isBlank());
        assertTrue(tables.contains("| `" + field.name() + "` | "));
      }
    }
    assertTrue(tables.contains("#### Role (in Event)"));
    assertTrue(tables.contains("| `doc_date` | date or null, default null | "));
    assertTrue(tables.contains("| `entities` | array of Entity, default [] | "));
  }

  @Test
  public void replacingTheSectionKeepsTheRestOfTheReadme() {
    String readme = "intro\n" + SchemaDocs.BEGIN + "\nold | table\n" + SchemaDocs.END + "\noutro\n";
    String updated = SchemaDocs.replaceSection(readme, "new\n");
    assertEquals("intro\n" + SchemaDocs.BEGIN + "\nnew\n" + SchemaDocs.END + "\noutro\n", updated);
    assertEquals("new\n", SchemaDocs.section(updated));
  }
}
