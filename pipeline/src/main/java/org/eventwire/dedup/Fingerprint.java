package org.eventwire.dedup;

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
}
