package org.eventwire.events;

import java.util.ArrayList;
import java.util.List;

/** Children and parents of a sentence's tokens, from its edge arrays. */
final class DependencyGraph {
  private final ParsedSentence s;
  private final List<List<int[]>> children = new ArrayList<>();
  private final int[] parent;
  private final int[] parentEdge;

  DependencyGraph(ParsedSentence s) {
    this.s = s;
    parent = new int[s.size()];
    parentEdge = new int[s.size()];
    java.util.Arrays.fill(parent, -1);
    for (int i = 0; i < s.size(); i++) {
      children.add(new ArrayList<>());
    }
    for (int e = 0; e < s.relations.length; e++) {
      children.get(s.governors[e]).add(new int[] {s.dependents[e], e});
      if (parent[s.dependents[e]] < 0) {
        parent[s.dependents[e]] = s.governors[e];
        parentEdge[s.dependents[e]] = e;
      }
    }
  }

  /** Pairs (child token, edge index). */
  List<int[]> children(int token) {
    return children.get(token);
  }

  int parent(int token) {
    return parent[token];
  }

  int child(int token, String relation) {
    for (int[] edge : children.get(token)) {
      if (s.relations[edge[1]].equals(relation)) {
        return edge[0];
      }
    }
    return -1;
  }

  /**
   * Whether a token has a child by this relation whose lemma, in lower case, is among {@code
   * lemmas}: "must" as an aux, "press" as a compound.
   */
  boolean hasChild(int token, String relation, java.util.Set<String> lemmas) {
    for (int[] edge : children.get(token)) {
      if (s.relations[edge[1]].equals(relation)
          && lemmas.contains(s.lemmas[edge[0]].toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a clause is introduced by one of these subordinators: a "mark" child whose lemma, in
   * lower case, is among {@code lemmas} ("since", "if", "for").
   */
  boolean markedBy(int clause, java.util.Set<String> lemmas) {
    for (int[] edge : children.get(clause)) {
      if (s.relations[edge[1]].equals("mark")
          && lemmas.contains(s.lemmas[edge[0]].toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The first child whose relation is one of these or a subtype of one (nsubj:xsubj). */
  int childStarting(int token, String... relations) {
    for (String relation : relations) {
      for (int[] edge : children.get(token)) {
        String rel = s.relations[edge[1]];
        if (rel.equals(relation) || (rel.startsWith(relation + ":") && !rel.equals("nsubj:pass"))) {
          return edge[0];
        }
      }
    }
    return -1;
  }

  /** The relation of an edge from {@code head} to {@code child}, or null when there is none. */
  String relationBetween(int head, int child) {
    for (int[] edge : children.get(head)) {
      if (edge[0] == child) {
        return s.relations[edge[1]];
      }
    }
    return null;
  }

  /** The relation from a token's first parent, or "" for the root. */
  String parentRelation(int token) {
    return parent[token] >= 0 ? s.relations[parentEdge[token]] : "";
  }

  boolean hasParentRelationStarting(int token, String prefix) {
    return parent[token] >= 0 && s.relations[parentEdge[token]].startsWith(prefix);
  }

  boolean hasParentRelation(int token, String... relations) {
    if (parent[token] < 0) {
      return false;
    }
    String rel = s.relations[parentEdge[token]];
    for (String r : relations) {
      if (rel.equals(r)) {
        return true;
      }
    }
    return false;
  }
}
