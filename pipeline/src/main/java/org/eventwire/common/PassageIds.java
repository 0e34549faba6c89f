package org.eventwire.common;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/** Ids of sentences and of the passage clusters they belong to. */
public final class PassageIds {
  private PassageIds() {}

  /** The item id of one sentence: doc_id and index. */
  public static String sentenceId(String docId, int sentenceIndex) {
    return docId + ":" + sentenceIndex;
  }

  /**
   * A passage cluster's id: a hash of its canonical sentence's id, so the same sentences give the
   * same id on every run and runner, and a sentence without twins has an id of its own.
   */
  public static String of(String canonicalDocId, int canonicalSentenceIndex) {
    return ofSentenceId(sentenceId(canonicalDocId, canonicalSentenceIndex));
  }

  public static String ofSentenceId(String sentenceId) {
    return Hashing.sha256()
        .hashString(sentenceId, StandardCharsets.UTF_8)
        .toString()
        .substring(0, 24);
  }
}
