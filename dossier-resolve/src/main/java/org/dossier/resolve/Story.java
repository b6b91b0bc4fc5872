package org.dossier.resolve;

import java.util.List;
import java.util.Objects;
import org.dossier.analysis.Event;

/**
 * Reports in one or more articles of the same happening.
 *
 * @param id stable: a function of its reports, not of the order they came in
 * @param reports the reports, as (article id, event id)
 * @param conflicts where the reports disagree
 */
public record Story(String id, Event.Type type, List<EventKey> reports, List<Conflict> conflicts) {

  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    reports = List.copyOf(reports);
    conflicts = List.copyOf(conflicts);
  }

  /** One event of one article. */
  public record EventKey(String articleId, String eventId) {}

  /** Two reports that disagree, on what ({@code date}, {@code participants}, {@code polarity}), with both sides. */
  public record Conflict(String on, EventKey a, String aSays, EventKey b, String bSays) {}
}
