package org.dossier.app;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.analysis.Analysis;
import org.dossier.app.report.TextReport;
import org.dossier.extract.ArticleProcessor;
import org.dossier.extract.attribution.AttributionExtractor;
import org.dossier.ingest.Ingest;
import org.dossier.json.AnalysisJson;
import org.dossier.text.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier analyze}: one dossier per article, in input order. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse articles and print their dossier: who is who, what happened when, and who says so.",
      "PATH is a text file (header lines such as 'date 2025-04-14', then the body), a JSON Lines file"
          + " (.jsonl, one article per line), an HTML page (.html, .htm: its main text and metadata), a WARC"
          + " file (.warc, .warc.gz: every HTML page captured in it), a directory (every such file below it),"
          + " or - for JSON Lines on standard input. See docs/input.md.",
      "Bad input (a missing, empty, binary, non-UTF-8, oversized or non-English file, a bad date,"
          + " JSON line or WARC record) gets one line on standard error naming the file and the problem; the batch goes on.",
      "Exit codes: 0 ok, 1 some articles had problems, 2 usage, 3 environment."
    })
final class AnalyzeCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Articles to analyse.")
  List<String> paths;

  @Option(names = "--format", defaultValue = "text", description = "text (a readable dossier) or json (the contract, one object per line). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date of articles that carry none.")
  LocalDate date;

  @Option(names = "--threads", defaultValue = "2", description = "Articles analysed at once. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--max-size", defaultValue = Limits.MAX_SIZE, paramLabel = "BYTES",
      description = "Largest article accepted, in bytes (for JSON Lines: the largest line): what --timeout can serve."
          + " Default: ${DEFAULT-VALUE}.")
  long maxSize;

  @Option(names = "--timeout", defaultValue = Limits.TIMEOUT, paramLabel = "SECONDS",
      description = "Time one article may take; a longer one is stopped and reported (TOO_SLOW), and the batch goes on."
          + " 0: no limit. Default: ${DEFAULT-VALUE}.")
  long timeout;

  /** Which cues make an attribution: reports of speech and information, or also stance and intention. */
  enum Reading {
    reports,
    broad
  }

  @Option(names = "--attribution", defaultValue = "reports", paramLabel = "READING",
      description = "reports (who said, told, confirmed, reported what: the sources of the article's claims) or"
          + " broad (also who believes, wants, plans, supports or opposes what, as the PolNeAR corpus annotates"
          + " attribution; more attributions, less precise). Default: ${DEFAULT-VALUE}. See docs/events.md.")
  Reading reading;

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "--threads must be at least 1: " + threads);
    }
    if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
          "Invalid value for option '--date': " + date + " is not a date from 0001-01-01 to 9999-12-31");
    }
    if (maxSize < 1) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "--max-size must be at least 1 byte: " + maxSize);
    }
    if (timeout < 0) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "--timeout must be 0 (no limit) or more seconds: " + timeout);
    }
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    Tally tally = new Tally(new Progress(err, Progress.terminal()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Deque<Future<Analysis>> pending = new ArrayDeque<>();
    try {
      Analyzer analyzer = new Analyzer(processor(), Limits.budget(timeout));
      Ingest ingest = new Ingest(Optional.ofNullable(date), maxSize);
      ingest.read(paths, input -> {
        pending.add(pool.submit(() -> analyzer.analyse(input)));
        while (pending.size() > 2 * threads) {
          emit(next(pending), out, err, tally);
        }
      });
      while (!pending.isEmpty()) {
        emit(next(pending), out, err, tally);
      }
    } finally {
      pool.shutdownNow();
      out.flush();
      tally.progress.clear();
    }
    if (tally.articles > 1 || tally.failed > 0) {
      err.printf("dossier: %d article%s, %d analysed, %d with problems%n",
          tally.articles, tally.articles == 1 ? "" : "s", tally.articles - tally.failed, tally.withProblems);
    }
    return tally.withProblems > 0 ? Main.SOME_PROBLEMS : Main.OK;
  }

  /** The JVM's pipeline, with the broad attribution reading when asked for. */
  private ArticleProcessor processor() {
    return reading == Reading.broad
        ? Pipeline.processor().withAttributions(AttributionExtractor.broad())
        : Pipeline.processor();
  }

  /** The oldest pending analysis; a failure of the environment inside a worker is rethrown here. */
  private static Analysis next(Deque<Future<Analysis>> pending) {
    return Analyzer.await(pending.poll());
  }

  private void emit(Analysis a, PrintWriter out, PrintWriter err, Tally tally) {
    tally.articles++;
    boolean problem = false;
    if (!a.problems().isEmpty()) {
      tally.progress.clear();
    }
    for (Problem p : a.problems()) {
      // one line per problem: the file (and line), what is wrong, the stable code
      String where = p.where().orElse(a.article().id());
      err.println("dossier: " + (p.isFatal() ? "" : "warning: ") + where + ": " + p.message() + " [" + p.code() + "]");
      if (!Problem.Codes.NO_DATE.equals(p.code())) {
        problem = true; // NO_DATE alone does not make the exit code 1: relative times just stay unresolved
      }
    }
    if (problem) {
      tally.withProblems++;
    }
    if (a.isFailed()) {
      tally.failed++;
    }
    if (format == Format.json) {
      out.println(AnalysisJson.toLine(a));
    } else if (!a.isFailed()) {
      out.print(TextReport.render(a));
      out.println();
    }
    out.flush();
    tally.progress.update(tally.articles);
  }

  /** Counts for the closing line and the exit code, and the progress line they feed. */
  private static final class Tally {
    final Progress progress;
    int articles;
    int failed;
    int withProblems;

    Tally(Progress progress) {
      this.progress = progress;
    }
  }
}
