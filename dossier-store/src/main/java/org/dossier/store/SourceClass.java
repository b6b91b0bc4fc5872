package org.dossier.store;

import org.dossier.analysis.Attribution;

/** The kinds of source, in the four classes a sourcing profile counts. */
public enum SourceClass {
  /** A named person, outlet, organisation or an official document. */
  NAMED,
  /** An anonymous source or an unnamed outlet. */
  ANONYMOUS,
  /** A hedge: "reportedly", "it is said". */
  HEDGED,
  /** The article's own voice. */
  AUTHOR;

  public static SourceClass of(Attribution.Kind kind) {
    switch (kind) {
      case ANONYMOUS_SOURCE:
      case UNNAMED_OUTLET:
        return ANONYMOUS;
      case HEDGE:
        return HEDGED;
      case AUTHOR:
        return AUTHOR;
      default:
        return NAMED;
    }
  }
}
