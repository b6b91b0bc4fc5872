package org.dossier.json;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Passes JSON text through, writing each unpaired UTF-16 surrogate as a {@code \\uXXXX} escape.
 * A lone surrogate (legal in a Java string, e.g. from a {@code "\\ud800"} escape in the input)
 * cannot be encoded as UTF-8: written raw it would become {@code ?}, and the body would no longer
 * match the spans that index into it. In JSON text a surrogate can only stand inside a string, so
 * the escape is always right there. Paired surrogates (emoji) pass through unchanged.
 */
final class LoneSurrogateEscaper extends FilterWriter {

  /** A high surrogate written last, waiting to see whether a low one follows. */
  private int pendingHigh = -1;

  LoneSurrogateEscaper(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    char ch = (char) c;
    if (pendingHigh >= 0) {
      char high = (char) pendingHigh;
      pendingHigh = -1;
      if (Character.isLowSurrogate(ch)) {
        out.write(high);
        out.write(ch);
        return;
      }
      escape(high);
    }
    if (Character.isHighSurrogate(ch)) {
      pendingHigh = ch;
    } else if (Character.isLowSurrogate(ch)) {
      escape(ch);
    } else {
      out.write(ch);
    }
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    int plainFrom = off;
    int end = off + len;
    for (int i = off; i < end; i++) {
      if (Character.isSurrogate(buf[i]) || pendingHigh >= 0) {
        out.write(buf, plainFrom, i - plainFrom);
        write(buf[i]);
        plainFrom = i + 1;
      }
    }
    out.write(buf, plainFrom, end - plainFrom);
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    write(str.toCharArray(), off, len);
  }

  @Override
  public void flush() throws IOException {
    flushPending();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flushPending();
    out.close();
  }

  private void flushPending() throws IOException {
    if (pendingHigh >= 0) {
      char high = (char) pendingHigh;
      pendingHigh = -1;
      escape(high);
    }
  }

  private void escape(char c) throws IOException {
    out.write(String.format("\\u%04x", (int) c));
  }
}
