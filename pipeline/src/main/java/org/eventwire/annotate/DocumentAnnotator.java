package org.eventwire.annotate;

import java.io.Serializable;
import org.eventwire.records.Document;

/** Adds entities and dates to a document. Implementations must be safe to call from many threads. */
public interface DocumentAnnotator {

  /** Returns a copy of the document with entities, timexes, num_tokens and annotated=true. */
  Document annotate(Document document);

  /**
   * Makes the annotator on each worker. Serializable so that the recipe, never the (1 GB) model,
   * travels with the pipeline graph.
   */
  interface Factory extends Serializable {
    DocumentAnnotator create();

    /** What the manifest records about this annotator's settings. */
    String describe();
  }
}
