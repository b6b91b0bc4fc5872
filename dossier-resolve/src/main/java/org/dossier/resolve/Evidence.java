package org.dossier.resolve;

import java.util.Objects;

/** Why two article entities were taken to be one: "same Wikipedia link Imran_Khan", "same name, shared descriptor 'prime minister'". */
public record Evidence(EntityKey a, EntityKey b, String reason) {

  public Evidence {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(reason, "reason");
  }
}
