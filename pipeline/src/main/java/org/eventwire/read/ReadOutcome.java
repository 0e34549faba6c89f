package org.eventwire.read;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.eventwire.records.Document;
import org.eventwire.records.Rejected;

/** What one input file became: exactly one of a document or a rejected record. */
public final class ReadOutcome {
  private final @Nullable Document document;
  private final @Nullable Rejected rejected;

  private ReadOutcome(@Nullable Document document, @Nullable Rejected rejected) {
    this.document = document;
    this.rejected = rejected;
  }

  public static ReadOutcome document(Document document) {
    return new ReadOutcome(document, null);
  }

  public static ReadOutcome rejected(Rejected rejected) {
    return new ReadOutcome(null, rejected);
  }

  public boolean isDocument() {
    return document != null;
  }

  public Document document() {
    if (document == null) {
      throw new IllegalStateException("rejected, not a document: " + rejected);
    }
    return document;
  }

  public Rejected rejected() {
    if (rejected == null) {
      throw new IllegalStateException("a document, not rejected: " + document);
    }
    return rejected;
  }
}
