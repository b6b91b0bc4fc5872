package org.dossier.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.dossier.text.Problem;

/**
 * Reads JSON Lines: one article per line, {@code {"id", "date", "title", "source", "url", "text"}},
 * only {@code text} required. Streams: one line in memory at a time, and a line over the size
 * limit is skipped without being kept. Every non-blank line gives exactly one {@link Input}, a
 * failed one when the line is bad, so that the output has one result per input line, in order.
 */
final class JsonLinesReader {

  /** Bytes looked at before any line is parsed: a binary or UTF-16 file is one problem, not thousands. */
  private static final int SNIFF = 8192;

  private static final ObjectMapper JSON = JsonMapper.builder(
          JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // {"text": "a", "text": "b"} is no article
              .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private final ArticleChecks checks;
  private final long maxBytes;

  JsonLinesReader(ArticleChecks checks, long maxBytes) {
    this.checks = checks;
    this.maxBytes = maxBytes;
  }

  /**
   * Reads every line of {@code in} (which it does not close).
   *
   * @param where how problems name the source, e.g. {@code feeds/a.jsonl} or {@code stdin}; a
   *     line's problems are at {@code where:line}
   * @param idPrefix default ids are {@code idPrefix:line}
   */
  void read(InputStream in, String where, String idPrefix, Consumer<Input> sink) {
    Lines lines = new Lines(in, maxBytes);
    int articles = 0;
    try {
      byte[] head = lines.peek(SNIFF);
      Optional<String> wide = TextBytes.wideEncoding(head, head.length);
      if (wide.isPresent()) {
        sink.accept(ArticleChecks.failed(idPrefix, where, Problem.Codes.BAD_ENCODING,
            "is " + wide.get() + ", not UTF-8: convert it first (e.g. iconv -f " + wide.get().replaceAll(" .*", "") + " -t UTF-8)"));
        return;
      }
      if (isBinary(head)) {
        sink.accept(ArticleChecks.failed(idPrefix, where, Problem.Codes.BINARY,
            "contains NUL bytes and does not start with a JSON object: a binary file, not JSON Lines"));
        return;
      }
      while (lines.next()) {
        if (lines.isBlank()) {
          continue;
        }
        articles++;
        sink.accept(line(lines, where + ":" + lines.number(), idPrefix + ":" + lines.number()));
      }
    } catch (IOException e) {
      sink.accept(ArticleChecks.failed(idPrefix, where, Problem.Codes.UNREADABLE,
          "reading stopped at line " + lines.number() + ": " + ArticleChecks.reason(e)));
      return;
    }
    if (articles == 0) {
      sink.accept(ArticleChecks.failed(idPrefix, where, Problem.Codes.EMPTY,
          lines.number() == 0 ? "is empty" : "has only blank lines"));
    }
  }

  /**
   * Whether the start of a file says it is binary as a whole: it holds NUL bytes and does not
   * start with a JSON object. A NUL byte inside a file that does is the problem of its line alone.
   */
  private static boolean isBinary(byte[] head) {
    boolean nul = false;
    for (byte b : head) {
      nul |= b == 0;
    }
    if (!nul) {
      return false;
    }
    int i = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
    while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    return i == head.length || head[i] != '{';
  }

  private Input line(Lines lines, String where, String defaultId) {
    if (lines.isTooLong()) {
      return ArticleChecks.failed(defaultId, where, Problem.Codes.TOO_LARGE,
          "line " + ByteSize.tooLarge(OptionalLong.of(lines.length()), maxBytes));
    }
    TextBytes.Result decoded = TextBytes.decode(lines.bytes(), lines.bufferedLength(), lines.start());
    if (decoded instanceof TextBytes.Rejected r) {
      return ArticleChecks.failed(defaultId, where, r.code(), r.message());
    }
    String json = ((TextBytes.Text) decoded).text();
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return ArticleChecks.failed(defaultId, where, Problem.Codes.BAD_JSON, "is not valid JSON: " + describe(e));
    }
    if (node == null || !node.isObject()) {
      return ArticleChecks.failed(defaultId, where, Problem.Codes.BAD_JSON,
          "is not a JSON object: each line of a JSON Lines file is one article, {\"text\": \"...\", ...}");
    }
    String id = text(node, "id").or(() -> number(node, "id")).filter(s -> !s.isBlank()).orElse(defaultId);
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      return ArticleChecks.failed(id, where, Problem.Codes.BAD_JSON, "has no \"text\" field (the article body)");
    }
    if (!text.isTextual()) {
      return ArticleChecks.failed(id, where, Problem.Codes.BAD_JSON, "has a \"text\" that is not a string");
    }
    JsonNode date = node.get("date");
    Optional<String> dateText = date == null || date.isNull() ? Optional.empty()
        : Optional.of(date.isTextual() ? date.asText() : date.toString());
    return checks.check(id, where, dateText, text(node, "title"), text(node, "source"), text(node, "url"), text.asText());
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
  }

  private static Optional<String> number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isIntegralNumber() ? Optional.of(v.asText()) : Optional.empty();
  }

  /** Jackson's message without its multi-line source excerpt, with the column. */
  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    message = ArticleChecks.shorten(message.strip(), 120);
    JsonLocation at = e.getLocation();
    return at != null && at.getColumnNr() > 0 ? message + " (column " + at.getColumnNr() + ")" : message;
  }

  /**
   * The lines of a byte stream, read in chunks; keeps at most {@code limit} bytes of one line
   * and only counts the rest.
   */
  private static final class Lines {
    private final InputStream in;
    private final long limit;
    private final byte[] chunk = new byte[64 * 1024];
    private int chunkLength;
    private int chunkPos;
    private boolean eof;
    private byte[] line = new byte[4096];
    private int kept;
    private long length;
    private long start;
    private long offset;
    private int number;

    Lines(InputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    /** Up to {@code n} bytes from the start of the stream, without consuming them. */
    byte[] peek(int n) throws IOException {
      while (chunkLength < n && !eof) {
        int r = in.read(chunk, chunkLength, Math.min(n, chunk.length) - chunkLength);
        if (r < 0) {
          eof = true;
        } else {
          chunkLength += r;
        }
      }
      return Arrays.copyOf(chunk, Math.min(n, chunkLength));
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
      start = offset;
      kept = 0;
      length = 0;
      boolean any = false;
      while (true) {
        if (chunkPos == chunkLength) {
          if (eof || !fill()) {
            break;
          }
        }
        any = true;
        byte b = chunk[chunkPos++];
        offset++;
        if (b == '\n') {
          break;
        }
        length++;
        if (length <= limit) {
          if (kept == line.length) {
            line = Arrays.copyOf(line, (int) Math.min((long) line.length * 2, Math.min(limit, Integer.MAX_VALUE - 8)));
          }
          line[kept++] = b;
        }
      }
      if (!any) {
        return false;
      }
      if (kept > 0 && kept == length && line[kept - 1] == '\r') {
        kept--;
        length--;
      }
      number++;
      return true;
    }

    private boolean fill() throws IOException {
      chunkPos = 0;
      chunkLength = 0;
      int r = in.read(chunk, 0, chunk.length);
      if (r < 0) {
        eof = true;
        return false;
      }
      chunkLength = r;
      return true;
    }

    boolean isTooLong() {
      return length > limit;
    }

    boolean isBlank() {
      if (isTooLong()) {
        return false;
      }
      boolean bom = number == 1 && kept >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF;
      for (int i = bom ? 3 : 0; i < kept; i++) {
        byte b = line[i];
        if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
          return false;
        }
      }
      return true;
    }

    byte[] bytes() {
      return line;
    }

    int bufferedLength() {
      return kept;
    }

    long length() {
      return length;
    }

    long start() {
      return start;
    }

    int number() {
      return number;
    }
  }
}
