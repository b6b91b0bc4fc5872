package org.dossier.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.web.WebServer;
import org.junit.jupiter.api.Test;

/** The JSON API and the guard, over HTTP on loopback, against the demo corpus. */
class WebApiTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(DemoCorpus.base() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return JSON.readTree(r.body());
  }

  private static String imranKhan() throws Exception {
    return json("/api/v1/entities?name=Imran%20Khan").get("hits").get(0).get("corpusId").asText();
  }

  @Test
  void the_march_2025_meeting_is_on_imran_khans_timeline_with_its_anonymous_source() throws Exception {
    JsonNode events = json("/api/v1/entities/" + imranKhan() + "/timeline").get("events");
    List<JsonNode> march = new ArrayList<>();
    events.forEach(e -> {
      if (e.get("day").asText().startsWith("2025-03") && e.get("sourceKind").asText().equals("ANONYMOUS_SOURCE")) {
        march.add(e);
      }
    });
    assertThat(march).isNotEmpty();
    assertThat(march.get(0).get("sourceText").asText()).containsIgnoringCase("sources");
    assertThat(march.get(0).get("triggerSpan").has("empty")).isFalse();
  }

  @Test
  void everything_a_page_shows_is_in_the_api() throws Exception {
    String id = imranKhan();
    JsonNode entity = json("/api/v1/entities/" + id);
    assertThat(entity.get("name").asText()).isEqualTo("Imran Khan");
    assertThat(entity.get("saidAbout").get("byKind").has("ANONYMOUS_SOURCE")).isTrue();
    JsonNode search = json("/api/v1/search?q=Imran%20Khan&type=PERSON");
    assertThat(search.get("total").asLong()).isPositive();
    assertThat(search.get("facets").get("entityTypes").has("PERSON")).isTrue();
    String article = search.get("hits").get(0).get("articleId").asText();
    JsonNode view = json("/api/v1/articles/" + article);
    assertThat(view.get("body").asText()).contains("Imran Khan");
    assertThat(view.get("attributions")).isNotEmpty();
    JsonNode stories = json("/api/v1/stories?entity=" + id).get("stories");
    assertThat(stories).isNotEmpty();
    assertThat(json("/api/v1/stories/" + stories.get(0).get("id").asText()).get("participants")).isNotEmpty();
    JsonNode graph = json("/api/v1/graph?nodes=20&types=PERSON,ORGANIZATION");
    assertThat(graph.get("nodes").size()).isBetween(1, 20);
    graph.get("nodes").forEach(n -> assertThat(n.get("type").asText()).isIn("PERSON", "ORGANIZATION"));
    assertThat(json("/api/v1/outlets").get("outlets")).isNotEmpty();
    assertThat(json("/api/v1/sources").get("rows")).isNotEmpty();
    JsonNode openapi = json("/api/v1/openapi.json");
    assertThat(openapi.get("openapi").asText()).startsWith("3.");
    assertThat(openapi.get("paths").has("/api/v1/entities/{id}/timeline")).isTrue();
  }

  @Test
  void errors_are_a_code_and_a_message_never_a_stack_trace() throws Exception {
    for (String path : List.of("/api/v1/entities/Cnothing", "/api/v1/articles/nothing", "/api/v1/stories/nothing",
        "/api/v1/no-such-thing", "/api/v1/search?from=yesterday", "/api/v1/search?limit=100000", "/api/v1/graph?types=ALIENS",
        "/api/v1/entities")) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isBetween(400, 499);
      JsonNode body = JSON.readTree(r.body());
      assertThat(body.get("code").asText()).as(path).isNotBlank();
      assertThat(r.body()).as(path).doesNotContain("Exception", "at org.", "at java.");
    }
    HttpResponse<String> page = get("/entity/Cnothing");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Not found").doesNotContain("Exception");
  }

  @Test
  void every_response_carries_a_policy_that_forbids_inline_script() throws Exception {
    for (String path : List.of("/", "/api/v1/outlets", "/nothing", "/static/dossier.css")) {
      HttpResponse<String> r = get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
          .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe"));
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
  }

  @Test
  void only_small_read_requests_are_served() throws Exception {
    HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(DemoCorpus.base() + "/api/v1/search"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    HttpResponse<String> big = HTTP.send(HttpRequest.newBuilder(URI.create(DemoCorpus.base() + "/api/v1/outlets"))
        .method("GET", HttpRequest.BodyPublishers.ofString("x".repeat(100_000))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(get("/api/v1/search?q=" + "a".repeat(5000)).statusCode()).isEqualTo(414);
  }

  @Test
  void a_server_with_a_token_answers_only_requests_that_carry_it() throws Exception {
    String token = "a-token-of-some-length-42";
    try (WebServer guarded = DemoCorpus.withToken(token)) {
      String base = "http://127.0.0.1:" + guarded.port();
      HttpResponse<String> none = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/outlets")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(none.statusCode()).isEqualTo(401);
      HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/outlets"))
          .header("Authorization", "Bearer not-the-token-at-all").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(wrong.statusCode()).isEqualTo(401);
      HttpResponse<String> bearer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/outlets"))
          .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(bearer.statusCode()).isEqualTo(200);
      HttpResponse<String> link = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/?token=" + token)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(link.statusCode()).isEqualTo(200);
      assertThat(link.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("HttpOnly"));
    }
  }

  @Test
  void serve_refuses_another_host_than_loopback_without_a_token() {
    assertThat(org.dossier.app.Main.run("serve", "--host", "0.0.0.0", "--token", "", "--db", "target/no-such-store"))
        .isEqualTo(org.dossier.app.Main.USAGE);
  }

  @Test
  void another_host_than_loopback_needs_a_token() {
    assertThatThrownBy(() -> new WebServer.Settings("0.0.0.0", 8080, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token");
    assertThatThrownBy(() -> new WebServer.Settings("127.0.0.1", 8080, Optional.of("short")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
