package org.eventwire.inspect;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eventwire.Fixtures;
import org.eventwire.SlowTest;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;
import org.junit.rules.TemporaryFolder;

@Category(SlowTest.class)
public class AbridgedCorpusTest {
  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  private Map<String, String> generate(long seed) throws IOException {
    Path wire = Fixtures.corpus("wire-afp");
    Path out = folder.newFolder().toPath();
    int written =
        AbridgedCorpus.write(
            out,
            wire,
            DedupScore.readTruth(wire.resolveSibling("wire-afp-truth.tsv").toString()),
            40,
            seed);
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> docs = Files.list(out.resolve("docs"))) {
      for (Path doc : docs.collect(Collectors.toList())) {
        files.put(doc.getFileName().toString(), Files.readString(doc));
      }
    }
    assertEquals(written, files.size());
    Map<String, String> truth = DedupScore.readTruth(out.resolve("truth.tsv").toString());
    assertEquals("the truth lists every file", files.keySet(), truth.keySet());
    files.put("truth.tsv", Files.readString(out.resolve("truth.tsv")));
    return files;
  }

  @Test
  public void theSameSeedWritesTheSameCorpusAndAnotherSeedAnother() throws IOException {
    Map<String, String> first = generate(21);
    assertEquals(first, generate(21));
    assertNotEquals(first.keySet(), generate(22).keySet());
    assertTrue(first.keySet().stream().anyMatch(name -> name.startsWith("roundup-")));
  }

  @Test
  public void aCopyKeepsTheLeadAndFortyToSeventyPercentOfTheParagraphs() {
    List<String> story = List.of("p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9");
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 200; i++) {
      AbridgedCorpus.Copy copy = AbridgedCorpus.abridge(random, story, List.of("other"));
      List<String> fromStory =
          copy.paragraphs.stream().filter(story::contains).collect(Collectors.toList());
      assertTrue(copy.edits.toString(), fromStory.size() >= 3 && fromStory.size() <= 7);
      assertEquals("p0", fromStory.get(0));
      assertEquals(copy.edits.contains("append"), copy.paragraphs.contains("other"));
      assertEquals(copy.edits.contains("firstline"), !copy.paragraphs.get(0).equals("p0"));
    }
  }
}
