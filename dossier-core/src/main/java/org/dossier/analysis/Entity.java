package org.dossier.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.text.Span;

/**
 * One real-world person, organisation, place or group as an article mentions it.
 *
 * @param name the canonical name; empty for unnamed actors ("a US-based Pakistani")
 * @param subtype a finer kind where known: {@code country}, {@code province}, {@code city},
 *     {@code prison}, ...
 * @param aliases the other names it goes by in the article ("Khan")
 * @param mentions every span that refers to it, names, nominals and pronouns, in order
 * @param descriptors what the article says it is
 */
public record Entity(
    EntityId id,
    EntityType type,
    Optional<String> name,
    Optional<String> subtype,
    List<String> aliases,
    List<Span> mentions,
    List<Descriptor> descriptors,
    Optional<Link> link,
    Optional<Place> place) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(subtype, "subtype");
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
    descriptors = List.copyOf(descriptors);
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(place, "place");
  }

  /** The name, or the first mention's words for an unnamed entity. */
  public String label(String body) {
    return name.orElseGet(() -> mentions.isEmpty() ? id.value() : mentions.get(0).of(body));
  }
}
