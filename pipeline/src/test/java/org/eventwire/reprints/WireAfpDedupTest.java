package org.eventwire.reprints;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.EventwirePipeline;
import org.eventwire.Fixtures;
import org.eventwire.SlowTest;
import org.eventwire.inspect.AbridgedCorpus;
import org.eventwire.inspect.DedupScore;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;
import org.junit.rules.TemporaryFolder;

/**
 * The default settings on the real wire corpus in ../shared/corpora (1,082 AFP stories and 1,300
 * republished copies), and on cut-down copies of its stories (inspect/AbridgedCorpus), scored as
 * pairs against their truth files. Fails, never skips, when the corpus is missing: CI has it beside
 * the clone.
 */
@Category(SlowTest.class)
public class WireAfpDedupTest {
  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  private DedupScore.Score dedupOnly(String glob, Path truth, String... options) throws Exception {
    Path out = folder.newFolder().toPath().resolve("out");
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input=" + glob,
                "--output=" + out,
                "--annotate=false",
                "--enforceImmutability=false",
                "--enforceEncodability=false"));
    args.addAll(List.of(options));
    assertEquals(0, EventwirePipeline.run(args.toArray(new String[0]), System.out, System.err));
    return DedupScore.score(
        DedupScore.readPredicted(out.resolve("documents").toFile()),
        DedupScore.readTruth(truth.toString()));
  }

  @Test
  public void defaultsReachF1Of0995OnWireAfp() throws Exception {
    Path corpus = Fixtures.corpus("wire-afp");
    DedupScore.Score score =
        dedupOnly(corpus + "/*.txt", corpus.resolveSibling("wire-afp-truth.tsv"));
    assertEquals(2382, score.files);
    // The few false pairs containment adds are AFP write-thru updates that hold their earlier
    // version whole (a story and its "ADDS quotes" update), which the truth keeps apart.
    assertTrue("precision " + score.precision(), score.precision() >= 0.99);
    assertTrue("recall " + score.recall(), score.recall() >= 0.99);
    assertTrue("F1 " + score.f1(), score.f1() >= 0.995);
  }

  @Test
  public void defaultsFindCutDownCopiesAtRecall095AndPrecision099() throws Exception {
    Path corpus = Fixtures.corpus("wire-afp");
    Path abridged = folder.newFolder("abridged").toPath();
    AbridgedCorpus.write(
        abridged,
        corpus,
        DedupScore.readTruth(corpus.resolveSibling("wire-afp-truth.tsv").toString()),
        300,
        AbridgedCorpus.DEFAULT_SEED);
    DedupScore.Score score = dedupOnly(abridged + "/docs/*.txt", abridged.resolve("truth.tsv"));
    assertTrue("recall " + score.recall(), score.recall() >= 0.95);
    assertTrue("precision " + score.precision(), score.precision() >= 0.99);
  }
}
