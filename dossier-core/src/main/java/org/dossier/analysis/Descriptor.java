package org.dossier.analysis;

import java.util.List;
import java.util.Objects;
import org.dossier.text.Span;

/**
 * What the text says an entity is: "food and real estate businessman", "former prime minister".
 *
 * @param span the descriptor's words in the body
 * @param role the normalised role, e.g. {@code businessman}, {@code prime minister}
 * @param qualifiers words that qualify the role: {@code former}, {@code senior}, {@code jailed}
 */
public record Descriptor(Span span, String role, List<String> qualifiers) {

  public Descriptor {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(role, "role");
    qualifiers = List.copyOf(qualifiers);
  }
}
