package org.eventwire.annotate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.Test;

public class CompactGazetteerTest {

  @Test
  public void plainEntriesStayAsTheyAre() {
    assertEquals("afghan", CompactGazetteer.literal("afghan"));
    assertEquals("hispanic - american", CompactGazetteer.literal("hispanic - american"));
    assertEquals(
        "afghan\tNATIONALITY\tMISC,COUNTRY,LOCATION\t1",
        CompactGazetteer.compact("afghan\tNATIONALITY\tMISC,COUNTRY,LOCATION\t1", true));
  }

  @Test
  public void optionalDotsAndEscapedPunctuationBecomeLiteral() {
    assertEquals("Calif", CompactGazetteer.literal("Calif\\.?"));
    assertEquals("china/中国", CompactGazetteer.literal("china\\/中国"));
    assertEquals(
        "Ariz\tSTATE_OR_PROVINCE\tLOCATION\t1",
        CompactGazetteer.compact("Ariz\\.?\tSTATE_OR_PROVINCE\tLOCATION\t1", false));
  }

  @Test
  public void realRegularExpressionsAndDotsAreDropped() {
    assertNull(CompactGazetteer.literal("[A-Z][a-zA-Z]+ activist"));
    assertNull(CompactGazetteer.literal("u\\.s\\."));
    assertNull(CompactGazetteer.literal("st. louis"));
    assertNull(CompactGazetteer.literal("@[A-Za-z_][a-zA-Z_0-9]*"));
  }

  @Test
  public void citiesThatOnlyOverwriteMiscAreDroppedFromTheCaselessFileOnly() {
    String line = "kabul-based\tCITY\tMISC\t1";
    assertNull(CompactGazetteer.compact(line, true));
    assertEquals(line, CompactGazetteer.compact(line, false));
    assertEquals(
        "kabul\tCITY\tLOCATION\t1", CompactGazetteer.compact("kabul\tCITY\tLOCATION\t1", true));
  }

  @Test
  public void theWrittenFilesHoldOnlyLiteralPatternsAndAreFarSmallerThanStock() throws IOException {
    String mapping = CompactGazetteer.mapping();
    assertThat(mapping, org.hamcrest.Matchers.startsWith(CompactGazetteer.STOCK_OPTIONS + ","));
    String[] files = mapping.substring(CompactGazetteer.STOCK_OPTIONS.length() + 1).split(";");
    assertEquals(2, files.length);
    List<String> caseless = Files.readAllLines(Paths.get(files[0]), StandardCharsets.UTF_8);
    assertThat(caseless, hasItem("afghan\tNATIONALITY\tMISC,COUNTRY,LOCATION\t1"));
    assertThat(caseless, hasItem("afghanistan\tCOUNTRY\tLOCATION\t1"));
    // Stock's caseless file has 581,864 lines; the compact one keeps about a sixth.
    assertThat(caseless.size(), lessThan(150_000));
    for (String file : files) {
      for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
        String pattern = line.split("\t", -1)[0];
        assertFalse(file + ": " + line, pattern.matches(".*[\\[\\]\\\\()*+?|{}^$.].*"));
      }
    }
  }
}
