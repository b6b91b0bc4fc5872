package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.text.Article;
import org.dossier.text.Problem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextArticleTest {

  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private Path file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  static Input read(Path path) {
    return read(path, Optional.empty());
  }

  static Input read(Path path, Optional<LocalDate> date) {
    List<Input> inputs = new ArrayList<>();
    new Ingest(date, 5_000_000).read(List.of(path.toString()), inputs::add);
    assertThat(inputs).hasSize(1);
    return inputs.get(0);
  }

  static Problem onlyProblem(Input input) {
    assertThat(input.problems()).hasSize(1);
    return input.problems().get(0);
  }

  @Test
  void reads_the_reference_articles_form_with_the_body_on_the_date_line() throws IOException {
    Input in = read(file("000_x.txt", " date 2025-04-14 Former prime minister Imran Khan said.\n"));
    Article a = in.article();
    assertThat(in.problems()).isEmpty();
    assertThat(a.id()).isEqualTo("000_x.txt");
    assertThat(a.date()).contains(LocalDate.of(2025, 4, 14));
    assertThat(a.body()).isEqualTo("Former prime minister Imran Khan said.\n");
  }

  @Test
  void reads_the_reference_article_itself() {
    Path seed = Path.of("..", "examples", "000_b31e20a97c66a9a4.txt");
    Assumptions.assumeTrue(Files.isRegularFile(seed), "reference article not found at " + seed.toAbsolutePath());
    Input in = read(seed);
    assertThat(in.problems()).isEmpty();
    assertThat(in.article().date()).contains(LocalDate.of(2025, 4, 14));
    assertThat(in.article().body()).startsWith("Former prime minister");
  }

  @Test
  void reads_header_lines_in_any_case_with_or_without_colons() throws IOException {
    Input in = read(file("a.txt",
        "Title: Talks resume\nDATE: 2025-04-14\n\nsource:  Dawn \nURL: https://example.org/a\n\n\nThe talks resumed.\n\nMore text."));
    Article a = in.article();
    assertThat(in.problems()).isEmpty();
    assertThat(a.title()).contains("Talks resume");
    assertThat(a.source()).contains("Dawn");
    assertThat(a.url()).contains("https://example.org/a");
    assertThat(a.date()).contains(LocalDate.of(2025, 4, 14));
    assertThat(a.body()).isEqualTo("The talks resumed.\n\nMore text.");
  }

  @Test
  void reads_a_date_line_without_a_colon_followed_by_the_body_on_the_next_line() throws IOException {
    Input in = read(file("a.txt", "date 2025-04-14\r\n\r\nThe talks resumed on Monday.\r\n"));
    assertThat(in.article().date()).contains(LocalDate.of(2025, 4, 14));
    assertThat(in.article().body()).isEqualTo("The talks resumed on Monday.\r\n");
  }

  @Test
  void reads_a_date_with_a_time_and_keeps_numbers_that_start_the_body() throws IOException {
    Input timed = read(file("a.txt", "date: 2025-04-14T09:30:00+05:00\nThe talks resumed."));
    assertThat(timed.problems()).isEmpty();
    assertThat(timed.article().date()).contains(LocalDate.of(2025, 4, 14));
    assertThat(timed.article().body()).isEqualTo("The talks resumed.");
    Input numbers = read(file("b.txt", "date 2025-04-14 10 people died on Monday."));
    assertThat(numbers.article().body()).isEqualTo("10 people died on Monday.");
  }

  @Test
  void keeps_the_body_exactly_as_in_the_file_after_the_header() throws IOException {
    String body = "Line one  with  spaces.\n\n\tIndented line two.\n  \n";
    Input in = read(file("a.txt", "title: T\n\n" + body));
    assertThat(in.article().body()).isEqualTo(body);
  }

  @Test
  void reads_a_file_without_header_as_all_body() throws IOException {
    Input in = read(file("a.txt", "\n\nThe dated-line form date 2025-04-14 inside a body is text."));
    assertThat(in.article().date()).isEmpty();
    assertThat(in.article().body()).isEqualTo("The dated-line form date 2025-04-14 inside a body is text.");
  }

  @Test
  void does_not_take_a_body_that_starts_like_a_word_for_a_header() throws IOException {
    Input in = read(file("a.txt", "Dates of the talks were announced on Monday by the ministry."));
    assertThat(in.article().body()).startsWith("Dates of the talks");
  }

  @Test
  void strips_a_utf8_byte_order_mark() throws IOException {
    byte[] text = "date 2025-04-14\nThe talks resumed.".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    Input in = read(file("a.txt", withBom));
    assertThat(in.article().date()).contains(LocalDate.of(2025, 4, 14));
    assertThat(in.article().body()).isEqualTo("The talks resumed.");
  }

  @Test
  void fills_in_a_missing_date_from_the_default_but_an_articles_own_date_wins() throws IOException {
    LocalDate fallback = LocalDate.of(2024, 1, 2);
    assertThat(read(file("none.txt", "The talks resumed."), Optional.of(fallback)).article().date()).contains(fallback);
    assertThat(read(file("own.txt", "date 2025-04-14 The talks resumed."), Optional.of(fallback)).article().date())
        .contains(LocalDate.of(2025, 4, 14));
  }

  @Test
  void warns_about_an_impossible_date_and_analyses_without_it() throws IOException {
    Input in = read(file("a.txt", "date 2025-13-45\n\nThe talks resumed."));
    Problem p = onlyProblem(in);
    assertThat(p.code()).isEqualTo(Problem.Codes.BAD_DATE);
    assertThat(p.isFatal()).isFalse();
    assertThat(p.message()).contains("2025-13-45", "no month 13", "without a date");
    assertThat(p.where()).contains(dir.resolve("a.txt").toString());
    assertThat(in.isReadable()).isTrue();
    assertThat(in.article().date()).isEmpty();
    assertThat(in.article().body()).isEqualTo("The talks resumed.");
  }

  @Test
  void uses_the_default_date_instead_of_an_impossible_one() throws IOException {
    Input in = read(file("a.txt", "date: 2025-02-30\nThe talks resumed."), Optional.of(LocalDate.of(2025, 3, 1)));
    assertThat(onlyProblem(in).message()).contains("2025-02 has no day 30", "with --date 2025-03-01");
    assertThat(in.article().date()).contains(LocalDate.of(2025, 3, 1));
  }

  @Test
  void warns_about_a_date_header_that_is_not_iso() throws IOException {
    Input in = read(file("a.txt", "date: April 14, 2025\nThe talks resumed."));
    assertThat(onlyProblem(in).code()).isEqualTo(Problem.Codes.BAD_DATE);
    assertThat(onlyProblem(in).message()).contains("YYYY-MM-DD");
    assertThat(in.article().body()).isEqualTo("The talks resumed.");
  }

  @Test
  void reports_a_missing_file_as_not_found() {
    Input in = read(dir.resolve("nope.txt"));
    Problem p = onlyProblem(in);
    assertThat(p.code()).isEqualTo(Problem.Codes.NOT_FOUND);
    assertThat(p.where()).contains(dir.resolve("nope.txt").toString());
    assertThat(in.isReadable()).isFalse();
    assertThat(in.article().id()).isEqualTo("nope.txt");
  }

  @Test
  void reports_an_empty_file_a_blank_file_and_a_header_without_body_as_empty() throws IOException {
    assertThat(onlyProblem(read(file("a.txt", ""))).message()).isEqualTo("is empty");
    assertThat(onlyProblem(read(file("b.txt", " \n\t\n"))).message()).isEqualTo("has only white space");
    Problem headerOnly = onlyProblem(read(file("c.txt", "title: T\ndate 2025-04-14\n\n")));
    assertThat(headerOnly.code()).isEqualTo(Problem.Codes.EMPTY);
    assertThat(headerOnly.message()).contains("header lines but no body");
  }

  @Test
  void reports_nul_bytes_as_binary() throws IOException {
    Problem p = onlyProblem(read(file("a.txt", new byte[] {'T', 'h', 'e', 0, 1, 2, 'x'})));
    assertThat(p.code()).isEqualTo(Problem.Codes.BINARY);
    assertThat(p.message()).contains("NUL byte at byte 3", "binary");
    assertThat(p.isFatal()).isTrue();
  }

  @Test
  void reports_mostly_control_characters_as_binary() throws IOException {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    Problem p = onlyProblem(read(file("a.txt", bytes)));
    assertThat(p.code()).isEqualTo(Problem.Codes.BINARY);
    assertThat(p.message()).contains("control characters");
  }

  @Test
  void reports_invalid_utf8_with_its_byte_offset() throws IOException {
    byte[] bytes = "date 2025-04-14 The caf\u00e9 reopened.".getBytes(StandardCharsets.ISO_8859_1);
    Problem p = onlyProblem(read(file("a.txt", bytes)));
    assertThat(p.code()).isEqualTo(Problem.Codes.BAD_ENCODING);
    assertThat(p.message()).contains("not valid UTF-8", "byte 23", "0xE9");
  }

  @Test
  void reports_utf16_as_a_bad_encoding_rather_than_binary() throws IOException {
    byte[] bytes = "\uFEFFThe talks resumed.".getBytes(StandardCharsets.UTF_16LE);
    Problem p = onlyProblem(read(file("a.txt", bytes)));
    assertThat(p.code()).isEqualTo(Problem.Codes.BAD_ENCODING);
    assertThat(p.message()).contains("UTF-16");
  }

  @Test
  void refuses_a_50_mb_file_before_reading_it() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024); // sparse: no 50 MB written to disk or read into memory
    }
    Problem p = onlyProblem(read(big));
    assertThat(p.code()).isEqualTo(Problem.Codes.TOO_LARGE);
    assertThat(p.message()).contains("52.4 MB", "5.0 MB", "--max-size");
  }

  @Test
  void reports_a_file_it_may_not_read_as_unreadable() throws IOException {
    Path locked = file("locked.txt", "The talks resumed.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who can read any file (root)");
    Problem p = onlyProblem(read(locked));
    assertThat(p.code()).isEqualTo(Problem.Codes.UNREADABLE);
    assertThat(p.message()).contains("permission denied");
  }

  @Test
  void reports_a_file_that_cannot_be_opened_as_unreadable_even_as_root() throws IOException {
    Path socket = dir.resolve("socket.txt");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket)); // a socket file exists but open(2) fails on it
      Problem p = onlyProblem(read(socket));
      assertThat(p.code()).isEqualTo(Problem.Codes.UNREADABLE);
      assertThat(p.message()).startsWith("cannot be read: ").doesNotContain(dir.toString());
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("no UNIX domain sockets here: " + e.getMessage());
    }
  }

  @Test
  void refuses_a_french_article_as_not_english() throws IOException {
    Input in = read(file("fr.txt", Fixtures.language("fr")));
    Problem p = onlyProblem(in);
    assertThat(p.code()).isEqualTo(Problem.Codes.NOT_ENGLISH);
    assertThat(p.message()).contains("French");
    assertThat(in.isReadable()).isFalse();
  }
}
