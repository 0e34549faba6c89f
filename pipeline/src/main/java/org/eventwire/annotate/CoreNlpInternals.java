package org.eventwire.annotate;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The reflective reach into a loaded CoreNLP pipeline that {@link CueWindowedSutime}, {@link
 * VectorisedParser} and {@link SentenceParser} need: CoreNLP offers no hook to swap or reach a part
 * of an annotator.
 */
final class CoreNlpInternals {
  private CoreNlpInternals() {}

  /**
   * CoreNLP's classes are not laid out as in the version eventwire's patches were written for (a
   * different CoreNLP jar on a worker). Not a document's fault: the annotate stage fails the run on
   * it rather than reject every document.
   */
  static final class IncompatibleCoreNlpException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    IncompatibleCoreNlpException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The CoreNLP version eventwire was built against, from the build's versions.properties. */
  static String builtAgainst() {
    Properties built = new Properties();
    try (InputStream in =
        CoreNlpInternals.class.getResourceAsStream("/org/eventwire/versions.properties")) {
      if (in != null) {
        built.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return built.getProperty("corenlp", "unknown");
  }

  /**
   * Refuses a CoreNLP whose jar says it is another version than the one the patches (windowed
   * SUTime, vectorised parser, the single dependency graph) were written for: their reflective
   * reach may find fields that mean something else. A jar that does not say (a shaded jar drops
   * CoreNLP's manifest) is checked by the reach itself, which fails at load on a missing field.
   *
   * @param patches what the pipeline asks for that reaches inside CoreNLP, for the message
   */
  static void checkVersion(String patches) {
    checkVersion(
        StanfordCoreNLP.class.getPackage().getImplementationVersion(), builtAgainst(), patches);
  }

  static void checkVersion(@Nullable String found, String expected, String patches) {
    if (found != null && !found.equals(expected)) {
      throw new IncompatibleCoreNlpException(
          "CoreNLP "
              + found
              + " is on the class path, but eventwire's "
              + patches
              + " reach inside CoreNLP "
              + expected
              + "; put CoreNLP "
              + expected
              + " on the class path, or run"
              + " with --timexSearch=WHOLE_SENTENCES --parserScoring=STOCK --dependencyGraphs=ALL (CoreNLP's own code)",
          null);
    }
  }

  /** A private field of CoreNLP's, opened for reading and writing. */
  static Field accessible(Class<?> owner, String name) throws NoSuchFieldException {
    // Resolved when the models load (every install and parser lookup runs then), so a missing one
    // fails the load, not each document.
    Field field = owner.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }

  /** The pipeline's first annotator of this class, or null when it has none. */
  static <T> @Nullable T annotator(StanfordCoreNLP pipeline, Class<T> type)
      throws ReflectiveOperationException {
    for (Object annotator :
        (List<?>) accessible(AnnotationPipeline.class, "annotators").get(pipeline)) {
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
  static DependencyParser dependencyParser(StanfordCoreNLP pipeline)
      throws ReflectiveOperationException {
    return (DependencyParser)
        accessible(DependencyParseAnnotator.class, "parser").get(depparse(pipeline));
  }

  /** Puts this parser inside the pipeline's depparse annotator, in place of its own. */
  static void setDependencyParser(StanfordCoreNLP pipeline, DependencyParser parser)
      throws ReflectiveOperationException {
    accessible(DependencyParseAnnotator.class, "parser").set(depparse(pipeline), parser);
  }

  private static DependencyParseAnnotator depparse(StanfordCoreNLP pipeline)
      throws ReflectiveOperationException {
    DependencyParseAnnotator annotator = annotator(pipeline, DependencyParseAnnotator.class);
    if (annotator == null) {
      throw new IllegalStateException("the pipeline has no depparse annotator");
    }
    return annotator;
  }
}
