package org.eventwire.annotate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eventwire.Fixtures;
import org.eventwire.SlowTest;
import org.eventwire.read.DocumentDecoder;
import org.eventwire.read.StoredFile;
import org.eventwire.records.Document;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/**
 * SUTime searched only around temporal cues finds what SUTime finds searching whole sentences, on
 * real wire text through the real rules; and it resolves a bare weekday the same whatever it read
 * before, which CoreNLP's own SUTime does not.
 */
@Category(SlowTest.class)
public class CueWindowedSutimeTest {
  /**
   * SUTime needs tokens, sentences and part-of-speech tags (its last rules look for past-tense
   * verbs).
   */
  private static StanfordCoreNLP tagger;

  @BeforeClass
  public static void loadTagger() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos");
    tagger = new StanfordCoreNLP(properties);
  }

  private static Annotation tagged(String text, String docDate) {
    Annotation document = new Annotation(text);
    document.set(CoreAnnotations.DocDateAnnotation.class, docDate);
    tagger.annotate(document);
    return document;
  }

  /**
   * Every expression SUTime reports for a document, and every number it found, as comparable lines.
   */
  private static List<String> search(
      TimeExpressionExtractor extractor, String text, String docDate) {
    Annotation document = tagged(text, docDate);
    List<String> found = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (CoreMap expression : extractor.extractTimeExpressionCoreMaps(sentence, document)) {
        Timex timex = expression.get(TimeAnnotations.TimexAnnotation.class);
        found.add(
            "timex "
                + expression.get(CoreAnnotations.TokenBeginAnnotation.class)
                + "-"
                + expression.get(CoreAnnotations.TokenEndAnnotation.class)
                + " "
                + timex.tid()
                + " "
                + timex.timexType()
                + " "
                + timex.value()
                + " "
                + timex.altVal()
                + " "
                + expression.get(CoreAnnotations.TextAnnotation.class));
      }
      List<CoreMap> numbers = sentence.get(CoreAnnotations.NumerizedTokensAnnotation.class);
      for (CoreMap number : numbers == null ? List.<CoreMap>of() : numbers) {
        if (number.containsKey(CoreAnnotations.NumericCompositeValueAnnotation.class)) {
          found.add(
              "number "
                  + number.get(CoreAnnotations.TokenBeginAnnotation.class)
                  + "-"
                  + number.get(CoreAnnotations.TokenEndAnnotation.class)
                  + " "
                  + number.get(CoreAnnotations.NumericCompositeTypeAnnotation.class)
                  + " "
                  + number.get(CoreAnnotations.NumericCompositeValueAnnotation.class));
        }
      }
    }
    extractor.finalize(document);
    return found;
  }

  private interface TimeExpressionExtractor {
    List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document);

    void finalize(CoreMap document);
  }

  private static TimeExpressionExtractor of(edu.stanford.nlp.time.TimeExpressionExtractor sutime) {
    return new TimeExpressionExtractor() {
      @Override
      public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
        return sutime.extractTimeExpressionCoreMaps(sentence, document);
      }

      @Override
      public void finalize(CoreMap document) {
        sutime.finalize(document);
      }
    };
  }

  @Test
  public void windowsFindTheExpressionsAndNumbersOfWholeSentencesOnTheAquaintStories()
      throws IOException {
    TimeExpressionExtractor whole =
        of(new CueWindowedSutime(new Properties(), CueWindowedSutime.WHOLE_SENTENCES));
    TimeExpressionExtractor windows =
        of(new CueWindowedSutime(new Properties(), CueWindowedSutime.DEFAULT_MARGIN));
    long[] before = CueWindowedSutime.counts();
    int stories = 0;
    int expressions = 0;
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(Fixtures.corpus("timeml-aquaint"), "*.txt")) {
      for (Path file : files) {
        Document story =
            new DocumentDecoder(1 << 20, null)
                .decode(file.toString(), StoredFile.of(Files.readAllBytes(file)))
                .document();
        String date = story.getDocDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        List<String> fromWhole = search(whole, story.getText(), date);
        assertEquals(
            file.getFileName().toString(), fromWhole, search(windows, story.getText(), date));
        stories++;
        expressions += fromWhole.stream().filter(line -> line.startsWith("timex")).count();
      }
    }
    assertEquals(73, stories);
    // The gold file has 579 expressions in these stories; SUTime finds a similar number.
    assertThat(expressions, greaterThan(500));
    long[] after = CueWindowedSutime.counts();
    long tokens = after[2] - before[2];
    long searched = after[3] - before[3];
    // The point of it: far fewer words searched (the whole-sentence extractor counts none).
    assertThat(searched, greaterThan(0L));
    assertThat((double) searched / tokens, lessThan(0.7));
  }

  @Test
  public void aBareWeekdayResolvesTheSameWhateverWasReadBefore() {
    // Thursday 10 February 2000: the closest Wednesday is the 9th, the next one the 16th.
    String headline = "Geneva talks on Wednesday";
    String future = "The minister will arrive on Wednesday.";
    String date = "2000-02-10";

    TimeExpressionExtractor windows =
        of(new CueWindowedSutime(new Properties(), CueWindowedSutime.DEFAULT_MARGIN));
    List<String> first = search(windows, headline, date);
    assertEquals(1, first.size());
    assertThat(first.get(0), org.hamcrest.Matchers.containsString(" 2000-02-09 "));
    search(windows, future, date);
    assertEquals(first, search(windows, headline, date));

    // CoreNLP's own SUTime keeps the "will" of the other story on its one shared Wednesday.
    TimeExpressionExtractor stock = of(new TimeExpressionExtractorImpl("sutime", new Properties()));
    List<String> stockFirst = search(stock, headline, date);
    assertEquals(first, stockFirst);
    search(stock, future, date);
    List<String> stockAgain = search(stock, headline, date);
    assertNotEquals(stockFirst, stockAgain);
    assertThat(stockAgain.get(0), org.hamcrest.Matchers.containsString(" 2000-02-16 "));
  }
}
