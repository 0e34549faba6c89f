package org.eventwire.annotate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasEntry;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventwire.Fixtures;
import org.eventwire.SlowTest;
import org.eventwire.events.EventLexicon;
import org.eventwire.events.EventMention;
import org.eventwire.read.DocumentDecoder;
import org.eventwire.read.StoredFile;
import org.eventwire.records.Document;
import org.eventwire.records.Entity;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/** eventwire's departures from stock CoreNLP, on real text through the real models. */
@Category(SlowTest.class)
public class CoreNlpSettingsTest {
  private static final CoreNlpSettings DEFAULTS =
      CoreNlpSettings.eventwireDefaults(Fixtures.ANNOTATORS);

  private static Document decode(String uri, byte[] content, LocalDate defaultDate) {
    return new DocumentDecoder(1 << 20, defaultDate).decode(uri, StoredFile.of(content)).document();
  }

  @Test
  public void compactGazetteerStillGivesTheFineGrainedPlaceAndNationalityTags() {
    DocumentAnnotator annotator =
        CoreNlpAnnotator.factory(DEFAULTS, EventLexicon.standard()).create();
    Document doc =
        annotator.annotate(
                decode(
                    "/t/places.txt",
                    "Afghan forces withdrew from Kabul, the capital of Afghanistan, and from Herat on Sunday."
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    null))
            .document;
    Map<String, String> types = new HashMap<>();
    for (Entity e : doc.getEntities()) {
      types.put(e.getText(), e.getType());
    }
    // Without a fine-grained pass these would be MISC and LOCATION.
    assertThat(types, hasEntry("Afghan", "NATIONALITY"));
    assertThat(types, hasEntry("Kabul", "CITY"));
    assertThat(types, hasEntry("Afghanistan", "COUNTRY"));
  }

  @Test
  public void parsingOnlyEventCandidateSentencesFindsTheSameEventsAsParsingAll()
      throws IOException {
    DocumentAnnotator candidates =
        CoreNlpAnnotator.factory(DEFAULTS, EventLexicon.standard()).create();
    DocumentAnnotator all =
        CoreNlpAnnotator.factory(
                new CoreNlpSettings(
                    Fixtures.ANNOTATORS,
                    CoreNlpSettings.FineGrainedNer.COMPACT,
                    CoreNlpSettings.ParseSentences.ALL),
                EventLexicon.standard())
            .create();
    List<String> fromCandidates = new ArrayList<>();
    List<String> fromAll = new ArrayList<>();
    try (DirectoryStream<Path> samples = Files.newDirectoryStream(Fixtures.samplesDir(), "*.txt")) {
      for (Path sample : samples) {
        Document doc =
            decode(sample.toString(), Files.readAllBytes(sample), LocalDate.of(2021, 8, 12));
        candidates.annotate(doc).mentions.forEach(m -> fromCandidates.add(describe(m)));
        all.annotate(doc).mentions.forEach(m -> fromAll.add(describe(m)));
      }
    }
    assertThat(fromAll.size(), greaterThan(20));
    assertEquals(fromAll, fromCandidates);
  }

  private static String describe(EventMention m) {
    return String.join(
        "|",
        m.docId,
        String.valueOf(m.sentenceIndex),
        m.trigger,
        m.eventType,
        String.valueOf(m.actorText),
        String.valueOf(m.targetText),
        String.valueOf(m.locationText),
        String.valueOf(m.date));
  }

  @Test
  public void theDefaultTaggerRunsTheWindowedSutime() {
    CoreNlpAnnotator.factory(DEFAULTS, EventLexicon.standard()).create();
    assertTrue(CueWindowedSutime.isInstalled(SharedCoreNlp.get(DEFAULTS.taggerProperties())));
  }

  @Test
  public void stockSettingsAreOneFlagAwayAndDescribedForTheManifest() {
    CoreNlpSettings stock = CoreNlpSettings.stock("tokenize,ssplit,pos,lemma,ner,depparse");
    assertEquals(
        "tokenize,ssplit,pos,lemma,ner", stock.taggerProperties().getProperty("annotators"));
    assertNull(
        "stock leaves the fine-grained mapping alone",
        stock.taggerProperties().getProperty("ner.fine.regexner.mapping"));
    assertEquals(CoreNlpSettings.ParseSentences.ALL, stock.parseSentences());
    assertEquals(CoreNlpSettings.TimexSearch.WHOLE_SENTENCES, stock.timexSearch());
    assertEquals(CoreNlpSettings.DependencyGraphs.ALL, stock.dependencyGraphs());
    assertEquals(CoreNlpSettings.DependencyGraphs.ENHANCED_PLUS_PLUS, DEFAULTS.dependencyGraphs());
    assertNull(
        "stock SUTime is CoreNLP's own",
        stock.taggerProperties().getProperty(CoreNlpSettings.TIMEX_SEARCH_PROPERTY));
    String described = DEFAULTS.describe();
    assertThat(described, org.hamcrest.Matchers.containsString("SUTime on CUE_WINDOWS"));
    assertThat(described, org.hamcrest.Matchers.containsString("EVENT_CANDIDATES"));
    assertThat(
        described,
        org.hamcrest.Matchers.containsString("literal entries of regexner_caseless.tab"));
    assertEquals(
        "false",
        new CoreNlpSettings(
                "tokenize,ssplit,pos,lemma,ner",
                CoreNlpSettings.FineGrainedNer.OFF,
                CoreNlpSettings.ParseSentences.ALL)
            .taggerProperties()
            .getProperty("ner.applyFineGrained"));
  }
}
