package org.eventwire.read;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import com.google.common.io.ByteStreams;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A file's bytes as stored (before decompression): its size and SHA-256 always, and the bytes
 * themselves only when there are at most {@code limit} of them, so that a huge file costs a
 * streaming hash and never its size in memory.
 */
public final class StoredFile {
  public final long size;
  public final String sha256;

  /** The stored bytes, or null when there were more than the limit. */
  public final byte @Nullable [] bytes;

  public StoredFile(long size, String sha256, byte @Nullable [] bytes) {
    this.size = size;
    this.sha256 = sha256;
    this.bytes = bytes;
  }

  /** Reads the whole stream, hashing all of it and keeping at most {@code limit} bytes. */
  public static StoredFile read(InputStream in, long limit) throws IOException {
    Hasher hasher = Hashing.sha256().newHasher();
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long size = 0;
    boolean overLimit = false;
    int n;
    while ((n = in.read(buffer)) != -1) {
      hasher.putBytes(buffer, 0, n);
      size += n;
      if (!overLimit) {
        if (size > limit) {
          overLimit = true;
          kept = null;
        } else {
          kept.write(buffer, 0, n);
        }
      }
    }
    return new StoredFile(size, hasher.hash().toString(), overLimit ? null : kept.toByteArray());
  }

  public static StoredFile of(byte[] bytes) {
    return new StoredFile(bytes.length, Hashing.sha256().hashBytes(bytes).toString(), bytes);
  }

  /** Reads at most limit + 1 bytes, enough to tell whether a stream is over the limit. */
  static byte[] readAtMost(InputStream in, long limit) throws IOException {
    return ByteStreams.toByteArray(ByteStreams.limit(in, limit + 1));
  }
}
