package org.eventwire.annotate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.Test;

public class AnnotationLimitsTest {
  private static final AnnotationLimits SMALL = new AnnotationLimits(10, 4, 30, 9);

  @Test
  public void aSentenceWithinTheLimitsIsOnePiece() {
    assertPieces(SMALL.pieces(new int[] {0, 4, 8}, new int[] {3, 7, 9}), "0-3");
  }

  @Test
  public void aLongSentenceIsCutEveryMaxTokens() {
    int[] begin = new int[9];
    int[] end = new int[9];
    for (int i = 0; i < 9; i++) {
      begin[i] = 2 * i;
      end[i] = 2 * i + 1;
    }
    assertPieces(SMALL.pieces(begin, end), "0-4", "4-8", "8-9");
  }

  @Test
  public void aWideSentenceIsCutWhereItPassesMaxChars() {
    // Tokens of 9 characters with a space: the fourth would end at 39, past 30 characters.
    assertPieces(
        SMALL.pieces(new int[] {0, 10, 20, 30, 40}, new int[] {9, 19, 29, 39, 49}), "0-3", "3-5");
    // One token wider than the limit is a piece of its own: tokens are never cut.
    assertPieces(SMALL.pieces(new int[] {0, 2}, new int[] {1, 40}), "0-1", "1-2");
  }

  @Test
  public void limitsBelowOneAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new AnnotationLimits(0, 1, 1, 1));
  }

  /** The limits inside a real tokenizer and sentence splitter, as the tagger runs them. */
  @Test
  public void overlongTokensGoSentencesAreCutAndTheDocumentStopsAtItsLimit() {
    StanfordCoreNLP splitter = splitter(SMALL);
    String text =
        "Herat fell. ABCDEFGHIJKLMNOP Kabul and Kandahar and Ghazni held on. Then more words came.";
    Annotation document = new Annotation(text);
    splitter.annotate(document);

    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    List<String> pieces = new ArrayList<>();
    List<CoreLabel> allTokens = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      assertEquals(s, (int) sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
      assertEquals(
          allTokens.size(), (int) sentence.get(CoreAnnotations.TokenBeginAnnotation.class));
      int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      assertEquals(text.substring(begin, end), sentence.get(CoreAnnotations.TextAnnotation.class));
      for (int t = 0; t < tokens.size(); t++) {
        assertEquals(t + 1, tokens.get(t).index());
        assertEquals(s, (int) tokens.get(t).sentIndex());
      }
      allTokens.addAll(tokens);
      pieces.add(sentence.get(CoreAnnotations.TextAnnotation.class));
    }
    // The 16-letter token is gone, the second sentence is in pieces of 4, and 9 tokens in all.
    assertEquals(List.of("Herat fell.", "Kabul and Kandahar and", "Ghazni held"), pieces);
    assertEquals(allTokens, document.get(CoreAnnotations.TokensAnnotation.class));
    List<String> warnings = document.get(LimitSentences.Warnings.class);
    assertEquals(3, warnings.size());
    assertThat(
        warnings.get(0), containsString("1 token longer than 10 characters (the longest 16)"));
    assertThat(warnings.get(1), containsString("1 sentence longer than 4 tokens"));
    assertThat(warnings.get(2), containsString("7 tokens past the first 9"));
  }

  @Test
  public void aDocumentWithinEveryLimitIsLeftAsTheSplitterMadeIt() {
    StanfordCoreNLP plain = splitter(null);
    StanfordCoreNLP limited = splitter(AnnotationLimits.DEFAULTS);
    String text =
        "The Taliban captured Ghazni on Thursday. Herat fell hours later, officials said.";
    Annotation before = new Annotation(text);
    plain.annotate(before);
    Annotation after = new Annotation(text);
    limited.annotate(after);
    assertEquals(
        before.get(CoreAnnotations.SentencesAnnotation.class).toString(),
        after.get(CoreAnnotations.SentencesAnnotation.class).toString());
    assertEquals(
        before.get(CoreAnnotations.TokensAnnotation.class),
        after.get(CoreAnnotations.TokensAnnotation.class));
    assertNull(after.get(LimitSentences.Warnings.class));
    List<CoreMap> sentences = after.get(CoreAnnotations.SentencesAnnotation.class);
    new LimitSentences(AnnotationLimits.DEFAULTS).annotate(after);
    assertSame(sentences, after.get(CoreAnnotations.SentencesAnnotation.class));
  }

  private static StanfordCoreNLP splitter(AnnotationLimits limits) {
    CoreNlpSettings settings =
        new CoreNlpSettings(
            "tokenize,ssplit",
            CoreNlpSettings.FineGrainedNer.OFF,
            CoreNlpSettings.ParseSentences.ALL,
            CoreNlpSettings.TimexSearch.WHOLE_SENTENCES,
            CoreNlpSettings.ParserScoring.STOCK,
            CoreNlpSettings.DependencyGraphs.ALL,
            limits);
    Properties properties = settings.taggerProperties();
    assertTrue(
        properties.getProperty("annotators"),
        (limits != null) == properties.getProperty("annotators").contains(LimitSentences.NAME));
    return new StanfordCoreNLP(properties);
  }

  private static void assertPieces(List<int[]> pieces, String... expected) {
    List<String> actual = new ArrayList<>();
    for (int[] piece : pieces) {
      actual.add(piece[0] + "-" + piece[1]);
    }
    assertEquals(List.of(expected), actual);
  }
}
