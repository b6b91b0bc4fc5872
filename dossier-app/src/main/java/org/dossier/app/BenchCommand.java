package org.dossier.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.analysis.Analysis;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Annotator;
import org.dossier.app.corpus.JoinedStories;
import org.dossier.ingest.ReutersSgml;
import org.dossier.extract.ArticleProcessor;
import org.dossier.extract.ArticleProcessor.Stage;
import org.dossier.ingest.Input;
import org.dossier.nlp.CoreNlpAnnotator;
import org.dossier.text.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier bench}: what a user waits for, measured on this machine, each part skippable.
 *
 * <ol>
 *   <li>cold start: a fresh JVM running {@code dossier analyze} on the reference article (JVM
 *       start, model load, analysis), the median of several runs;
 *   <li>throughput: the same articles with 1 and with 2 threads (or any list), after one warm-up
 *       pass, side by side: articles/s, words/s, process CPU time per article, the workers' time
 *       blocked on locks, GC time, peak heap, and the ratio to one thread;
 *   <li>stages: per-article time of CoreNLP and of each extraction stage, on one thread;
 *   <li>the stock CoreNLP pipeline on the same articles, in its own JVM, for comparison.
 * </ol>
 *
 * The articles are Reuters-21578 stories, Reuters stories joined into articles of ordinary news
 * length ({@code --corpus reuters-long}), or the user's own JSON Lines ({@code --input}).
 * {@code --long} measures single long articles instead ({@link LongArticleBench}).
 * Speed is reported as measured; the machine may be shared, so compare ratios within one run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    subcommands = {MakeInputCommand.class, BenchStoreCommand.class, BenchApiCommand.class, BenchSparkCommand.class},
    description = {
      "Measure cold start, throughput with 1 and 2 threads, per-stage time and heap, beside the stock CoreNLP"
          + " pipeline; or, with --long, the time and heap of single long articles.",
      "The articles: Reuters-21578 stories (--corpus reuters), Reuters stories joined into articles of at least"
          + " --words words (--corpus reuters-long), or your own JSON Lines (--input FILE.jsonl). Every part can be"
          + " skipped (0), so one part can run alone. The report starts with the command that reproduces it.",
      "'dossier bench make-input' writes the reuters-long articles (or long ones) as JSON Lines, for dossier analyze.",
      "Examples: dossier bench --corpus reuters-long --cold-runs 0 --stage-articles 0 --stock-articles 0;"
          + " dossier bench --input my.jsonl --articles 500 --cold-runs 0 --stage-articles 0 --stock-articles 0;"
          + " dossier bench --long --long-sizes 100k,1m,4m."
    })
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--corpus", paramLabel = "KIND",
      description = "reuters (stories as they are), reuters-long (consecutive stories joined to at least --words words)"
          + " or jsonl (--input). Default: jsonl with --input, else reuters.")
  String corpus;

  @Option(names = "--input", paramLabel = "FILE.jsonl",
      description = "Measure these articles (JSON Lines in the form of docs/input.md; bad lines are skipped and counted).")
  Path input;

  @Option(names = "--reuters", paramLabel = "DIR", defaultValue = "../shared/data/reuters21578",
      description = "The Reuters-21578 SGML directory. Default: ${DEFAULT-VALUE}.")
  Path reuters;

  @Option(names = "--words", paramLabel = "N", defaultValue = "370",
      description = "Least words of a reuters-long article. Default: ${DEFAULT-VALUE}.")
  int words;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "1000",
      description = "Articles for throughput: the first N of the corpus (0 skips throughput). Default: ${DEFAULT-VALUE}.")
  int articles;

  @Option(names = "--threads", split = ",", paramLabel = "N,N...", hideParamSyntax = true, defaultValue = "1,2",
      description = "Thread counts for throughput, each run on the same articles. Default: ${DEFAULT-VALUE}.")
  List<Integer> threads;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "20",
      description = "Articles analysed once before anything is timed (the first N). Default: ${DEFAULT-VALUE}.")
  int warmup;

  @Option(names = "--article", paramLabel = "FILE", defaultValue = "examples/000_b31e20a97c66a9a4.txt",
      description = "The article for the cold start. Default: ${DEFAULT-VALUE}.")
  Path article;

  @Option(names = "--cold-runs", paramLabel = "N", defaultValue = "3",
      description = "Cold starts to take the median of (0 skips the cold start). Default: ${DEFAULT-VALUE}.")
  int coldRuns;

  @Option(names = "--stage-articles", paramLabel = "N", defaultValue = "300",
      description = "Articles for the per-stage times (0 skips them). Default: ${DEFAULT-VALUE}.")
  int stageArticles;

  @Option(names = "--stock-articles", paramLabel = "N", defaultValue = "100",
      description = "Articles for the stock pipeline's throughput (0 skips the stock pipeline). Default: ${DEFAULT-VALUE}.")
  int stockArticles;

  @Option(names = "--long",
      description = "Instead of the parts above: single long articles of ordinary Reuters text (--long-sizes), one thread,"
          + " no time budget, against the time per KB of ordinary stories (--baseline-articles).")
  boolean longArticles;

  @Option(names = "--long-sizes", split = ",", paramLabel = "SIZE,SIZE...", hideParamSyntax = true, defaultValue = "100k,1m,4m",
      description = "Sizes of the long articles, in bytes (k = 1,000, m = 1,000,000). Default: ${DEFAULT-VALUE}.")
  List<String> longSizes;

  @Option(names = "--baseline-articles", paramLabel = "N", defaultValue = "200",
      description = "Reuters stories for the ordinary time per KB of --long. Default: ${DEFAULT-VALUE}.")
  int baselineArticles;

  @Option(names = "--stock-child", hidden = true, description = "Internal: run the stock pipeline's side in this JVM.")
  boolean stockChild;

  @Override
  public Integer call() throws Exception {
    CommandLine cli = new CommandLine(this);
    BenchCorpus source;
    List<Long> sizes;
    try {
      source = new BenchCorpus(BenchCorpus.Kind.of(corpus != null ? corpus : input != null ? "jsonl" : "reuters"),
          reuters, Optional.ofNullable(input), words);
      sizes = longSizes.stream().map(BenchCommand::bytes).toList();
      for (int t : threads) {
        if (t < 1) {
          throw new IllegalArgumentException("--threads must be at least 1: " + t);
        }
      }
      if (articles < 0 || warmup < 0 || coldRuns < 0 || stageArticles < 0 || stockArticles < 0 || baselineArticles < 1) {
        throw new IllegalArgumentException("counts must not be negative (and --baseline-articles at least 1)");
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
    if ((longArticles || source.needsReuters()) && !Files.isDirectory(reuters)) {
      System.err.println("dossier: bench needs the Reuters-21578 corpus: no directory " + reuters + " (use --reuters DIR)");
      return Main.USAGE;
    }
    if (stockChild) {
      return stockSide(source);
    }
    System.out.printf(Locale.ROOT, "dossier bench — %d cores, max heap %s, Java %s, system load average %.2f at the start%n",
        Runtime.getRuntime().availableProcessors(), mb(Runtime.getRuntime().maxMemory()),
        System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.println("command      " + commandLine(source));
    if (longArticles) {
      List<Article> stories = ReutersSgml.read(reuters, Integer.MAX_VALUE);
      ArticleProcessor processor = loadModels();
      new LongArticleBench(new Analyzer(processor, Limits.budget(0)), System.out)
          .run(stories, sizes, baselineArticles, warmup);
      return Main.OK;
    }

    if (coldRuns > 0) {
      coldStarts();
    }
    int needed = Math.max(Math.max(articles, stageArticles), warmup);
    if (articles == 0 && stageArticles == 0) {
      needed = 0;
    }
    BenchCorpus.Sample sample = source.first(needed);
    if (needed > 0) {
      System.out.printf(Locale.ROOT, "input        %s%n", describe(source, sample));
      if (sample.articles().isEmpty()) {
        System.err.println("dossier: bench: no readable article in the input");
        return Main.USAGE;
      }
      ArticleProcessor processor = loadModels();
      Analyzer analyzer = new Analyzer(processor, Limits.budget(Long.parseLong(Limits.TIMEOUT)));
      List<Article> all = sample.articles();
      List<Article> warm = all.subList(0, Math.min(warmup, all.size()));
      int most = threads.stream().mapToInt(Integer::intValue).max().orElse(1);
      if (!warm.isEmpty()) {
        Throughput w = Throughput.measure(warm, a -> analyzer.analyse(new Input(a, List.of())), most);
        System.out.printf(Locale.ROOT, "warm-up      the first %d article%s once, %d thread%s: %.2f s (not counted)%n",
            warm.size(), warm.size() == 1 ? "" : "s", most, most == 1 ? "" : "s", w.seconds());
      }
      if (articles > 0) {
        AtomicInteger failed = new AtomicInteger();
        List<Article> measured = all.subList(0, Math.min(articles, all.size()));
        throughput("dossier", measured, a -> {
          Analysis r = analyzer.analyse(new Input(a, List.of()));
          if (r.isFailed()) {
            failed.incrementAndGet();
          }
          return r;
        }, "analysis as in dossier analyze (no output written)");
        if (failed.get() > 0) {
          System.out.printf(Locale.ROOT, "             %d analyses failed over the %d runs (counted in the time;"
              + " dossier analyze on the same input names them)%n", failed.get(), threads.size());
        }
      }
      if (stageArticles > 0) {
        stages(processor, all.subList(0, Math.min(stageArticles, all.size())));
      }
    }
    if (stockArticles > 0) {
      stock();
    }
    return Main.OK;
  }

  private ArticleProcessor loadModels() {
    long t0 = System.nanoTime();
    ArticleProcessor processor = Pipeline.processor();
    System.out.printf(Locale.ROOT, "model load   %.2f s (in this JVM; 0 if this JVM had loaded them before)%n",
        (System.nanoTime() - t0) / 1e9);
    return processor;
  }

  private void coldStarts() throws IOException, InterruptedException {
    long[] cold = new long[coldRuns];
    for (int i = 0; i < coldRuns; i++) {
      cold[i] = coldStart();
    }
    Arrays.sort(cold);
    System.out.printf(Locale.ROOT, "cold start   a fresh JVM running dossier analyze %s (JVM start, model load, analysis):"
        + " median %.2f s of %d run%s (min %.2f, max %.2f)%n",
        article, cold[coldRuns / 2] / 1e3, coldRuns, coldRuns == 1 ? "" : "s", cold[0] / 1e3, cold[coldRuns - 1] / 1e3);
  }

  /** One throughput run per thread count on the same articles, printed side by side, with the ratios to one thread. */
  private void throughput(String who, List<Article> measured, Function<Article, ?> work, String what) throws Exception {
    List<Throughput> runs = new ArrayList<>();
    for (int t : threads) {
      runs.add(Throughput.measure(measured, work, t));
    }
    Throughput first = runs.get(0);
    System.out.printf(Locale.ROOT, "throughput   %s: %s; the same %,d articles (%,d words) per run%n",
        who, what, first.articles(), first.words());
    System.out.printf(Locale.ROOT, "             %7s %8s %10s %9s %14s %10s %18s %7s %7s %10s%n", "threads", "wall s", "articles/s",
        "words/s", "CPU ms/article", "cores busy", "blocked ms/article", "GC s", "JIT s", "peak heap");
    for (Throughput r : runs) {
      System.out.printf(Locale.ROOT, "             %7d %8.2f %10.2f %,9.0f %14.1f %10.2f %18s %7.2f %7.2f %10s%n", r.threads(),
          r.seconds(), r.articlesPerSecond(), r.wordsPerSecond(), r.cpuMillisPerArticle(), r.coresBusy(),
          r.blockedMillis() < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", (double) r.blockedMillis() / r.articles()),
          r.gcMillis() / 1e3, r.jitMillis() / 1e3, mb(r.peakHeap()));
    }
    Throughput base = runs.stream().filter(r -> r.threads() == 1).findFirst().orElse(first);
    for (Throughput r : runs) {
      if (r != base) {
        System.out.printf(Locale.ROOT, "ratio        %d threads / %d thread%s: %.2f x the articles/s; %.2f x the CPU time per article%n",
            r.threads(), base.threads(), base.threads() == 1 ? "" : "s", r.articlesPerSecond() / base.articlesPerSecond(),
            r.cpuMillisPerArticle() / base.cpuMillisPerArticle());
      }
    }
    System.out.println("             (CPU: the process's CPU time, every thread incl. GC and JIT; cores busy: CPU time / wall time,"
        + " below the thread count when other processes or locks hold the workers back; blocked: the workers' time waiting"
        + " to enter a lock; JIT: compiler time, large while the code still warms up (raise --warmup);"
        + " peak heap: sum of the heap pools' peaks during the run)");
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
    System.out.printf(Locale.ROOT, "stages       one thread, the first %d articles, wall ms per article (share of the CoreNLP time):%n",
        sample.size());
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
        "--threads", threads.stream().map(String::valueOf).collect(Collectors.joining(",")),
        "--warmup", String.valueOf(warmup), "--words", String.valueOf(words)));
    if (corpus != null) {
      cmd.addAll(List.of("--corpus", corpus));
    }
    if (input != null) {
      cmd.addAll(List.of("--input", input.toString()));
    }
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.equals("FIRST-ARTICLE-DONE")) {
          System.out.printf(Locale.ROOT, "stock        cold start (JVM, stock CoreNLP load, reference article): %.2f s%n",
              (System.nanoTime() - t0) / 1e9);
        } else {
          System.out.println(line.startsWith(" ") || line.startsWith("throughput") || line.startsWith("ratio")
              || line.startsWith("warm-up") ? line : "stock        " + line);
        }
      }
    }
    p.waitFor();
  }

  /** The stock pipeline's load time, first article and throughput, in this (child) JVM. */
  private int stockSide(BenchCorpus source) throws Exception {
    long t0 = System.nanoTime();
    CoreNlpAnnotator stock = CoreNlpAnnotator.stock();
    double load = (System.nanoTime() - t0) / 1e9;
    String text = Files.readString(article, StandardCharsets.UTF_8);
    stock.annotate(Article.of("reference", null, text));
    System.out.println("FIRST-ARTICLE-DONE");
    System.out.printf(Locale.ROOT, "model load %.2f s (CoreNLP tokenize,ssplit,pos,lemma,ner,depparse with its defaults)%n", load);
    List<Article> sample = source.first(Math.max(stockArticles, warmup)).articles();
    if (sample.isEmpty()) {
      return Main.OK;
    }
    int most = threads.stream().mapToInt(Integer::intValue).max().orElse(1);
    Throughput w = Throughput.measure(sample.subList(0, Math.min(warmup, sample.size())), stock::annotate, most);
    System.out.printf(Locale.ROOT, "warm-up      stock: the first %d article%s once: %.2f s (not counted)%n", w.articles(),
        w.articles() == 1 ? "" : "s", w.seconds());
    throughput("stock CoreNLP", sample.subList(0, Math.min(stockArticles, sample.size())), stock::annotate,
        "annotation only, " + source.describe());
    return Main.OK;
  }

  /** The command line that reproduces this run, with every value spelled out. */
  private String commandLine(BenchCorpus source) {
    List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> !a.startsWith("-Ddossier.progress=")).toList();
    StringBuilder s = new StringBuilder();
    if (!jvm.isEmpty()) {
      s.append("DOSSIER_JAVA_OPTS=\"").append(String.join(" ", jvm)).append("\" ");
    }
    s.append("./dossier bench");
    if (longArticles) {
      s.append(" --long --reuters ").append(reuters)
          .append(" --long-sizes ").append(String.join(",", longSizes))
          .append(" --baseline-articles ").append(baselineArticles)
          .append(" --warmup ").append(warmup);
      return s.toString();
    }
    s.append(" --corpus ").append(source.kind.option);
    if (input != null) {
      s.append(" --input ").append(input);
    }
    if (source.needsReuters()) {
      s.append(" --reuters ").append(reuters);
    }
    if (source.kind == BenchCorpus.Kind.REUTERS_LONG) {
      s.append(" --words ").append(words);
    }
    s.append(" --articles ").append(articles)
        .append(" --threads ").append(threads.stream().map(String::valueOf).collect(Collectors.joining(",")))
        .append(" --warmup ").append(warmup)
        .append(" --cold-runs ").append(coldRuns);
    if (coldRuns > 0 || stockArticles > 0) {
      s.append(" --article ").append(article);
    }
    s.append(" --stage-articles ").append(stageArticles)
        .append(" --stock-articles ").append(stockArticles);
    return s.toString();
  }

  private static String describe(BenchCorpus source, BenchCorpus.Sample sample) {
    long words = 0;
    for (Article a : sample.articles()) {
      words += JoinedStories.words(a.body());
    }
    int n = sample.articles().size();
    String skipped = sample.skipped().isEmpty() ? "" : "; lines skipped: " + sample.skipped().entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    return String.format(Locale.ROOT, "%,d %s, %,d words (%,.0f words/article)%s", n, source.describe(), words,
        n == 0 ? 0.0 : (double) words / n, skipped);
  }

  private static List<String> javaCommand() {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    return cmd;
  }

  /** A size such as {@code 100k}, {@code 1m} or {@code 4000000}, in bytes (k = 1,000, m = 1,000,000). */
  static long bytes(String size) {
    String s = size.strip().toLowerCase(Locale.ROOT);
    long unit = s.endsWith("k") ? 1_000 : s.endsWith("m") ? 1_000_000 : 1;
    String digits = unit == 1 ? s : s.substring(0, s.length() - 1);
    try {
      long n = Math.multiplyExact(Long.parseLong(digits), unit);
      if (n < 1) {
        throw new IllegalArgumentException("--long-sizes: a size must be positive: " + size);
      }
      return n;
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("--long-sizes: not a size such as 100k, 1m or 4000000: " + size);
    }
  }

  /** A size in bytes as {@link #bytes} reads it: {@code 100k}, {@code 4m}, {@code 1500}. */
  static String size(long bytes) {
    if (bytes % 1_000_000 == 0) {
      return bytes / 1_000_000 + "m";
    }
    return bytes % 1_000 == 0 ? bytes / 1_000 + "k" : String.valueOf(bytes);
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
  }
}
