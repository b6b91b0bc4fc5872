package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A seeded mutation fuzzer for each reader: it starts from the hostile corpus and the example
 * articles (as text, JSON Lines, HTML pages and WARC files), and applies random edits to their
 * bytes: flipped bits and bytes, inserted special bytes and characters (NUL, bad UTF-8, line
 * breaks, braces, quotes, markup, a WARC version line, a gzip magic number, bidi controls, huge
 * numbers, impossible dates), cuts, duplicated and deleted runs, and splices of two inputs.
 *
 * <p>The invariants: no exception escapes; every input is well-formed ({@link InputInvariants}:
 * readable with a body, or a fatal problem naming the file, byte offsets inside the file); a text
 * or HTML file is one input and a JSON Lines file one input per non-blank line; and each file is
 * read within {@link #PER_INPUT_SECONDS}. A short run is part of every build ({@value #DEFAULT_ITERATIONS}
 * mutations per reader); a long one is
 * {@code mvn -o -pl dossier-ingest test -Dtest=ReaderFuzzTest -Ddossier.fuzz.iterations=200000}
 * ({@code -Ddossier.fuzz.seed=N} for other mutations). Each failing input is kept in
 * {@code target/fuzz-findings}, to become a fixture of the hostile corpus with its fix.
 */
class ReaderFuzzTest {

  static final int DEFAULT_ITERATIONS = 2000;
  private static final int ITERATIONS = Integer.getInteger("dossier.fuzz.iterations", DEFAULT_ITERATIONS);
  private static final long SEED = Long.getLong("dossier.fuzz.seed", 20250414L);
  private static final long PER_INPUT_SECONDS = Long.getLong("dossier.fuzz.seconds", 20);
  private static final long MAX_BYTES = 2_000_000;

  /** Bytes and characters that break parsers, inserted at random places. */
  private static final List<byte[]> SPECIAL = Stream.of(
          "\0", "\n", "\r", "\r\n", "\n\n", "{", "}", "[", "\"", "\\", "\\u", "\\ud800", ":", ",", "<", ">", "</", "<div>",
          "<p>", "<script>", "</script>", "<!--", "<![CDATA[", "&#0;", "&#x110000;", "<meta charset=utf-16>",
          "<meta charset=x>", "WARC/1.0\r\n", "WARC/1.1\r\nWARC-Type: response\r\n", "Content-Length: 99999999999\r\n",
          "Content-Length: -1\r\n", "\r\n\r\n", "HTTP/1.1 200 OK\r\n", "date: ", "date 2025-02-30 ", "0000-01-01",
          "9999-12-31", "2025-13-45", "99999999999999999999", "1e999999", "\u202e", "\ufeff", "\u2028", "\u0085",
          "\u200b", "\ud83d\ude00", "\u0645\u0631", "\u4e2d\u6587", "title: ", "\t", "\f", "\u0007")
      .map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();

