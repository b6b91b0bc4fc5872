package org.dossier.app.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.text.Article;

/**
 * Writes articles as JSON Lines in the input form of {@code docs/input.md}
 * ({@code {"id", "date", "title", "source", "url", "text"}}, absent fields left out), so that
 * {@code dossier analyze} and {@code dossier bench --input} read exactly these articles.
 */
public final class InputLines {

  private static final ObjectMapper JSON = new ObjectMapper();

  private InputLines() {}

  /** Writes {@code articles} to {@code file}, one per line, replacing the file. */
  public static void write(List<Article> articles, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Article a : articles) {
        out.write(line(a));
        out.write('\n');
      }
    }
  }

  /** One article as one line of JSON, without the line break. */
  public static String line(Article a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", a.id());
    a.date().ifPresent(d -> o.put("date", d.toString()));
    a.title().ifPresent(t -> o.put("title", t));
    a.source().ifPresent(s -> o.put("source", s));
    a.url().ifPresent(u -> o.put("url", u));
    o.put("text", a.body());
    try {
      return JSON.writeValueAsString(o);
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree of strings always serialises", e);
    }
  }
}
