package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.text.Problem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryTest {

  @TempDir Path dir;

  private List<Input> read(String... paths) {
    List<Input> inputs = new ArrayList<>();
    new Ingest(Optional.empty(), 5_000_000).read(List.of(paths), inputs::add);
    return inputs;
  }

  private void write(String relative, String content) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  @Test
  void reads_every_supported_file_below_a_directory_in_sorted_order() throws IOException {
    write("b.txt", "Article b.");
    write("a.text", "Article a.");
    write("sub/c.TXT", "Article c.");
    write("sub/feed.jsonl", "{\"text\":\"Line one.\"}\n{\"text\":\"Line two.\"}\n");
    write("notes.md", "not an article");
    write("image.png", "not an article");
    write(".hidden/d.txt", "hidden");
    write(".e.txt", "hidden");
    List<Input> inputs = read(dir.toString());
    assertThat(inputs).extracting(i -> i.article().id())
        .containsExactly("a.text", "b.txt", "sub/c.TXT", "sub/feed.jsonl:1", "sub/feed.jsonl:2");
    assertThat(inputs).allSatisfy(i -> assertThat(i.problems()).isEmpty());
  }

  @Test
  void reads_html_pages_and_warc_files_among_text_files() throws IOException {
    write("a.txt", "Article a.");
    write("b.html", "<html><head><title>B</title></head><body><nav>Home</nav><p>Article b.</p></body></html>");
    write("sub/c.HTM", "<p>Article c.</p>");
    write("sub/d.warc", "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        + "WARC-Date: 2025-04-14T10:00:00Z\r\nWARC-Target-URI: https://example.org/d\r\nContent-Type: text/html\r\n"
        + "Content-Length: 17\r\n\r\n<p>Article d.</p>\r\n\r\n");
    write("sub/e.warc.gz", "");
    write("page.xhtml", "<p>not read</p>");
    List<Input> inputs = read(dir.toString());
    assertThat(inputs).extracting(i -> i.article().id())
        .containsExactly("a.txt", "b.html", "sub/c.HTM", "https://example.org/d", "sub/e.warc.gz");
    assertThat(inputs).extracting(i -> i.article().body())
        .containsExactly("Article a.", "Article b.", "Article c.", "Article d.", "");
    assertThat(inputs.get(3).where()).isEqualTo(dir.resolve("sub").resolve("d.warc") + ":1");
    assertThat(inputs.get(4).problems()).extracting(Problem::code).containsExactly(Problem.Codes.EMPTY);
  }

  @Test
  void names_the_file_below_the_directory_in_problems() throws IOException {
    write("sub/empty.txt", "");
    Problem p = read(dir.toString()).get(0).problems().get(0);
    assertThat(p.code()).isEqualTo(Problem.Codes.EMPTY);
    assertThat(p.where()).contains(dir.resolve("sub").resolve("empty.txt").toString());
  }

  @Test
  void reads_a_file_named_on_the_command_line_whatever_its_extension() throws IOException {
    write("article.md", "The talks resumed.");
    assertThat(read(dir.resolve("article.md").toString())).singleElement()
        .satisfies(i -> assertThat(i.article().body()).isEqualTo("The talks resumed."));
  }

  @Test
  void reports_a_directory_without_articles_as_empty() {
    assertThat(read(dir.toString())).singleElement().satisfies(i -> {
      assertThat(i.problems().get(0).code()).isEqualTo(Problem.Codes.EMPTY);
      assertThat(i.problems().get(0).message()).contains("no .txt, .text, .jsonl, .html, .htm, .warc or .warc.gz files");
    });
  }

  @Test
  void goes_on_after_a_bad_path() throws IOException {
    write("good.txt", "The talks resumed.");
    List<Input> inputs = read(dir.resolve("missing").toString(), dir.resolve("good.txt").toString());
    assertThat(inputs).extracting(Input::isReadable).containsExactly(false, true);
  }

  @Test
  void reports_a_directory_it_may_not_list_as_unreadable() throws IOException {
    write("locked/a.txt", "The talks resumed.");
    Path locked = dir.resolve("locked");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who can list any directory (root)");
      Problem p = read(dir.toString()).get(0).problems().get(0);
      assertThat(p.code()).isEqualTo(Problem.Codes.UNREADABLE);
      assertThat(p.message()).contains("cannot be listed");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
