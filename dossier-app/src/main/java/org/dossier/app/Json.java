package org.dossier.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dossier.store.ArticleRef;
import org.dossier.text.Span;

/** The JSON answers of the corpus commands: built node by node, so that field names are ours. */
final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** Sets {@code field} to the value, or to null when it is empty. */
  static ObjectNode put(ObjectNode node, String field, Optional<?> value) {
    if (value.isPresent()) {
      node.put(field, value.get().toString());
    } else {
      node.putNull(field);
    }
    return node;
  }

  static ObjectNode article(ArticleRef a) {
    ObjectNode n = object().put("id", a.articleId());
    put(n, "date", a.date());
    return put(n, "outlet", a.outlet());
  }

  static ObjectNode span(Span s) {
    return object().put("start", s.start()).put("end", s.end());
  }

  /** A map of counts, keys in order. */
  static ObjectNode counts(Map<String, ? extends Number> counts) {
    ObjectNode n = object();
    new TreeMap<>(counts).forEach((k, v) -> n.put(k, v.longValue()));
    return n;
  }

  /** The document, indented, for standard output. */
  static String pretty(Object node) {
    try {
      return PRETTY.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of JSON nodes always serialises", e);
    }
  }

  /** The document on one line, for JSON Lines. */
  static String line(Object node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of JSON nodes always serialises", e);
    }
  }
}
