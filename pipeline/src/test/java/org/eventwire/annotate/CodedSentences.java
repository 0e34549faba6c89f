package org.eventwire.annotate;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import java.util.List;
import org.eventwire.Fixtures;
import org.eventwire.events.EventMention;

/**
 * Codes one written sentence through the real CoreNLP models, for the slow tests of PLOVER coding
 * (PloverCodingTest, PloverRecallTest, FalseEventsTest), with the look-ups their assertions share.
 */
final class CodedSentences {
  private static DocumentAnnotator annotator;

  private CodedSentences() {}

  /** The event mentions of {@code text} as one unannotated document; models load on first use. */
  static synchronized List<EventMention> code(String text) {
    if (annotator == null) {
      annotator = CoreNlpAnnotator.factory("tokenize,ssplit,pos,lemma,ner,depparse").create();
    }
    List<EventMention> mentions = annotator.annotate(Fixtures.unannotated(text)).mentions;
    System.out.println(text + "\n  -> " + mentions);
    return mentions;
  }

  /** The one mention of {@code type}; fails when there is none or more than one. */
  static EventMention only(String type, List<EventMention> mentions) {
    EventMention found = null;
    for (EventMention m : mentions) {
      if (type.equals(m.eventType)) {
        assertNull("one " + type + " in " + mentions, found);
        found = m;
      }
    }
    assertNotNull(type + " in " + mentions, found);
    return found;
  }

  /** A mention of {@code type}, the last when there are several; fails when there is none. */
  static EventMention some(String type, List<EventMention> mentions) {
    EventMention found = null;
    for (EventMention m : mentions) {
      if (type.equals(m.eventType)) {
        found = m;
      }
    }
    assertNotNull(type + " in " + mentions, found);
    return found;
  }

  static boolean has(String type, List<EventMention> mentions) {
    return mentions.stream().anyMatch(m -> type.equals(m.eventType));
  }
}
