package org.eventwire.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import org.eventwire.Fixtures;
import org.eventwire.records.Document;
import org.eventwire.records.Rejected;
import org.junit.Test;

public class DocumentDecoderTest {
  private static final LocalDate AUG_12 = LocalDate.of(2021, 8, 12);
  private final DocumentDecoder decoder = new DocumentDecoder(1 << 20, null);

  private static StoredFile stored(String text) {
    return StoredFile.of(text.getBytes(StandardCharsets.UTF_8));
  }

  private Document document(DocumentDecoder d, String uri, StoredFile file) {
    ReadOutcome outcome = d.decode(uri, file);
    assertTrue(
        "expected a document, got " + (outcome.isDocument() ? "" : outcome.rejected()),
        outcome.isDocument());
    return outcome.document();
  }

  private Rejected rejected(DocumentDecoder d, String uri, StoredFile file) {
    ReadOutcome outcome = d.decode(uri, file);
    assertFalse("expected a rejection", outcome.isDocument());
    return outcome.rejected();
  }

  @Test
  public void dateHeaderBecomesDocDateAndLeavesTheText() {
    Document doc =
        document(decoder, "/in/a.txt", stored(" date 2021-08-12 The Taliban has captured Herat."));
    assertEquals(AUG_12, doc.getDocDate());
    assertEquals("HEADER", doc.getDocDateSource());
    assertEquals("The Taliban has captured Herat.", doc.getText());
    assertEquals(" date 2021-08-12 ".length(), (int) doc.getTextStart());
  }

  @Test
  public void headerWithoutSurroundingWhitespaceIsAccepted() {
    Document doc = document(decoder, "/in/a.txt", stored("date 2021-08-12\nHerat fell."));
    assertEquals(AUG_12, doc.getDocDate());
    assertEquals("Herat fell.", doc.getText());
  }

  @Test
  public void headerWinsOverTheDefaultDate() {
    DocumentDecoder withDefault = new DocumentDecoder(1 << 20, LocalDate.of(2030, 1, 1));
    Document doc = document(withDefault, "/in/a.txt", stored(" date 2021-08-12 Herat fell."));
    assertEquals(AUG_12, doc.getDocDate());
    assertEquals("HEADER", doc.getDocDateSource());
  }

  @Test
  public void defaultDateCoversDocumentsWithoutHeader() {
    DocumentDecoder withDefault = new DocumentDecoder(1 << 20, AUG_12);
    Document doc = document(withDefault, "/in/a.txt", stored("Herat fell on Thursday."));
    assertEquals(AUG_12, doc.getDocDate());
    assertEquals("OPTION", doc.getDocDateSource());
  }

  @Test
  public void noHeaderNoDefaultMeansNoDate() {
    Document doc = document(decoder, "/in/a.txt", stored("Herat fell on Thursday."));
    assertNull(doc.getDocDate());
    assertEquals("NONE", doc.getDocDateSource());
    assertEquals("Herat fell on Thursday.", doc.getText());
  }

  @Test
  public void malformedHeaderDateIsNotADateButTheDocumentGoesOnWithAWarning() {
    Document doc = document(decoder, "/in/a.txt", stored(" date 2021-13-45 Herat fell."));
    assertNull(doc.getDocDate());
    assertEquals("NONE", doc.getDocDateSource());
    assertEquals("Herat fell.", doc.getText());
    assertThat(doc.getWarnings().get(0), containsString("malformed date header '2021-13-45'"));

    Document feb30 = document(decoder, "/in/b.txt", stored(" date 2021-02-30 Herat fell."));
    assertNull(feb30.getDocDate());
  }

  @Test
  public void aTextThatStartsWithTheWordDateKeepsIt() {
    Document doc = document(decoder, "/in/a.txt", stored("date night in Kabul was quiet."));
    assertNull(doc.getDocDate());
    assertEquals("date night in Kabul was quiet.", doc.getText());
    assertTrue(doc.getWarnings().isEmpty());
  }

  @Test
  public void byteOrderMarkIsDroppedAndCrlfBecomesLf() {
    Document doc =
        document(
            decoder, "/in/a.txt", stored("\uFEFF date 2021-08-12 Title\r\n\r\nBody.\rMore.\r\n"));
    assertEquals(AUG_12, doc.getDocDate());
    assertEquals("Title\n\nBody.\nMore.\n", doc.getText());
    assertEquals("Title", doc.getTitle());
  }

  @Test
  public void titleIsAShortFirstLineStandingAlone() {
    assertEquals(
        "Taliban take 11th provincial capital as Ghazni and Herat fall",
        DocumentDecoder.findTitle(
            "Taliban take 11th provincial capital as Ghazni and Herat fall\n\n"
                + "The Taliban have seized the cities of Ghazni and Herat."));
    // A first sentence followed directly by the next one is the lede, not a title.
    assertNull(
        DocumentDecoder.findTitle("Witnesses say they have seized Herat.\nThe seizure happened."));
    assertNull(DocumentDecoder.findTitle("The Taliban has captured two cities.\n\nMore text."));
    assertNull(DocumentDecoder.findTitle("Only one line"));
  }

