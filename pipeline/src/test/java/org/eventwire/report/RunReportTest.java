package org.eventwire.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.eventwire.Fixtures;
import org.eventwire.SlowTest;
import org.eventwire.common.RunDirectory;
import org.eventwire.records.Document;
import org.eventwire.records.Event;
import org.eventwire.records.Mention;
import org.eventwire.records.Rejected;
import org.eventwire.records.Role;
import org.eventwire.records.Sentence;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;
import org.junit.rules.TemporaryFolder;

/**
 * report.html of real runs (the shared seeds and hostile runs), and of records written to attack
 * it.
 */
@Category(SlowTest.class)
public class RunReportTest {
  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  private static final List<String> SECTIONS =
      List.of(
          "counts",
          "rejected",
          "clusters",
          "documents-per-day",
          "events-timeline",
          "where",
          "top-names",
          "top-actors",
          "top-targets",
          "top-locations",
          "reprinted-passages");

  private static String report(Fixtures.PipelineRun run) throws IOException {
    assertEquals(run.stderr(), 0, run.exitCode());
    Path report = run.output().resolve(RunDirectory.REPORT);
    assertTrue("no report.html in " + run.output(), Files.exists(report));
    return Files.readString(report);
  }

  /** The HTML from an element with this id to the end of its section. */
  private static String section(String html, String id) {
    int start = html.indexOf("id=\"" + id + "\"");
    assertTrue("no element with id " + id, start >= 0);
    int end = html.indexOf("</section>", start);
    return html.substring(start, end < 0 ? html.length() : end);
  }

  @Test
  public void theSeedsReportHoldsEverySectionWithTheRunsFigures() throws IOException {
    String html = report(Fixtures.seedsRun());
    for (String id : SECTIONS) {
      section(html, id);
    }
    assertThat(
        section(html, "counts"), containsString("<th>files_matched</th><td class=\"n\">5</td>"));
    assertThat(
        section(html, "counts"),
        containsString("<th>tokens_annotated</th><td class=\"n\">2,188</td>"));
    assertThat(section(html, "rejected"), containsString("No input was rejected"));
    // The five samples are five stories: five clusters of one.
    assertThat(section(html, "clusters"), containsString("5 documents in 5 clusters"));
    assertThat(section(html, "clusters"), containsString("<svg"));
    assertThat(
        section(html, "documents-per-day"),
        containsString("2021-08-12 \u00b7 canonical copies: 5</title>"));
    assertThat(section(html, "events-timeline"), containsString("<svg"));
    assertThat(section(html, "events-timeline"), containsString("ASSAULT"));
    // The Taliban's seizure of Herat: carried by all five articles.
    // Locations count under their gazetteer name, with the spelling the articles use beside it.
    assertThat(section(html, "top-locations"), containsString("<td>Herāt</td>"));
    assertThat(section(html, "top-locations"), containsString("Herat ("));
    assertThat(section(html, "top-actors"), containsString("<td>Taliban</td>"));
    // The agency sentence about the Ghazni highway, reprinted, lightly edited, in four of the five
    // articles. The report shows one copy's text, whichever the documents' read order gives it:
    // "Seizing Ghazni cuts off", "the capture of Ghazni, meanwhile, cuts off" or "... cut off".
    Matcher ghazni =
        Pattern.compile(
                "<td class=\"n\">(\\d+)</td><td class=\"n\">\\d+</td><td class=\"sentence\">"
                    + "[^<]*Ghazni[^<]*cuts? off a crucial highway")
            .matcher(section(html, "reprinted-passages"));
    assertTrue("the Ghazni highway passage is not among the reprinted passages", ghazni.find());
    assertTrue(Integer.parseInt(ghazni.group(1)) >= 3);
  }

  @Test
  public void theReportIsSelfContained() throws IOException {
    String html = report(Fixtures.seedsRun());
    for (String fetch :
        List.of("<script", "<link", "<img", "<iframe", "src=", "@import", "url(", "href=\"http")) {
      assertThat(html, not(containsString(fetch)));
    }
    assertThat(html, containsString("Content-Security-Policy"));
  }

  @Test
  public void theHostileReportCountsEveryRejectionReason() throws IOException {
    String rejected = section(report(Fixtures.hostileRun()), "rejected");
    long expectedEmpty =
        Fixtures.hostileExpected().values().stream().filter("EMPTY"::equals).count();
    assertThat(
        rejected,
        containsString(
            "<code>EMPTY</code></td><td>read</td><td class=\"n\">" + expectedEmpty + "<"));
    for (String error : List.of("NOT_TEXT", "TOO_LARGE", "CORRUPT_COMPRESSED")) {
      assertThat(rejected, containsString("<code>" + error + "</code>"));
    }
  }

