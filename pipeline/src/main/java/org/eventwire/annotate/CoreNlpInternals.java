package org.eventwire.annotate;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.reflect.Field;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The reflective reach into a loaded CoreNLP pipeline that {@link CueWindowedSutime}, {@link
 * VectorisedParser} and {@link SentenceParser} need: CoreNLP offers no hook to swap or reach a
 * part of an annotator.
 */
final class CoreNlpInternals {
  private CoreNlpInternals() {}

  /** A private field of CoreNLP's, opened for reading and writing. */
  static Field accessible(Class<?> owner, String name) throws NoSuchFieldException {
    Field field = owner.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }

  /** The pipeline's first annotator of this class, or null when it has none. */
  static <T> @Nullable T annotator(StanfordCoreNLP pipeline, Class<T> type) throws ReflectiveOperationException {
    for (Object annotator : (List<?>) accessible(AnnotationPipeline.class, "annotators").get(pipeline)) {
      if (type.isInstance(annotator)) {
        return type.cast(annotator);
      }
    }
    return null;
  }

  /**
   * The parser inside the pipeline's depparse annotator.
   *
   * @throws IllegalStateException if the pipeline has no depparse annotator
   */
  static DependencyParser dependencyParser(StanfordCoreNLP pipeline) throws ReflectiveOperationException {
    return (DependencyParser) accessible(DependencyParseAnnotator.class, "parser").get(depparse(pipeline));
  }

  /** Puts this parser inside the pipeline's depparse annotator, in place of its own. */
  static void setDependencyParser(StanfordCoreNLP pipeline, DependencyParser parser)
      throws ReflectiveOperationException {
    accessible(DependencyParseAnnotator.class, "parser").set(depparse(pipeline), parser);
  }

  private static DependencyParseAnnotator depparse(StanfordCoreNLP pipeline) throws ReflectiveOperationException {
    DependencyParseAnnotator annotator = annotator(pipeline, DependencyParseAnnotator.class);
    if (annotator == null) {
      throw new IllegalStateException("the pipeline has no depparse annotator");
    }
    return annotator;
  }
}
