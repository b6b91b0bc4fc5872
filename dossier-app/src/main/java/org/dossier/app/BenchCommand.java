package org.dossier.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Annotator;
import org.dossier.app.corpus.ReutersSgml;
import org.dossier.extract.ArticleProcessor;
import org.dossier.extract.ArticleProcessor.Stage;
import org.dossier.nlp.CoreNlpAnnotator;
import org.dossier.text.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier bench}: what a user waits for, measured on this machine.
 *
 * <ol>
 *   <li>cold start: a fresh JVM running {@code dossier analyze} on the reference article (JVM
 *       start, model load, analysis), the median of several runs;
 *   <li>throughput: articles/s over the first N Reuters-21578 stories with T threads, after the
 *       models are loaded, with the peak heap of the run;
 *   <li>stages: per-article time of CoreNLP and of each extraction stage, on one thread;
 *   <li>the stock CoreNLP pipeline on the same input, in its own JVM, for comparison.
 * </ol>
 *
 * Speed is reported as measured; the machine may be shared, so compare ratios within one run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure cold start, throughput, per-stage time and heap, beside the stock CoreNLP pipeline.")
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--reuters", paramLabel = "DIR", defaultValue = "../shared/data/reuters21578",
      description = "The Reuters-21578 SGML directory. Default: ${DEFAULT-VALUE}.")
  Path reuters;

  @Option(names = "--article", paramLabel = "FILE", defaultValue = "examples/000_b31e20a97c66a9a4.txt",
      description = "The article for the cold start. Default: ${DEFAULT-VALUE}.")
  Path article;

  @Option(names = "--articles", defaultValue = "1000", description = "Reuters stories for throughput. Default: ${DEFAULT-VALUE}.")
  int articles;

  @Option(names = "--threads", defaultValue = "2", description = "Threads for throughput. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--cold-runs", defaultValue = "3", description = "Cold starts to take the median of. Default: ${DEFAULT-VALUE}.")
  int coldRuns;

  @Option(names = "--stage-articles", defaultValue = "300", description = "Stories for the per-stage times. Default: ${DEFAULT-VALUE}.")
  int stageArticles;

  @Option(names = "--stock-articles", defaultValue = "100",
      description = "Stories for the stock pipeline's throughput (0 skips the stock pipeline). Default: ${DEFAULT-VALUE}.")
  int stockArticles;

  @Option(names = "--stock-child", hidden = true, description = "Internal: run the stock pipeline's side in this JVM.")
  boolean stockChild;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(reuters)) {
      System.err.println("dossier: bench needs the Reuters-21578 corpus: no directory " + reuters + " (use --reuters DIR)");
      return Main.USAGE;
    }
    if (stockChild) {
      return stockSide();
    }
    List<Article> corpus = ReutersSgml.read(reuters, Math.max(articles, stageArticles));
    System.out.printf(Locale.ROOT, "dossier bench — %d cores, max heap %s, Java %s%n",
        Runtime.getRuntime().availableProcessors(), mb(Runtime.getRuntime().maxMemory()),
        System.getProperty("java.version"));

    long[] cold = new long[coldRuns];
    for (int i = 0; i < coldRuns; i++) {
      cold[i] = coldStart();
    }
    Arrays.sort(cold);
    System.out.printf(Locale.ROOT, "cold start   dossier analyze %s: median %.2f s of %d runs (min %.2f, max %.2f)%n",
        article, cold[coldRuns / 2] / 1e3, coldRuns, cold[0] / 1e3, cold[coldRuns - 1] / 1e3);

    long t0 = System.nanoTime();
    ArticleProcessor processor = Pipeline.processor();
    System.out.printf(Locale.ROOT, "model load   %.2f s (in this JVM)%n", (System.nanoTime() - t0) / 1e9);

    List<Article> sample = corpus.subList(0, Math.min(articles, corpus.size()));
    resetPeaks();
    double seconds = throughput(sample, a -> processor.process(a), threads);
    System.out.printf(Locale.ROOT, "throughput   %d Reuters stories, %d threads: %.1f s, %.1f articles/s, peak heap %s%n",
        sample.size(), threads, seconds, sample.size() / seconds, mb(peakHeap()));

    stages(processor, corpus.subList(0, Math.min(stageArticles, corpus.size())));

    if (stockArticles > 0) {
      stock();
    }
    return Main.OK;
  }

  /** Wall time of a fresh {@code dossier analyze} JVM on the reference article, in ms. */
  private long coldStart() throws IOException, InterruptedException {
    List<String> cmd = javaCommand();
    cmd.addAll(List.of(Main.class.getName(), "analyze", article.toString()));
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    int rc = p.waitFor();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    if (rc != Main.OK) {
      throw new IllegalStateException("cold-start run exited with " + rc);
    }
    return ms;
  }

  private void stages(ArticleProcessor processor, List<Article> sample) {
    Annotator annotator = processor.annotator();
    List<AnnotatedArticle> annotated = new ArrayList<>(sample.size());
    long t0 = System.nanoTime();
    for (Article a : sample) {
      annotated.add(annotator.annotate(a));
    }
    double nlpMs = (System.nanoTime() - t0) / 1e6 / sample.size();
    // two rounds: the first warms the JIT, the second is reported
    Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
    for (int round = 0; round < 2; round++) {
      nanos.clear();
      for (AnnotatedArticle text : annotated) {
        processor.extract(text, List.of(), (stage, ns) -> nanos.merge(stage, ns, Long::sum));
      }
    }
    System.out.printf(Locale.ROOT, "stages       one thread, %d stories, ms/article (share of the CoreNLP time):%n", sample.size());
    System.out.printf(Locale.ROOT, "             corenlp %8.2f%n", nlpMs);
    for (Stage s : Stage.values()) {
      double ms = nanos.getOrDefault(s, 0L) / 1e6 / sample.size();
      System.out.printf(Locale.ROOT, "             %-22s %8.3f  (%4.1f%%, %.0f articles/s)%n",
          s.name().toLowerCase(Locale.ROOT), ms, 100 * ms / nlpMs, ms == 0 ? Double.POSITIVE_INFINITY : 1000 / ms);
    }
  }

  /** Runs the stock pipeline's side in a fresh JVM and relays what it prints. */
  private void stock() throws IOException, InterruptedException {
    List<String> cmd = javaCommand();
    cmd.addAll(List.of(Main.class.getName(), "bench", "--stock-child", "--reuters", reuters.toString(),
        "--article", article.toString(), "--stock-articles", String.valueOf(stockArticles),
        "--threads", String.valueOf(threads)));
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.equals("FIRST-ARTICLE-DONE")) {
          System.out.printf(Locale.ROOT, "stock        cold start (JVM, stock CoreNLP load, reference article): %.2f s%n",
              (System.nanoTime() - t0) / 1e9);
        } else {
          System.out.println("stock        " + line);
        }
      }
    }
    p.waitFor();
  }

  /** The stock pipeline's load time, first article and throughput, in this (child) JVM. */
  private int stockSide() throws Exception {
    long t0 = System.nanoTime();
    CoreNlpAnnotator stock = CoreNlpAnnotator.stock();
    double load = (System.nanoTime() - t0) / 1e9;
    String text = Files.readString(article, StandardCharsets.UTF_8);
    stock.annotate(Article.of("reference", null, text));
    System.out.println("FIRST-ARTICLE-DONE");
    System.out.printf(Locale.ROOT, "model load %.2f s (CoreNLP tokenize,ssplit,pos,lemma,ner,depparse with its defaults)%n", load);
    List<Article> sample = ReutersSgml.read(reuters, stockArticles);
    resetPeaks();
    double seconds = throughput(sample, stock::annotate, threads);
    System.out.printf(Locale.ROOT, "throughput %d Reuters stories (annotation only), %d threads: %.1f s, %.2f articles/s, peak heap %s%n",
        sample.size(), threads, seconds, sample.size() / seconds, mb(peakHeap()));
    return Main.OK;
  }

  private static double throughput(List<Article> sample, java.util.function.Function<Article, ?> work, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLongArray done = new AtomicLongArray(1);
    long t0 = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Article a : sample) {
        futures.add(pool.submit(() -> {
          work.apply(a);
          done.incrementAndGet(0);
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static List<String> javaCommand() {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    return cmd;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** The sum of the heap pools' peaks: an upper bound on the heap in use at any moment. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
  }
}
