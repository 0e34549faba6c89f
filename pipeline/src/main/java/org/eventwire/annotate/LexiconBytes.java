package org.eventwire.annotate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.eventwire.events.EventLexicon;

/**
 * An event lexicon as one compressed block of bytes (Java serialisation, gzipped), so that an
 * object holding it serialises as cheaply as a byte array.
 */
final class LexiconBytes {
  private LexiconBytes() {}

  static byte[] write(EventLexicon lexicon) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
      out.writeObject(lexicon);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise the event lexicon", e);
    }
    return bytes.toByteArray();
  }

  static EventLexicon read(byte[] bytes) {
    try (ObjectInputStream in =
        new ObjectInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes)))) {
      return (EventLexicon) in.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the serialised event lexicon", e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("cannot read the serialised event lexicon", e);
    }
  }

  /** SHA-256 of the bytes, in hex: equal digests, equal lexicons. */
  static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
