package org.dossier.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.analysis.Analysis;
import org.dossier.analysis.Attribution;
import org.dossier.analysis.Event;
import org.dossier.analysis.Ids.AttributionId;
import org.dossier.analysis.Ids.TimeId;
import org.dossier.analysis.TimeExpression;
import org.dossier.text.Span;

/** The {@link EventRecord}s of one analysis. */
public final class EventRecords {

  private EventRecords() {}

  /** One record per event of {@code analysis}, in its order. */
  public static List<EventRecord> of(Analysis analysis) {
    String articleId = analysis.article().id();
    String body = analysis.article().body();
    Map<TimeId, TimeExpression> times = new HashMap<>();
    analysis.times().forEach(t -> times.put(t.id(), t));
    Map<AttributionId, Attribution> attributions = new HashMap<>();
    analysis.attributions().forEach(a -> attributions.put(a.id(), a));
    List<EventRecord> out = new ArrayList<>(analysis.events().size());
    for (Event e : analysis.events()) {
      Optional<TimeExpression> time = e.time().map(times::get);
      Optional<LocalDate> first = time.flatMap(TimeExpression::interval).map(TimeExpression.Interval::first);
      Optional<LocalDate> last = time.flatMap(TimeExpression::interval).map(TimeExpression.Interval::last);
      List<EventRecord.Participant> participants = new ArrayList<>();
      for (Event.Participant p : e.participants()) {
        participants.add(new EventRecord.Participant(new EntityKey(articleId, p.entity().value()), p.role()));
      }
      Optional<Attribution> attribution = e.attribution().map(attributions::get);
      Attribution.Kind kind = attribution.map(Attribution::kind).orElse(Attribution.Kind.AUTHOR);
      Optional<String> sourceText = attribution.flatMap(Attribution::source)
          .filter(s -> !s.isEmpty() && s.end() <= body.length())
          .map((Span s) -> s.of(body));
      out.add(new EventRecord(articleId, e.id().value(), analysis.article().date(), e.type(),
          time.map(TimeExpression::value), first, last, participants, e.polarity(), e.modality(), kind, sourceText));
    }
    return out;
  }
}
