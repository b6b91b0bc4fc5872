package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dossier.text.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcArticleTest {

  @TempDir Path dir;

  private static final Instant CAPTURED = Instant.parse("2025-04-15T23:30:00Z");

  private static String page(String title, String text) {
    return "<html><head><title>" + title + "</title></head><body><nav>Home</nav><article><p>" + text
        + "</p></article></body></html>";
  }

  private static WarcResponse response(String url, int status, MediaType type, String body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(type, body.getBytes(StandardCharsets.UTF_8)).build();
    return new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http).build();
  }

  private static WarcResponse html(String url, String title, String text) throws IOException {
    return response(url, 200, MediaType.HTML_UTF8, page(title, text));
  }

  /** Each record as the bytes a WARC file holds for it, so that tests can damage one. */
  private static List<byte[]> records(WarcCompression compression, WarcRecord... records) throws IOException {
    List<byte[]> out = new ArrayList<>();
    for (WarcRecord r : records) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), compression);
      writer.write(r);
      writer.close();
      out.add(bytes.toByteArray());
    }
    return out;
  }

  private Path file(String name, List<byte[]> records) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] r : records) {
      all.write(r);
    }
    return Files.write(dir.resolve(name), all.toByteArray());
  }

  private static List<Input> read(Path... files) {
    List<Input> inputs = new ArrayList<>();
    new Ingest(Optional.empty(), 5_000_000).read(Arrays.stream(files).map(Path::toString).toList(), inputs::add);
    return inputs;
  }

  private static String summary(Input in) {
    return in.isReadable() ? in.article().id() : in.problems().get(0).code() + " " + in.problems().get(0).where().orElse("");
  }

  /** A record with its Content-Length changed by {@code delta}. */
  private static byte[] withContentLength(byte[] record, int delta) {
    String text = new String(record, StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("Content-Length: (\\d+)").matcher(text);
    assertThat(m.find()).isTrue();
    long length = Long.parseLong(m.group(1)) + delta;
    return (text.substring(0, m.start(1)) + length + text.substring(m.end(1))).getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void reads_every_html_page_fetched_with_status_200_and_skips_the_rest() throws IOException {
    Path warc = file("crawl.warc", records(WarcCompression.NONE,
        new Warcinfo.Builder().fields(java.util.Map.of("software", List.of("test"))).build(),
        new WarcRequest.Builder(URI.create("https://example.org/a")).body(MediaType.HTTP_REQUEST,
            "GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).build(),
        html("https://example.org/a", "Talks resume", "The finance minister said the talks would resume."),
        response("https://example.org/logo.png", 200, MediaType.parse("image/png"), "PNG"),
        response("https://example.org/gone", 404, MediaType.HTML, page("Gone", "This page is gone.")),
        response("https://example.org/b", 200, MediaType.parse("application/xhtml+xml"), page("B", "The second story.")),
        new WarcResource.Builder(URI.create("file:///c.html")).date(CAPTURED)
            .body(MediaType.HTML, page("C", "A resource record.").getBytes(StandardCharsets.UTF_8)).build()));
    List<Input> inputs = read(warc);
    assertThat(inputs).extracting(WarcArticleTest::summary)
        .containsExactly("https://example.org/a", "https://example.org/b", "file:///c.html");
    Input a = inputs.get(0);
    assertThat(a.problems()).isEmpty();
    assertThat(a.article().body()).isEqualTo("The finance minister said the talks would resume.");
    assertThat(a.article().title()).contains("Talks resume");
    assertThat(a.article().url()).contains("https://example.org/a");
    assertThat(a.article().date()).as("the capture date's day").contains(LocalDate.of(2025, 4, 15));
    assertThat(a.where()).isEqualTo(warc + ":3");
  }

  @Test
  void prefers_the_pages_own_date_to_the_capture_date() throws IOException {
    String dated = "<html><head><meta property='article:published_time' content='2025-04-14T08:00:00Z'></head>"
        + "<body><p>The talks resumed.</p></body></html>";
    Path warc = file("dated.warc", records(WarcCompression.NONE, response("https://example.org/d", 200, MediaType.HTML, dated)));
    assertThat(read(warc)).singleElement().satisfies(in -> assertThat(in.article().date()).contains(LocalDate.of(2025, 4, 14)));
  }

  @Test
  void reads_a_gzipped_warc() throws IOException {
    Path warc = file("crawl.warc.gz", records(WarcCompression.GZIP,
        html("https://example.org/a", "A", "The first story."),
        response("https://example.org/logo.png", 200, MediaType.parse("image/png"), "PNG"),
        html("https://example.org/b", "B", "The second story.")));
    assertThat(read(warc)).extracting(WarcArticleTest::summary).containsExactly("https://example.org/a", "https://example.org/b");
  }

  @Test
  void reports_a_record_whose_content_length_is_too_short_and_goes_on() throws IOException {
    List<byte[]> r = records(WarcCompression.NONE, html("https://example.org/a", "A", "The first story."),
        html("https://example.org/b", "B", "The second story."), html("https://example.org/c", "C", "The third story."));
    r.set(1, withContentLength(r.get(1), -40));
    Path warc = file("short.warc", r);
    List<Input> inputs = read(warc);
    assertThat(inputs).extracting(WarcArticleTest::summary)
        .containsExactly("https://example.org/a", "BAD_WARC " + warc + ":2", "https://example.org/c");
    assertThat(inputs.get(1).problems().get(0).message()).contains("Content-Length");
  }

  @Test
  void reports_a_record_whose_content_length_is_too_long_and_goes_on() throws IOException {
    List<byte[]> r = records(WarcCompression.NONE, html("https://example.org/a", "A", "The first story."),
        html("https://example.org/b", "B", "The second story."), html("https://example.org/c", "C", "The third story."));
    r.set(1, withContentLength(r.get(1), 100));
    Path warc = file("long.warc", r);
    List<Input> inputs = read(warc);
    assertThat(inputs).extracting(WarcArticleTest::summary)
        .containsExactly("https://example.org/a", "BAD_WARC " + warc + ":2", "https://example.org/c");
    assertThat(inputs.get(1).problems().get(0).message())
        .isEqualTo("record 2 (at byte 436) is broken: its Content-Length does not match where the record ends;"
            + " reading goes on at the next record");
  }

  @Test
  void reports_a_file_cut_short_once() throws IOException {
    List<byte[]> r = records(WarcCompression.NONE, html("https://example.org/a", "A", "The first story."),
        html("https://example.org/b", "B", "The second story."));
    r.set(1, Arrays.copyOf(r.get(1), r.get(1).length / 2));
    Path warc = file("cut.warc", r);
    List<Input> inputs = read(warc);
    assertThat(inputs).extracting(WarcArticleTest::summary).containsExactly("https://example.org/a", "BAD_WARC " + warc + ":2");
    assertThat(inputs.get(1).problems().get(0).message()).contains("cut short").endsWith("; no record follows it");
  }

  @Test
  void skips_garbage_between_records() throws IOException {
    List<byte[]> r = new ArrayList<>(records(WarcCompression.NONE, html("https://example.org/a", "A", "The first story."),
        html("https://example.org/b", "B", "The second story.")));
    r.add(1, "garbage that is no record\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    Path warc = file("garbage.warc", r);
    List<Input> inputs = read(warc);
    assertThat(inputs).extracting(WarcArticleTest::summary)
        .containsExactly("https://example.org/a", "BAD_WARC " + warc + ":2", "https://example.org/b");
    assertThat(inputs.get(1).problems().get(0).message()).contains("not a WARC record header").doesNotContain("garbage");
  }

  @Test
  void reports_a_damaged_gzip_member_and_goes_on_with_the_next() throws IOException {
    List<byte[]> r = records(WarcCompression.GZIP, html("https://example.org/a", "A", "The first story."),
        html("https://example.org/b", "B", "The second story."), html("https://example.org/c", "C", "The third story."));
    byte[] damaged = r.get(1).clone();
    for (int i = 20; i < damaged.length - 20; i++) {
      damaged[i] = (byte) (damaged[i] ^ 0x5A);
    }
    r.set(1, damaged);
    Path warc = file("damaged.warc.gz", r);
    assertThat(read(warc)).extracting(WarcArticleTest::summary)
        .containsExactly("https://example.org/a", "BAD_WARC " + warc + ":2", "https://example.org/c");
  }

  @Test
  void reports_a_file_that_is_not_a_warc_once_and_goes_on_with_the_next_file() throws IOException {
    Path notWarc = Files.writeString(dir.resolve("notes.warc"), "These are notes, not a WARC file.\n".repeat(100));
    Path good = file("good.warc", records(WarcCompression.NONE, html("https://example.org/a", "A", "The first story.")));
    assertThat(read(notWarc, good)).extracting(WarcArticleTest::summary)
        .containsExactly("BAD_WARC " + notWarc + ":1", "https://example.org/a");
  }

  @Test
  void reports_a_warc_without_html_pages_as_empty() throws IOException {
    Path warc = file("images.warc", records(WarcCompression.NONE,
        response("https://example.org/logo.png", 200, MediaType.parse("image/png"), "PNG")));
    Path empty = Files.write(dir.resolve("empty.warc.gz"), new byte[0]);
    assertThat(read(warc, empty)).extracting(in -> in.problems().get(0).code())
        .containsExactly(Problem.Codes.EMPTY, Problem.Codes.EMPTY);
  }

  @Test
  void reports_a_page_over_the_size_limit_and_goes_on() throws IOException {
    Path warc = file("big.warc", records(WarcCompression.NONE,
        html("https://example.org/big", "Big", "word ".repeat(1000)), html("https://example.org/a", "A", "Small.")));
    List<Input> inputs = new ArrayList<>();
    new Ingest(Optional.empty(), 1000).read(List.of(warc.toString()), inputs::add);
    assertThat(inputs).extracting(WarcArticleTest::summary)
        .containsExactly("TOO_LARGE " + warc + ":1", "https://example.org/a");
  }
}
