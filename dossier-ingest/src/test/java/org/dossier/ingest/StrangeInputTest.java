package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.text.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Legal but awkward input: each case reads as docs/input.md promises. */
class StrangeInputTest {

  @TempDir Path dir;

  private List<Input> read(String name, byte[] content) throws IOException {
    Path file = Files.write(dir.resolve(name), content);
    List<Input> inputs = new ArrayList<>();
    new Ingest(Optional.empty(), 5_000_000).read(List.of(file.toString()), inputs::add);
    return inputs;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> codes(Input input) {
    return input.problems().stream().map(Problem::code).toList();
  }

  @Test
  void a_file_of_unicode_white_space_only_is_empty() throws IOException {
    String spaces = "\u00a0\u2003\u3000\u2028\u2029\u200b\ufeff \n\u202f\u2007";
    Input text = read("spaces.txt", utf8(spaces)).get(0);
    assertThat(codes(text)).containsExactly(Problem.Codes.EMPTY);
    Input json = read("spaces.jsonl", utf8("{\"text\": \"\\u00a0\\u3000\\u2028\"}\n")).get(0);
    assertThat(codes(json)).containsExactly(Problem.Codes.EMPTY);
  }

  @Test
  void a_header_line_of_any_length_is_a_header() throws IOException {
    String title = "A very long title ".repeat(150); // 2,700 characters
    Input input = read("long.txt", utf8("title: " + title + "\ndate: 2025-04-14\n\nThe body of the story.")).get(0);
    assertThat(input.problems()).isEmpty();
    assertThat(input.article().title()).contains(title.strip());
    assertThat(input.article().date()).isPresent();
    assertThat(input.article().body()).isEqualTo("The body of the story.");
  }

  @Test
  void a_nul_byte_early_in_json_lines_rejects_only_its_line() throws IOException {
    byte[] bad = utf8("{\"text\": \"A first story about the council.\"}\n{\"text\": \"x\0y\"}\n{\"text\": \"A third story.\"}\n");
    List<Input> inputs = read("feed.jsonl", bad);
    assertThat(inputs).hasSize(3);
    assertThat(codes(inputs.get(0))).isEmpty();
    assertThat(codes(inputs.get(1))).containsExactly(Problem.Codes.BINARY);
    assertThat(inputs.get(1).where()).endsWith("feed.jsonl:2");
    assertThat(codes(inputs.get(2))).isEmpty();
  }

  @Test
  void a_binary_file_named_jsonl_is_one_problem() throws IOException {
    byte[] gzip = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, '\n', 1, 2, 0, 0, '\n', 5};
    List<Input> inputs = read("feed.jsonl", gzip);
    assertThat(inputs).hasSize(1);
    assertThat(codes(inputs.get(0))).containsExactly(Problem.Codes.BINARY);
  }

  @Test
  void utf32_is_named_as_utf32_with_or_without_a_byte_order_mark() throws IOException {
    String text = "The council met on Monday to discuss the budget.";
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, text.getBytes(Charset.forName("UTF-32LE")));
    assertThat(read("le.txt", le).get(0).problems().get(0).message()).contains("UTF-32LE").doesNotContain("UTF-16");
    byte[] be = text.getBytes(Charset.forName("UTF-32BE"));
    assertThat(read("be.txt", be).get(0).problems().get(0).message()).contains("UTF-32BE");
    Input utf16 = read("16.txt", text.getBytes(StandardCharsets.UTF_16LE)).get(0);
    assertThat(codes(utf16)).containsExactly(Problem.Codes.BAD_ENCODING);
    assertThat(utf16.problems().get(0).message()).contains("UTF-16LE");
    List<Input> jsonl = read("wide.jsonl", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n".getBytes(StandardCharsets.UTF_16BE));
    assertThat(jsonl).hasSize(1);
    assertThat(jsonl.get(0).problems().get(0).message()).contains("UTF-16BE");
  }

  @Test
  void a_json_object_with_a_field_twice_is_bad_json() throws IOException {
    Input input = read("dup.jsonl", utf8("{\"text\": \"First.\", \"text\": \"Second.\"}\n")).get(0);
    assertThat(codes(input)).containsExactly(Problem.Codes.BAD_JSON);
    assertThat(input.problems().get(0).message()).contains("Duplicate field 'text'");
  }

  @Test
  void unpaired_surrogates_are_kept_in_the_body_exactly() throws IOException {
    Input input = read("s.jsonl", utf8("{\"text\": \"Talks \\ud800 resumed in Geneva on Monday.\"}\n")).get(0);
    assertThat(input.problems()).isEmpty();
    assertThat(input.article().body()).isEqualTo("Talks \ud800 resumed in Geneva on Monday.");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
