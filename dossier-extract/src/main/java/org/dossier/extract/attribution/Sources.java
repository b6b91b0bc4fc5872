package org.dossier.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dossier.analysis.Attribution.Kind;
import org.dossier.analysis.Entity;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Ids.EntityId;
import org.dossier.annotation.DependencyTree;
import org.dossier.annotation.Token;
import org.dossier.extract.entity.EntityLayer;
import org.dossier.text.Span;

/** The source of a cue: the span of its words, the entity they name and what kind of source that is. */
final class Sources {

  private static final Pattern NON_WORD = Pattern.compile("\\W+");

  private Sources() {}

  /**
   * The attribution of a cue whose source is the tokens marked in {@code source}, headed by
   * {@code sourceHead} (its entity and kind read from there); none without a source or content.
   */
  static Optional<Found> sourced(CueSentence s, Span cue, int sourceHead, boolean[] source,
      Optional<Span> content, boolean continues) {
    DependencyTree p = s.tree();
    Optional<Span> sourceSpan = p.span(source);
    if (sourceSpan.isEmpty() || content.isEmpty()) {
      return Optional.empty();
    }
    Optional<EntityId> entity = entityOf(p, sourceHead, sourceSpan.get(), s.entities());
    return Optional.of(new Found(s.index(), kindOf(p, sourceHead, source, entity, s.entities()), cue, sourceSpan,
        entity, content.get(), continues));
  }

  /** An attribution with no one behind it: a hedge ("reportedly") or an unnamed speaker. */
  static Found unsourced(CueSentence s, Kind kind, Span cue, Span content) {
    return new Found(s.index(), kind, cue, Optional.empty(), Optional.empty(), content, false);
  }

  private static Optional<EntityId> entityOf(DependencyTree p, int head, Span source, EntityLayer entities) {
    Span headSpan = p.token(head).span();
    for (Entity e : entities.entities()) {
      for (Span m : e.mentions()) {
        if (m.contains(headSpan) && source.contains(m)) {
          return Optional.of(e.id());
        }
      }
    }
    return entities.entityAt(headSpan).map(Entity::id);
  }

  /** What kind of source the words name, from the head noun, the names in it and its entity. */
  private static Kind kindOf(DependencyTree p, int head, boolean[] source, Optional<EntityId> entityId,
      EntityLayer entities) {
    Token h = p.token(head);
    String lemma = h.lemma().toLowerCase(Locale.ROOT);
    String word = h.word().toLowerCase(Locale.ROOT);
    Optional<Entity> entity = entityId.flatMap(entities::entity);
    if (h.pos().startsWith("PRP")) {
      if (word.equals("we") || word.equals("us")) {
        return Kind.AUTHOR;
      }
      if (entity.isPresent()) {
        return kindOfEntity(entity.get());
      }
      return word.equals("they") || word.equals("them") ? Kind.ANONYMOUS_SOURCE : Kind.NAMED_PERSON;
    }
    boolean named = false;
    boolean person = false;
    List<String> properNouns = new ArrayList<>();
    for (int j = 0; j < source.length; j++) {
      if (source[j]) {
        Token t = p.token(j);
        if (t.isProperNoun() || t.isEntity()) {
          named |= !(t.ner().equals("MISC") || t.ner().equals("LOCATION") && j != head);
          person |= t.ner().equals("PERSON");
        }
        if (t.isProperNoun()) {
          properNouns.add(t.word());
        }
      }
    }
    boolean outletName = !h.ner().equals("PERSON") && CueLexicon.namesOutlet(properNouns);
    if (CueLexicon.OUTLETS.contains(lemma) && !h.isProperNoun()) {
      return named ? Kind.NAMED_OUTLET : Kind.UNNAMED_OUTLET;
    }
    if (h.isProperNoun() || h.isEntity()) {
      if (outletName) {
        return Kind.NAMED_OUTLET;
      }
      if (entity.isPresent()) {
        return kindOfEntity(entity.get());
      }
      if (h.ner().equals("ORGANIZATION") || h.ner().equals("LOCATION")) {
        return Kind.NAMED_ORGANIZATION;
      }
      return Kind.NAMED_PERSON;
    }
    if (CueLexicon.DOCUMENTS.contains(lemma)) {
      return Kind.OFFICIAL_DOCUMENT;
    }
    if (person) {
      return Kind.NAMED_PERSON; // "spokesman John Smith"
    }
    if (CueLexicon.INSTITUTIONS.contains(lemma) && h.pos().equals("NN")) {
      return Kind.NAMED_ORGANIZATION;
    }
    return Kind.ANONYMOUS_SOURCE;
  }

  private static Kind kindOfEntity(Entity e) {
    EntityType type = e.type();
    if (type == EntityType.PERSON) {
      return e.name().isPresent() ? Kind.NAMED_PERSON : Kind.ANONYMOUS_SOURCE;
    }
    if (type == EntityType.ORGANIZATION || type == EntityType.LOCATION || type == EntityType.FACILITY) {
      if (CueLexicon.namesOutlet(List.of(NON_WORD.split(e.name().orElse(""))))) {
        return Kind.NAMED_OUTLET;
      }
      return e.name().isPresent() ? Kind.NAMED_ORGANIZATION : Kind.ANONYMOUS_SOURCE;
    }
    return Kind.ANONYMOUS_SOURCE;
  }
}
