package org.dossier.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.analysis.Ids.AttributionId;

/**
 * How an article's claims are sourced: each event is a claim, and it rests on the kind of the
 * attribution that covers it, or on the article's own voice when none does. An attribution whose
 * content holds no event ("According to a local newspaper, the objective of these talks is ...")
 * is one claim of its own kind, so that no source drops out of the profile.
 *
 * @param claims the number of claims (events, plus attributions that cover no event)
 * @param byKind claims per kind of source; unattributed claims count as {@link Attribution.Kind#AUTHOR}
 * @param cues attribution cues per kind, whether or not an event lies under them
 */
public record SourcingProfile(int claims, Map<Attribution.Kind, Integer> byKind, Map<Attribution.Kind, Integer> cues) {

  public SourcingProfile {
    byKind = Map.copyOf(byKind);
    cues = Map.copyOf(cues);
  }

  /** The share of claims resting on anonymous sources, in [0, 1]; 0 when there are none. */
  public double anonymousShare() {
    return claims == 0 ? 0 : byKind.getOrDefault(Attribution.Kind.ANONYMOUS_SOURCE, 0) / (double) claims;
  }

  public static SourcingProfile of(List<Event> events, List<Attribution> attributions) {
    Map<AttributionId, Attribution.Kind> kinds = new java.util.HashMap<>();
    Map<Attribution.Kind, Integer> cues = new EnumMap<>(Attribution.Kind.class);
    for (Attribution a : attributions) {
      kinds.put(a.id(), a.kind());
      cues.merge(a.kind(), 1, Integer::sum);
    }
    Map<Attribution.Kind, Integer> byKind = new EnumMap<>(Attribution.Kind.class);
    for (Event e : events) {
      Attribution.Kind kind =
          Optional.ofNullable(e.attribution().map(kinds::get).orElse(null)).orElse(Attribution.Kind.AUTHOR);
      byKind.merge(kind, 1, Integer::sum);
    }
    int claims = events.size();
    for (Attribution a : attributions) {
      boolean coversEvent = events.stream().anyMatch(e -> e.attribution().filter(a.id()::equals).isPresent());
      if (!coversEvent) {
        byKind.merge(a.kind(), 1, Integer::sum);
        claims++;
      }
    }
    return new SourcingProfile(claims, byKind, cues);
  }
}
