package org.dossier.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Store#put} did with one analysis.
 *
 * @param articleId the id the article is stored under: its own, or, when another article already
 *     had that id, the id with {@code ~} and the start of its content hash appended
 * @param contentHash the article's {@link Store#contentHash content hash}
 * @param message why the database refused the article ({@link Outcome#REJECTED}); else empty
 */
public record PutResult(String articleId, Outcome outcome, String contentHash, Optional<String> message) {

  public PutResult {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(message, "message");
  }

  PutResult(String articleId, Outcome outcome, String contentHash) {
    this(articleId, outcome, contentHash, Optional.empty());
  }

  /** What happened. */
  public enum Outcome {
    /** Stored with its analysis and added to the index. */
    STORED,
    /** An article with the same body was already stored; nothing changed. */
    SKIPPED,
    /** The analysis had failed: only its problems were recorded, so that a later run retries it. */
    FAILED,
    /**
     * The database refused the article's data (a {@code STORE_REJECTED} problem is recorded, and
     * the message says why): nothing of it is stored, so that a later run retries it.
     */
    REJECTED
  }
}
