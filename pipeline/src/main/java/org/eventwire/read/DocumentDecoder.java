package org.eventwire.read;

import com.google.common.hash.Hashing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.io.Compression;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.eventwire.common.Ids;
import org.eventwire.common.Rejections;
import org.eventwire.records.Document;

/**
 * Turns the stored bytes of one input file into a {@link Document}, or into a {@link
 * org.eventwire.records.Rejected} record saying in plain words why it cannot be one. Pure: no I/O,
 * no clock, no runner.
 *
 * <p>Decoding policy. UTF-8 is expected; a UTF-8 byte-order mark is dropped and CRLF or CR line
 * ends become LF. A file that is not valid UTF-8 but holds no NUL bytes and few control characters
 * is legacy text (most often Windows-1252 from old CMS exports): it is decoded as windows-1252,
 * kept, and flagged in {@code encoding} and {@code warnings} rather than lost. A file with NUL
 * bytes, or more than 1% control characters, is not text and is rejected.
 */
public final class DocumentDecoder implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String STAGE = "read";

  /** Rejection reasons of the read stage. */
  public static final String EMPTY = "EMPTY";

  public static final String NOT_TEXT = "NOT_TEXT";
  public static final String TOO_LARGE = "TOO_LARGE";
  public static final String CORRUPT_COMPRESSED = "CORRUPT_COMPRESSED";
  public static final String UNREADABLE = "UNREADABLE";

  public static final String SOURCE_HEADER = "HEADER";
  public static final String SOURCE_OPTION = "OPTION";
  public static final String SOURCE_NONE = "NONE";

  public static final String WINDOWS_1252 = "windows-1252";

  /**
   * ` date YYYY-MM-DD ` at the very start; the value group also takes malformed dates to report
   * them.
   */
  private static final Pattern DATE_HEADER =
      Pattern.compile(
          "\\A[ \\t]*date[ \\t]+([0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4})(?=\\s|\\z)\\s*");

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  /** Titles are short; a first paragraph longer than this is the lede, not a title. */
  private static final int MAX_TITLE_CHARS = 200;

  private static final double MAX_CONTROL_CHAR_SHARE = 0.01;

  private final long maxDocumentBytes;
  private final @Nullable LocalDate defaultDocDate;

  public DocumentDecoder(long maxDocumentBytes, @Nullable LocalDate defaultDocDate) {
    this.maxDocumentBytes = maxDocumentBytes;
    this.defaultDocDate = defaultDocDate;
  }

  /** Parses a YYYY-MM-DD date strictly (2021-02-30 is not a date). */
  public static LocalDate parseIsoDate(String value) {
    return LocalDate.parse(value, ISO_DATE);
  }

  /** Decodes one file's stored bytes; the compression is chosen by the file name's extension. */
  public ReadOutcome decode(String sourceUri, StoredFile stored) {
    if (stored.bytes == null) {
      return reject(
          sourceUri,
          stored,
          TOO_LARGE,
          String.format(
              "file is %,d bytes as stored, over the limit of %,d bytes (--maxDocumentBytes)",
              stored.size, maxDocumentBytes));
    }
    Compression compression = Compression.detect(sourceUri);
    byte[] content;
    try {
      content = decompress(compression, stored.bytes);
    } catch (IOException | RuntimeException | LinkageError e) {
      return reject(
          sourceUri,
          stored,
          CORRUPT_COMPRESSED,
          String.format(
              "cannot decompress %s file: %s",
              compression.name().toLowerCase(Locale.ROOT), describe(e)),
          e);
    }
    ReadOutcome refused = refuseContent(sourceUri, stored, content);
    return refused != null ? refused : decodeText(sourceUri, stored, content);
  }

  /** A rejection when the decompressed bytes are too many, none, or not text; else null. */
  private @Nullable ReadOutcome refuseContent(String sourceUri, StoredFile stored, byte[] content) {
    if (content.length > maxDocumentBytes) {
      return reject(
          sourceUri,
          stored,
          TOO_LARGE,
          String.format(
              "file decompresses to more than %,d bytes (--maxDocumentBytes)", maxDocumentBytes));
    }
    if (content.length == 0) {
      return reject(sourceUri, stored, EMPTY, "file is empty (0 bytes)");
    }
    int nul = indexOf(content, (byte) 0);
    if (nul >= 0 && !hasUtf16ByteOrderMark(content)) {
      return reject(
          sourceUri,
          stored,
          NOT_TEXT,
          String.format("binary, not text: NUL byte at offset %,d of %,d", nul, content.length));
    }
    return null;
  }

  /** The bytes as text: UTF-16 by its byte-order mark, else UTF-8, else windows-1252. */
  private ReadOutcome decodeText(String sourceUri, StoredFile stored, byte[] content) {
    List<String> warnings = new ArrayList<>();
    String encoding;
    String decoded;
    if (hasUtf16ByteOrderMark(content)) {
      encoding = "UTF-16";
      decoded = new String(content, StandardCharsets.UTF_16);
      warnings.add("decoded as UTF-16 (byte-order mark)");
    } else {
      try {
        decoded = strictUtf8(content);
        encoding = "UTF-8";
      } catch (CharacterCodingException e) {
        decoded = new String(content, Charset.forName(WINDOWS_1252));
        encoding = WINDOWS_1252;
        warnings.add("not valid UTF-8: decoded as windows-1252, check non-ASCII characters");
      }
    }
    if (!decoded.isEmpty() && decoded.charAt(0) == '\uFEFF') {
      decoded = decoded.substring(1);
    }
    int controls = countControlCharacters(decoded);
    if (controls > MAX_CONTROL_CHAR_SHARE * decoded.length()) {
      return reject(
          sourceUri,
          stored,
          NOT_TEXT,
          String.format(
              "binary, not text: %,d control characters in %,d characters",
              controls, decoded.length()));
    }
    String normalized = decoded.replace("\r\n", "\n").replace('\r', '\n');
    return document(sourceUri, stored, content, encoding, normalized, warnings);
  }

  /** The document of a decoded text, its date from its header or --defaultDocDate. */
  private ReadOutcome document(
      String sourceUri,
      StoredFile stored,
      byte[] content,
      String encoding,
      String normalized,
      List<String> warnings) {
    LocalDate docDate = null;
    String docDateSource = SOURCE_NONE;
    int textStart = 0;
    Matcher header = DATE_HEADER.matcher(normalized);
    if (header.lookingAt()) {
      textStart = header.end();
      String value = header.group(1);
      try {
        docDate = parseIsoDate(value);
        docDateSource = SOURCE_HEADER;
      } catch (DateTimeParseException e) {
        warnings.add("malformed date header '" + value + "' ignored: not a valid YYYY-MM-DD date");
      }
    }
    if (docDate == null && defaultDocDate != null) {
      docDate = defaultDocDate;
      docDateSource = SOURCE_OPTION;
    }
    String text = normalized.substring(textStart);
    if (text.isBlank()) {
      return reject(
          sourceUri,
          stored,
          EMPTY,
          textStart > 0
              ? "file holds only a date header, no text"
              : String.format("file holds only whitespace (%,d bytes)", content.length));
    }

    String contentSha256 = Hashing.sha256().hashBytes(content).toString();
    String docId = Ids.document(sourceUri, contentSha256);
    return ReadOutcome.document(
        Document.newBuilder()
            .setDocId(docId)
            .setSourceUri(sourceUri)
            .setContentSha256(contentSha256)
            .setByteSize(content.length)
            .setEncoding(encoding)
            .setDocDate(docDate)
            .setDocDateSource(docDateSource)
            .setTitle(findTitle(text))
            .setText(text)
            .setTextStart(normalized.codePointCount(0, textStart))
            .setWarnings(warnings)
            .setCanonicalDocId(docId)
            .setAnnotated(false)
            .setNumTokens(null)
            .setEntities(new ArrayList<>())
            .setTimexes(new ArrayList<>())
            .build());
  }

  /**
   * The title is the first line when it stands alone as a short paragraph (a blank line after it)
   * and does not end like a sentence; a first line that is the lede is not a title.
   */
  static @Nullable String findTitle(String text) {
    String rest = text.stripLeading();
    int lineEnd = rest.indexOf('\n');
    if (lineEnd < 0) {
      return null;
    }
    String line = rest.substring(0, lineEnd).strip();
    String after = rest.substring(lineEnd + 1);
    boolean standsAlone = after.startsWith("\n") || after.matches("(?s)[ \\t]*\\n.*");
    if (line.isEmpty() || line.length() > MAX_TITLE_CHARS || !standsAlone || after.isBlank()) {
      return null;
    }
    char last = line.charAt(line.length() - 1);
    if (".!?;:,".indexOf(last) >= 0) {
      return null;
    }
    return line;
  }

  private ReadOutcome reject(String sourceUri, StoredFile stored, String error, String message) {
    return reject(sourceUri, stored, error, message, null);
  }

  private ReadOutcome reject(
      String sourceUri,
      StoredFile stored,
      String error,
      String message,
      @Nullable Throwable thrown) {
    return ReadOutcome.rejected(
        Rejections.of(sourceUri, STAGE, error, message, stored.size, stored.sha256, null, thrown));
  }

  private byte[] decompress(Compression compression, byte[] stored) throws IOException {
    if (compression == Compression.UNCOMPRESSED) {
      return stored;
    }
    try (InputStream in =
        Channels.newInputStream(
            compression.readDecompressed(Channels.newChannel(new ByteArrayInputStream(stored))))) {
      return StoredFile.readAtMost(in, maxDocumentBytes);
    }
  }

  private static String strictUtf8(byte[] content) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(content))
        .toString();
  }

  private static boolean hasUtf16ByteOrderMark(byte[] b) {
    return b.length >= 2
        && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
            || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE));
  }

  private static int countControlCharacters(String s) {
    int count = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean allowedWhitespace = c == '\n' || c == '\r' || c == '\t' || c == '\f';
      if ((c < 0x20 && !allowedWhitespace) || c == 0x7F || c == 0) {
        count++;
      }
    }
    return count;
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
