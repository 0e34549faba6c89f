package org.eventwire.neardup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Fingerprints cross every near-duplicate shuffle, and the DirectRunner also clones them through
 * their coder: shingles are written as fixed 8-byte longs in one pass, not field by field.
 */
public final class FingerprintCoder extends AtomicCoder<Fingerprint> {
  private static final FingerprintCoder INSTANCE = new FingerprintCoder();
  private static final StringUtf8Coder STRING = StringUtf8Coder.of();

  public static FingerprintCoder of() {
    return INSTANCE;
  }

  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(Fingerprint.class), INSTANCE);
  }

  @Override
  public void encode(Fingerprint value, OutputStream out) throws IOException {
    STRING.encode(value.id, out);
    STRING.encode(value.rank, out);
    LongArrayCoder.of().encode(value.shingles, out);
  }

  @Override
  public Fingerprint decode(InputStream in) throws IOException {
    Fingerprint f = new Fingerprint();
    f.id = STRING.decode(in);
    f.rank = STRING.decode(in);
    f.shingles = LongArrayCoder.of().decode(in);
    return f;
  }

  @Override
  public void verifyDeterministic() {}
}
