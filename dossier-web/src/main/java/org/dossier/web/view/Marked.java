package org.dossier.web.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.dossier.store.ArticleView;
import org.dossier.store.SourceClass;
import org.dossier.text.Span;

/** Cuts an article's body at every edge of an entity mention, time, event trigger, cue, source or content. */
public final class Marked {

  private record Mark(Span span, String css, String evidence, Optional<String> entity) {}

  private Marked() {}

  public static List<Segment> of(ArticleView a) {
    String body = a.body();
    List<Mark> marks = new ArrayList<>();
    for (ArticleView.EntityMark e : a.entities()) {
      String what = Format.label(e.type()) + e.name().map(n -> " " + n).orElse("") + " (" + e.localId() + ")";
      for (Span s : e.mentions()) {
        marks.add(new Mark(s, "ent ent-" + e.type(), what, e.corpusId()));
      }
    }
    for (ArticleView.TimeMark t : a.times()) {
      marks.add(new Mark(t.span(), "time", "time " + t.value(), Optional.empty()));
    }
    for (ArticleView.EventMark e : a.events()) {
      marks.add(new Mark(e.trigger(), "event", "event " + e.type() + e.day().map(d -> " on " + d).orElse("")
          + ", source: " + Format.kind(e.sourceKind()), Optional.empty()));
    }
    for (ArticleView.AttributionMark at : a.attributions()) {
      String cls = "src-" + SourceClass.of(at.kind()).name();
      marks.add(new Mark(at.content(), "content " + cls, "claim resting on: " + Format.kind(at.kind()), Optional.empty()));
      marks.add(new Mark(at.cue(), "cue", "attribution cue (" + at.localId() + ")", Optional.empty()));
      at.source().ifPresent(s -> marks.add(new Mark(s, "source", "source of " + at.localId(), Optional.empty())));
    }
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, body.length()));
    for (Mark m : marks) {
      cuts.add(Math.min(m.span().start(), body.length()));
      cuts.add(Math.min(m.span().end(), body.length()));
    }
    List<Segment> out = new ArrayList<>();
    Integer from = cuts.first();
    for (Integer to : cuts.tailSet(from, false)) {
      StringBuilder css = new StringBuilder();
      StringBuilder evidence = new StringBuilder();
      Optional<String> entity = Optional.empty();
      for (Mark m : marks) {
        if (m.span().start() <= from && m.span().end() >= to) {
          css.append(css.length() == 0 ? "" : " ").append(m.css());
          evidence.append(evidence.length() == 0 ? "" : "; ").append(m.evidence());
          if (m.entity().isPresent()) {
            entity = m.entity();
          }
        }
      }
      out.add(new Segment(body.substring(from, to), css.toString(), evidence.toString(), entity));
      from = to;
    }
    return out;
  }
}
