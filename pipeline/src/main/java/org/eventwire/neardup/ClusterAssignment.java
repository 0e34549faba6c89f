package org.eventwire.neardup;

import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;

/** The near-duplicate cluster an item belongs to: its canonical item and how alike the two are. */
@DefaultCoder(AvroCoder.class)
public class ClusterAssignment {
  public String id;
  public String canonicalId;

  /** Exact Jaccard similarity of the item's shingles with the canonical item's. */
  public double similarity;

  public int clusterSize;

  public ClusterAssignment() {}

  public ClusterAssignment(String id, String canonicalId, double similarity, int clusterSize) {
    this.id = id;
    this.canonicalId = canonicalId;
    this.similarity = similarity;
    this.clusterSize = clusterSize;
  }

  @Override
  public String toString() {
    return id + "->" + canonicalId + " (" + similarity + ", size " + clusterSize + ")";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ClusterAssignment)) {
      return false;
    }
    ClusterAssignment that = (ClusterAssignment) o;
    return Objects.equals(id, that.id)
        && Objects.equals(canonicalId, that.canonicalId)
        && Double.compare(similarity, that.similarity) == 0
        && clusterSize == that.clusterSize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, canonicalId, similarity, clusterSize);
  }
}
