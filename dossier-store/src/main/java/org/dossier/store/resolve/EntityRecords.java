package org.dossier.store.resolve;

import java.util.List;
import org.dossier.analysis.Analysis;

/** The {@link EntityRecord}s of one analysis. */
public final class EntityRecords {

  private EntityRecords() {}

  /** One record per entity of {@code analysis}, in its order. */
  public static List<EntityRecord> of(Analysis analysis) {
    throw new UnsupportedOperationException("not yet");
  }
}
