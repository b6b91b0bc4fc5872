package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.dossier.text.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Garbage in, never an exception out: random bytes and mutated articles, as text files, JSON
 * Lines files and standard input. Seeded, so a failure is reproducible; every failure it finds
 * becomes a fixture in the other tests.
 */
class IngestFuzzTest {

  private static final long SEED = 20250414L;
  private static final int CASES = 300;

  private static final String ARTICLE = " date 2025-04-14 Former prime minister Imran Khan held talks with"
      + " the army chief in November last year, highly placed sources told The Express Tribune.\n"
      + "title: not a header here\n\"We will not back down,\" he said on Monday.\n";

  private static final String JSON_LINES = "{\"id\":\"a\",\"date\":\"2025-04-14\",\"title\":\"T\",\"text\":\"The talks resumed.\"}\n"
      + "{\"text\":\"Highly placed sources said the talks \\u00e9 would go on.\"}\n";

  @TempDir Path dir;

  @Test
  void never_throws_on_random_bytes_or_mutated_articles() throws IOException {
    Random random = new Random(SEED);
    Ingest ingest = new Ingest(Optional.of(LocalDate.of(2025, 1, 1)), 4000);
    for (int c = 0; c < CASES; c++) {
      byte[] bytes = switch (c % 3) {
        case 0 -> randomBytes(random, random.nextInt(3000));
        case 1 -> mutate(random, ARTICLE.getBytes(StandardCharsets.UTF_8));
        default -> mutate(random, JSON_LINES.getBytes(StandardCharsets.UTF_8));
      };
      String name = "case" + c + (random.nextBoolean() ? ".txt" : ".jsonl");
      Path file = Files.write(dir.resolve(name), bytes);
      List<Input> inputs = new ArrayList<>();
      ingest.read(List.of(file.toString()), inputs::add);
      assertThat(inputs).as("case %d (%s)", c, name).isNotEmpty().allSatisfy(IngestFuzzTest::isWellFormed);
      Files.delete(file);

      List<Input> fromStdin = new ArrayList<>();
      new Ingest(Optional.empty(), 4000, new ByteArrayInputStream(bytes)).read(List.of("-"), fromStdin::add);
      assertThat(fromStdin).as("case %d on stdin", c).isNotEmpty().allSatisfy(IngestFuzzTest::isWellFormed);
    }
  }

  /** An input is either an article to analyse or carries a fatal problem that says where. */
  private static void isWellFormed(Input input) {
    assertThat(input.problems()).allSatisfy(p -> {
      assertThat(p.where()).isPresent();
      assertThat(p.message()).isNotBlank().doesNotContain("\n");
    });
    if (input.isReadable()) {
      assertThat(input.article().body()).isNotBlank();
    } else {
      assertThat(input.problems()).anyMatch(Problem::isFatal);
    }
  }

  private static byte[] randomBytes(Random random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  /** A few random edits: flipped bytes, inserted bytes (NUL, high, newline, brace), a cut. */
  private static byte[] mutate(Random random, byte[] original) {
    byte[] b = original.clone();
    int edits = 1 + random.nextInt(6);
    for (int e = 0; e < edits && b.length > 0; e++) {
      int at = random.nextInt(b.length);
      switch (random.nextInt(5)) {
        case 0 -> b[at] = (byte) random.nextInt(256);
        case 1 -> b[at] = new byte[] {0, (byte) 0xC3, (byte) 0xFF, '\n', '{', '"', '\\', (byte) 0x01}[random.nextInt(8)];
        case 2 -> b = java.util.Arrays.copyOf(b, at);
        case 3 -> {
          byte[] longer = new byte[b.length + 1];
          System.arraycopy(b, 0, longer, 0, at);
          longer[at] = (byte) random.nextInt(256);
          System.arraycopy(b, at, longer, at + 1, b.length - at);
          b = longer;
        }
        default -> {
          byte[] doubled = new byte[b.length * 2];
          System.arraycopy(b, 0, doubled, 0, b.length);
          System.arraycopy(b, 0, doubled, b.length, b.length);
          b = doubled;
        }
      }
    }
    return b;
  }
}
