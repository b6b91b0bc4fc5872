package org.dossier.annotation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.text.Span;

/**
 * One sentence: its tokens and their dependency tree. Immutable; its dependencies are indexed
 * once, on first use ({@link #headOf}, {@link #dependentsOf}, {@link #tree}), so that every stage
 * walking the same sentence shares one index.
 *
 * <p>A value class rather than a record only so that it can keep those indexes: equality, hash
 * and text are those of its four components, as a record's.
 */
public final class Sentence {

  private final int index;
  private final Span span;
  private final List<Token> tokens;
  private final List<Dependency> dependencies;
  /**
   * The dependencies by dependent and by governor, and the tree: built on first use. Immutable
   * and built from the final fields above, so two threads racing to build it build equal ones
   * and either may win.
   */
  private volatile DependencyIndex dependencyIndex;

  /**
   * @param index position in the article, from 0
   * @param span from the first token's start to the last token's end
   */
  public Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).index() != i) {
        throw new IllegalArgumentException("token " + i + " has index " + tokens.get(i).index());
      }
    }
    this.index = index;
    this.span = span;
    this.tokens = tokens;
    this.dependencies = dependencies;
  }

  /** Position in the article, from 0. */
  public int index() {
    return index;
  }

  /** From the first token's start to the last token's end. */
  public Span span() {
    return span;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public List<Dependency> dependencies() {
    return dependencies;
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** The head of token {@code i}, or empty for the root and for tokens without a parse. */
  public Optional<Dependency> headOf(int i) {
    return dependencyIndex().headOf(i);
  }

  /** The dependents of token {@code i}, in sentence order; unmodifiable. */
  public List<Dependency> dependentsOf(int i) {
    return dependencyIndex().dependentsOf(i);
  }

  /** The sentence's dependency tree, built once and shared by every stage that walks it. */
  public DependencyTree tree() {
    return dependencyIndex().tree();
  }

  private DependencyIndex dependencyIndex() {
    DependencyIndex d = dependencyIndex;
    if (d == null) {
      d = new DependencyIndex(this);
      dependencyIndex = d;
    }
    return d;
  }

  /** The span from token {@code from} to token {@code to}, both inclusive. */
  public Span span(int from, int to) {
    return new Span(tokens.get(from).span().start(), tokens.get(to).span().end());
  }

  /** Indices of the tokens that overlap {@code s}; empty when none does. */
  public int[] tokensIn(Span s) {
    return tokens.stream().filter(t -> t.span().overlaps(s)).mapToInt(Token::index).toArray();
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Sentence s && index == s.index && span.equals(s.span)
        && tokens.equals(s.tokens) && dependencies.equals(s.dependencies);
  }

  /** As a record's: each component's hash in order, folded by 31. */
  @Override
  public int hashCode() {
    int h = Integer.hashCode(index);
    h = 31 * h + span.hashCode();
    h = 31 * h + tokens.hashCode();
    return 31 * h + dependencies.hashCode();
  }

  @Override
  public String toString() {
    return "Sentence[index=" + index + ", span=" + span + ", tokens=" + tokens + ", dependencies=" + dependencies + "]";
  }
}
