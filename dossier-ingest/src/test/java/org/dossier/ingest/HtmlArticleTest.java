package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
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
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticleTest {

  @TempDir Path dir;

  private Input page(String html) throws IOException {
    return read(Files.writeString(dir.resolve("page.html"), html, StandardCharsets.UTF_8));
  }

  private Input page(byte[] html) throws IOException {
    return read(Files.write(dir.resolve("page.html"), html));
  }

  private static Input read(Path file) {
    return read(file, 5_000_000);
  }

  private static Input read(Path file, long maxBytes) {
    List<Input> inputs = new ArrayList<>();
    new Ingest(Optional.empty(), maxBytes).read(List.of(file.toString()), inputs::add);
    assertThat(inputs).hasSize(1);
    return inputs.get(0);
  }

  private static String body(Input in) {
    assertThat(in.isReadable()).as("readable: %s", in.problems()).isTrue();
    return in.article().body();
  }

  private static Problem onlyProblem(Input in) {
    assertThat(in.problems()).hasSize(1);
    return in.problems().get(0);
  }

  private static String head(String head, String body) {
    return "<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>";
  }

  private static final String TEXT = "<p>The finance minister said on Monday that the talks would resume.</p>";

  @Test
  void takes_the_article_element_and_leaves_the_page_furniture_out() throws IOException {
    Input in = page("""
        <html><head><title>Talks resume | The Daily</title></head><body>
        <header><a href="/">The Daily</a> <nav><a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
        <div class="cookie-banner">We use cookies.</div>
        <article>
          <header><h1>Talks resume</h1></header>
          <p>The finance minister said on Monday that the talks would resume.</p>
          <div class="share-buttons">Share on Facebook</div>
          <p>He told   reporters
             in the capital that the conditions were met.</p>
          <aside>Read more: an older story</aside>
          <div class="adSlot">Buy now</div>
        </article>
        <div id="comments">First!</div>
        <footer>Copyright The Daily</footer>
        </body></html>""");
    assertThat(body(in)).isEqualTo("The finance minister said on Monday that the talks would resume.\n\n"
        + "He told reporters in the capital that the conditions were met.");
    assertThat(in.article().id()).isEqualTo("page.html");
  }

  @Test
  void takes_main_when_there_is_no_article_then_role_main_then_the_body() throws IOException {
    assertThat(body(page(head("", "<div>Menu</div><main><p>In main.</p></main>")))).isEqualTo("In main.");
    assertThat(body(page(head("", "<div>Menu</div><div role=main><p>In role main.</p></div>")))).isEqualTo("In role main.");
    assertThat(body(page(head("", "<nav>Home</nav><div class=content><p>In the body.</p></div><footer>(c)</footer>"))))
        .isEqualTo("In the body.");
  }

  @Test
  void takes_the_article_with_the_most_text_when_there_are_several() throws IOException {
    assertThat(body(page(head("", "<article><p>A teaser.</p></article><article><p>The story itself, which is longer.</p></article>"))))
        .isEqualTo("The story itself, which is longer.");
  }

  @Test
  void keeps_a_wrapper_whose_class_names_furniture_when_it_holds_most_of_the_text() throws IOException {
    assertThat(body(page(head("", "<div class='page nav-open'><p>The story itself.</p><div class=menu>Home</div></div>"))))
        .isEqualTo("The story itself.");
  }

  @Test
  void keeps_a_form_wrapped_around_the_whole_page_and_leaves_a_search_form_out() throws IOException {
    assertThat(body(page(head("", "<form id=aspnetForm><div class=top>Daily News</div>"
        + "<div><p>The story of the page, which is the longest text on it.</p></div></form>"))))
        .isEqualTo("Daily News\n\nThe story of the page, which is the longest text on it.");
    assertThat(body(page(head("", "<form action=/search><input name=q> Search the site</form>"
        + "<div><p>The story of the page, which is the longest text on it.</p></div>"))))
        .isEqualTo("The story of the page, which is the longest text on it.");
  }

  @Test
  void does_not_read_ad_into_words_that_contain_it() throws IOException {
    assertThat(body(page(head("", "<div class='header-lead'><p>Lead.</p></div><div class='read-more'><p>Second.</p></div>"))))
        .isEqualTo("Lead.\n\nSecond.");
  }

  @Test
  void writes_blocks_as_paragraphs_and_inline_elements_as_running_text() throws IOException {
    Input in = page(head("", """
        <article><h2>Heading</h2><p>One <b>bold</b> and <a href=x>linked</a>&nbsp;word.</p>
        <ul><li>first item</li><li>second item</li></ul><blockquote>A quotation.</blockquote>
        <p>Line<br>broken</p><p>Para<br><br>split</p><table><tr><td>a</td><td>b</td></tr></table></article>"""));
    assertThat(body(in)).isEqualTo("Heading\n\nOne bold and linked word.\n\nfirst item\n\nsecond item\n\nA quotation.\n\n"
        + "Line broken\n\nPara\n\nsplit\n\na b");
  }

  @Test
  void never_puts_script_or_style_in_the_body() throws IOException {
    Input in = page(head("<style>p { color: red }</style><script>var headline = 'x';</script>",
        "<article><p>Before.</p><script>document.write('not text');</script><style>.a{}</style>"
            + "<noscript>Enable JavaScript</noscript><template><p>later</p></template><p>After.</p></article>"));
    assertThat(body(in)).isEqualTo("Before.\n\nAfter.");
  }

  @Test
  void takes_the_title_from_og_title_then_the_title_element_then_the_first_h1() throws IOException {
    assertThat(page(head("<meta property='og:title' content='OG title'><title>Title element</title>", "<h1>H1</h1>" + TEXT))
        .article().title()).contains("OG title");
    assertThat(page(head("<title> Title\n element </title>", "<h1>H1</h1>" + TEXT)).article().title()).contains("Title element");
    assertThat(page(head("", "<h1>The <i>first</i> h1</h1>" + TEXT)).article().title()).contains("The first h1");
  }

  @Test
  void leaves_the_site_name_out_of_the_title() throws IOException {
    assertThat(page(head("<title>Talks resume | The Daily</title><meta property='og:site_name' content='The Daily'>", TEXT))
        .article().title()).contains("Talks resume");
    assertThat(page(head("<title>Talks resume | The Daily</title>", TEXT)).article().title()).contains("Talks resume | The Daily");
  }

  @Test
  void takes_source_and_url_from_the_page_metadata() throws IOException {
    Article a = page(head("<meta property='og:site_name' content='The Daily'><meta name='application-name' content='Daily App'>"
        + "<link rel='canonical' href='https://example.org/talks'><meta property='og:url' content='https://example.org/og'>", TEXT))
        .article();
    assertThat(a.source()).contains("The Daily");
    assertThat(a.url()).contains("https://example.org/talks");
    Article b = page(head("<meta name='application-name' content='Daily App'><meta property='og:url' content='https://example.org/og'>",
        TEXT)).article();
    assertThat(b.source()).contains("Daily App");
    assertThat(b.url()).contains("https://example.org/og");
  }

  @Test
  void takes_the_date_from_meta_tags_first() throws IOException {
    Input in = page(head("<meta property='article:published_time' content='2025-04-14T09:30:00+05:00'>"
        + "<meta name='date' content='2020-01-01'><script type='application/ld+json'>{\"datePublished\":\"2019-01-01\"}</script>",
        "<article><time datetime='2018-01-01'>then</time>" + TEXT + "</article>"));
    assertThat(in.problems()).isEmpty();
    assertThat(in.article().date()).contains(LocalDate.of(2025, 4, 14));
  }

  @Test
  void takes_the_date_from_any_of_the_usual_meta_names() throws IOException {
    for (String meta : List.of("<meta property='og:published_time' content='2025-04-14'>", "<meta name='pubdate' content='2025-04-14'>",
        "<meta name='publishdate' content='2025-04-14'>", "<meta name='DC.date.issued' content='2025-04-14'>",
        "<meta name='dc.date' content='2025-04-14'>", "<span itemprop='datePublished' content='2025-04-14'></span>",
        "<meta name='date' content='Mon, 14 Apr 2025 09:30:00 GMT'>")) {
      assertThat(page(head(meta, TEXT)).article().date()).as(meta).contains(LocalDate.of(2025, 4, 14));
    }
  }

  @Test
  void takes_the_date_from_a_time_in_the_article_then_from_json_ld() throws IOException {
    assertThat(page(head("<script type='application/ld+json'>{\"datePublished\":\"2019-01-01\"}</script>",
        "<time datetime='2017-01-01'>outside</time><article><p>Dated <time datetime='2025-04-14T10:00'>Monday</time>.</p></article>"))
        .article().date()).contains(LocalDate.of(2025, 4, 14));
    assertThat(page(head("<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"WebPage\"},"
        + " {\"@type\": \"NewsArticle\", \"datePublished\": \"2025-04-14T08:00:00Z\"}]}</script>", TEXT))
        .article().date()).contains(LocalDate.of(2025, 4, 14));
  }

  @Test
  void ignores_json_ld_it_cannot_parse() throws IOException {
    Input in = page(head("<script type='application/ld+json'>{not json</script>", TEXT));
    assertThat(in.problems()).isEmpty();
    assertThat(in.article().date()).isEmpty();
  }

  @Test
  void reads_a_page_without_a_date_without_one() throws IOException {
    Input in = page(head("<title>Talks</title>", TEXT));
    assertThat(in.problems()).isEmpty();
    assertThat(in.article().date()).isEmpty();
  }

  @Test
  void reports_a_bad_date_as_a_warning_and_reads_the_page() throws IOException {
    Input in = page(head("<meta property='article:published_time' content='2025-13-45'>", TEXT));
    assertThat(onlyProblem(in).code()).isEqualTo(Problem.Codes.BAD_DATE);
    assertThat(in.isReadable()).isTrue();
    assertThat(in.article().date()).isEmpty();
    assertThat(page(head("<meta name='date' content='yesterday'>", TEXT)).problems()).extracting(Problem::code)
        .containsExactly(Problem.Codes.BAD_DATE);
  }

  @Test
  void rejects_a_page_that_is_not_english() throws IOException {
    Input in = page(head("<title>Politik</title>", "<article><p>" + Fixtures.language("de") + "</p></article>"));
    assertThat(onlyProblem(in).code()).isEqualTo(Problem.Codes.NOT_ENGLISH);
  }

  @Test
  void reports_a_page_without_text_as_empty() throws IOException {
    assertThat(onlyProblem(page(head("<title>Only a title</title>", "<nav>Home</nav><script>x()</script>"))).code())
        .isEqualTo(Problem.Codes.EMPTY);
    assertThat(onlyProblem(page("")).code()).isEqualTo(Problem.Codes.EMPTY);
  }

  @Test
  void reports_a_page_over_the_size_limit_before_reading_it() throws IOException {
    Path big = Files.writeString(dir.resolve("big.html"), head("", "<p>" + "word ".repeat(100) + "</p>"));
    assertThat(onlyProblem(read(big, 100)).code()).isEqualTo(Problem.Codes.TOO_LARGE);
  }

  @Test
  void decodes_the_charset_the_page_declares() throws IOException {
    byte[] latin = head("<meta charset='windows-1252'>", "<p>Caf\u00e9 owners said \u2018no\u2019.</p>").getBytes(Charset.forName("windows-1252"));
    assertThat(body(page(latin))).isEqualTo("Caf\u00e9 owners said \u2018no\u2019.");
    byte[] httpEquiv = head("<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>", "<p>Caf\u00e9.</p>")
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(body(page(httpEquiv))).isEqualTo("Caf\u00e9.");
  }

  @Test
  void decodes_utf_16_with_a_byte_order_mark() throws IOException {
    byte[] text = head("", "<p>Caf\u00e9 owners.</p>").getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[text.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(text, 0, withBom, 2, text.length);
    assertThat(body(page(withBom))).isEqualTo("Caf\u00e9 owners.");
  }

  @Test
  void reports_a_page_that_is_not_in_its_charset_as_bad_encoding() throws IOException {
    byte[] latin = head("<meta charset=utf-8>", "<p>Caf\u00e9.</p>").getBytes(StandardCharsets.ISO_8859_1);
    Problem p = onlyProblem(page(latin));
    assertThat(p.code()).isEqualTo(Problem.Codes.BAD_ENCODING);
    assertThat(p.message()).contains("not valid UTF-8").contains("byte ");
  }

  @Test
  void reports_a_binary_file_named_html_as_binary() throws IOException {
    assertThat(onlyProblem(page(new byte[] {'<', 'p', '>', 0, 1, 2, 3})).code()).isEqualTo(Problem.Codes.BINARY);
  }

  // the timeouts guard against a stack overflow turned hang or quadratic time, far above the
  // fraction of a second these take; speed itself is measured by benchmarks, not tests
  @Test
  @Timeout(30)
  void reads_a_page_nested_ten_thousand_levels_deep() throws IOException {
    String deep = "<div>".repeat(10_000) + "<p>Deep down the talks resumed.</p>" + "</div>".repeat(10_000);
    String spans = "<span>".repeat(10_000) + "Spans too." + "</span>".repeat(10_000);
    Input in = page(head("<title>Deep</title>", "<article>" + deep + spans + "</article>"));
    assertThat(body(in)).contains("Deep down the talks resumed.").contains("Spans too.");
  }

  @Test
  @Timeout(60)
  void reads_a_page_with_a_hundred_thousand_elements_to_leave_out() throws IOException {
    String furniture = "<div class=ad>Buy</div><script>x()</script>".repeat(50_000);
    Input in = page(head("", "<div>" + furniture + "<p>The talks resumed.</p>" + furniture + "</div>"));
    assertThat(body(in)).isEqualTo("The talks resumed.");
  }
}
