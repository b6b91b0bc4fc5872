package org.dossier.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Event;

/** A story as stored: its reports in articles and where they disagree. */
public record StoryView(
    String id, Event.Type type, Optional<LocalDate> firstDay, Optional<LocalDate> lastDay, List<Report> reports,
    List<Conflict> conflicts) {

  public StoryView {
    reports = List.copyOf(reports);
    conflicts = List.copyOf(conflicts);
  }

  /** One article's report of the happening. */
  public record Report(ArticleRef article, String eventId, Optional<LocalDate> day, String trigger, Attribution.Kind sourceKind) {}

  /** Two reports that disagree on {@code on} (date, participants, polarity). */
  public record Conflict(String on, String aArticleId, String aEventId, String aSays, String bArticleId, String bEventId,
      String bSays) {}
}
