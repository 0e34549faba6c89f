package org.eventwire.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * Puts the dependency graphs on sentences the tagger has annotated, with the JVM's shared parsing
 * pipeline.
 *
 * <p>Why not always the pipeline: CoreNLP's depparse annotator turns each parse into five graphs
 * (basic, collapsed, CC-processed, enhanced, enhanced++), and the event extractor reads only the
 * enhanced++ one. Building the four others took about a fifth of the parsing stage's time, and they
 * are dropped as soon as the events are read.
 */
abstract class SentenceParser {
  /** Parses these sentences of this text, leaving at least the enhanced++ graph on each. */
  abstract void parse(String text, List<CoreMap> sentences);

  static SentenceParser of(
      StanfordCoreNLP parsingPipeline, CoreNlpSettings.DependencyGraphs graphs) {
    switch (graphs) {
      case ALL:
        return new AllGraphs(parsingPipeline);
      case ENHANCED_PLUS_PLUS:
        return new EnhancedPlusPlusOnly(parserOf(parsingPipeline));
      default:
        throw new AssertionError(graphs);
    }
  }

  /** Stock: the pipeline's own annotator, all five graphs. */
  private static final class AllGraphs extends SentenceParser {
    private final StanfordCoreNLP pipeline;

    AllGraphs(StanfordCoreNLP pipeline) {
      this.pipeline = pipeline;
    }

    @Override
    void parse(String text, List<CoreMap> sentences) {
      Annotation subset = new Annotation(text);
      subset.set(CoreAnnotations.SentencesAnnotation.class, sentences);
      pipeline.annotate(subset);
    }
  }

  /**
   * The annotator's parser, then the one graph, built as the annotator builds it (no extra
   * dependencies, CoreNLP's default). The edges are the annotator's; only the copy number of the
   * extra nodes enhanced++ adds for conjoined verbs differs ("use-8'" here, "use-8'''" there),
   * because the annotator's earlier graphs add copies to the same parse first. The extractor reads
   * node indices, which are the same.
   */
  private static final class EnhancedPlusPlusOnly extends SentenceParser {
    private final DependencyParser parser;

    EnhancedPlusPlusOnly(DependencyParser parser) {
      this.parser = parser;
    }

    @Override
    void parse(String text, List<CoreMap> sentences) {
      for (CoreMap sentence : sentences) {
        GrammaticalStructure parse = parser.predict(sentence);
        sentence.set(
            SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
            SemanticGraphFactory.makeFromTree(
                parse,
                SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                GrammaticalStructure.Extras.NONE,
                null));
      }
    }
  }

  /**
   * The parser inside the pipeline's depparse annotator ({@link VectorisedParser}, when it is
   * installed). Not loaded again: the model is the pipeline's.
   */
  private static DependencyParser parserOf(StanfordCoreNLP pipeline) {
    try {
      return CoreNlpInternals.dependencyParser(pipeline);
    } catch (ReflectiveOperationException e) {
      throw new CoreNlpInternals.IncompatibleCoreNlpException(
          "cannot reach the parser inside CoreNLP's depparse annotator: " + e, e);
    }
  }
}
