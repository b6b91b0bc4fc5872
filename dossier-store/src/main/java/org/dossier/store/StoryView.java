package org.dossier.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Event;

/** A story as stored: its reports in articles and where they disagree. */
public record StoryView(
    String id, Event.Type type, Optional<LocalDate> firstDay, Optional<LocalDate> lastDay, List<Report> reports,
    List<Conflict> conflicts, List<Participant> participants) {

  /** The most participants a story lists. */
  public static final int PARTICIPANTS = 8;

  public StoryView {
    reports = List.copyOf(reports);
    conflicts = List.copyOf(conflicts);
    participants = List.copyOf(participants);
  }

  /** A corpus entity taking part in the story's events; the most mentioned first. */
  public record Participant(String corpusId, String name) {}

  /**
   * One article's report of the happening: its trigger word and the words of its sentence before
   * and after it.
   */
  public record Report(ArticleRef article, String eventId, Optional<LocalDate> day, String trigger, String before,
      String after, Attribution.Kind sourceKind) {}

  /** Two reports that disagree on {@code on} (date, participants, polarity). */
  public record Conflict(String on, String aArticleId, String aEventId, String aSays, String bArticleId, String bEventId,
      String bSays) {}
}
