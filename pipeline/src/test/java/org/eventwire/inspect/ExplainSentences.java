package org.eventwire.inspect;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Properties;
import org.eventwire.Fixtures;
import org.eventwire.annotate.CoreNlpAnnotator;
import org.eventwire.annotate.DocumentAnnotator;
import org.eventwire.events.EventMention;
import org.eventwire.records.Document;

/** Scratch tuning tool: tokens, enhanced++ edges, entities and mentions of each line of a file. */
public final class ExplainSentences {
  private ExplainSentences() {}

  public static void main(String[] args) throws Exception {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    p.setProperty("ner.applyFineGrained", "true");
    StanfordCoreNLP stock = new StanfordCoreNLP(p);
    DocumentAnnotator annotator =
        CoreNlpAnnotator.factory("tokenize,ssplit,pos,lemma,ner,depparse").create();
    for (String line : Files.readAllLines(Paths.get(args[0]))) {
      if (line.isBlank()) {
        continue;
      }
      System.out.println("=== " + line);
      Annotation a = new Annotation(line);
      stock.annotate(a);
      for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
        StringBuilder toks = new StringBuilder();
        List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
        for (int i = 0; i < tokens.size(); i++) {
          CoreLabel t = tokens.get(i);
          toks.append(i).append(':').append(t.word()).append('/').append(t.tag());
          if (!"O".equals(t.ner())) {
            toks.append('/').append(t.ner());
          }
          toks.append(' ');
        }
        System.out.println(toks);
        SemanticGraph g =
            s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        StringBuilder edges = new StringBuilder();
        for (SemanticGraphEdge e : g.edgeIterable()) {
          edges
              .append(e.getRelation())
              .append('(')
              .append(e.getGovernor().word())
              .append('-')
              .append(e.getGovernor().index() - 1)
              .append(',')
              .append(e.getDependent().word())
              .append('-')
              .append(e.getDependent().index() - 1)
              .append(") ");
        }
        System.out.println(edges);
      }
      Document doc = Fixtures.unannotated(line);
      DocumentAnnotator.Annotated out = annotator.annotate(doc);
      StringBuilder ents = new StringBuilder("entities:");
      out.document
          .getEntities()
          .forEach(e -> ents.append(' ').append(e.getText()).append('/').append(e.getType()));
      System.out.println(ents);
      for (EventMention m : out.mentions) {
        System.out.println("  " + m);
      }
    }
  }
}
