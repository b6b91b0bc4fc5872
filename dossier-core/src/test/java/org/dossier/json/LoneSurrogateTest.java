package org.dossier.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dossier.analysis.Analysis;
import org.dossier.text.Article;
import org.dossier.text.Span;
import org.junit.jupiter.api.Test;

class LoneSurrogateTest {

  @Test
  void a_lone_surrogate_survives_utf8_as_an_escape() throws Exception {
    String title = "Talks \ud800 resumed \udfff in Geneva \ud83d\ude00 on Monday.\ud800";
    Article article = new Article("a", java.util.Optional.of(LocalDate.of(2025, 1, 1)), java.util.Optional.of(title),
        java.util.Optional.empty(), java.util.Optional.empty(), "Body.");
    String line = AnalysisJson.toLine(new Analysis(article, List.of(new Span(0, 5)),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
    assertThat(line).contains("\\ud800 resumed \\udfff").contains("\ud83d\ude00");
    String decoded = new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    assertThat(decoded).as("nothing becomes ? in UTF-8").isEqualTo(line);
    JsonNode node = new ObjectMapper().readTree(decoded);
    assertThat(node.get("article").get("title").asText()).isEqualTo(title);
  }

  @Test
  void the_escaper_handles_pairs_split_across_writes() throws Exception {
    java.io.StringWriter sink = new java.io.StringWriter();
    LoneSurrogateEscaper w = new LoneSurrogateEscaper(sink);
    w.write("a\ud83d");
    w.write("\ude00b\ud800");
    w.write('c');
    w.write("\udc00");
    w.flush();
    assertThat(sink.toString()).isEqualTo("a\ud83d\ude00b\\ud800c\\udc00");
  }
}
