package org.eventwire.neardup;

import java.util.stream.LongStream;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
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
}
