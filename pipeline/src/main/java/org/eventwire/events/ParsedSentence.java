package org.eventwire.events;

import java.io.Serializable;

/**
 * What event extraction needs of one CoreNLP sentence, in plain arrays: tokens with code-point
 * offsets into the document text, lemmas, part-of-speech tags, and the enhanced++ dependency edges.
 * Never a CoreNLP object: those are huge and tied to the annotating JVM.
 */
public final class ParsedSentence implements Serializable {
  private static final long serialVersionUID = 1L;

  public final int index;
  public final int begin;
  public final int end;
  public final String[] words;
  public final String[] lemmas;
  public final String[] tags;
  public final int[] tokenBegin;
  public final int[] tokenEnd;

  /** Dependency edges: governor and dependent token indexes (0-based) and the relation. */
  public final int[] governors;

  public final int[] dependents;
  public final String[] relations;

  public ParsedSentence(
      int index,
      int begin,
      int end,
      String[] words,
      String[] lemmas,
      String[] tags,
      int[] tokenBegin,
      int[] tokenEnd,
      int[] governors,
      int[] dependents,
      String[] relations) {
    this.index = index;
    this.begin = begin;
    this.end = end;
    this.words = words;
    this.lemmas = lemmas;
    this.tags = tags;
    this.tokenBegin = tokenBegin;
    this.tokenEnd = tokenEnd;
    this.governors = governors;
    this.dependents = dependents;
    this.relations = relations;
  }

  public int size() {
    return words.length;
  }
}
