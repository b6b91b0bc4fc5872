package org.dossier.store.resolve;

import java.util.List;
import org.dossier.analysis.Analysis;

/** The {@link EventRecord}s of one analysis. */
public final class EventRecords {

  private EventRecords() {}

  /** One record per event of {@code analysis}, in its order. */
  public static List<EventRecord> of(Analysis analysis) {
    throw new UnsupportedOperationException("not yet");
  }
}