  private static final List<byte[]> SPECIAL_BYTES = List.of(
      new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
      new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {0x1f, (byte) 0x8b, 8},
      new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});

  /** The readers, by the extensions of the files they read. */
  enum Reader {
    TEXT(".txt"), JSON_LINES(".jsonl"), HTML(".html", ".htm"), WARC(".warc", ".warc.gz");

    final List<String> extensions;

    Reader(String... extensions) {
      this.extensions = List.of(extensions);
    }

    boolean reads(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      return this == WARC ? n.endsWith(".warc") || n.endsWith(".warc.gz")
          : extensions.stream().anyMatch(n::endsWith) && !(this == TEXT && n.endsWith(".warc.gz"));
    }
  }

  /** An input to mutate: its bytes and the extension it is read under. */
  private record Seed(String name, byte[] bytes, String extension) {}

  private static final List<Seed> SEEDS = new ArrayList<>();
  private static Path work;
  private static ExecutorService executor;

  @BeforeAll
  static void collectSeeds() throws IOException {
    work = Files.createTempDirectory("dossier-fuzz");
    executor = Executors.newSingleThreadExecutor(daemon());
    try (Stream<Path> files = Files.list(HostileCorpusTest.corpus())) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        for (Reader r : Reader.values()) {
          if (r.reads(name)) {
            SEEDS.add(new Seed(name, Files.readAllBytes(f), name.endsWith(".warc.gz") ? ".warc.gz" : extension(name)));
          }
        }
      }
    }
    List<Path> examples = new ArrayList<>();
    examples.add(Path.of("..", "examples", "000_b31e20a97c66a9a4.txt"));
    try (Stream<Path> demo = Files.list(Path.of("..", "examples", "demo"))) {
      demo.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(examples::add);
    }
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    List<byte[]> pages = new ArrayList<>();
    for (Path example : examples) {
      byte[] bytes = Files.readAllBytes(example);
      SEEDS.add(new Seed(example.getFileName().toString(), bytes, ".txt"));
      String text = new String(bytes, StandardCharsets.UTF_8);
      Header header = Header.parse(text);
      String body = text.substring(header.bodyStart());
      ObjectNode line = json.createObjectNode().put("id", example.getFileName().toString()).put("text", body);
      header.date().ifPresent(d -> line.put("date", d));
      header.title().ifPresent(t -> line.put("title", t));
      lines.append(json.writeValueAsString(line)).append('\n');
      String page = "<!doctype html><html><head><meta charset=utf-8><title>" + header.title().orElse("") + "</title>"
          + header.date().map(d -> "<meta property=article:published_time content=" + d + ">").orElse("")
          + "</head><body><nav>Home</nav><article><p>" + body.replace("&", "&amp;").replace("<", "&lt;")
              .replace("\n\n", "</p><p>") + "</p></article><footer>(c)</footer></body></html>";
      pages.add(page.getBytes(StandardCharsets.UTF_8));
      if (pages.size() <= 6) {
        SEEDS.add(new Seed(example.getFileName() + ".html", pages.get(pages.size() - 1), ".html"));
      }
    }
    SEEDS.add(new Seed("examples.jsonl", lines.toString().getBytes(StandardCharsets.UTF_8), ".jsonl"));
    SEEDS.add(new Seed("examples.warc", warc(pages.subList(0, 4), WarcCompression.NONE), ".warc"));
    SEEDS.add(new Seed("examples.warc.gz", warc(pages.subList(4, 8), WarcCompression.GZIP), ".warc.gz"));
  }

  @AfterAll
  static void cleanUp() throws IOException {
    executor.shutdownNow();
    try (Stream<Path> files = Files.walk(work)) {
      for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void no_mutated_input_breaks_a_reader(Reader reader) throws Exception {
    List<Seed> seeds = SEEDS.stream().filter(s -> reader.reads("x" + s.extension())).toList();
    Random random = new Random(SEED + reader.ordinal());
    Ingest ingest = new Ingest(Optional.empty(), MAX_BYTES);
    List<String> findings = new ArrayList<>();
    long start = System.nanoTime();
    long slowest = 0;
    for (int i = 0; i < ITERATIONS && findings.size() < 20; i++) {
      Seed seed = seeds.get(random.nextInt(seeds.size()));
      byte[] bytes = mutate(random, seed.bytes());
      Path file = Files.write(work.resolve("case" + i + seed.extension()), bytes);
      long t0 = System.nanoTime();
      List<String> wrong = check(reader, ingest, file, bytes);
      slowest = Math.max(slowest, System.nanoTime() - t0);
      if (!wrong.isEmpty()) {
        Path kept = keep(reader, i, seed, bytes);
        findings.add(reader + " #" + i + " (from " + seed.name() + ", kept as " + kept + "): " + wrong);
      }
      Files.deleteIfExists(file);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "fuzz %s: %d iterations in %.1f s (slowest input %.2f s), %d findings, seed %d%n",
        reader, ITERATIONS, seconds, slowest / 1e9, findings.size(), SEED);
    findings.forEach(f -> System.out.println("  " + f));
    assertThat(findings).isEmpty();
  }

  /** What is wrong with reading {@code file}: an exception, a hang, or a broken invariant. */
  private static List<String> check(Reader reader, Ingest ingest, Path file, byte[] bytes) {
    Future<List<Input>> read = executor.submit(() -> {
      List<Input> inputs = new ArrayList<>();
      ingest.read(List.of(file.toString()), inputs::add);
      return inputs;
    });
    List<Input> inputs;
    try {
      inputs = read.get(PER_INPUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      read.cancel(true);
      executor.shutdownNow();
      executor = Executors.newSingleThreadExecutor(daemon());
      return List.of("no result within " + PER_INPUT_SECONDS + " s");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return List.of("threw " + cause + " at " + Arrays.stream(cause.getStackTrace()).limit(6).toList());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of("interrupted");
    }
    List<String> wrong = new ArrayList<>();
    for (Input input : inputs) {
      wrong.addAll(InputInvariants.violations(input, file.toString(), bytes.length));
    }
    int expected = switch (reader) {
      case TEXT, HTML -> 1;
      case JSON_LINES -> inputs.size() == 1 && inputs.get(0).where().equals(file.toString()) ? 1 : nonBlankLines(bytes);
      case WARC -> -1;
    };
    if (inputs.isEmpty() || expected >= 0 && inputs.size() != expected) {
      wrong.add(inputs.size() + " inputs, not " + (expected < 0 ? "at least 1" : expected));
    }
    return wrong;
  }

  /** The lines JSON Lines reading must give one input each: any byte but space, tab, CR, FF (and line 1's BOM). */
  private static int nonBlankLines(byte[] bytes) {
    int count = 0;
    int line = 0;
    int from = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        if (i == bytes.length && from == i) {
          break;
        }
        line++;
        int s = line == 1 && i - from >= 3 && bytes[from] == (byte) 0xEF && bytes[from + 1] == (byte) 0xBB
            && bytes[from + 2] == (byte) 0xBF ? from + 3 : from;
        for (int k = s; k < i; k++) {
          if (bytes[k] != ' ' && bytes[k] != '\t' && bytes[k] != '\r' && bytes[k] != '\f') {
            count++;
            break;
          }
        }
        from = i + 1;
      }
    }
    return count;
  }

  /** A few random edits of {@code original}. */
  private static byte[] mutate(Random random, byte[] original) {
    byte[] b = original;
    int edits = 1 + random.nextInt(8);
    for (int e = 0; e < edits; e++) {
      int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
      switch (random.nextInt(9)) {
        case 0 -> b = b.length == 0 ? b : flip(b, Math.min(at, b.length - 1), 1 << random.nextInt(8));
        case 1 -> b = b.length == 0 ? b : flip(b, Math.min(at, b.length - 1), 1 + random.nextInt(255));
        case 2, 3 -> b = insert(b, at, SPECIAL.get(random.nextInt(SPECIAL.size())));
        case 4 -> b = insert(b, at, SPECIAL_BYTES.get(random.nextInt(SPECIAL_BYTES.size())));
        case 5 -> b = Arrays.copyOf(b, at);
        case 6 -> {
          boolean shortRun = random.nextBoolean();
          int len = Math.min(b.length - Math.min(at, b.length), 1 + random.nextInt(shortRun ? 16 : 4096));
          byte[] run = Arrays.copyOfRange(b, Math.min(at, b.length), Math.min(at, b.length) + len);
          int copies = shortRun && random.nextInt(8) == 0 ? 1 + random.nextInt(600) : 1;
          for (int c = 0; c < copies && b.length < 4_000_000; c++) {
            b = insert(b, random.nextInt(b.length + 1), run);
          }
        }
        case 7 -> {
          int len = Math.min(b.length - Math.min(at, b.length), 1 + random.nextInt(64));
          byte[] shorter = new byte[b.length - len];
          System.arraycopy(b, 0, shorter, 0, Math.min(at, b.length));
          System.arraycopy(b, Math.min(at, b.length) + len, shorter, Math.min(at, b.length), b.length - Math.min(at, b.length) - len);
          b = shorter;
        }
        default -> {
          byte[] other = SEEDS.get(random.nextInt(SEEDS.size())).bytes();
          int from = other.length == 0 ? 0 : random.nextInt(other.length);
          byte[] spliced = Arrays.copyOf(b, at + other.length - from);
          System.arraycopy(other, from, spliced, at, other.length - from);
          b = spliced;
        }
      }
    }
    return b;
  }

  private static byte[] flip(byte[] b, int at, int mask) {
    byte[] c = b.clone();
    c[at] ^= (byte) mask;
    return c;
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    byte[] c = new byte[b.length + what.length];
    System.arraycopy(b, 0, c, 0, at);
    System.arraycopy(what, 0, c, at, what.length);
    System.arraycopy(b, at, c, at + what.length, b.length - at);
    return c;
  }

  private static Path keep(Reader reader, int iteration, Seed seed, byte[] bytes) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "fuzz-findings"));
      return Files.write(dir.resolve(reader.name().toLowerCase(Locale.ROOT) + "-" + SEED + "-" + iteration + seed.extension()), bytes);
    } catch (IOException e) {
      return Path.of("(not kept: " + e.getMessage() + ")");
    }
  }

  private static String extension(String name) {
    return name.substring(name.lastIndexOf('.'));
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "fuzz-reader");
      t.setDaemon(true);
      return t;
    };
  }

  private static byte[] warc(List<byte[]> pages, WarcCompression compression) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), compression)) {
      int n = 0;
      for (byte[] page : pages) {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, page).build();
        writer.write(new WarcResponse.Builder(URI.create("https://example.org/" + n++))
            .date(Instant.parse("2025-04-14T10:00:00Z")).body(http).build());
      }
    }
    return bytes.toByteArray();
  }
}
