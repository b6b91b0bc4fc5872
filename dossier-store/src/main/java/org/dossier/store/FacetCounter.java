package org.dossier.store;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Counts every matching document, and the documents per value of some doc-values fields. */
final class FacetCounter extends SimpleCollector {

  private final List<String> fields;
  private final Map<String, Map<String, Long>> counts = new HashMap<>();
  private SortedSetDocValues[] values;
  private long[][] ordCounts;
  private long total;

  FacetCounter(List<String> fields) {
    this.fields = List.copyOf(fields);
    for (String f : fields) {
      counts.put(f, new HashMap<>());
    }
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    flush();
    values = new SortedSetDocValues[fields.size()];
    ordCounts = new long[fields.size()][];
    for (int i = 0; i < fields.size(); i++) {
      values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
      ordCounts[i] = new long[(int) values[i].getValueCount()];
    }
  }

  @Override
  public void collect(int doc) throws IOException {
    total++;
    for (int i = 0; i < values.length; i++) {
      SortedSetDocValues dv = values[i];
      if (dv.advanceExact(doc)) {
        for (int n = 0; n < dv.docValueCount(); n++) {
          ordCounts[i][(int) dv.nextOrd()]++;
        }
      }
    }
  }

  private void flush() throws IOException {
    if (values == null) {
      return;
    }
    for (int i = 0; i < values.length; i++) {
      Map<String, Long> out = counts.get(fields.get(i));
      for (int ord = 0; ord < ordCounts[i].length; ord++) {
        if (ordCounts[i][ord] > 0) {
          out.merge(values[i].lookupOrd(ord).utf8ToString(), ordCounts[i][ord], Long::sum);
        }
      }
    }
    values = null;
  }

  /** Counters for a search over several slices, merged at the end. */
  static CollectorManager<FacetCounter, FacetCounter> manager(List<String> fields) {
    return new CollectorManager<>() {
      @Override
      public FacetCounter newCollector() {
        return new FacetCounter(fields);
      }

      @Override
      public FacetCounter reduce(Collection<FacetCounter> counters) throws IOException {
        FacetCounter merged = new FacetCounter(fields);
        for (FacetCounter c : counters) {
          merged.total += c.total;
          for (String field : fields) {
            c.counts(field).forEach((value, n) -> merged.counts.get(field).merge(value, n, Long::sum));
          }
        }
        return merged;
      }
    };
  }

  long total() {
    return total;
  }

  /** The counts of one field, once the search is over. */
  Map<String, Long> counts(String field) throws IOException {
    flush();
    return counts.get(field);
  }
}