  @Test
  public void sampleTitlesAreFoundWhereTheArticleHasOne() throws IOException {
    Document withTitle =
        document(decoder, "/s/000", StoredFile.of(Files.readAllBytes(Fixtures.sample("000"))));
    assertEquals(
        "Taliban take 11th provincial capital as Ghazni and Herat fall", withTitle.getTitle());
    Document noTitle =
        document(decoder, "/s/001", StoredFile.of(Files.readAllBytes(Fixtures.sample("001"))));
    assertNull(noTitle.getTitle());
  }

  @Test
  public void docIdIsStableAndDistinctPerFile() {
    StoredFile bytes = stored("Herat fell.");
    Document a1 = document(decoder, "/in/a.txt", bytes);
    Document a2 = document(decoder, "/in/a.txt", bytes);
    Document b = document(decoder, "/in/b.txt", bytes);
    assertEquals(a1.getDocId(), a2.getDocId());
    assertNotEquals(a1.getDocId(), b.getDocId());
    assertEquals(a1.getContentSha256(), b.getContentSha256());
    assertEquals(a1.getDocId(), a1.getCanonicalDocId());
    assertEquals(32, a1.getDocId().length());
  }

  @Test
  public void legacyEncodingIsDecodedAsWindows1252AndFlagged() {
    byte[] cp1252 =
        "The caf\u00e9 said \u201chello\u201d.".getBytes(Charset.forName("windows-1252"));
    Document doc = document(decoder, "/in/a.txt", StoredFile.of(cp1252));
    assertEquals("The caf\u00e9 said \u201chello\u201d.", doc.getText());
    assertEquals("windows-1252", doc.getEncoding());
    assertThat(doc.getWarnings(), hasItem(containsString("not valid UTF-8")));
  }

  @Test
  public void emptyBlankAndHeaderOnlyFilesAreRejectedAsEmpty() {
    assertEquals("EMPTY", rejected(decoder, "/in/e", StoredFile.of(new byte[0])).getError());
    assertEquals("EMPTY", rejected(decoder, "/in/b", stored(" \n\t\r\n ")).getError());
    Rejected headerOnly = rejected(decoder, "/in/h", stored(" date 2021-08-12 \n"));
    assertEquals("EMPTY", headerOnly.getError());
    assertThat(headerOnly.getMessage(), containsString("only a date header"));
    assertEquals("read", headerOnly.getStage());
  }

  @Test
  public void nulBytesAndControlCharactersAreNotText() {
    Rejected nul = rejected(decoder, "/in/n", stored("Herat\u0000fell."));
    assertEquals("NOT_TEXT", nul.getError());
    assertThat(nul.getMessage(), containsString("NUL byte at offset 5"));
    StringBuilder controls = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      controls.append("ab\u0001\u0002");
    }
    assertEquals("NOT_TEXT", rejected(decoder, "/in/c", stored(controls.toString())).getError());
  }

  @Test
  public void oversizedFilesAreRejectedWithTheirSizeAndHash() throws IOException {
    byte[] big = new byte[2000];
    Arrays.fill(big, (byte) 'a');
    DocumentDecoder small = new DocumentDecoder(1000, null);
    StoredFile file = StoredFile.read(new ByteArrayInputStream(big), 1000);
    assertNull("bytes over the limit are not kept", file.bytes);
    Rejected r = rejected(small, "/in/big.txt", file);
    assertEquals("TOO_LARGE", r.getError());
    assertEquals(2000L, (long) r.getPayloadSize());
    assertEquals(StoredFile.of(big).sha256, r.getPayloadSha256());
    assertThat(r.getMessage(), containsString("2,000 bytes"));
  }

  @Test
  public void compressedFilesAreDecompressedByExtension() throws IOException {
    byte[] text = "Herat fell on Thursday.".getBytes(StandardCharsets.UTF_8);
    Document gz = document(decoder, "/in/a.txt.gz", StoredFile.of(Fixtures.gzip(text)));
    assertEquals("Herat fell on Thursday.", gz.getText());
    assertEquals(StoredFile.of(text).sha256, gz.getContentSha256());
    Document bz2 = document(decoder, "/in/a.txt.bz2", StoredFile.of(Fixtures.bzip2(text)));
    assertEquals("Herat fell on Thursday.", bz2.getText());
  }

  @Test
  public void truncatedGzipIsCorrupt() throws IOException {
    byte[] gz = Fixtures.gzip(Files.readAllBytes(Fixtures.sample("003")));
    Rejected r = rejected(decoder, "/in/t.txt.gz", StoredFile.of(Arrays.copyOf(gz, gz.length / 2)));
    assertEquals("CORRUPT_COMPRESSED", r.getError());
    assertThat(r.getMessage(), startsWith("cannot decompress gzip file"));
  }

  @Test
  public void compressedFileThatInflatesPastTheLimitIsTooLarge() throws IOException {
    byte[] zeros = new byte[50_000];
    Arrays.fill(zeros, (byte) 'x');
    DocumentDecoder small = new DocumentDecoder(10_000, null);
    Rejected r = rejected(small, "/in/bomb.txt.gz", StoredFile.of(Fixtures.gzip(zeros)));
    assertEquals("TOO_LARGE", r.getError());
    assertThat(r.getMessage(), containsString("decompresses to more than 10,000 bytes"));
  }
}
