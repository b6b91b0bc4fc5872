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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.dossier.text.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Garbage in, never an exception out, for HTML pages and WARC files (plain and gzipped): mutated
 * pages and archives. Seeded, so a failure is reproducible.
 */
class HtmlWarcFuzzTest {

  private static final long SEED = 20250414L;
  private static final int CASES = 300;

  private static final String PAGE = "<!doctype html><html><head><meta charset=utf-8><title>Talks</title>"
      + "<meta property='article:published_time' content='2025-04-14'>"
      + "<script type='application/ld+json'>{\"datePublished\": \"2025-04-14\"}</script></head><body>"
      + "<nav>Home</nav><article><h1>Talks resume</h1><p>Former prime minister Imran Khan held talks with"
      + " the army chief, sources said.</p><script>var x = '<p>';</script><p>\"We will not back down,\""
      + " he said on Monday.</p></article><footer>(c)</footer></body></html>";

  @TempDir Path dir;

  @Test
  void never_throws_on_mutated_pages_or_archives() throws IOException {
    Random random = new Random(SEED);
    Ingest ingest = new Ingest(Optional.empty(), 4000);
    byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
    byte[] warc = warc(WarcCompression.NONE);
    byte[] warcGz = warc(WarcCompression.GZIP);
    for (int c = 0; c < CASES; c++) {
      String name;
      byte[] bytes;
      switch (c % 3) {
        case 0 -> {
          name = "case" + c + ".html";
          bytes = mutate(random, page);
        }
        case 1 -> {
          name = "case" + c + ".warc";
          bytes = mutate(random, warc);
        }
        default -> {
          name = "case" + c + ".warc.gz";
          bytes = mutate(random, warcGz);
        }
      }
      Path file = Files.write(dir.resolve(name), bytes);
      List<Input> inputs = new ArrayList<>();
      ingest.read(List.of(file.toString()), inputs::add);
      assertThat(inputs).as("case %d (%s)", c, name).isNotEmpty().allSatisfy(HtmlWarcFuzzTest::isWellFormed);
      Files.delete(file);
    }
  }

  private static void isWellFormed(Input input) {
    assertThat(input.problems()).allSatisfy(p -> {
      assertThat(p.where()).isPresent();
      assertThat(p.message()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
    });
    if (input.isReadable()) {
      assertThat(input.article().body()).isNotBlank();
    } else {
      assertThat(input.problems()).anyMatch(Problem::isFatal);
    }
  }

  private static byte[] warc(WarcCompression compression) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), compression)) {
      for (String path : List.of("a", "b", "c")) {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, PAGE.getBytes(StandardCharsets.UTF_8)).build();
        writer.write(new WarcResponse.Builder(URI.create("https://example.org/" + path))
            .date(Instant.parse("2025-04-14T10:00:00Z")).body(http).build());
      }
    }
    return bytes.toByteArray();
  }

  /** A few random edits: changed bytes, a cut, a run of bytes doubled. */
  private static byte[] mutate(Random random, byte[] original) {
    byte[] b = original.clone();
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && b.length > 1; e++) {
      int at = random.nextInt(b.length);
      switch (random.nextInt(4)) {
        case 0 -> b[at] = (byte) random.nextInt(256);
        case 1 -> b[at] = new byte[] {0, '<', '>', '\n', '\r', (byte) 0x1f, (byte) 0x8b, '9'}[random.nextInt(8)];
        case 2 -> b = Arrays.copyOf(b, at);
        default -> {
          int len = Math.min(b.length - at, 1 + random.nextInt(40));
          byte[] longer = new byte[b.length + len];
          System.arraycopy(b, 0, longer, 0, at + len);
          System.arraycopy(b, at, longer, at + len, b.length - at);
          b = longer;
        }
      }
    }
    return b;
  }
}
