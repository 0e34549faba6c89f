package org.eventwire.neardup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The stories one item holds, seen from the other items it shares a substantial region with (linked
 * or not): partners whose regions overlap are copies of one story within the item; a roundup that
 * strings three stories together has three groups of partners with disjoint regions. Connected
 * components would make one cluster of all of them through the roundup, and a roundup that holds
 * most of one short story would join that story's cluster, so an item whose regions form several
 * groups keeps only the links of a group that covers at least twice as much of it as all the others
 * together (an original whose cut copies cover its lead and one paragraph of which another story
 * quotes; a copy with a paragraph of another story appended), and no link when no group does (a
 * roundup belongs to none of its stories). Pure.
 */
public final class StoriesWithin {
  /**
   * Two partners are one story within the item when their regions share at least this share of the
   * smaller region. Copies cut from one story all keep its lead, so their regions overlap in most
   * of the smaller one; two stories that quote one paragraph share only that paragraph.
   */
  static final double SAME_STORY_OVERLAP = 0.5;

  /**
   * How many times the rest of the shared regions a group must cover for the item to stay with it.
   */
  static final int DOMINANCE = 2;

  private StoriesWithin() {}

  /**
   * The linked partners whose links the item keeps. {@code regions}: for each partner that shares a
   * substantial region with the item, the sorted shingles they share; {@code linked}: those of them
   * that are verified links.
   */
  public static Set<String> keptLinks(Map<String, long[]> regions, Set<String> linked) {
    List<List<String>> groups = groups(regions);
    if (groups.size() <= 1) {
      return new HashSet<>(linked);
    }
    Set<Long> all = cover(regions.keySet(), regions);
    for (List<String> group : groups) {
      Set<Long> own = cover(group, regions);
      int rest = all.size() - own.size();
      if (own.size() >= DOMINANCE * rest) {
        Set<String> kept = new HashSet<>(group);
        kept.retainAll(linked);
        return kept;
      }
    }
    return new HashSet<>();
  }

  /** Partners grouped by overlapping regions (connected components, in a stable order). */
  static List<List<String>> groups(Map<String, long[]> regions) {
    List<String> partners = new ArrayList<>(new TreeMap<>(regions).keySet());
    int[] parent = new int[partners.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < parent.length; i++) {
      long[] a = regions.get(partners.get(i));
      for (int j = i + 1; j < parent.length; j++) {
        long[] b = regions.get(partners.get(j));
        int smaller = Math.min(a.length, b.length);
        if (smaller > 0 && Shingles.common(a, b).length >= SAME_STORY_OVERLAP * smaller) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    Map<Integer, List<String>> byRoot = new TreeMap<>();
    for (int i = 0; i < parent.length; i++) {
      byRoot.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(partners.get(i));
    }
    return new ArrayList<>(byRoot.values());
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** The item's shingles that the partners' regions cover together. */
  private static Set<Long> cover(
      java.util.Collection<String> partners, Map<String, long[]> regions) {
    Set<Long> covered = new HashSet<>();
    for (String partner : partners) {
      for (long shingle : regions.get(partner)) {
        covered.add(shingle);
      }
    }
    return covered;
  }
}
