package org.eventwire.annotate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * How much of one document CoreNLP's taggers and parser may see. Crawled text holds things no
 * article does: a 200,000-character "word" of base64, a paragraph of minified script with no
 * sentence end, a list of 50,000 lines that CoreNLP reads as one sentence. Each costs memory and
 * time that grow with the token or the sentence, and one such file must not end a run or stall a
 * worker. So tokens past a length are left out, sentences past a length are annotated in pieces,
 * and a document past a number of tokens is annotated up to it; the document says so in its
 * warnings. An ordinary article is within every limit and is annotated exactly as before.
 */
public final class AnnotationLimits implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final AnnotationLimits DEFAULTS = new AnnotationLimits(200, 250, 3000, 20_000);

  /** Prefix of the limits' properties in the tagger's CoreNLP properties. */
  static final String PROPERTY_PREFIX = LimitSentences.NAME + ".";

  public final int maxTokenChars;
  public final int maxSentenceTokens;
  public final int maxSentenceChars;
  public final int maxDocumentTokens;

  public AnnotationLimits(
      int maxTokenChars, int maxSentenceTokens, int maxSentenceChars, int maxDocumentTokens) {
    if (maxTokenChars < 1
        || maxSentenceTokens < 1
        || maxSentenceChars < 1
        || maxDocumentTokens < 1) {
      throw new IllegalArgumentException("annotation limits must be at least 1: " + this);
    }
    this.maxTokenChars = maxTokenChars;
    this.maxSentenceTokens = maxSentenceTokens;
    this.maxSentenceChars = maxSentenceChars;
    this.maxDocumentTokens = maxDocumentTokens;
  }

  /** Whether a token of this many characters is left out of annotation. */
  public boolean tooLong(int tokenChars) {
    return tokenChars > maxTokenChars;
  }

  /**
   * Cuts one sentence into pieces within both sentence limits. Token i spans [begin[i], end[i]) in
   * the text. Returns the pieces as {from, to} token ranges covering every token in order: one
   * piece, the whole sentence, when it is within the limits. A single token longer than the
   * character limit is a piece of its own (tokens are never cut).
   */
  public List<int[]> pieces(int[] begin, int[] end) {
    List<int[]> pieces = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < begin.length; i++) {
      boolean full =
          i - from >= maxSentenceTokens || (i > from && end[i] - begin[from] > maxSentenceChars);
      if (full) {
        pieces.add(new int[] {from, i});
        from = i;
      }
    }
    if (from < begin.length) {
      pieces.add(new int[] {from, begin.length});
    }
    return pieces;
  }

  void addTo(Properties properties) {
    properties.setProperty(PROPERTY_PREFIX + "maxTokenChars", Integer.toString(maxTokenChars));
    properties.setProperty(
        PROPERTY_PREFIX + "maxSentenceTokens", Integer.toString(maxSentenceTokens));
    properties.setProperty(
        PROPERTY_PREFIX + "maxSentenceChars", Integer.toString(maxSentenceChars));
    properties.setProperty(
        PROPERTY_PREFIX + "maxDocumentTokens", Integer.toString(maxDocumentTokens));
  }

  static AnnotationLimits from(Properties properties) {
    return new AnnotationLimits(
        intProperty(properties, "maxTokenChars", DEFAULTS.maxTokenChars),
        intProperty(properties, "maxSentenceTokens", DEFAULTS.maxSentenceTokens),
        intProperty(properties, "maxSentenceChars", DEFAULTS.maxSentenceChars),
        intProperty(properties, "maxDocumentTokens", DEFAULTS.maxDocumentTokens));
  }

  private static int intProperty(Properties properties, String name, int fallback) {
    String value = properties.getProperty(PROPERTY_PREFIX + name);
    return value == null ? fallback : Integer.parseInt(value.strip());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AnnotationLimits)) {
      return false;
    }
    AnnotationLimits that = (AnnotationLimits) o;
    return maxTokenChars == that.maxTokenChars
        && maxSentenceTokens == that.maxSentenceTokens
        && maxSentenceChars == that.maxSentenceChars
        && maxDocumentTokens == that.maxDocumentTokens;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxTokenChars, maxSentenceTokens, maxSentenceChars, maxDocumentTokens);
  }

  @Override
  public String toString() {
    return String.format(
        "tokens of at most %d characters, sentences of at most %d tokens and %d characters,"
            + " at most %d tokens per document",
        maxTokenChars, maxSentenceTokens, maxSentenceChars, maxDocumentTokens);
  }
}
