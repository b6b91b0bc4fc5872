package org.dossier.store;

import java.nio.file.Path;
import java.util.Optional;

/** The store contract on an embedded H2 file database, as {@code dossier ingest} uses by default. */
class H2StoreTest extends StoreContract {

  @Override
  String location() {
    return temp.resolve("corpus").toString();
  }

  @Override
  Optional<Path> indexDir() {
    return Optional.empty();
  }
}
