package org.eventwire.common;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * Every id eventwire writes, made in one place: documents, sentences, passage clusters and events.
 * Ids are hashes of what identifies the thing, so the same input gives the same ids on every run
 * and every runner.
 */
public final class Ids {
  private Ids() {}

  /** A document's id: its source and the hash of its bytes, so an edited file is a new document. */
  public static String document(String sourceUri, String contentSha256) {
    return sha256(sourceUri + "\n" + contentSha256, 32);
  }

  /** The item id of one sentence: doc_id and index. */
  public static String sentence(String docId, int sentenceIndex) {
    return docId + ":" + sentenceIndex;
  }

  /**
   * A passage cluster's id: a hash of its canonical sentence's id, so the same sentences give the
   * same id on every run and runner, and a sentence without twins has an id of its own.
   */
  public static String passage(String canonicalDocId, int canonicalSentenceIndex) {
    return passageOfSentence(sentence(canonicalDocId, canonicalSentenceIndex));
  }

  /** The passage cluster id of the cluster whose canonical sentence has this item id. */
  public static String passageOfSentence(String sentenceId) {
    return sha256(sentenceId, 24);
  }

  /** An event's id: a hash of everything it is merged on. */
  public static String event(String mergeKey, String actorKey) {
    return sha256(mergeKey + "|" + actorKey, 32);
  }

  private static String sha256(String text, int hexDigits) {
    return Hashing.sha256()
        .hashString(text, StandardCharsets.UTF_8)
        .toString()
        .substring(0, hexDigits);
  }
}
