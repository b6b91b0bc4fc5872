package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.text.Problem;
import org.junit.jupiter.api.Test;

/**
 * What the hostile corpus and the fuzz tests found wrong, one test per finding, each on its
 * fixture in {@code src/test/resources/hostile} (docs/robustness.md lists them).
 */
class HostileFindingsTest {

  private static List<Input> read(String fixture) {
    Path file = HostileCorpusTest.corpus().resolve(fixture);
    List<Input> inputs = new ArrayList<>();
    new Ingest(Optional.empty(), 2_000_000).read(List.of(file.toString()), inputs::add);
    return inputs;
  }

  /** Before: the whole file was one header line, "date: ..." took it all, and the article was EMPTY. */
  @Test
  void a_file_with_carriage_returns_alone_keeps_its_header_and_body() {
    Input input = read("cr-line-endings.txt").get(0);
    assertThat(input.problems()).isEmpty();
    assertThat(input.article().title()).contains("Old Mac file");
    assertThat(input.article().date()).contains(LocalDate.of(2025, 4, 14));
    assertThat(input.article().body()).startsWith("The finance minister said on Tuesday").contains("\rRescue teams");
  }

  /** Before: year 0 was taken as a real date, and "last year" resolved to the year -1. */
  @Test
  void the_year_0000_is_a_bad_date() {
    for (String fixture : List.of("date-0000.txt", "date-0000.html")) {
      Input input = read(fixture).get(0);
      assertThat(input.problems()).as(fixture).extracting(Problem::code).containsExactly(Problem.Codes.BAD_DATE);
      assertThat(input.problems().get(0).message()).contains("no year 0");
      assertThat(input.article().date()).isEmpty();
      assertThat(input.isReadable()).isTrue();
    }
    assertThat(read("dates.jsonl").get(1).problems()).extracting(Problem::code).containsExactly(Problem.Codes.BAD_DATE);
  }

  /**
   * Before: jsoup's HTML tree builder threw an IndexOutOfBoundsException (formatting elements open
   * at its depth limit of 512), which escaped the reader and stopped the whole batch.
   */
  @Test
  void a_page_that_jsoups_tree_builder_throws_on_is_still_read() {
    Input input = read("formatting-at-depth-limit.html").get(0);
    assertThat(input.problems()).isEmpty();
    assertThat(input.article().body()).contains("The finance minister said on Tuesday");
    assertThat(input.article().date()).contains(LocalDate.of(2025, 4, 14));
  }

  /** A reader's bug is the problem of its file; the sink's own exceptions pass through unchanged. */
  @Test
  void a_readers_failure_is_a_problem_and_the_sinks_is_the_callers() {
    java.io.InputStream broken = new java.io.InputStream() {
      @Override
      public int read() {
        throw new IllegalStateException("a bug");
      }
    };
    List<Input> inputs = new ArrayList<>();
    new Ingest(Optional.empty(), 1000).readJsonLines(broken, "part-0", "part-0", inputs::add);
    assertThat(inputs).singleElement().satisfies(i -> {
      assertThat(i.problems()).extracting(Problem::code).containsExactly(Problem.Codes.UNREADABLE);
      assertThat(i.problems().get(0).message()).contains("IllegalStateException").contains("bug");
      assertThat(i.where()).isEqualTo("part-0");
    });
    IllegalArgumentException mine = new IllegalArgumentException("the sink's");
    Path file = HostileCorpusTest.corpus().resolve("good.warc");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Ingest(Optional.empty(), 2_000_000)
        .read(List.of(file.toString()), i -> {
          throw mine;
        })).isSameAs(mine);
  }

  /** Before: a JSON date with a line break in it was quoted as it was, and its BAD_DATE took two lines. */
  @Test
  void a_date_with_a_line_break_is_quoted_on_one_line() {
    Input input = read("dates.jsonl").get(10);
    assertThat(input.problems()).extracting(Problem::code).containsExactly(Problem.Codes.BAD_DATE);
    assertThat(input.problems().get(0).message()).startsWith("date in 1968. 2008-04-09 is not a date")
        .doesNotContain("\n").doesNotContain("\u2028");
  }
}
