package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.Input;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format json} keeps the contract (shared/spec/analysis-json.md): it parses, there is one
 * result per input in order, and every span anywhere in it, found generically as any object with
 * {@code start}, {@code end} and {@code text}, quotes the body exactly.
 */
class JsonContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void every_span_of_the_reference_article_quotes_its_body() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(SeedArticle.FILE), "reference article missing: " + SeedArticle.FILE);
    CliRun run = CliRun.of("analyze", "--format", "json", SeedArticle.FILE.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.OK);
    assertThat(run.outLines()).hasSize(1);
    String body = bodyOf(SeedArticle.FILE.toString()).get(0);
    JsonNode result = JSON.readTree(run.outLines().get(0));
    assertThat(result.path("schema").asInt()).isEqualTo(1);
    assertThat(result.path("article").path("date").asText()).isEqualTo("2025-04-14");
    assertThat(result.path("sentences")).isNotEmpty();
    assertSpansQuote(result, body);
  }

  @Test
  void the_broad_attribution_reading_keeps_the_contract_and_adds_stance_attributions() throws IOException {
    Path feed = Files.writeString(dir.resolve("stance.jsonl"),
        "{\"id\":\"one\",\"date\":\"2025-04-14\",\"text\":\"Officials said the talks collapsed."
            + " Economists believe the tariffs will raise prices.\"}\n");
    CliRun reports = CliRun.of("analyze", "--format", "json", feed.toString());
    CliRun broad = CliRun.of("analyze", "--format", "json", "--attribution", "broad", feed.toString());
    assertThat(broad.exitCode()).as(broad.err()).isEqualTo(Main.OK);
    JsonNode r = JSON.readTree(reports.outLines().get(0));
    JsonNode b = JSON.readTree(broad.outLines().get(0));
    assertSpansQuote(b, bodyOf(feed.toString()).get(0));
    assertThat(b.path("attributions").size()).isGreaterThan(r.path("attributions").size());
  }

  @Test
  void every_span_of_a_json_lines_input_quotes_its_text_one_result_per_line_in_order() throws IOException {
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        "{\"id\":\"one\",\"date\":\"2025-04-14\",\"text\":\"  Imran Khan met the army chief in Rawalpindi on"
            + " Monday, officials said.\\n\"}",
        "{\"id\":\"two\",\"date\":\"2025-03-01\",\"text\":\"The caf\\u00e9 \\ud83d\\ude00 owner, Jos\\u00e9 Garc\\u00eda,"
            + " told Reuters on Friday that the shop in Karachi would reopen next week.\"}",
        "{\"text\":\"\"}",
        "{\"id\":\"four\",\"text\":\"Highly placed sources said the talks in Islamabad collapsed last November.\"}",
        ""));
    CliRun run = CliRun.of("analyze", "--format", "json", feed.toString());
    List<String> lines = run.outLines();
    assertThat(lines).hasSize(4);
    List<String> bodies = bodyOf(feed.toString());
    for (int i = 0; i < lines.size(); i++) {
      JsonNode result = JSON.readTree(lines.get(i));
      assertSpansQuote(result, bodies.get(i));
    }
    assertThat(lines).extracting(l -> JSON.readTree(l).path("article").path("id").asText())
        .containsExactly("one", "two", "feed.jsonl:3", "four");
    assertThat(JSON.readTree(lines.get(0)).path("sentences").get(0).path("start").asInt()).isEqualTo(2);
  }

  /** The body each input of {@code path} carries, as the ingest reads it (empty for a failed one). */
  private static List<String> bodyOf(String path) {
    List<Input> inputs = new ArrayList<>();
    new Ingest(Optional.empty(), 5_000_000).read(List.of(path), inputs::add);
    return inputs.stream().map(i -> i.article().body()).toList();
  }

  /** The contract's top-level shape, then every span quotes the body. */
  private static void assertSpansQuote(JsonNode result, String body) {
    assertThat(result.fieldNames()).toIterable().contains(
        "schema", "article", "sentences", "entities", "times", "events", "attributions", "relations", "problems");
    assertThat(result.path("article").fieldNames()).toIterable().contains("id", "date", "title", "source", "url");
    walk(result, body);
  }

  /** Walks the whole tree: any object with start, end and text must quote the body. */
  private static void walk(JsonNode node, String body) {
    if (node.isObject() && node.has("start") && node.has("end") && node.has("text")) {
      int start = node.get("start").asInt();
      int end = node.get("end").asInt();
      assertThat(start).isBetween(0, end);
      assertThat(end).isLessThanOrEqualTo(body.length());
      assertThat(node.get("text").asText()).as("span %s", node).isEqualTo(body.substring(start, end));
    }
    if (node.isObject() && node.has("start") && node.has("end")) {
      assertThat(node.get("end").asInt()).as("span %s", node).isLessThanOrEqualTo(body.length());
    }
    node.elements().forEachRemaining(child -> walk(child, body));
  }
}
