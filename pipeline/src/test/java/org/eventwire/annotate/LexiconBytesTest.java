package org.eventwire.annotate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.eventwire.SlowTest;
import org.eventwire.events.EventLexicon;
import org.eventwire.events.EventLexicon.Pos;
import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;
import org.junit.rules.TemporaryFolder;

/**
 * The lexicon as the annotator factory carries it through serialisation. Slow by the layout rule:
 * it builds annotator factories (no models load).
 */
@Category(SlowTest.class)
public class LexiconBytesTest {
  @Rule public TemporaryFolder folder = new TemporaryFolder();

  private EventLexicon lexicon() throws IOException {
    Path file = folder.newFile("lexicon.tsv").toPath();
    Files.writeString(
        file,
        String.join(
            "\n",
            "lemma\tpos\tevent_type\tmode\tcontexts\tfine_type\tobject\tprep\tprep_object",
            "attack\tVERB\tASSAULT\t\t\t\t\t\t",
            "hold\tVERB\tCONSULT\t\t\t\ttalk\t\t",
            "take over\tVERB\tASSAULT\t\t\tSEIZE\t\t\t",
            "protest\tNOUN\tPROTEST\t\t\t\t\t\t",
            ""),
        StandardCharsets.UTF_8);
    return EventLexicon.fromFile(file.toString());
  }

  @Test
  public void aLexiconReadBackCodesAsTheOneWritten() throws IOException {
    EventLexicon read = LexiconBytes.read(LexiconBytes.write(lexicon()));
    assertEquals(4, read.size());
    assertEquals("ASSAULT", read.typeOf("attack", Pos.VERB));
    assertEquals("PROTEST", read.typeOf("protest", Pos.NOUN));
    assertNull(read.typeOf("attack", Pos.NOUN));
    // "hold" codes only with its object.
    assertNull(read.typeOf("hold", Pos.VERB));
    EventLexicon.Entry talks = read.match("hold", Pos.VERB, Set.of("talk"), Map.of());
    assertNotNull(talks);
    assertEquals("CONSULT", talks.type);
    // The phrasal verb's particle, from a cache rebuilt after reading.
    assertTrue(read.mayTrigger("take", Pos.VERB, Set.of("take", "over", "town")));
    assertFalse(read.mayTrigger("take", Pos.VERB, Set.of("take", "part")));
  }

  @Test
  public void copiesOfOneFactoryShareOneLexiconAndAnotherFactoryHasItsOwn() throws Exception {
    CoreNlpSettings settings = CoreNlpSettings.eventwireDefaults("tokenize,ssplit");
    DocumentAnnotator.Factory factory = CoreNlpAnnotator.factory(settings, lexicon());
    DocumentAnnotator.Factory other = CoreNlpAnnotator.factory(settings, EventLexicon.standard());
    DocumentAnnotator.Factory first = copy(factory);
    DocumentAnnotator.Factory second = copy(factory);
    assertSame(lexiconOf(first), lexiconOf(second));
    assertEquals(4, lexiconOf(first).size());
    assertEquals(EventLexicon.standard().size(), lexiconOf(copy(other)).size());
    assertEquals(factory.describe(), first.describe());
  }

  private static DocumentAnnotator.Factory copy(DocumentAnnotator.Factory factory)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(factory);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (DocumentAnnotator.Factory) in.readObject();
    }
  }

  private static EventLexicon lexiconOf(DocumentAnnotator.Factory factory) throws Exception {
    java.lang.reflect.Field field = factory.getClass().getDeclaredField("lexicon");
    field.setAccessible(true);
    return (EventLexicon) field.get(factory);
  }
}
