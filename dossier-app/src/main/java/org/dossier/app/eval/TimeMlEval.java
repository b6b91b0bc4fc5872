package org.dossier.app.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.analysis.TimeExpression;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Annotator;
import org.dossier.annotation.Sentence;
import org.dossier.app.Main;
import org.dossier.app.Pipeline;
import org.dossier.extract.time.TimeTagger;
import org.dossier.nlp.SuTimeBaseline;
import org.dossier.text.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier eval timeml DIR...}: Dossier's time tagger scored the TempEval-3 way on TimeML
 * files (strict and relaxed extent, type and value F1, summed over files, the DCT not scored),
 * with the stock SUTime's scores on the same files beside it.
 */
@Command(
    name = "timeml",
    mixinStandardHelpOptions = true,
    description = "Score time expressions on TimeML files (TempEval-3 metrics), with stock SUTime beside.")
public final class TimeMlEval implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", arity = "1..*", description = "TimeML files or folders of .tml files")
  List<Path> inputs;

  @Option(names = "--no-baseline", description = "Skip the stock SUTime baseline.")
  boolean noBaseline;

  @Option(names = "--errors", paramLabel = "FILE", description = "Write Dossier's misses, false alarms and wrong values here.")
  Path errors;

  @Option(names = "--cache", paramLabel = "FILE",
      description = "Keep CoreNLP's annotation of the files here and reuse it on the next run.")
  Path cache;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<TimeMlDocument> docs = new ArrayList<>();
    for (Path p : files()) {
      docs.add(TimeMlDocument.read(p));
    }
    if (docs.isEmpty()) {
      spec.commandLine().getErr().println("dossier: no .tml files in " + inputs);
      return Main.USAGE;
    }
    Map<String, AnnotatedArticle> annotated = annotate(docs);
    TimeTagger tagger = new TimeTagger();
    TimexScore ours = new TimexScore();
    long tagNanos = 0;
    try (PrintWriter err = errors == null ? null : new PrintWriter(Files.newBufferedWriter(errors))) {
      for (TimeMlDocument d : docs) {
        AnnotatedArticle a = annotated.get(d.name());
        long t0 = System.nanoTime();
        List<TimeExpression> found = tagger.tag(a);
        tagNanos += System.nanoTime() - t0;
        List<TimexScore.Predicted> predicted = found.stream()
            .map(t -> new TimexScore.Predicted(t.span().start(), t.span().end(), t.type().name(), t.value()))
            .toList();
        ours.add(d.gold(), predicted);
        if (err != null) {
          explain(err, d, predicted);
        }
      }
    }
    out.println("TimeML time expressions: " + docs.size() + " files (TempEval-3 scoring, DCT not scored)");
    out.println(TimexScore.header());
    out.println(ours.row("dossier"));
    if (!noBaseline) {
      SuTimeBaseline sutime = new SuTimeBaseline();
      TimexScore stock = new TimexScore();
      for (TimeMlDocument d : docs) {
        List<TimexScore.Predicted> predicted = sutime.tag(d.text(), d.dct()).stream()
            .map(f -> new TimexScore.Predicted(f.start(), f.end(), f.type(), f.value()))
            .toList();
        stock.add(d.gold(), predicted);
      }
      out.println(stock.row("stock SUTime"));
    }
    // the time stage alone, warmed up: the median of five passes over the annotated articles,
    // in this thread's CPU time (the machine may be shared) and in wall-clock time
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long[] cpu = new long[5];
    long[] wall = new long[5];
    for (int p = 0; p < cpu.length; p++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      for (AnnotatedArticle a : annotated.values()) {
        tagger.tag(a);
      }
      wall[p] = System.nanoTime() - t0;
      cpu[p] = mx.getCurrentThreadCpuTime() - c0;
    }
    java.util.Arrays.sort(cpu);
    java.util.Arrays.sort(wall);
    out.printf("time stage alone, one thread: %.0f articles/s by CPU time, %.0f by wall clock (%d articles, median of 5 passes)%n",
        docs.size() / (cpu[2] / 1e9), docs.size() / (wall[2] / 1e9), docs.size());
    out.flush();
    return Main.OK;
  }

  private Map<String, AnnotatedArticle> annotate(List<TimeMlDocument> docs) throws IOException {
    Map<String, List<Sentence>> cached = cache == null ? Map.of() : AnnotationCache.read(cache);
    Map<String, AnnotatedArticle> out = new LinkedHashMap<>();
    Annotator annotator = null;
    boolean changed = false;
    for (TimeMlDocument d : docs) {
      Article article = Article.of(d.name(), d.dct(), d.text());
      List<Sentence> s = cached.get(d.name());
      if (s != null) {
        out.put(d.name(), new AnnotatedArticle(article, s));
        continue;
      }
      if (annotator == null) {
        annotator = Pipeline.processor().annotator();
      }
      out.put(d.name(), annotator.annotate(article));
      changed = true;
    }
    if (cache != null && changed) {
      AnnotationCache.write(cache, out);
    }
    return out;
  }

  private List<Path> files() {
    List<Path> out = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(f -> f.toString().endsWith(".tml")).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static void explain(PrintWriter err, TimeMlDocument d, List<TimexScore.Predicted> predicted) {
    String text = d.text();
    for (TimeMlDocument.Gold g : d.gold()) {
      TimexScore.Predicted match = null;
      for (TimexScore.Predicted p : predicted) {
        if (p.start() < g.end() && g.start() < p.end()) {
          match = p;
          break;
        }
      }
      String ctx = context(text, g.start(), g.end());
      if (match == null) {
        err.printf("MISS\t%s\t%s\t%s\t%s\t%s\t%s%n", d.name(), d.dct(), g.type(), g.value(), flat(text.substring(g.start(), g.end())), ctx);
      } else if (match.start() != g.start() || match.end() != g.end()) {
        err.printf("EXTENT\t%s\t%s\t%s\t%s\t%s\t[%s]\t%s%n", d.name(), d.dct(), g.value(), match.value(),
            flat(text.substring(g.start(), g.end())), flat(text.substring(match.start(), match.end())), ctx);
      }
      if (match != null && !match.type().equals(g.type())) {
        err.printf("TYPE\t%s\t%s\t%s\tgot %s\t%s\t%s%n", d.name(), d.dct(), g.type(), match.type(),
            flat(text.substring(g.start(), g.end())), ctx);
      }
      if (match != null && !match.value().equals(g.value())) {
        err.printf("VALUE\t%s\t%s\t%s\tgot %s\t%s\t%s%n", d.name(), d.dct(), g.value(), match.value(),
            flat(text.substring(g.start(), g.end())), ctx);
      }
    }
    for (TimexScore.Predicted p : predicted) {
      boolean any = d.gold().stream().anyMatch(g -> p.start() < g.end() && g.start() < p.end());
      if (!any) {
        err.printf("FALSE\t%s\t%s\t%s\t%s\t%s%n", d.name(), d.dct(), p.value(), flat(text.substring(p.start(), p.end())),
            context(text, p.start(), p.end()));
      }
    }
  }

  private static String context(String text, int s, int e) {
    return flat(text.substring(Math.max(0, s - 60), s) + "[[" + text.substring(s, e) + "]]"
        + text.substring(e, Math.min(text.length(), e + 40)));
  }

  private static String flat(String s) {
    return s.replace('\n', ' ').replace('\t', ' ');
  }
}
