package org.eventwire.events;

import java.util.Locale;
import java.util.Set;

/**
 * Repairs of parses that news sentences often get wrong in the same way, made before any rule reads
 * the sentence, so that every rule sees the same corrected edges.
 */
final class MisparseRepairs {
  /** Verbs by which an agency or official reports a sentence's news after it. */
  static final Set<String> REPORTING_VERBS = Set.of("report", "say", "announce");

  private MisparseRepairs() {}

  /**
   * "Yeltsin sacked his transport minister, Anatoly Zaitsev, the Interfax news agency reported",
   * "gunmen ambushed and shot dead Khayreddin al-Dabbagh, a member of the council, police said":
   * the parser makes the object a subject of the reporting verb, beside the agency (an apposition
   * of the object) or the police (a second subject). The object goes back to the verb before it
   * that has none, and the agency becomes who reports. Any other sentence is returned as it was
   * (the same object, so that its graph {@code g} can be kept).
   */
  static ParsedSentence repair(ParsedSentence s, DependencyGraph g) {
    for (int verb = 0; verb < s.size(); verb++) {
      int report = g.child(verb, "ccomp");
      if (!s.tags[verb].startsWith("VB")
          || report <= verb
          || !REPORTING_VERBS.contains(s.lemmas[report].toLowerCase(Locale.ROOT))
          || g.childStarting(verb, "nsubj") < 0
          || g.childStarting(verb, "nsubj") > verb) {
        continue;
      }
      int object = g.child(report, "nsubj");
      int doer = verbWithoutObject(s, g, verb, object);
      if (object <= verb || doer < 0 || !s.tags[object].startsWith("NN")) {
        continue;
      }
      if ("appos".equals(g.relationBetween(object, report - 1))) {
        return rewired(s, doer, object, report, report - 1);
      }
      if (hasSecondSubject(s, g, report, object)) {
        return rewired(s, doer, object, report, -1);
      }
    }
    return s;
  }

  /** The verb, or its last conjunct before {@code object}, that has no object: -1 if none. */
  private static int verbWithoutObject(ParsedSentence s, DependencyGraph g, int verb, int object) {
    int doer = g.childStarting(verb, "obj", "nsubj:pass") < 0 ? verb : -1;
    for (int[] edge : g.children(verb)) {
      if (s.relations[edge[1]].startsWith("conj")
          && edge[0] < object
          && s.tags[edge[0]].startsWith("VB")
          && g.childStarting(edge[0], "obj", "nsubj:pass") < 0) {
        doer = Math.max(doer, edge[0]);
      }
    }
    return doer;
  }

  private static boolean hasSecondSubject(
      ParsedSentence s, DependencyGraph g, int report, int first) {
    for (int[] edge : g.children(report)) {
      if (s.relations[edge[1]].equals("nsubj") && edge[0] > first && edge[0] < report) {
        return true;
      }
    }
    return false;
  }

  private static ParsedSentence rewired(
      ParsedSentence s, int verb, int object, int report, int reporter) {
    int[] governors = s.governors.clone();
    int[] dependents = s.dependents.clone();
    String[] relations = s.relations.clone();
    for (int e = 0; e < relations.length; e++) {
      if (governors[e] == report && dependents[e] == object && relations[e].equals("nsubj")) {
        governors[e] = verb;
        relations[e] = "obj";
      } else if (governors[e] == object
          && dependents[e] == reporter
          && relations[e].equals("appos")) {
        governors[e] = report;
        relations[e] = "nsubj";
      }
    }
    return new ParsedSentence(
        s.index,
        s.begin,
        s.end,
        s.words,
        s.lemmas,
        s.tags,
        s.tokenBegin,
        s.tokenEnd,
        governors,
        dependents,
        relations);
  }
}
