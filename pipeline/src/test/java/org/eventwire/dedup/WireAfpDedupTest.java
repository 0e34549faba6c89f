package org.eventwire.dedup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Path;
import org.eventwire.EventwirePipeline;
import org.eventwire.inspect.DedupScore;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The default settings on the real wire corpus in ../shared/corpora (1,082 AFP stories and 1,300
 * republished copies), scored as pairs against its truth file. Fails, never skips, when the corpus
 * is missing: CI has it beside the clone.
 */
public class WireAfpDedupTest {
  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  @Test
  public void defaultsReachPrecision0995AndRecall099OnWireAfp() throws Exception {
    File corpora = new File(System.getProperty("eventwire.shared.dir", "../../shared"), "corpora");
    File corpus = new File(corpora, "wire-afp");
    File truth = new File(corpora, "wire-afp-truth.tsv");
    assertTrue("the wire-afp corpus is expected at " + corpus.getAbsolutePath(), corpus.isDirectory());
    Path out = folder.getRoot().toPath().resolve("out");
    int status = EventwirePipeline.run(new String[] {"--input=" + corpus + "/*.txt", "--output=" + out,
        "--annotate=false", "--enforceImmutability=false", "--enforceEncodability=false"}, System.out, System.err);
    assertEquals(0, status);
    DedupScore.Score score = DedupScore.score(DedupScore.readPredicted(out.resolve("documents").toFile()),
        DedupScore.readTruth(truth.getPath()));
    assertEquals(2382, score.files);
    assertTrue("precision " + score.precision(), score.precision() >= 0.995);
    assertTrue("recall " + score.recall(), score.recall() >= 0.99);
  }
}
