package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.text.Article;
import org.dossier.text.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {

  @TempDir Path dir;

  private List<Input> read(String content) throws IOException {
    return read(content.getBytes(StandardCharsets.UTF_8), 5_000_000);
  }

  private List<Input> read(byte[] content, long maxBytes) throws IOException {
    Path file = Files.write(dir.resolve("feed.jsonl"), content);
    List<Input> inputs = new ArrayList<>();
    new Ingest(Optional.empty(), maxBytes).read(List.of(file.toString()), inputs::add);
    return inputs;
  }

  private String where(int line) {
    return dir.resolve("feed.jsonl") + ":" + line;
  }

  @Test
  void reads_one_article_per_line_with_all_fields() throws IOException {
    List<Input> inputs = read(
        "{\"id\":\"a1\",\"date\":\"2025-04-14\",\"title\":\"T\",\"source\":\"Dawn\",\"url\":\"https://x.org\",\"text\":\"  Body one.\\n\"}\n"
            + "{\"text\":\"Body two.\",\"date\":\"2025-04-15 23:10:05Z\"}\n");
    assertThat(inputs).hasSize(2);
    Article a = inputs.get(0).article();
    assertThat(a.id()).isEqualTo("a1");
    assertThat(a.date()).contains(LocalDate.of(2025, 4, 14));
    assertThat(a.title()).contains("T");
    assertThat(a.source()).contains("Dawn");
    assertThat(a.url()).contains("https://x.org");
    assertThat(a.body()).as("the text exactly as given").isEqualTo("  Body one.\n");
    assertThat(inputs.get(1).article().id()).isEqualTo("feed.jsonl:2");
    assertThat(inputs.get(1).problems()).isEmpty();
    assertThat(inputs.get(1).article().date()).contains(LocalDate.of(2025, 4, 15));
  }

  @Test
  void gives_one_input_per_non_blank_line_in_order_with_a_failed_one_for_each_bad_line() throws IOException {
    List<Input> inputs = read(
        "{\"text\":\"One.\"}\n\n   \n{not json\n[1,2]\n{\"id\":\"x\"}\n{\"text\":42}\n{\"text\":\"\"}\n{\"text\":\"Last.\"} trailing\n{\"text\":\"Six.\"}");
    assertThat(inputs).extracting(i -> i.problems().isEmpty() ? "ok" : i.problems().get(0).code())
        .containsExactly("ok", "BAD_JSON", "BAD_JSON", "BAD_JSON", "BAD_JSON", "EMPTY", "BAD_JSON", "ok");
    assertThat(inputs.get(1).problems().get(0).where()).contains(where(4));
    assertThat(inputs.get(1).problems().get(0).message()).startsWith("is not valid JSON").contains("column");
    assertThat(inputs.get(2).problems().get(0).message()).contains("not a JSON object");
    assertThat(inputs.get(3).problems().get(0).message()).contains("no \"text\"");
    assertThat(inputs.get(3).article().id()).isEqualTo("x");
    assertThat(inputs.get(4).problems().get(0).message()).contains("not a string");
    assertThat(inputs.get(6).problems().get(0).where()).contains(where(9));
    assertThat(inputs.get(7).article().id()).isEqualTo("feed.jsonl:10");
  }

  @Test
  void reads_crlf_line_endings_and_a_byte_order_mark() throws IOException {
    byte[] text = "{\"text\":\"One.\"}\r\n{\"text\":\"Two.\"}\r\n".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write(text);
    List<Input> inputs = read(bytes.toByteArray(), 5_000_000);
    assertThat(inputs).extracting(i -> i.article().body()).containsExactly("One.", "Two.");
  }

  @Test
  void warns_about_a_bad_date_and_fills_in_the_default() throws IOException {
    Path file = Files.writeString(dir.resolve("d.jsonl"),
        "{\"text\":\"The talks resumed.\",\"date\":\"2025-13-45\"}\n{\"text\":\"Talks.\",\"date\":20250414}\n{\"text\":\"Talks.\"}\n");
    List<Input> inputs = new ArrayList<>();
    new Ingest(Optional.of(LocalDate.of(2025, 1, 1)), 1000).read(List.of(file.toString()), inputs::add);
    assertThat(inputs.get(0).problems()).extracting(Problem::code).containsExactly(Problem.Codes.BAD_DATE);
    assertThat(inputs.get(0).problems().get(0).where()).contains(file + ":1");
    assertThat(inputs.get(0).article().date()).contains(LocalDate.of(2025, 1, 1));
    assertThat(inputs.get(1).problems()).extracting(Problem::code).containsExactly(Problem.Codes.BAD_DATE);
    assertThat(inputs.get(2).problems()).isEmpty();
    assertThat(inputs.get(2).article().date()).contains(LocalDate.of(2025, 1, 1));
  }

  @Test
  void reports_invalid_utf8_on_a_line_with_its_byte_offset_in_the_file() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("{\"text\":\"One.\"}\n{\"text\":\"caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9);
    bytes.write("\"}\n{\"text\":\"Three.\"}\n".getBytes(StandardCharsets.UTF_8));
    List<Input> inputs = read(bytes.toByteArray(), 5_000_000);
    assertThat(inputs).hasSize(3);
    Problem p = inputs.get(1).problems().get(0);
    assertThat(p.code()).isEqualTo(Problem.Codes.BAD_ENCODING);
    assertThat(p.where()).contains(where(2));
    assertThat(p.message()).contains("byte 28");
    assertThat(inputs.get(2).isReadable()).isTrue();
  }

  @Test
  void skips_a_line_over_the_size_limit_and_reads_on() throws IOException {
    String longText = "word ".repeat(100);
    List<Input> inputs = read(("{\"text\":\"Short.\"}\n{\"text\":\"" + longText + "\"}\n{\"text\":\"Short again.\"}\n")
        .getBytes(StandardCharsets.UTF_8), 100);
    assertThat(inputs).hasSize(3);
    Problem p = inputs.get(1).problems().get(0);
    assertThat(p.code()).isEqualTo(Problem.Codes.TOO_LARGE);
    assertThat(p.message()).contains("line is 511 bytes", "100 bytes", "--max-size");
    assertThat(inputs.get(2).article().body()).isEqualTo("Short again.");
  }

  @Test
  void reports_an_escaped_nul_in_the_text_as_binary() throws IOException {
    List<Input> inputs = read("{\"text\":\"a\\u0000b\"}\n");
    assertThat(inputs.get(0).problems()).extracting(Problem::code).containsExactly(Problem.Codes.BINARY);
  }

  @Test
  void reports_an_empty_file_once() throws IOException {
    assertThat(read("")).singleElement().satisfies(i -> {
      assertThat(i.problems().get(0).code()).isEqualTo(Problem.Codes.EMPTY);
      assertThat(i.problems().get(0).where()).contains(dir.resolve("feed.jsonl").toString());
    });
    assertThat(read("\n \n")).singleElement().satisfies(i ->
        assertThat(i.problems().get(0).message()).isEqualTo("has only blank lines"));
  }

  @Test
  void reports_a_binary_file_named_jsonl_once_not_once_per_line() throws IOException {
    byte[] bytes = new byte[5000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 7 == 0 ? '\n' : i % 5);
    }
    assertThat(read(bytes, 5_000_000)).singleElement().satisfies(i ->
        assertThat(i.problems().get(0).code()).isEqualTo(Problem.Codes.BINARY));
  }

  @Test
  void reads_standard_input_for_a_dash() {
    InputStream stdin = new ByteArrayInputStream("{\"text\":\"One.\"}\n{oops}\n".getBytes(StandardCharsets.UTF_8));
    List<Input> inputs = new ArrayList<>();
    new Ingest(Optional.empty(), 1000, stdin).read(List.of("-"), inputs::add);
    assertThat(inputs).extracting(i -> i.article().id()).containsExactly("stdin:1", "stdin:2");
    assertThat(inputs.get(1).problems().get(0).where()).contains("stdin:2");
  }

  @Test
  void streams_an_endless_input_handing_on_articles_as_they_are_read() {
    InputStream endless = new InputStream() {
      private final byte[] line = "{\"text\":\"The talks resumed.\"}\n".getBytes(StandardCharsets.UTF_8);
      private long pos;

      @Override
      public int read() {
        return line[(int) (pos++ % line.length)];
      }
    };
    List<Input> inputs = new ArrayList<>();
    assertThatThrownBy(() -> new Ingest(Optional.empty(), 1000, endless).read(List.of("-"), in -> {
      inputs.add(in);
      if (inputs.size() == 3) {
        throw new IllegalStateException("enough");
      }
    })).hasMessage("enough");
    assertThat(inputs).hasSize(3).allSatisfy(i -> assertThat(i.isReadable()).isTrue());
  }
}
