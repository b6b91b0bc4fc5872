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

  /**
   * The problem codes Dossier reports; GLOSSARY.md lists them and docs/input.md explains each to
   * users.
   *
   * <p>A <em>fatal</em> code means the article was not analysed (its result carries only its id
   * and the problem); any other code is a warning on an article that was analysed. Fatal:
   * {@link #NOT_FOUND}, {@link #UNREADABLE}, {@link #EMPTY}, {@link #BINARY}, {@link
   * #BAD_ENCODING}, {@link #BAD_JSON}, {@link #BAD_WARC}, {@link #TOO_LARGE}, {@link #NOT_ENGLISH},
   * {@link #ANALYSIS_FAILED}, {@link #TOO_SLOW}, {@link #OUT_OF_MEMORY}, {@link #STORE_REJECTED}. Warnings: {@link #BAD_DATE} (the article is analysed without its date, or
   * with {@code --date}) and {@link #NO_DATE} (the only one that does not count as a problem in
   * the exit code: relative times merely stay unresolved).
   */
  public static final class Codes {
    /** A path that does not exist. */
    public static final String NOT_FOUND = "NOT_FOUND";
    /** A file or directory that exists but cannot be read or listed (permissions, I/O). */
    public static final String UNREADABLE = "UNREADABLE";
    /** No body text: an empty file, only whitespace, only header lines, an empty JSON text. */
    public static final String EMPTY = "EMPTY";
    /** NUL bytes or mostly control characters: not a text file. */
    public static final String BINARY = "BINARY";
    /** Not valid UTF-8 (the message gives the byte offset), or another encoding such as UTF-16. */
    public static final String BAD_ENCODING = "BAD_ENCODING";
    /** A date that is not a real YYYY-MM-DD date, e.g. {@code 2025-13-45}; a warning. */
    public static final String BAD_DATE = "BAD_DATE";
    /** A JSON Lines line that is not a JSON object with a string {@code text}. */
    public static final String BAD_JSON = "BAD_JSON";
    /**
     * A WARC record that cannot be read: cut short, a wrong {@code Content-Length}, a header that
     * cannot be parsed, a damaged gzip member. Reading goes on at the next record found.
     */
    public static final String BAD_WARC = "BAD_WARC";
    /** Larger than {@code --max-size}; checked before the article is read. */
    public static final String TOO_LARGE = "TOO_LARGE";
    /** The article has no date and none was given; a warning that does not affect the exit code. */
    public static final String NO_DATE = "NO_DATE";
    /** The text is not in English (other script, or another language's common words). */
    public static final String NOT_ENGLISH = "NOT_ENGLISH";
    /** The analysis itself failed on this article (a bug); the batch goes on. */
    public static final String ANALYSIS_FAILED = "ANALYSIS_FAILED";
    /** The analysis ran past the article's time budget ({@code --timeout}) and was stopped. */
    public static final String TOO_SLOW = "TOO_SLOW";
    /** The analysis of this article needed more memory than the JVM has; the batch goes on. */
    public static final String OUT_OF_MEMORY = "OUT_OF_MEMORY";
    /**
     * The store's database refused the article's data (a value out of its range, a constraint):
     * the article is not stored, the batch goes on, and the next ingest tries it again.
     */
    public static final String STORE_REJECTED = "STORE_REJECTED";

    static final java.util.Set<String> FATAL =
        java.util.Set.of(
            NOT_FOUND, UNREADABLE, EMPTY, BINARY, BAD_ENCODING, BAD_JSON, BAD_WARC, TOO_LARGE, NOT_ENGLISH,
            ANALYSIS_FAILED, TOO_SLOW, OUT_OF_MEMORY, STORE_REJECTED);

    private Codes() {}
  }

  @Override
  public String toString() {
    return where.map(w -> w + ": ").orElse("") + code + ": " + message;
  }
}
