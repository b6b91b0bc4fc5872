package org.dossier.store;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.analysis.Attribution;

/**
 * How the corpus's claims are sourced, per outlet and month. A claim is an event (resting on the
 * attribution that covers it, or on the article's own voice), or an attribution that covers no
 * event, as in {@link org.dossier.analysis.SourcingProfile}.
 */
public record CorpusSourcing(List<Row> rows) {

  public CorpusSourcing {
    rows = List.copyOf(rows);
  }

  /** The claims of one outlet in one month, by kind of source. */
  public record Row(Optional<String> outlet, Optional<YearMonth> month, Map<Attribution.Kind, Long> byKind) {
    public Row {
      byKind = Map.copyOf(byKind);
    }

    public long claims() {
      return byKind.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(SourceClass c) {
      return byKind.entrySet().stream().filter(e -> SourceClass.of(e.getKey()) == c).mapToLong(Map.Entry::getValue).sum();
    }

    /** The share of claims resting on that class of source, in [0, 1]; 0 when there are none. */
    public double share(SourceClass c) {
      long claims = claims();
      return claims == 0 ? 0 : count(c) / (double) claims;
    }
  }
}
