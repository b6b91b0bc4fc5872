package org.dossier.app.eval;

import static org.dossier.app.eval.Measures.f1;
import static org.dossier.app.eval.Measures.ratio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.analysis.Analysis;
import org.dossier.analysis.Entity;
import org.dossier.analysis.Event;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.app.Main;
import org.dossier.app.Pipeline;
import org.dossier.app.eval.MeantimeDocument.EventMention;
import org.dossier.extract.ArticleProcessor;
import org.dossier.text.Article;
import org.dossier.text.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier eval meantime-events DIR}: event triggers and participants on NewsReader MEANTIME
 * (CAT XML). MEANTIME marks every event predicate of the annotated sentences ("released", "cost",
 * "is"), where Dossier keeps only the political and social events of PLOVER; the precision of the
 * triggers it does find is the telling number. A trigger is right when it overlaps a gold event
 * mention. A participant of a found event is right when one of its entity's mentions overlaps a
 * gold participant mention (HAS_PARTICIPANT) of that event; the source is checked against Arg0.
 * Beside it, a baseline that takes every verb as a trigger and its subject as the source.
 */
@Command(name = "meantime-events", mixinStandardHelpOptions = true,
    description = "Event trigger P/R/F1 and participant accuracy on MEANTIME (CAT XML).")
public final class MeantimeEventsEval implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", description = "a folder of MEANTIME CAT XML files (meantime-apple/intra-doc)")
  Path dir;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir)) {
      System.err.println("dossier: eval meantime-events needs a folder of CAT XML files: " + dir);
      return Main.USAGE;
    }
    List<MeantimeDocument> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
        docs.add(MeantimeDocument.read(f));
      }
    }
    ArticleProcessor processor = Pipeline.processor();
    int gold = 0;
    int goldFound = 0;
    int predicted = 0;
    int predictedRight = 0;
    int participants = 0;
    int participantsRight = 0;
    int sources = 0;
    int sourcesRight = 0;
    int verbs = 0;
    int verbsRight = 0;
    int verbGoldFound = 0;
    for (MeantimeDocument d : docs) {
      AnnotatedArticle a = processor.annotator().annotate(Article.of(d.name(), LocalDate.of(2008, 1, 1), d.body()));
      Analysis analysis = processor.extract(a, List.of());
      List<Entity> entities = analysis.entities();
      List<Event> events = analysis.events().stream()
          .filter(e -> e.trigger().end() <= d.annotatedEnd()).toList();
      gold += d.events().size();
      for (EventMention g : d.events()) {
        goldFound += events.stream().anyMatch(e -> e.trigger().overlaps(g.trigger())) ? 1 : 0;
      }
      for (Event e : events) {
        predicted++;
        EventMention match = d.events().stream().filter(g -> g.trigger().overlaps(e.trigger())).findFirst().orElse(null);
        if (match == null) {
          continue;
        }
        predictedRight++;
        for (Event.Participant p : e.participants()) {
          List<Span> mentions = entities.stream().filter(x -> x.id().equals(p.entity()))
              .flatMap(x -> x.mentions().stream()).toList();
          participants++;
          participantsRight += overlapsAny(mentions, match.participants()) ? 1 : 0;
          if (p.role() == Event.Role.SOURCE) {
            sources++;
            sourcesRight += overlapsAny(mentions, match.arg0()) ? 1 : 0;
          }
        }
      }
      // baseline: every verb is an event
      for (var s : a.sentences()) {
        for (var t : s.tokens()) {
          if (t.isVerb() && t.span().end() <= d.annotatedEnd()) {
            verbs++;
            verbsRight += d.events().stream().anyMatch(g -> g.trigger().overlaps(t.span())) ? 1 : 0;
          }
        }
      }
      for (EventMention g : d.events()) {
        verbGoldFound += a.sentences().stream().flatMap(s -> s.tokens().stream())
            .anyMatch(t -> t.isVerb() && t.span().overlaps(g.trigger())) ? 1 : 0;
      }
    }
    System.out.printf(Locale.ROOT, "MEANTIME %s: %d articles, %d gold event mentions in the annotated sentences%n",
        dir, docs.size(), gold);
    row("dossier events", predictedRight, predicted, goldFound, gold);
    row("every verb (baseline)", verbsRight, verbs, verbGoldFound, gold);
    System.out.printf(Locale.ROOT, "participants of found events: %d of %d right (%.3f); sources that are Arg0: %d of %d (%.3f)%n",
        participantsRight, participants, ratio(participantsRight, participants), sourcesRight, sources,
        ratio(sourcesRight, sources));
    return Main.OK;
  }

  private static void row(String name, int right, int predicted, int found, int gold) {
    double p = ratio(right, predicted);
    double r = ratio(found, gold);
    double f = f1(p, r);
    System.out.printf(Locale.ROOT, "%-24s triggers P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f%n", name, p, right, predicted,
        r, found, gold, f);
  }


  private static boolean overlapsAny(List<Span> a, List<Span> b) {
    return a.stream().anyMatch(x -> b.stream().anyMatch(x::overlaps));
  }
}