  @Test
  public void textFromTheInputIsEscapedEverywhere() throws IOException {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
    Path out = folder.newFolder("out").toPath();
    String attack = "<script>alert('x')</script>";
    String sentence = "Rebels \"took\" the town & " + attack + " said officials on Thursday.";
    Document first = document("a", sentence);
    Document second = document("b", sentence);
    Event event =
        Event.newBuilder()
            .setEventId("e1")
            .setEventDate(LocalDate.of(2021, 8, 12))
            .setDateSource("TIMEX")
            .setAction("take")
            .setEventType("<b>SEIZE</b>")
            .setActor(role("<img src=x onerror=alert(1)>", "ORGANIZATION"))
            .setTarget(role(attack, "CITY"))
            .setLocation(role(attack, "CITY"))
            .setNumMentions(2)
            .setNumDocuments(2)
            .setNumIndependentReports(1)
            .setDocIds(List.of("a", "b"))
            .build();
    Rejected rejected =
        Rejected.newBuilder()
            .setSourceUri("/in/" + attack + ".txt")
            .setStage("read")
            .setError("<i>EMPTY</i>")
            .setMessage(attack)
            .setPayloadSize(0)
            .build();
    writeAvro(out.resolve("documents"), Document.class, first, second);
    writeAvro(out.resolve("events"), Event.class, event);
    writeAvro(out.resolve("mentions"), Mention.class);
    writeAvro(out.resolve("rejected"), Rejected.class, rejected);
    Files.writeString(
        out.resolve("manifest.json"),
        "{\"run_id\": \""
            + "<script>x</script>"
            + "\", \"options\": {\"input\": \"/in/<script>*\"}, \"counts\": {\"files_matched\": 3, \"<b>\": \"<i>\"}}");

    String html = RunReport.html(new RunDirectory(out.toString()));
    for (String markup : List.of("<script", "<img", "<b>", "<i>")) {
      assertThat(html, not(containsString(markup)));
    }
    assertThat(html, containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assertThat(
        section(html, "reprinted-passages"),
        containsString("Rebels &quot;took&quot; the town &amp; "));
    assertThat(section(html, "top-actors"), containsString("&lt;img src=x onerror=alert(1)&gt;"));
    assertThat(section(html, "rejected"), containsString("&lt;i&gt;EMPTY&lt;/i&gt;"));
  }

  private static Event resolvedEvent(String id, String actorText, Role target, Role location) {
    Role actor =
        Role.newBuilder()
            .setText(actorText)
            .setType("COUNTRY")
            .setName("United States")
            .setCountry("USA")
            .setCountries(List.of("USA"))
            .setSectors(List.of("GOV"))
            .setResolvedBy("COUNTRY_NAME")
            .build();
    return Event.newBuilder()
        .setEventId(id)
        .setEventDate(LocalDate.of(2021, 8, 12))
        .setDateSource("TIMEX")
        .setAction("send")
        .setEventType("MOBILIZE")
        .setActor(actor)
        .setTarget(target)
        .setLocation(location)
        .setNumMentions(2)
        .setNumDocuments(2)
        .setNumIndependentReports(2)
        .setDocIds(List.of("a"))
        .setEventCountry(location == null ? null : location.getCountry())
        .setEventCountryReason(location == null ? "NONE" : "LOCATION")
        .build();
  }

  @Test
  public void resolvedNamesCountOnceAndEventsGoOnTheMap() throws IOException {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
    Path out = folder.newFolder("out").toPath();
    Role kabul =
        Role.newBuilder()
            .setText("Kabul")
            .setType("CITY")
            .setName("Kabul")
            .setCountry("AFG")
            .setCountries(List.of("AFG"))
            .setResolvedBy("PLACE")
            .setGeonameid(1138958)
            .setLat(34.528)
            .setLon(69.172)
            .setPrecision("CITY")
            .setPlaceReason("POPULATION_PRIOR")
            .build();
    Role afghans = Role.newBuilder(kabul).setText("Afghans").setType("NATIONALITY").build();
    writeAvro(out.resolve("documents"), Document.class, document("a", "The US sent troops."));
    writeAvro(
        out.resolve("events"),
        Event.class,
        resolvedEvent("e1", "US", afghans, kabul),
        resolvedEvent("e2", "U.S.", afghans, kabul),
        resolvedEvent("e3", "United States", null, null));
    writeAvro(out.resolve("mentions"), Mention.class);
    writeAvro(out.resolve("rejected"), Rejected.class);
    Files.writeString(out.resolve("manifest.json"), "{\"counts\": {\"files_matched\": 1}}");

    String html = RunReport.html(new RunDirectory(out.toString()));
    String actors = section(html, "top-actors");
    assertEquals(
        2, actors.split("<td>United States</td>", -1).length - 1); // by reports, by mentions
    assertThat(actors, containsString("<td>USA</td>"));
    assertThat(actors, not(containsString("<td>US</td>")));
    assertThat(actors, containsString("U.S. (1), US (1), United States (1)"));
    String where = section(html, "where");
    // Kabul at x = lon + 180, y = 90 - lat: one dot for the two events there.
    assertEquals(1, where.split("<circle", -1).length - 1);
    assertThat(where, containsString("cx=\"249.17\" cy=\"55.47\""));
    assertThat(where, containsString("Kabul: 2 events, 4 reports"));
    assertThat(
        section(html, "events-per-country"), containsString("<td>AFG</td><td class=\"n\">2"));
    assertThat(
        section(html, "top-dyads"), containsString("<td>USA \u2192 AFG</td><td class=\"n\">2"));
    assertThat(where, containsString("GeoNames"));
    assertThat(where, containsString("Natural Earth"));
  }

  @Test
  public void aPronounIsNoNameAndIsLeftOutOfTheNameTablesButNotOutOfTheDyads() throws IOException {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
    Path out = folder.newFolder("out").toPath();
    Role kabul = Role.newBuilder().setText("Kabul").setType("CITY").setCountry("AFG").build();
    Event named = resolvedEvent("e1", "US", kabul, null);
    Event pronoun = resolvedEvent("e2", "he", kabul, null);
    pronoun.getActor().setType("PRONOUN");
    pronoun.getActor().setName("he");
    writeAvro(out.resolve("documents"), Document.class, document("a", "The US sent troops."));
    writeAvro(out.resolve("events"), Event.class, named, pronoun);
    writeAvro(out.resolve("mentions"), Mention.class);
    writeAvro(out.resolve("rejected"), Rejected.class);
    Files.writeString(out.resolve("manifest.json"), "{\"counts\": {\"files_matched\": 1}}");

    String html = RunReport.html(new RunDirectory(out.toString()));
    String actors = section(html, "top-actors");
    assertThat(actors, not(containsString("<td>he</td>")));
    assertThat(actors, containsString("1 event whose role is only a pronoun"));
    assertThat(section(html, "top-targets"), not(containsString("pronoun")));
    assertThat(
        section(html, "top-dyads"), containsString("<td>USA \u2192 AFG</td><td class=\"n\">2"));
  }

  @Test
  public void documentsYearsApartGetABarPerDatedDayAndANoteSaying() throws IOException {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
    Path out = folder.newFolder("out").toPath();
    Document early = document("a", "Rebels took the town.");
    early.setDocDate(LocalDate.of(1997, 4, 30));
    Document late = document("b", "Troops retook the town.");
    late.setDocDate(LocalDate.of(2005, 12, 3));
    writeAvro(out.resolve("documents"), Document.class, early, late);
    writeAvro(out.resolve("events"), Event.class);
    writeAvro(out.resolve("mentions"), Mention.class);
    writeAvro(out.resolve("rejected"), Rejected.class);
    Files.writeString(out.resolve("manifest.json"), "{\"counts\": {\"files_matched\": 2}}");

    String days = section(RunReport.html(new RunDirectory(out.toString())), "documents-per-day");
    assertThat(days, containsString("1997-04-30 \u00b7 canonical copies: 1</title>"));
    assertThat(days, containsString("2005-12-03 \u00b7 canonical copies: 1</title>"));
    assertThat(days, not(containsString("1997-05-01")));
    assertThat(days, containsString("only the 2 days with documents have a bar"));
  }

  private static Role role(String text, String type) {
    return Role.newBuilder().setText(text).setType(type).build();
  }

  private static Document document(String id, String text) {
    return Document.newBuilder()
        .setDocId(id)
        .setSourceUri("/in/" + id)
        .setContentSha256(id)
        .setByteSize(100)
        .setEncoding("UTF-8")
        .setDocDate(LocalDate.of(2021, 8, 12))
        .setDocDateSource("OPTION")
        .setTitle(text)
        .setText(text)
        .setTextStart(0)
        .setCanonicalDocId(id)
        .setAnnotated(true)
        .setNumTokens(12)
        .setEntities(List.of())
        .setTimexes(List.of())
        .setSentences(
            List.of(new Sentence(0, 0, text.codePointCount(0, text.length()), "passage-1")))
        .build();
  }

  @SafeVarargs
  private static <T extends SpecificRecord> void writeAvro(Path folder, Class<T> type, T... records)
      throws IOException {
    Files.createDirectories(folder);
    try (DataFileWriter<T> writer = new DataFileWriter<>(new SpecificDatumWriter<>(type))) {
      writer.create(
          ((SpecificRecord) newInstance(type)).getSchema(),
          new File(folder.toFile(), "part-0.avro"));
      for (T record : records) {
        writer.append(record);
      }
    }
  }

  private static <T> T newInstance(Class<T> type) {
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
