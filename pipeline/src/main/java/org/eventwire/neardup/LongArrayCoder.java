package org.eventwire.neardup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import org.apache.beam.sdk.coders.AtomicCoder;

/**
 * A long[] as its length and fixed 8-byte values, written in one pass (the DirectRunner clones
 * shuffle state through coders).
 */
public final class LongArrayCoder extends AtomicCoder<long[]> {
  private static final LongArrayCoder INSTANCE = new LongArrayCoder();

  public static LongArrayCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(long[] value, OutputStream out) throws IOException {
    byte[] bytes = new byte[4 + 8 * value.length];
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    buffer.putInt(value.length);
    buffer.asLongBuffer().put(value);
    new DataOutputStream(out).write(bytes);
  }

  @Override
  public long[] decode(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    int n = data.readInt();
    byte[] bytes = new byte[8 * n];
    data.readFully(bytes);
    long[] value = new long[n];
    ByteBuffer.wrap(bytes).asLongBuffer().get(value);
    return value;
  }

  @Override
  public void verifyDeterministic() {}
}
