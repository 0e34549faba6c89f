package org.eventwire.annotate;

import java.io.Serializable;
import java.util.List;
import org.eventwire.events.EventMention;
import org.eventwire.records.Document;

/**
 * Adds entities and dates to a document. Implementations must be safe to call from many threads.
 */
public interface DocumentAnnotator {

  /**
   * A copy of the document with entities, timexes, sentences, num_tokens and annotated=true, and
   * the events its sentences report (none without a dependency parse).
   */
  Annotated annotate(Document document);

  /** What annotating one document gives. */
  final class Annotated {
    public final Document document;
    public final List<EventMention> mentions;

    /** The document's sentences, and how many of them the dependency parser saw. */
    public final int sentences;

    public final int sentencesParsed;

    public Annotated(Document document, List<EventMention> mentions) {
      this(document, mentions, 0, 0);
    }

    public Annotated(
        Document document, List<EventMention> mentions, int sentences, int sentencesParsed) {
      this.document = document;
      this.mentions = mentions;
      this.sentences = sentences;
      this.sentencesParsed = sentencesParsed;
    }
  }

  /**
   * Makes the annotator on each worker. Serializable so that the recipe, never the (1 GB) model,
   * travels with the pipeline graph.
   */
  interface Factory extends Serializable {
    DocumentAnnotator create();

    /** What the manifest records about this annotator's settings. */
    String describe();

    /**
     * Loads what {@link #create} will need, ahead of the first document, as fast as the machine
     * allows. Blocks until loaded.
     */
    default void preload() {
      create();
    }
  }
}
