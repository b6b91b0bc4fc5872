package org.dossier.annotation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dossier.text.Span;

/**
 * One sentence's dependency tree indexed for quick walks: heads, labelled children, subtrees.
 * Built once per sentence, so that the extractors' walks stay linear in the sentence length:
 * {@link Sentence#tree()} builds it on first use and every stage shares that one.
 */
public final class DependencyTree {

  private final Sentence sentence;
  private final int[] head;
  private final String[] relation;
  private final List<List<Integer>> children;

  public DependencyTree(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.size();
    head = new int[n];
    relation = new String[n];
    Arrays.fill(head, Dependency.ROOT);
    Arrays.fill(relation, "");
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() < n) {
        head[d.dependent()] = d.governor();
        relation[d.dependent()] = d.relation();
        if (d.governor() >= 0 && d.governor() < n) {
          children.get(d.governor()).add(d.dependent());
        }
      }
    }
    children.replaceAll(c -> {
      c.sort(Integer::compare);
      return List.copyOf(c);
    });
  }

  public Sentence sentence() {
    return sentence;
  }

  public int size() {
    return sentence.size();
  }

  public Token token(int i) {
    return sentence.token(i);
  }

  public int head(int i) {
    return head[i];
  }

  public String relation(int i) {
    return relation[i];
  }

  /** The dependents of {@code i}, in sentence order; unmodifiable. */
  public List<Integer> children(int i) {
    return children.get(i);
  }

  /** The first child of {@code i} whose relation starts with {@code prefix} ({@code nsubj} matches {@code nsubj:pass}). */
  public Optional<Integer> child(int i, String prefix) {
    for (int c : children.get(i)) {
      if (relation[c].equals(prefix) || relation[c].startsWith(prefix + ":")) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  public boolean hasChildLemma(int i, String... lemmas) {
    for (int c : children.get(i)) {
      for (String l : lemmas) {
        if (token(c).lemma().equalsIgnoreCase(l)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Marks every token of the subtree under {@code i}. */
  public void mark(int i, boolean[] into) {
    into[i] = true;
    for (int c : children.get(i)) {
      if (!into[c]) {
        mark(c, into);
      }
    }
  }

  public boolean[] subtree(int i) {
    boolean[] in = new boolean[size()];
    mark(i, in);
    return in;
  }

  /** The span from the first to the last marked token, with punctuation trimmed at both ends. */
  public Optional<Span> span(boolean[] marked) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < marked.length; i++) {
      if (marked[i]) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    while (first >= 0 && first <= last && isPunct(first)) {
      first++;
    }
    while (last >= first && first >= 0 && isPunct(last)) {
      last--;
    }
    if (first < 0 || first > last) {
      return Optional.empty();
    }
    return Optional.of(sentence.span(first, last));
  }

  public boolean isPunct(int i) {
    String pos = token(i).pos();
    return relation[i].equals("punct") || pos.equals(",") || pos.equals(".") || pos.equals(":")
        || pos.equals("``") || pos.equals("''") || pos.equals("-LRB-") || pos.equals("-RRB-") || pos.equals("HYPH");
  }
}
