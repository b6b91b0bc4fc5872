package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input end to end, through {@code Main.run}: one clear line per bad article naming the file
 * and the problem, the batch goes on, the exit code says what happened.
 */
class BadInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String GOOD = "date 2025-04-14\n\nThe prime minister met the army chief in Islamabad on"
      + " Monday, officials said.\n";

  private static final String FRENCH = "Le gouvernement a présenté mercredi un projet de loi sur la réforme de"
      + " l'assurance chômage, qui sera examiné par les députés à partir du mois prochain. Selon la ministre du"
      + " Travail, le texte doit permettre de réduire le nombre de demandeurs d'emploi de longue durée.";

  @TempDir static Path dir;

  private static Path good;
  private static final List<String> batch = new ArrayList<>();

  @BeforeAll
  static void writeTheBadInputs() throws IOException {
    good = Files.writeString(dir.resolve("good.txt"), GOOD);
    batch.add(good.toString());
    batch.add(dir.resolve("missing.txt").toString());
    batch.add(Files.write(dir.resolve("empty.txt"), new byte[0]).toString());
    batch.add(Files.write(dir.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 8, 0, 0}).toString());
    byte[] latin1 = "The caf\u00e9 reopened on Monday.".getBytes(StandardCharsets.ISO_8859_1);
    batch.add(Files.write(dir.resolve("latin1.txt"), latin1).toString());
    batch.add(Files.writeString(dir.resolve("baddate.txt"), "date 2025-13-45\n\nThe talks resumed on Monday.").toString());
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024); // sparse, never read
    }
    batch.add(big.toString());
    batch.add(Files.writeString(dir.resolve("french.txt"), FRENCH).toString());
    byte[] noise = new byte[2048];
    new Random(7).nextBytes(noise);
    batch.add(Files.write(dir.resolve("random.txt"), noise).toString());
    batch.add(Files.writeString(dir.resolve("feed.jsonl"), "{\"text\":\"The talks resumed.\",\"date\":\"2025-04-14\"}\n{broken\n")
        .toString());
  }

  @Test
  void reports_each_bad_input_in_one_line_and_still_analyses_the_good_article() throws IOException {
    CliRun run = CliRun.of(args("analyze", "--format", "json"));

    assertThat(run.exitCode()).isEqualTo(Main.SOME_PROBLEMS);
    assertThat(run.errLines()).containsExactly(
        "dossier: " + path("missing.txt") + ": no such file or directory [NOT_FOUND]",
        "dossier: " + path("empty.txt") + ": is empty [EMPTY]",
        "dossier: " + path("binary.txt") + ": contains a NUL byte at byte 4: a binary file, not text [BINARY]",
        "dossier: " + path("latin1.txt") + ": is not valid UTF-8: byte 7 is 0xE9; save it as UTF-8 (it may be"
            + " Latin-1 or Windows-1252) [BAD_ENCODING]",
        "dossier: warning: " + path("baddate.txt") + ": date 2025-13-45 is not a real date: there is no month 13; analysed"
            + " without a date (relative times stay unresolved) [BAD_DATE]",
        "dossier: " + path("big.txt") + ": is 52.4 MB, over the limit of 2.0 MB (2000000 bytes): raise it with"
            + " --max-size BYTES if this really is one article [TOO_LARGE]",
        "dossier: " + path("french.txt") + ": does not look like English but like French (43% of its words are"
            + " common French words, 2% common English ones): Dossier reads English only [NOT_ENGLISH]",
        "dossier: " + path("random.txt") + ": contains a NUL byte at byte 40: a binary file, not text [BINARY]",
        "dossier: " + path("feed.jsonl") + ":2: is not valid JSON: Unexpected character ('b' (code 98)): was"
            + " expecting double-quote to start field name (column 2) [BAD_JSON]",
        "dossier: 11 articles, 3 analysed, 9 with problems");

    List<String> lines = run.outLines();
    assertThat(lines).as("one result per input, in order").hasSize(11);
    JsonNode goodResult = JSON.readTree(lines.get(0));
    assertThat(goodResult.path("article").path("id").asText()).isEqualTo("good.txt");
    assertThat(goodResult.path("sentences")).isNotEmpty();
    assertThat(goodResult.path("problems")).isEmpty();
    JsonNode badDate = JSON.readTree(lines.get(5));
    assertThat(badDate.path("sentences")).as("a bad date is a warning: the article is analysed").isNotEmpty();
    assertThat(badDate.path("problems").findValuesAsText("code")).containsExactly("BAD_DATE");
    JsonNode missing = JSON.readTree(lines.get(1));
    assertThat(missing.path("problems").get(0).path("code").asText()).isEqualTo("NOT_FOUND");
    assertThat(missing.path("problems").get(0).path("where").asText()).isEqualTo(path("missing.txt"));
  }

  @Test
  void exits_0_on_a_clean_run_and_a_missing_date_is_only_a_warning() throws IOException {
    assertThat(CliRun.of("analyze", good.toString()).exitCode()).isEqualTo(Main.OK);
    Path undated = Files.writeString(dir.resolve("undated.txt"), "The talks resumed on Monday.");
    CliRun run = CliRun.of("analyze", undated.toString());
    assertThat(run.exitCode()).isEqualTo(Main.OK);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("dossier: warning: " + undated + ": the article has no date").endsWith("[NO_DATE]");
  }

  @Test
  void exits_1_when_only_some_of_the_articles_had_problems() {
    CliRun run = CliRun.of("analyze", good.toString(), dir.resolve("missing.txt").toString());
    assertThat(run.exitCode()).isEqualTo(Main.SOME_PROBLEMS);
    assertThat(run.out()).isNotBlank();
  }

  @Test
  void exits_2_on_usage_errors_with_picoclis_message() {
    CliRun badDate = CliRun.of("analyze", "--date", "2025-13-45", good.toString());
    assertThat(badDate.exitCode()).isEqualTo(Main.USAGE);
    assertThat(badDate.err()).startsWith("Invalid value for option '--date'").contains("2025-13-45");

    CliRun unknown = CliRun.of("analyze", "--colour", good.toString());
    assertThat(unknown.exitCode()).isEqualTo(Main.USAGE);
    assertThat(unknown.err()).startsWith("Unknown option: '--colour'");

    assertThat(CliRun.of("analyze").exitCode()).isEqualTo(Main.USAGE);
    assertThat(CliRun.of("analyze", "--max-size", "0", good.toString()).err()).contains("--max-size must be at least 1");
    assertThat(CliRun.of("analyze", "--max-size", "0", good.toString()).exitCode()).isEqualTo(Main.USAGE);
    assertThat(CliRun.of("analyze", "--format", "xml", good.toString()).exitCode()).isEqualTo(Main.USAGE);
  }

  @Test
  void reads_json_lines_from_standard_input() {
    CliRun run = CliRun.withStdin("{\"id\":\"a\",\"text\":\"The talks resumed.\",\"date\":\"2025-04-14\"}\n\n[]\n",
        "analyze", "--format", "json", "-");
    assertThat(run.exitCode()).isEqualTo(Main.SOME_PROBLEMS);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.errLines()).first().asString().isEqualTo(
        "dossier: stdin:3: is not a JSON object: each line of a JSON Lines file is one article, {\"text\": \"...\", ...} [BAD_JSON]");
  }

  private static String[] args(String... first) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(batch);
    return all.toArray(String[]::new);
  }

  private static String path(String name) {
    return dir.resolve(name).toString();
  }
}
