package org.dossier.store.resolve;

import java.util.Collection;

/** Which article entities are one real-world entity. Deterministic and independent of input order. */
public final class CorpusResolver {

  private CorpusResolver() {}

  public static Resolution resolve(Collection<EntityRecord> records) {
    throw new UnsupportedOperationException("not yet");
  }
}
