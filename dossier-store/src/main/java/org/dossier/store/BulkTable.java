package org.dossier.store;

import java.util.List;

/**
 * The tables {@link Store#load} reads, and their columns: the Parquet tables of the Spark job
 * ({@code docs/spark.md}) have exactly these columns. An article is named by its content hash
 * ({@code article_hash}), its facts by their ids within the article ({@code E3}, {@code T1}).
 */
public enum BulkTable {
  ARTICLES("articles", "article_hash text", "article_id text", "published date", "title text", "outlet text", "url text",
      "body text"),
  ENTITIES("entities", "article_hash text", "local_id text", "type text", "name text", "subtype text", "wikipedia text",
      "link_score double precision", "geoname_id bigint", "lat double precision", "lon double precision", "country text",
      "province text", "city text", "mention_count int"),
  MENTIONS("mentions", "article_hash text", "entity_local text", "start_off int", "end_off int"),
  ALIASES("aliases", "article_hash text", "entity_local text", "name text"),
  DESCRIPTORS("descriptors", "article_hash text", "entity_local text", "start_off int", "end_off int", "role text",
      "qualifiers text"),
  TIMES("times", "article_hash text", "local_id text", "start_off int", "end_off int", "type text", "time_value text",
      "time_mod text", "anchor text", "first_day date", "last_day date", "granularity text"),
  ATTRIBUTIONS("attributions", "article_hash text", "local_id text", "kind text", "cue_start int", "cue_end int",
      "source_start int", "source_end int", "source_entity text", "content_start int", "content_end int"),
  EVENTS("events", "article_hash text", "local_id text", "type text", "trigger_start int", "trigger_end int",
      "time_local text", "time_source text", "place_entity text", "attribution_local text", "polarity text",
      "modality text", "sentence int"),
  PARTICIPANTS("participants", "article_hash text", "event_local text", "entity_local text", "role text"),
  RELATIONS("relations", "article_hash text", "subject_local text", "predicate text", "object_local text",
      "evidence_start int", "evidence_end int"),
  PROBLEMS("problems", "article_hash text", "article_id text", "location text", "code text", "message text");

  private final String table;
  private final List<String> columns;

  BulkTable(String table, String... columns) {
    this.table = table;
    this.columns = List.of(columns);
  }

  /** The table's name ({@code entities}): the Parquet folder's name. */
  public String table() {
    return table;
  }

  /** The columns' names, in order. */
  public List<String> columnNames() {
    return columns.stream().map(c -> c.substring(0, c.indexOf(' '))).toList();
  }

  /** The columns' SQL types ({@code text}, {@code int}, {@code bigint}, {@code double precision}, {@code date}), in order. */
  public List<String> columnTypes() {
    return columns.stream().map(c -> c.substring(c.indexOf(' ') + 1)).toList();
  }

  List<String> columnDefinitions() {
    return columns;
  }
}
