package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.text.Problem;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus ({@code src/test/resources/hostile}, written by
 * {@code tools/make_hostile_corpus.py}): every file is read within a time bound, without an
 * exception, and gives the articles and problems its {@code MANIFEST.tsv} line says, each problem
 * naming the file (and line or record). The cases too large for the repository, a 50 MB article
 * and 10,000 tiny ones, are written here at run time.
 */
class HostileCorpusTest {

  /** The default {@code --max-size}. */
  private static final long MAX_BYTES = 2_000_000;

  /** The bound on reading one small file, generous for a loaded shared machine. */
  private static final Duration PER_FILE = Duration.ofSeconds(20);

  /** The bound on reading the generated giants: 50 MB, or 10,000 articles. */
  private static final Duration PER_GIANT = Duration.ofSeconds(120);

  private static final String STORY = "The finance minister said on Tuesday that the government would cut taxes"
      + " for small businesses next year, after talks with union leaders in the capital.";

  @TempDir Path dir;

  static Path corpus() {
    try {
      return Path.of(HostileCorpusTest.class.getResource("/hostile/MANIFEST.tsv").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The manifest: each file with the outcome of each of its articles, in order. */
  static Map<String, List<String>> manifest() {
    try {
      Map<String, List<String>> expected = new LinkedHashMap<>();
      for (String line : Files.readAllLines(corpus().resolve("MANIFEST.tsv"))) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        expected.put(cols[0], List.of(cols[1].split(" ")));
      }
      return expected;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "ok" for an input without problems, else its problem codes joined by "+". */
  static String outcome(Input input) {
    return input.problems().isEmpty() ? "ok" : input.problems().stream().map(Problem::code).collect(Collectors.joining("+"));
  }

  /** The inputs in a few words each, for a failure's message. */
  static String summary(List<Input> inputs) {
    return inputs.stream().map(i -> "  " + outcome(i) + " " + i.article().id() + " " + i.problems().stream()
        .map(p -> ArticleChecks.shorten(p.message(), 160)).toList()).collect(Collectors.joining("\n"));
  }

  private static List<Input> read(Ingest ingest, Path path) {
    List<Input> inputs = new ArrayList<>();
    ingest.read(List.of(path.toString()), inputs::add);
    return inputs;
  }

  private static void wellFormed(List<Input> inputs, Path file) throws IOException {
    long size = Files.isDirectory(file) ? Long.MAX_VALUE : Files.size(file);
    for (Input input : inputs) {
      assertThat(InputInvariants.violations(input, file.toString(), size)).as("%s: %s", file.getFileName(), summary(List.of(input))).isEmpty();
    }
  }

  @TestFactory
  Stream<DynamicTest> every_file_reads_as_its_manifest_says() {
    Ingest ingest = new Ingest(Optional.empty(), MAX_BYTES);
    return manifest().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      Path file = corpus().resolve(e.getKey());
      List<Input> inputs = assertTimeoutPreemptively(PER_FILE, () -> read(ingest, file), e.getKey());
      wellFormed(inputs, file);
      assertThat(inputs).as("%s:%n%s", e.getKey(), summary(inputs)).extracting(HostileCorpusTest::outcome)
          .containsExactlyElementsOf(e.getValue());
    }));
  }

  @Test
  void the_manifest_names_every_file_of_the_corpus() throws IOException {
    try (Stream<Path> files = Files.list(corpus())) {
      List<String> names = files.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("MANIFEST.tsv") && !n.equals("README.md")).sorted().toList();
      assertThat(names).containsExactlyInAnyOrderElementsOf(manifest().keySet());
    }
  }

  @Test
  void the_corpus_as_one_folder_gives_every_article_once_in_order() throws IOException {
    List<Input> inputs = assertTimeoutPreemptively(PER_GIANT, () -> read(new Ingest(Optional.empty(), MAX_BYTES), corpus()));
    wellFormed(inputs, corpus());
    List<String> expected = new ArrayList<>();
    manifest().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> expected.addAll(e.getValue()));
    assertThat(inputs).extracting(HostileCorpusTest::outcome).containsExactlyElementsOf(expected);
  }

  @Test
  void a_50_mb_article_is_refused_before_it_is_read_in_every_format() throws IOException {
    byte[] story = ("date: 2025-04-14\n\n" + (STORY + "\n\n").repeat(50_000_000 / (STORY.length() + 2) + 1))
        .getBytes(StandardCharsets.UTF_8);
    Path text = Files.write(dir.resolve("huge.txt"), story);
    Path html = Files.write(dir.resolve("huge.html"), story);
    Path jsonl = dir.resolve("huge.jsonl");
    try (OutputStream out = Files.newOutputStream(jsonl)) {
      out.write("{\"text\": \"A small one first.\"}\n{\"text\": \"".getBytes(StandardCharsets.UTF_8));
      out.write(new String(story, StandardCharsets.UTF_8).replace("\n", "\\n").getBytes(StandardCharsets.UTF_8));
      out.write("\"}\n{\"text\": \"A small one after.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    Ingest ingest = new Ingest(Optional.empty(), MAX_BYTES);
    for (Path file : List.of(text, html, jsonl)) {
      List<Input> inputs = assertTimeoutPreemptively(PER_GIANT, () -> read(ingest, file), file.toString());
      wellFormed(inputs, file);
      List<String> expected = file == jsonl ? List.of("ok", "TOO_LARGE", "ok") : List.of("TOO_LARGE");
      assertThat(inputs).as(file.toString()).extracting(HostileCorpusTest::outcome).containsExactlyElementsOf(expected);
    }
    assertThat(Files.size(text)).isGreaterThan(50_000_000);
  }

  @Test
  void a_50_mb_article_is_read_whole_when_the_limit_allows_it() throws IOException {
    String body = (STORY + "\n\n").repeat(50_000_000 / (STORY.length() + 2) + 1);
    Path text = Files.writeString(dir.resolve("huge.txt"), "date: 2025-04-14\n\n" + body);
    List<Input> inputs = assertTimeoutPreemptively(PER_GIANT, () -> read(new Ingest(Optional.empty(), 60_000_000), text));
    assertThat(inputs).singleElement().satisfies(i -> {
      assertThat(i.problems()).isEmpty();
      assertThat(i.article().body()).hasSize(body.length());
      assertThat(i.article().date()).contains(LocalDate.of(2025, 4, 14));
    });
  }

  @Test
  void ten_thousand_tiny_articles_each_give_one_input() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("tiny"));
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      String word = i % 7 == 0 ? "" : i % 5 == 0 ? "\u00a0" : "Word" + i + ".";
      Files.writeString(folder.resolve(String.format("%05d.txt", i)), word);
      lines.append("{\"text\": \"").append(word).append("\"}\n");
    }
    Path jsonl = Files.writeString(dir.resolve("tiny.jsonl"), lines);
    Ingest ingest = new Ingest(Optional.empty(), MAX_BYTES);
    for (Path path : List.of(folder, jsonl)) {
      List<Input> inputs = assertTimeoutPreemptively(PER_GIANT, () -> read(ingest, path), path.toString());
      wellFormed(inputs, path);
      assertThat(inputs).hasSize(10_000);
      for (int i = 0; i < 10_000; i++) {
        String expected = i % 7 == 0 || i % 5 == 0 ? "EMPTY" : "ok";
        assertThat(outcome(inputs.get(i))).as("%s article %d", path, i).isEqualTo(expected);
      }
    }
    assertThat(read(ingest, jsonl).get(9_999).article().id()).isEqualTo("tiny.jsonl:10000");
    assertThat(Arrays.asList(folder.toFile().list())).hasSize(10_000);
  }
}
