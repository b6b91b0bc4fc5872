package org.dossier.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A sentence's dependencies by dependent and by governor, for {@link Sentence#headOf} and
 * {@link Sentence#dependentsOf}, and its {@link DependencyTree}: built once per sentence instead
 * of a scan and a sort per call and a tree per stage.
 * Keeps their answers exactly: the first dependency listed for a dependent is its head, and the
 * dependents of a governor (the root's too) come in sentence order, ties in list order.
 */
final class DependencyIndex {

  /** By dependent: its first dependency, or null. */
  private final Dependency[] heads;
  /** By governor + 1 (the root is -1): its dependencies, sorted by dependent. */
  private final List<List<Dependency>> dependents;
  private final DependencyTree tree;

  DependencyIndex(Sentence sentence) {
    List<Dependency> dependencies = sentence.dependencies();
    int max = Dependency.ROOT;
    for (Dependency d : dependencies) {
      max = Math.max(max, Math.max(d.governor(), d.dependent()));
    }
    heads = new Dependency[max + 1];
    List<List<Dependency>> byGovernor = new ArrayList<>(max + 2);
    for (int i = 0; i < max + 2; i++) {
      byGovernor.add(new ArrayList<>());
    }
    for (Dependency d : dependencies) {
      if (heads[d.dependent()] == null) {
        heads[d.dependent()] = d;
      }
      byGovernor.get(d.governor() + 1).add(d);
    }
    byGovernor.replaceAll(list -> {
      list.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
      return List.copyOf(list);
    });
    dependents = byGovernor;
    tree = new DependencyTree(sentence);
  }

  Optional<Dependency> headOf(int i) {
    return i >= 0 && i < heads.length ? Optional.ofNullable(heads[i]) : Optional.empty();
  }

  List<Dependency> dependentsOf(int i) {
    return i + 1 >= 0 && i + 1 < dependents.size() ? dependents.get(i + 1) : List.of();
  }

  DependencyTree tree() {
    return tree;
  }
}
