package org.dossier.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in an article's body.
 *
 * <p>Dossier stores offsets, never copies of text: every fact points back at its evidence with a
 * span, and {@link #of(String)} recovers the words when they are needed.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span: start=" + start + ", end=" + end);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /** The text this span covers in {@code body}. */
  public String of(String body) {
    if (end > body.length()) {
      throw new IllegalArgumentException("span " + this + " lies outside a body of length " + body.length());
    }
    return body.substring(start, end);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}
