package org.dossier.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dossier.text.Span;

/**
 * One page of search hits, the total, and facet counts over all hits.
 *
 * @param total the number of articles that match, over all pages
 */
public record SearchResult(long total, List<Hit> hits, Facets facets) {

  public SearchResult {
    hits = List.copyOf(hits);
    Objects.requireNonNull(facets, "facets");
  }

  /** One matching article. */
  public record Hit(
      String articleId, Optional<String> title, Optional<LocalDate> date, Optional<String> outlet, float score,
      List<Snippet> snippets) {
    public Hit {
      Objects.requireNonNull(articleId, "articleId");
      snippets = List.copyOf(snippets);
    }
  }

  /**
   * A passage of the body around matches.
   *
   * @param text the passage, plain text (escape it before putting it in HTML)
   * @param where where the passage lies in the article's body
   * @param marks the matched words, as offsets into {@code text}
   */
  public record Snippet(String text, Span where, List<Span> marks) {
    public Snippet {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(where, "where");
      marks = List.copyOf(marks);
    }

    /** The text with every match between « and ». */
    public String marked() {
      StringBuilder out = new StringBuilder();
      int at = 0;
      for (Span m : marks) {
        out.append(text, at, m.start()).append('«').append(text, m.start(), m.end()).append('»');
        at = m.end();
      }
      return out.append(text.substring(at)).toString();
    }
  }

  /**
   * Counts of the matching articles by value.
   *
   * @param months by article month, {@code 2025-04}
   * @param entityTypes articles mentioning an entity of each type
   * @param eventTypes articles reporting an event of each type
   * @param sourceKinds articles with a claim resting on each kind of source
   * @param outlets articles per outlet
   */
  public record Facets(
      Map<String, Long> months, Map<String, Long> entityTypes, Map<String, Long> eventTypes,
      Map<String, Long> sourceKinds, Map<String, Long> outlets) {
    public Facets {
      months = Map.copyOf(months);
      entityTypes = Map.copyOf(entityTypes);
      eventTypes = Map.copyOf(eventTypes);
      sourceKinds = Map.copyOf(sourceKinds);
      outlets = Map.copyOf(outlets);
    }
  }
}
