package org.eventwire.annotate;

import static org.eventwire.annotate.CoreNlpInternals.accessible;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.NumberNormalizer;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Expression;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpression;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * SUTime, shown only the stretches of a sentence around its temporal cues ({@link TemporalCues}),
 * with a margin of words on either side for the modifiers ("by the end of", "the first half of").
 *
 * <p>Why: SUTime tries each of its several hundred TokensRegex rules at every token of every
 * sentence, and that was 45% of the tagger's CPU time on news. Its rules match a few words around
 * an anchor and resolve a date from the expression alone (GenericTimeExpressionPatterns looks at
 * nothing else in the sentence), so the words far from any cue cannot change what it finds. On wire
 * news most tokens lie in no window and are never searched (figures in the README).
 *
 * <p>The numbers of the whole sentence are still found, as SUTime itself would, so the NUMBER tags
 * CoreNLP derives from them do not change. A number is a cue only if it can be a time on its own
 * ({@link #numberCanBeTime}). A sentence with no cue gets no SUTime call at all.
 *
 * <p>It also makes SUTime's dates independent of what it read before. SUTime's last rules tag the
 * value of an expression with how to resolve it ("resolveTo": past after "said", future after
 * "will"), but a bare "Wednesday" or "April" is a value shared by every match of that word, so the
 * tag stays on it: a later document's bare "Wednesday" resolved to the past or the future according
 * to the previous one's verb, on any thread, and the same text got dates a week apart from run to
 * run. Here each thread has its own SUTime, and the tags are cleared before every search.
 *
 * <p>CoreNLP offers no hook for this, so {@link #install} swaps the extractor inside the pipeline's
 * NER annotator by reflection, and fails loudly if CoreNLP's layout is not the one it knows.
 */
public final class CueWindowedSutime implements TimeExpressionExtractor {
  /**
   * Words kept on either side of a cue: enough for "the end of the ..." and "the first half of".
   * Over the 1,155 wire-afp and aquaint stories, margins of 4 and 6 found the same expressions and
   * numbers (3 did not: 43 stories differed), and 4 searched SUTime in 17% less time.
   */
  public static final int DEFAULT_MARGIN = 4;

  private static final AtomicLong SENTENCES = new AtomicLong();
  private static final AtomicLong SENTENCES_SKIPPED = new AtomicLong();
  private static final AtomicLong TOKENS = new AtomicLong();
  private static final AtomicLong TOKENS_SEARCHED = new AtomicLong();

  /**
   * One SUTime per thread (its rules and shared values), and the variables of its rule environment.
   */
  private static final class ThreadSutime {
    final TimeExpressionExtractorImpl extractor;
    final Env env;

    ThreadSutime(Properties sutimeProperties) {
      extractor = new TimeExpressionExtractorImpl("sutime", sutimeProperties);
      try {
        env =
            ((CoreMapExpressionExtractor<?>)
                    accessible(TimeExpressionExtractorImpl.class, "expressionExtractor")
                        .get(extractor))
                .getEnv();
      } catch (ReflectiveOperationException e) {
        throw new CoreNlpInternals.IncompatibleCoreNlpException(
            "cannot reach SUTime's rule environment: " + e, e);
      }
    }

    /** Removes the "resolveTo" tags earlier sentences left on the rules' shared values. */
    void forgetResolveTags() {
      for (Object variable : env.getVariables().values()) {
        if (variable instanceof Expression) {
          Tags tags = ((Expression) variable).getTags();
          if (tags != null && tags.hasTag(RESOLVE_TO)) {
            tags.removeTag(RESOLVE_TO);
          }
        }
      }
    }

    List<CoreMap> extract(CoreMap sentence, CoreMap document) {
      forgetResolveTags();
      return extractor.extractTimeExpressionCoreMaps(sentence, document);
    }
  }

  private static final String RESOLVE_TO = "resolveTo";

  /**
   * A margin that asks for every sentence, whole: only the per-thread SUTime and the cleared tags
   * remain.
   */
  static final int WHOLE_SENTENCES = -1;

  private final int margin;
  private final ThreadLocal<ThreadSutime> sutime;

  /**
   * @param sutimeProperties SUTime's options, as CoreNLP's NER annotator gets them (sutime.* keys)
   * @param margin words kept either side of a cue, or {@link #WHOLE_SENTENCES}
   */
  CueWindowedSutime(Properties sutimeProperties, int margin) {
    this.margin = margin;
    this.sutime = ThreadLocal.withInitial(() -> new ThreadSutime(sutimeProperties));
  }

  /**
   * Puts a windowed SUTime in place of the one inside this pipeline's NER annotator.
   *
   * @throws IllegalStateException if the pipeline has no NER annotator using SUTime, or CoreNLP's
   *     classes are not laid out as in the version this was written for (4.5.10)
   */
  public static void install(StanfordCoreNLP pipeline, Properties pipelineProperties, int margin) {
    try {
      NumberSequenceClassifier numbers = numberClassifier(pipeline);
      Field extractorField = accessible(NumberSequenceClassifier.class, "timexExtractor");
      Object current = extractorField.get(numbers);
      if (current instanceof CueWindowedSutime) {
        return;
      }
      if (current == null) {
        throw new IllegalStateException(
            "the NER annotator does not run SUTime (ner.useSUTime=false?)");
      }
      // The same options CoreNLP's NER annotator gives its SUTime: the pipeline's sutime.*
      // properties.
      Properties sutimeProperties =
          PropertiesUtils.extractPrefixedProperties(pipelineProperties, "sutime.", true);
      // Each thread reaches its own SUTime's rule environment on first use: resolved here, at load.
      accessible(TimeExpressionExtractorImpl.class, "expressionExtractor");
      extractorField.set(numbers, new CueWindowedSutime(sutimeProperties, margin));
    } catch (ReflectiveOperationException e) {
      throw new CoreNlpInternals.IncompatibleCoreNlpException(
          "cannot reach SUTime inside CoreNLP's NER annotator: " + e, e);
    }
  }

  /** Whether this pipeline's SUTime is windowed. */
  public static boolean isInstalled(StanfordCoreNLP pipeline) {
    try {
      return accessible(NumberSequenceClassifier.class, "timexExtractor")
              .get(numberClassifier(pipeline))
          instanceof CueWindowedSutime;
    } catch (ReflectiveOperationException | IllegalStateException e) {
      return false;
    }
  }

  private static NumberSequenceClassifier numberClassifier(StanfordCoreNLP pipeline)
      throws ReflectiveOperationException {
    NERCombinerAnnotator annotator =
        CoreNlpInternals.annotator(pipeline, NERCombinerAnnotator.class);
    if (annotator == null) {
      throw new IllegalStateException("the pipeline has no NER annotator");
    }
    Object ner = accessible(NERCombinerAnnotator.class, "ner").get(annotator);
    Object nsc = accessible(NERClassifierCombiner.class, "nsc").get(ner);
    if (nsc instanceof NumberSequenceClassifier) {
      return (NumberSequenceClassifier) nsc;
    }
    throw new IllegalStateException(
        "the NER annotator has no numeric classifier ("
            + (nsc == null ? "ner.applyNumericClassifiers=false?" : nsc.getClass().getName())
            + ")");
  }

  /** Sentences and tokens seen, and how many of each SUTime was spared, since the JVM started. */
  public static long[] counts() {
    return new long[] {
      SENTENCES.get(), SENTENCES_SKIPPED.get(), TOKENS.get(), TOKENS_SEARCHED.get()
    };
  }

  @Override
  public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    String text = sentence.get(CoreAnnotations.TextAnnotation.class);
    Integer sentenceBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    if (margin == WHOLE_SENTENCES
        || tokens == null
        || tokens.isEmpty()
        || text == null
        || sentenceBegin == null) {
      return sutime.get().extract(sentence, document);
    }
    // What SUTime does first, over the whole sentence: the caller reads the numbers from here.
    List<CoreMap> items = NumberNormalizer.findAndMergeNumbers(sentence);
    sentence.set(CoreAnnotations.NumerizedTokensAnnotation.class, items);
    boolean[] cues = new boolean[items.size()];
    for (int i = 0; i < items.size(); i++) {
      CoreMap item = items.get(i);
      cues[i] =
          (item.containsKey(CoreAnnotations.NumericCompositeValueAnnotation.class)
                  && numberCanBeTime(item))
              || TemporalCues.isCue(item.get(CoreAnnotations.TextAnnotation.class));
    }
    List<int[]> windows = windows(cues, margin);
    SENTENCES.incrementAndGet();
    TOKENS.addAndGet(tokens.size());
    if (windows.isEmpty()) {
      SENTENCES_SKIPPED.incrementAndGet();
      return new ArrayList<>();
    }
    if (windows.size() == 1 && windows.get(0)[0] == 0 && windows.get(0)[1] == items.size()) {
      TOKENS_SEARCHED.addAndGet(tokens.size());
      return sutime.get().extract(sentence, document);
    }
    int tokenOffset =
        sentence.containsKey(CoreAnnotations.TokenBeginAnnotation.class)
            ? sentence.get(CoreAnnotations.TokenBeginAnnotation.class)
            : 0;
    List<CoreMap> found = new ArrayList<>();
    for (int[] window : windows) {
      Annotation part = window(sentence, text, sentenceBegin, tokens, items, tokenOffset, window);
      TOKENS_SEARCHED.addAndGet(part.get(CoreAnnotations.TokensAnnotation.class).size());
      List<CoreMap> expressions = sutime.get().extract(part, document);
      if (expressions != null) {
        found.addAll(expressions);
      }
    }
    return found;
  }

  /**
   * Whether a number can be a time without a cue word beside it. A cardinal written in digits can
   * only be a year (1000 to 2999), a clock time or date written as one figure ("0930", "20210812"),
   * or part of an expression whose other words are cues themselves ("12 August", "5 p.m.", "12
   * hours"), which open their own window. So "killed 12 people" or "3.5 percent" are not searched;
   * a number in words, an ordinal ("the 12th") or a figure with other marks ("12:30", "1/2") still
   * is.
   */
  static boolean numberCanBeTime(CoreMap item) {
    Object type = item.get(CoreAnnotations.NumericCompositeTypeAnnotation.class);
    Number value = item.get(CoreAnnotations.NumericCompositeValueAnnotation.class);
    String text = item.get(CoreAnnotations.TextAnnotation.class);
    if (type == null || !"NUMBER".equals(type.toString()) || value == null || text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '.') {
        return false; // "10,000", "3.5": a count or a measure
      }
      if (c < '0' || c > '9') {
        return true;
      }
    }
    double number = value.doubleValue();
    return (number >= 1000 && number < 3000) || text.length() >= 5 || text.startsWith("0");
  }

  /** One window of a sentence as an annotation of its own, as SUTime reads a sentence. */
  private static Annotation window(
      CoreMap sentence,
      String text,
      int sentenceBegin,
      List<CoreLabel> tokens,
      List<CoreMap> items,
      int tokenOffset,
      int[] window) {
    int from = items.get(window[0]).get(CoreAnnotations.TokenBeginAnnotation.class) - tokenOffset;
    int to = items.get(window[1] - 1).get(CoreAnnotations.TokenEndAnnotation.class) - tokenOffset;
    List<CoreLabel> windowTokens = tokens.subList(from, to);
    int charBegin = windowTokens.get(0).beginPosition();
    int charEnd = windowTokens.get(windowTokens.size() - 1).endPosition();
    Annotation part =
        new Annotation(text.substring(charBegin - sentenceBegin, charEnd - sentenceBegin));
    part.set(CoreAnnotations.TokensAnnotation.class, windowTokens);
    part.set(
        CoreAnnotations.NumerizedTokensAnnotation.class,
        new ArrayList<>(items.subList(window[0], window[1])));
    part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, charBegin);
    part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, charEnd);
    part.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset + from);
    part.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset + to);
    String sectionDate = sentence.get(CoreAnnotations.SectionDateAnnotation.class);
    if (sectionDate != null) {
      part.set(CoreAnnotations.SectionDateAnnotation.class, sectionDate);
    }
    return part;
  }

  /**
   * The stretches [from, to) of a sequence that lie within {@code margin} items of a cue, in order;
   * stretches that touch or overlap are one.
   */
  static List<int[]> windows(boolean[] cues, int margin) {
    List<int[]> windows = new ArrayList<>();
    for (int i = 0; i < cues.length; i++) {
      if (!cues[i]) {
        continue;
      }
      int from = Math.max(0, i - margin);
      int to = Math.min(cues.length, i + margin + 1);
      int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
      if (last != null && from <= last[1]) {
        last[1] = Math.max(last[1], to);
      } else {
        windows.add(new int[] {from, to});
      }
    }
    return windows;
  }

  @Override
  public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap annotation, String docDate) {
    ThreadSutime threadSutime = sutime.get();
    threadSutime.forgetResolveTags();
    return threadSutime.extractor.extractTimeExpressionCoreMaps(annotation, docDate);
  }

  @Override
  public void init(String name, Properties props) {
    throw new UnsupportedOperationException("built by install()");
  }

  @Override
  public void init(Options options) {
    throw new UnsupportedOperationException("built by install()");
  }

  /** Drops the document's SUTime index, as CoreNLP's own SUTime does when a document is done. */
  @Override
  public void finalize(CoreMap document) {
    document.remove(TimeExpression.TimeIndexAnnotation.class);
  }
}
