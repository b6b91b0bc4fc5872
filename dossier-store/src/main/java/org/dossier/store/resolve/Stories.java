package org.dossier.store.resolve;

import java.util.Collection;
import java.util.List;

/** Groups reported events into stories. Deterministic and independent of input order. */
public final class Stories {

  private Stories() {}

  /** The stories of {@code events}, whose participants are resolved by {@code resolution}. */
  public static List<Story> group(Collection<EventRecord> events, Resolution resolution) {
    throw new UnsupportedOperationException("not yet");
  }
}
