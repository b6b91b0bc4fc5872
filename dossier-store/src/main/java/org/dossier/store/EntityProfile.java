package org.dossier.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.EntityType;
import org.dossier.analysis.Event;
import org.dossier.text.Span;

/**
 * Everything the corpus says of one corpus entity, each fact with the article that reports it.
 * Long lists are cut at {@link #LIMIT} items, newest first.
 */
public record EntityProfile(
    String corpusId, String name, EntityType type, Optional<String> wikipedia, Optional<Coordinates> coordinates,
    int mentions, int articles, List<NameCount> names, List<Reported> descriptors, List<Affiliation> affiliations,
    List<EventRole> events, List<Cooccurrence> cooccurring, SaidAbout saidAbout) {

  /** The most items a list of a profile holds. */
  public static final int LIMIT = 100;

  public EntityProfile {
    names = List.copyOf(names);
    descriptors = List.copyOf(descriptors);
    affiliations = List.copyOf(affiliations);
    events = List.copyOf(events);
    cooccurring = List.copyOf(cooccurring);
  }

  /** Where a place is. */
  public record Coordinates(double latitude, double longitude, Optional<String> country) {}

  /** A name or alias and the number of article entities that use it. */
  public record NameCount(String name, int count) {}

  /** A descriptor ("former prime minister") as one article reports it. */
  public record Reported(String role, List<String> qualifiers, ArticleRef article, Span span) {
    public Reported {
      qualifiers = List.copyOf(qualifiers);
    }
  }

  /**
   * A relation to another entity, as one article states it.
   *
   * @param outgoing whether this entity is the subject ("X member_of PTI") rather than the object
   */
  public record Affiliation(
      String predicate, boolean outgoing, Optional<String> otherCorpusId, String otherName, ArticleRef article,
      Span evidence) {}

  /** An event it takes part in, with its role. */
  public record EventRole(String eventId, Event.Type type, Optional<LocalDate> day, Event.Role role, ArticleRef article) {}

  /** Another corpus entity mentioned in the same articles, and in how many (the 50 most frequent). */
  public record Cooccurrence(String corpusId, String name, int articles) {}

  /** What is said about it: the events it takes part in, by the kind of source they rest on. */
  public record SaidAbout(Map<Attribution.Kind, Integer> byKind) {
    public SaidAbout {
      byKind = Map.copyOf(byKind);
    }

    public int claims() {
      return byKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The share of claims resting on that class of source, in [0, 1]; 0 when there are none. */
    public double share(SourceClass c) {
      int claims = claims();
      int n = byKind.entrySet().stream().filter(e -> SourceClass.of(e.getKey()) == c).mapToInt(Map.Entry::getValue).sum();
      return claims == 0 ? 0 : n / (double) claims;
    }
  }
}
