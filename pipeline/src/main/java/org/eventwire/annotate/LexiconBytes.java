package org.eventwire.annotate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.eventwire.events.EventLexicon;

/**
 * An event lexicon as one compressed block of bytes (Java serialisation, deflated), so that an
 * object holding it serialises as cheaply as a byte array.
 */
final class LexiconBytes {
  private LexiconBytes() {}

  static byte[] write(EventLexicon lexicon) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // The fastest level: the bytes are written once per run and only need to be small enough to
    // copy cheaply.
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (ObjectOutputStream out =
        new ObjectOutputStream(new DeflaterOutputStream(bytes, deflater))) {
      out.writeObject(lexicon);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise the event lexicon", e);
    } finally {
      deflater.end();
    }
    return bytes.toByteArray();
  }

  static EventLexicon read(byte[] bytes) {
    try (ObjectInputStream in =
        new ObjectInputStream(new InflaterInputStream(new ByteArrayInputStream(bytes)))) {
      return (EventLexicon) in.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the serialised event lexicon", e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("cannot read the serialised event lexicon", e);
    }
  }
}
