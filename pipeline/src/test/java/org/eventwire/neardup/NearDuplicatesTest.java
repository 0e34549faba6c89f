package org.eventwire.neardup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.eventwire.run.RunCounts;
import org.junit.Rule;
import org.junit.Test;

/**
 * The clustering's output compared whole, as values: every member of a cluster, none of a
 * singleton.
 */
public class NearDuplicatesTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  @Test
  public void twoCopiesFormOneClusterAndAnUnrelatedItemNone() {
    long[] story = LongStream.rangeClosed(1, 100).toArray();
    long[] edited = LongStream.rangeClosed(1, 90).toArray();
    long[] other = LongStream.rangeClosed(1_000, 1_100).toArray();
    PCollection<ClusterAssignment> assignments =
        pipeline
            .apply(
                Create.of(
                    new Fingerprint("a", "1", story),
                    new Fingerprint("b", "2", edited),
                    new Fingerprint("c", "3", other)))
            .apply(new NearDuplicates("test", new DedupSettings(5, 0.5, 42, 3, 0.5, 50, 8, 50, 4)));
    // b shares 90 of a's 100 shingles: Jaccard 0.9; a, ranked first, is canonical.
    PAssert.that(assignments)
        .containsInAnyOrder(
            new ClusterAssignment("a", "a", 1.0, 2), new ClusterAssignment("b", "a", 0.9, 2));
    pipeline.run();
  }

  /**
   * 30 versions, each sharing 70 of its 100 shingles with the next (Jaccard 0.54) and 40 with the
   * one after (0.25, no link), each ranked after the one before: the worst order for propagation,
   * whose labels then move one link a round. With pointer jumping 8 rounds close the 29 links into
   * one cluster; after 3 it is still in pieces, and the items still moving are counted.
   */
  @Test
  public void aChainClosesInFewerRoundsThanItHasLinks() {
    assertEquals(0, chainClusters(8, true));
  }

  @Test
  public void itemsStillMovingAfterTheLastRoundAreCounted() {
    assertTrue(chainClusters(3, false) > 0);
  }

  /**
   * Clusters the chain in {@code rounds} rounds, checks it came out as one cluster or not, and
   * returns the count of items not settled.
   */
  private long chainClusters(int rounds, boolean oneCluster) {
    List<Fingerprint> chain = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      long[] shingles = LongStream.range(30L * i, 30L * i + 100).toArray();
      chain.add(new Fingerprint("v" + i, String.format("%03d", i), shingles));
    }
    PCollection<String> canonicalIds =
        pipeline
            .apply(Create.of(chain))
            .apply(
                new NearDuplicates(
                    "chain", new DedupSettings(5, 0.5, 42, 3, 0.5, 50, rounds, 50, 4)))
            .apply(
                MapElements.into(TypeDescriptors.strings())
                    .via((ClusterAssignment a) -> a.canonicalId));
    PAssert.that(canonicalIds)
        .satisfies(
            ids -> {
              Set<String> distinct = new HashSet<>();
              ids.forEach(distinct::add);
              assertEquals(
                  "one cluster, v0 canonical, after " + rounds + " rounds",
                  oneCluster,
                  distinct.equals(Set.of("v0")));
              return null;
            });
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    return RunCounts.counter(result, NearDuplicates.class, "chain_items_not_converged");
  }
}
