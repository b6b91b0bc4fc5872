package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.Input;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dossier bench} end to end on tiny inputs: each mode runs and says what it measured.
 * The numbers themselves are not checked (speed is measured by the benchmark, never by tests).
 */
class BenchCommandTest {

  private static final String[] STORIES = {
    "The central bank raised its main interest rate by half a point on Thursday, the governor told reporters in the capital.",
    "Oil prices fell for a third day as traders weighed higher stocks in the United States against cuts by producers.",
    "The company said its profit rose in the first quarter and that it would buy back shares worth two hundred million dollars.",
    "Farmers in the north expect a larger wheat harvest this year after heavy rains in the spring, the ministry said.",
    "The union called off a strike at the port after talks with the employers ended in an agreement on wages late on Monday.",
    "Shares in the airline rose sharply after it reported more passengers in March than a year earlier, analysts said.",
  };

  @TempDir static Path dir;

  private static Path reuters;
  private static Path jsonl;

  @BeforeAll
  static void writeTheInputs() throws IOException {
    reuters = Files.createDirectory(dir.resolve("reuters"));
    StringBuilder sgml = new StringBuilder("<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n");
    for (int i = 0; i < STORIES.length; i++) {
      sgml.append("<REUTERS TOPICS=\"YES\" NEWID=\"").append(i + 1).append("\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n")
          .append("<TEXT>\n<TITLE>STORY ").append(i + 1).append("</TITLE>\n<BODY>").append(STORIES[i])
          .append("\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n");
    }
    Files.writeString(reuters.resolve("reut2-000.sgm"), sgml.toString());
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      lines.add("{\"id\":\"s" + i + "\",\"date\":\"1987-02-26\",\"text\":\"" + STORIES[i] + "\"}");
      if (i == 2) {
        lines.add("{broken");
      }
    }
    jsonl = Files.write(dir.resolve("small.jsonl"), lines);
  }

  @Test
  void measures_a_json_lines_file_with_one_and_two_threads_side_by_side() {
    CliRun run = CliRun.of("bench", "--input", jsonl.toString(), "--articles", "5", "--cold-runs", "0",
        "--stage-articles", "0", "--stock-articles", "0");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.OK);
    List<String> out = run.outLines();
    assertThat(out.get(1)).startsWith("command ").contains("./dossier bench --corpus jsonl --input " + jsonl)
        .contains("--articles 5 --threads 1,2").contains("--cold-runs 0 --stage-articles 0 --stock-articles 0");
    assertThat(out).anyMatch(l -> l.startsWith("input        5 articles of " + jsonl) && l.endsWith("lines skipped: 1 BAD_JSON"));
    assertThat(out).anyMatch(l -> l.startsWith("throughput   dossier:") && l.contains("the same 5 articles"));
    assertThat(out).anyMatch(l -> l.matches("\\s+1\\s+[0-9.]+\\s+[0-9.]+.*MB"));
    assertThat(out).anyMatch(l -> l.matches("\\s+2\\s+[0-9.]+\\s+[0-9.]+.*MB"));
    assertThat(out).anyMatch(l -> l.startsWith("ratio        2 threads / 1 thread: "));
    assertThat(out).noneMatch(l -> l.startsWith("cold start") || l.startsWith("stages") || l.startsWith("stock"));
  }

  @Test
  void joins_reuters_stories_into_longer_articles() {
    CliRun run = CliRun.of("bench", "--corpus", "reuters-long", "--reuters", reuters.toString(), "--words", "40",
        "--articles", "2", "--threads", "1", "--warmup", "0", "--cold-runs", "0", "--stage-articles", "0",
        "--stock-articles", "0");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.OK);
    assertThat(run.outLines()).anyMatch(l -> l.startsWith(
        "input        2 articles of consecutive Reuters-21578 stories joined to at least 40 words"));
    assertThat(run.outLines()).noneMatch(l -> l.startsWith("ratio"));
  }

  @Test
  void measures_long_articles_against_ordinary_stories() {
    CliRun run = CliRun.of("bench", "--long", "--reuters", reuters.toString(), "--long-sizes", "300,1k",
        "--baseline-articles", "2", "--warmup", "0");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.OK);
    assertThat(run.outLines()).anyMatch(l -> l.startsWith("baseline     the first 2 Reuters stories"));
    assertThat(run.outLines()).anyMatch(l -> l.matches("\\s+300\\s+[0-9,]+\\s+[0-9,]+.*analysed: .*"));
    assertThat(run.outLines()).anyMatch(l -> l.matches("\\s+1k\\s+the corpus has less text than that"));
  }

  @Test
  void writes_the_joined_articles_for_dossier_analyze() {
    Path out = dir.resolve("joined.jsonl");

    CliRun run = CliRun.of("bench", "make-input", "--reuters", reuters.toString(), "--words", "40", "--articles", "2",
        out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.OK);
    List<Input> read = new ArrayList<>();
    new Ingest(Optional.empty(), 1_000_000).read(List.of(out.toString()), read::add);
    assertThat(read).allMatch(Input::isReadable).extracting(i -> i.article().id())
        .containsExactly("reuters-1..reuters-2", "reuters-3..reuters-4");
  }

  @Test
  void refuses_a_json_lines_corpus_without_a_file() {
    assertThat(CliRun.of("bench", "--corpus", "jsonl").exitCode()).isEqualTo(Main.USAGE);
  }

  @Test
  void store_mode_ingests_the_articles_analyze_measured_and_times_the_queries() {
    Path db = dir.resolve("bench-store-h2");
    CliRun run = CliRun.of("bench", "store", "--input", jsonl.toString(), "--warmup", "1", "--rounds", "2",
        "--queries", "4", "--db", db.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.OK);
    List<String> out = run.outLines();
    assertThat(out.get(1)).isEqualTo("command      " + javaOpts() + "./dossier bench store --input " + jsonl
        + " --warmup 1 --rounds 2 --queries 4 --db " + db);
    assertThat(out).anyMatch(l -> l.startsWith("analyze      5 articles, 2 threads"));
    assertThat(out).anyMatch(l -> l.startsWith("ingest       H2 " + db + ": ") && l.contains("% of analyze; 5 stored, 0 already"));
    assertThat(out).anyMatch(l -> l.matches("\\s+resolve .* compact .* KB per stored article"));
    assertThat(out).anyMatch(l -> l.matches("\\s+entity\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+"));
    assertThat(out).anyMatch(l -> l.matches("\\s+timeline\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+"));
    assertThat(out).anyMatch(l -> l.matches("\\s+search\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+"));
    try (org.dossier.store.Store store = org.dossier.store.Store.open(db.toString())) {
      assertThat(store.stats().articles()).isEqualTo(5);
    }
  }

  @Test
  void store_mode_refuses_a_store_that_holds_articles_and_times_its_queries_on_request() {
    Path db = dir.resolve("bench-store-full");
    CliRun first = CliRun.of("ingest", "--db", db.toString(), jsonl.toString());
    assertThat(first.exitCode()).as(first.err()).isEqualTo(Main.SOME_PROBLEMS); // the broken line

    CliRun run = CliRun.of("bench", "store", "--input", jsonl.toString(), "--db", db.toString());

    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("bench store needs empty stores: " + db + " holds 5 articles");

    CliRun queries = CliRun.of("bench", "store", "--queries-only", "--queries", "4", "--db", db.toString());

    assertThat(queries.exitCode()).as(queries.err()).isEqualTo(Main.OK);
    assertThat(queries.outLines()).anyMatch(l -> l.startsWith("store        H2 " + db + ": 5 articles, on disk "));
    assertThat(queries.outLines()).anyMatch(l -> l.matches("\\s+entity\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+"));
    assertThat(CliRun.of("bench", "store", "--queries-only").exitCode()).isEqualTo(Main.USAGE);
  }

  /** The JVM options the report's command line starts with, as the bench prints them. */
  private static String javaOpts() {
    List<String> jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> !a.startsWith("-Ddossier.progress=")).toList();
    return jvm.isEmpty() ? "" : "DOSSIER_JAVA_OPTS=\"" + String.join(" ", jvm) + "\" ";
  }
}
