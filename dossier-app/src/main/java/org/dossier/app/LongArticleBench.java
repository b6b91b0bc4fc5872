package org.dossier.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dossier.analysis.Analysis;
import org.dossier.app.corpus.JoinedStories;
import org.dossier.ingest.Input;
import org.dossier.text.Article;
import org.dossier.text.Problem;

/**
 * {@code dossier bench --long}: the time and heap of single long articles made of ordinary news
 * text (consecutive Reuters-21578 story bodies joined with blank lines), against the time per KB
 * of ordinary stories. One thread, no time budget: each article runs through {@link Analyzer}
 * as {@code dossier analyze --timeout 0} would run it.
 */
final class LongArticleBench {

  private final Analyzer analyzer;
  private final PrintStream out;

  LongArticleBench(Analyzer analyzer, PrintStream out) {
    this.analyzer = analyzer;
    this.out = out;
  }

  /**
   * @param stories the Reuters stories in corpus order
   * @param sizes the long articles' sizes, in bytes of UTF-8
   * @param baseline how many stories from the start make the ordinary baseline
   * @param warmup how many stories from the start are analysed once before anything is timed
   */
  void run(List<Article> stories, List<Long> sizes, int baseline, int warmup) {
    for (Article a : stories.subList(0, Math.min(warmup, stories.size()))) {
      analyzer.analyse(new Input(a, List.of()));
    }
    List<Article> ordinary = stories.subList(0, Math.min(baseline, stories.size()));
    long bytes = 0;
    HeapPeak.reset();
    long t0 = System.nanoTime();
    for (Article a : ordinary) {
      analyzer.analyse(new Input(a, List.of()));
      bytes += utf8(a.body());
    }
    long wall = System.nanoTime() - t0;
    double baseMsPerKb = wall / 1e6 / (bytes / 1000.0);
    out.printf(Locale.ROOT, "long         one thread, no time budget (as analyze --timeout 0); KB = 1,000 bytes of UTF-8;"
        + " live heap = the most heap in use just after a collection during that article (what it needed);"
        + " peak heap = sum of the heap pools' peaks (an upper bound)%n");
    out.printf(Locale.ROOT, "baseline     the first %d Reuters stories with a body, one by one (%s, after a warm-up pass over"
        + " the first %d): %.2f s, %.2f ms/KB, live heap %s, peak heap %s%n", ordinary.size(), kb(bytes),
        Math.min(warmup, stories.size()), wall / 1e9, baseMsPerKb, BenchCommand.mb(HeapPeak.liveBytes()),
        BenchCommand.mb(HeapPeak.bytes()));
    out.printf(Locale.ROOT, "             %-6s %11s %9s %7s %9s %8s %10s %10s  %s%n",
        "size", "bytes", "words", "wall s", "ms/KB", "x base", "live heap", "peak heap", "result");
    for (long size : sizes) {
      List<Article> built = JoinedStories.join(stories, JoinedStories.Measure.BYTES, size, 1);
      if (built.isEmpty()) {
        out.printf(Locale.ROOT, "             %-6s the corpus has less text than that%n", BenchCommand.size(size));
        continue;
      }
      Article article = built.get(0);
      long n = utf8(article.body());
      long words = JoinedStories.words(article.body());
      HeapPeak.reset();
      long s0 = System.nanoTime();
      Analysis a = analyzer.analyse(new Input(article, List.of()));
      long ns = System.nanoTime() - s0;
      long peak = HeapPeak.bytes();
      long live = HeapPeak.liveBytes();
      double msPerKb = ns / 1e6 / (n / 1000.0);
      out.printf(Locale.ROOT, "             %-6s %,11d %,9d %7.2f %9.2f %8.2f %10s %10s  %s%n", BenchCommand.size(size), n,
          words, ns / 1e9, msPerKb, msPerKb / baseMsPerKb, BenchCommand.mb(live), BenchCommand.mb(peak), result(a));
    }
  }

  private static String result(Analysis a) {
    if (a.isFailed()) {
      return a.problems().stream().filter(Problem::isFatal).map(Problem::code).collect(Collectors.joining(", "));
    }
    return String.format(Locale.ROOT, "analysed: %,d sentences, %,d entities", a.sentences().size(), a.entities().size());
  }

  private static long utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String kb(long bytes) {
    return String.format(Locale.ROOT, "%,.0f KB", bytes / 1000.0);
  }
}
