package org.eventwire.neardup;

import java.util.Arrays;
import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * What near-duplicate detection knows of one item (a document or a sentence): its id, the key that
 * ranks it for being its cluster's canonical copy (smallest wins), and its shingles.
 */
@DefaultCoder(FingerprintCoder.class)
public class Fingerprint {
  /** Item id; must not contain '|', which ends the rank key. */
  public String id;

  /** Ordering key whose minimum within a cluster is the canonical item; ends with "|" + id. */
  public String rank;

  /** Sorted distinct shingle hashes. */
  public long[] shingles;

  public Fingerprint() {}

  public Fingerprint(String id, String rankPrefix, long[] shingles) {
    if (id.indexOf('|') >= 0) {
      throw new IllegalArgumentException("item id may not contain '|': " + id);
    }
    this.id = id;
    this.rank = rankPrefix + "|" + id;
    this.shingles = shingles;
  }

  static String idOfRank(String rank) {
    return rank.substring(rank.lastIndexOf('|') + 1);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Fingerprint)) {
      return false;
    }
    Fingerprint that = (Fingerprint) o;
    return Objects.equals(id, that.id)
        && Objects.equals(rank, that.rank)
        && Arrays.equals(shingles, that.shingles);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, rank) * 31 + Arrays.hashCode(shingles);
  }

  @Override
  public String toString() {
    return rank + " (" + (shingles == null ? 0 : shingles.length) + " shingles)";
  }
}
