package org.eventwire.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A CoreNLP annotator that runs right after the tokenizer and sentence splitter and holds the
 * document to its {@link AnnotationLimits} before any tagger sees it: overlong tokens are dropped,
 * overlong sentences become several, and tokens past the document's limit are dropped. A document
 * within the limits is left exactly as it was. What it did is in {@link Warnings}.
 *
 * <p>Registered with CoreNLP's own hook for annotators of one's own ({@code
 * customAnnotatorClass.NAME}), so its limits are part of the tagger's properties and of the
 * manifest.
 */
public final class LimitSentences implements Annotator {
  static final String NAME = "eventwireLimits";

  /** What the limits changed in one document, in words for its warnings; absent when nothing. */
  public static final class Warnings implements CoreAnnotation<List<String>> {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<List<String>> getType() {
      return (Class) List.class;
    }
  }

  private final AnnotationLimits limits;

  /** The constructor CoreNLP's annotator pool calls. */
  public LimitSentences(String name, Properties properties) {
    this(AnnotationLimits.from(properties));
  }

  LimitSentences(AnnotationLimits limits) {
    this.limits = limits;
  }

  @Override
  public void annotate(Annotation document) {
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || withinLimits(sentences)) {
      return;
    }
    String text = document.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> kept = new ArrayList<>();
    List<CoreLabel> keptTokens = new ArrayList<>();
    Tally tally = new Tally();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = new ArrayList<>();
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        int length = token.endPosition() - token.beginPosition();
        if (limits.tooLong(length)) {
          tally.droppedLong++;
          tally.longest = Math.max(tally.longest, length);
        } else {
          tokens.add(token);
        }
      }
      int[] begin = new int[tokens.size()];
      int[] end = new int[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        begin[i] = tokens.get(i).beginPosition();
        end[i] = tokens.get(i).endPosition();
      }
      int piecesKept = 0;
      for (int[] piece : limits.pieces(begin, end)) {
        int room = limits.maxDocumentTokens - keptTokens.size();
        int to = Math.min(piece[1], piece[0] + Math.max(room, 0));
        tally.beyondLimit += piece[1] - to;
        if (to > piece[0]) {
          kept.add(
              sentence(
                  sentence, tokens.subList(piece[0], to), text, kept.size(), keptTokens.size()));
          keptTokens.addAll(tokens.subList(piece[0], to));
          piecesKept++;
        }
      }
      if (piecesKept > 1) {
        tally.split++;
      }
    }
    document.set(CoreAnnotations.SentencesAnnotation.class, kept);
    document.set(CoreAnnotations.TokensAnnotation.class, keptTokens);
    document.set(Warnings.class, tally.warnings(limits));
  }

  /** What the limits left out of one document. */
  private static final class Tally {
    int droppedLong;
    int longest;
    int split;
    int beyondLimit;

    /** The document's warnings, one per limit that took effect. */
    List<String> warnings(AnnotationLimits limits) {
      List<String> warnings = new ArrayList<>();
      if (droppedLong > 0) {
        warnings.add(
            String.format(
                "%,d %s longer than %,d characters (the longest %,d) left out of annotation"
                    + " (--maxTokenChars)",
                droppedLong, droppedLong == 1 ? "token" : "tokens", limits.maxTokenChars, longest));
      }
      if (split > 0) {
        warnings.add(
            String.format(
                "%,d %s longer than %,d tokens or %,d characters annotated in pieces"
                    + " (--maxSentenceTokens, --maxSentenceChars)",
                split,
                split == 1 ? "sentence" : "sentences",
                limits.maxSentenceTokens,
                limits.maxSentenceChars));
      }
      if (beyondLimit > 0) {
        warnings.add(
            String.format(
                "annotated in part: %,d tokens past the first %,d left out of annotation"
                    + " (--maxDocumentTokens)",
                beyondLimit, limits.maxDocumentTokens));
      }
      return warnings;
    }
  }

  private boolean withinLimits(List<CoreMap> sentences) {
    int total = 0;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      total += tokens.size();
      if (total > limits.maxDocumentTokens || tokens.size() > limits.maxSentenceTokens) {
        return false;
      }
      if (!tokens.isEmpty()
          && tokens.get(tokens.size() - 1).endPosition() - tokens.get(0).beginPosition()
              > limits.maxSentenceChars) {
        return false;
      }
      for (CoreLabel token : tokens) {
        if (limits.tooLong(token.endPosition() - token.beginPosition())) {
          return false;
        }
      }
    }
    return true;
  }

  /** A piece of a sentence, laid out as CoreNLP's sentence splitter lays out a sentence. */
  private static CoreMap sentence(
      CoreMap original, List<CoreLabel> tokens, String text, int index, int firstToken) {
    CoreMap piece = new ArrayCoreMap(original);
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    piece.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    piece.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
    piece.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
    piece.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + tokens.size());
    piece.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    for (int i = 0; i < tokens.size(); i++) {
      tokens.get(i).setIndex(i + 1);
      tokens.get(i).setSentIndex(index);
    }
    return piece;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
  }
}
