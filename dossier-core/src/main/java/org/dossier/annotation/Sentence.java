package org.dossier.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.text.Span;

/**
 * One sentence: its tokens and their dependency tree.
 *
 * @param index position in the article, from 0
 * @param span from the first token's start to the last token's end
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {

  public Sentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).index() != i) {
        throw new IllegalArgumentException("token " + i + " has index " + tokens.get(i).index());
      }
    }
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** The head of token {@code i}, or empty for the root and for tokens without a parse. */
  public Optional<Dependency> headOf(int i) {
    for (Dependency d : dependencies) {
      if (d.dependent() == i) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The dependents of token {@code i}, in sentence order. */
  public List<Dependency> dependentsOf(int i) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == i) {
        out.add(d);
      }
    }
    out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
    return out;
  }

  /** The span from token {@code from} to token {@code to}, both inclusive. */
  public Span span(int from, int to) {
    return new Span(tokens.get(from).span().start(), tokens.get(to).span().end());
  }

  /** Indices of the tokens that overlap {@code s}; empty when none does. */
  public int[] tokensIn(Span s) {
    return tokens.stream().filter(t -> t.span().overlaps(s)).mapToInt(Token::index).toArray();
  }
}
