package org.eventwire.events;

/** Hand-built enhanced++ parses for the extractor's unit tests, without CoreNLP. */
final class HandParse {
  private HandParse() {}

  /**
   * A sentence from "word/TAG/lemma" tokens (the lemma defaults to the lower-cased word) and
   * "governor>dependent:relation" edges, 0-based token indexes (the root has no edge); words are
   * one space apart, so offsets follow from their lengths.
   */
  static ParsedSentence parse(String tokens, String... edges) {
    String[] spec = tokens.split(" ");
    int n = spec.length;
    String[] words = new String[n];
    String[] tags = new String[n];
    String[] lemmas = new String[n];
    int[] begins = new int[n];
    int[] ends = new int[n];
    int offset = 0;
    for (int i = 0; i < n; i++) {
      String[] f = spec[i].split("/");
      words[i] = f[0];
      tags[i] = f[1];
      lemmas[i] = f.length > 2 ? f[2] : f[0].toLowerCase(java.util.Locale.ROOT);
      begins[i] = offset;
      ends[i] = offset + f[0].length();
      offset = ends[i] + 1;
    }
    int[] governors = new int[edges.length];
    int[] dependents = new int[edges.length];
    String[] relations = new String[edges.length];
    for (int e = 0; e < edges.length; e++) {
      int arrow = edges[e].indexOf('>');
      int colon = edges[e].indexOf(':', arrow);
      governors[e] = Integer.parseInt(edges[e].substring(0, arrow));
      dependents[e] = Integer.parseInt(edges[e].substring(arrow + 1, colon));
      relations[e] = edges[e].substring(colon + 1);
    }
    return new ParsedSentence(
        0, 0, offset, words, lemmas, tags, begins, ends, governors, dependents, relations);
  }
}
