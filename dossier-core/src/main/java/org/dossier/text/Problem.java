package org.dossier.text;

import java.util.Objects;
import java.util.Optional;

/**
 * Something wrong with one article's input or analysis that did not stop the batch.
 *
 * @param code a stable, machine-readable code, e.g. {@code NO_DATE}
 * @param message one line for a person: what is wrong and, where possible, what to do
 * @param where the file (and line, for JSON Lines) the problem is in, when known
 */
public record Problem(String code, String message, Optional<String> where) {

  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(where, "where");
  }

  public static Problem of(String code, String message) {
    return new Problem(code, message, Optional.empty());
  }

  public static Problem at(String where, String code, String message) {
    return new Problem(code, message, Optional.of(where));
  }

  /** Whether the article could still be analysed (a warning) or was lost (an error). */
  public boolean isFatal() {
    return Codes.FATAL.contains(code);
  }

  /** The problem codes Dossier reports; see GLOSSARY.md. */
  public static final class Codes {
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String UNREADABLE = "UNREADABLE";
    public static final String EMPTY = "EMPTY";
    public static final String BINARY = "BINARY";
    public static final String BAD_ENCODING = "BAD_ENCODING";
    public static final String BAD_DATE = "BAD_DATE";
    public static final String BAD_JSON = "BAD_JSON";
    public static final String TOO_LARGE = "TOO_LARGE";
    public static final String NO_DATE = "NO_DATE";
    public static final String NOT_ENGLISH = "NOT_ENGLISH";
    public static final String ANALYSIS_FAILED = "ANALYSIS_FAILED";

    static final java.util.Set<String> FATAL =
        java.util.Set.of(NOT_FOUND, UNREADABLE, EMPTY, BINARY, BAD_ENCODING, BAD_JSON, TOO_LARGE, ANALYSIS_FAILED);

    private Codes() {}
  }

  @Override
  public String toString() {
    return where.map(w -> w + ": ").orElse("") + code + ": " + message;
  }
}
