package org.dossier.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.dossier.text.Span;

/** Passages of article bodies around the words a query matched, as plain text and offsets. */
final class Snippets extends UnifiedHighlighter {

  private static final int PASSAGES = 2;

  private Snippets(Builder builder) {
    super(builder);
  }

  static Snippets of(IndexSearcher searcher, Analyzer analyzer) {
    return new Snippets(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new Formatter())
        .withScorer(new Scorer())
        .withMaxLength(2_000_000)
        .withMaxNoHighlightPassages(1));
  }

  /** The snippets of each document, in the order of {@code docIds}. */
  List<List<SearchResult.Snippet>> of(String field, Query query, int[] docIds) throws IOException {
    int[] max = {PASSAGES};
    Object[] found = highlightFieldsAsObjects(new String[] {field}, query, docIds, max).get(field);
    List<List<SearchResult.Snippet>> out = new ArrayList<>();
    for (int i = 0; i < docIds.length; i++) {
      Object o = found == null ? null : found[i];
      List<SearchResult.Snippet> list = new ArrayList<>();
      if (o instanceof List<?> snippets) {
        for (Object s : snippets) {
          list.add((SearchResult.Snippet) s);
        }
      }
      out.add(list);
    }
    return out;
  }

  /**
   * Lucene's BM25 passage score, without the hash table it allocates for every passage (32 KB
   * each: most of the time of a search with a few hits).
   */
  private static final class Scorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
      int n = passage.getNumMatches();
      BytesRef[] terms = passage.getMatchTerms();
      int[] inDoc = passage.getMatchTermFreqsInDoc();
      boolean[] counted = new boolean[n];
      float score = 0;
      for (int i = 0; i < n; i++) {
        if (counted[i]) {
          continue;
        }
        int inPassage = 0;
        for (int j = i; j < n; j++) {
          if (!counted[j] && terms[j].bytesEquals(terms[i])) {
            counted[j] = true;
            inPassage++;
          }
        }
        score += tf(inPassage, passage.getLength()) * weight(contentLength, inDoc[i]);
      }
      return score * norm(passage.getStartOffset());
    }
  }

  /** Turns passages into {@link SearchResult.Snippet}s; never writes markup. */
  private static final class Formatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<SearchResult.Snippet> out = new ArrayList<>();
      for (Passage p : passages) {
        int start = p.getStartOffset();
        int end = Math.min(p.getEndOffset(), content.length());
        List<Span> marks = new ArrayList<>();
        int last = 0;
        for (int i = 0; i < p.getNumMatches(); i++) {
          int ms = Math.max(p.getMatchStarts()[i] - start, last);
          int me = Math.min(p.getMatchEnds()[i] - start, end - start);
          if (me > ms) {
            marks.add(new Span(ms, me));
            last = me;
          }
        }
        out.add(new SearchResult.Snippet(content.substring(start, end), new Span(start, end), marks));
      }
      return out;
    }
  }
}
