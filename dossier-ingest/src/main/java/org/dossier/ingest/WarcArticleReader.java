package org.dossier.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.dossier.text.Problem;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file ({@code .warc}, or {@code .warc.gz} with one gzip member per record): every
 * {@code response} record holding an HTML page fetched with status 200, and every {@code resource}
 * record of type {@code text/html}, is one article, read as an HTML page ({@link
 * HtmlArticleReader}). Other records are skipped without a word.
 *
 * <p>One record is in memory at a time, and no more than {@code maxBytes} of its page. The id of
 * an article is its {@code WARC-Target-URI} (else its {@code WARC-Record-ID}); problems are at
 * {@code file:N}, the N-th record of the file. The page's own date wins; else the capture date,
 * the day of {@code WARC-Date}.
 *
 * <p>A broken record (cut short, a wrong {@code Content-Length}, a header that cannot be parsed,
 * a damaged gzip member) is one {@code BAD_WARC} problem; reading then goes on at the next record
 * found after the broken one's start (the next line starting {@code WARC/1.}, or the next gzip
 * member). When none is found the file ends there.
 */
final class WarcArticleReader {

  /** What to look for when resynchronising on an uncompressed file: a record's version line. */
  private static final byte[] VERSION_LINE = {'W', 'A', 'R', 'C', '/', '1', '.'};

  /** What to look for in a gzipped file: the magic number and method of a gzip member. */
  private static final byte[] GZIP_MEMBER = {(byte) 0x1f, (byte) 0x8b, 8};

  private final HtmlArticleReader html;
  private final long maxBytes;

  WarcArticleReader(HtmlArticleReader html, long maxBytes) {
    this.html = html;
    this.maxBytes = maxBytes;
  }

  /**
   * Reads every HTML page in {@code file}.
   *
   * @param id the file's id (its name, or its path below a directory given); a record that is not
   *     read, or has neither URL nor record id, is {@code id:N}
   * @param where how problems name the file; a record's problems are at {@code where:N}
   */
  void read(Path file, String id, String where, Consumer<Input> sink) {
    int[] given = {0};
    Consumer<Input> counting = input -> {
      given[0]++;
      sink.accept(input);
    };
    try (FileChannel channel = FileChannel.open(file)) {
      readRecords(channel, id, where, counting);
    } catch (NoSuchFileException e) {
      counting.accept(ArticleChecks.failed(id, where, Problem.Codes.NOT_FOUND, "no such file"));
    } catch (IOException e) {
      counting.accept(ArticleChecks.failed(id, where, Problem.Codes.UNREADABLE, "cannot be read: " + ArticleChecks.reason(e)));
    }
    if (given[0] == 0) {
      sink.accept(ArticleChecks.failed(id, where, Problem.Codes.EMPTY,
          "is a WARC file without HTML pages (response records of status 200 or resource records, of type text/html)"));
    }
  }

  /** A record read whose end has not been checked yet. */
  private record Pending(int number, long start, Optional<Input> input) {}

  private void readRecords(FileChannel channel, String id, String where, Consumer<Input> sink) throws IOException {
    long from = 0;
    int number = 0;
    boolean reported = false; // a problem since the last good record: resynchronising quietly
    WarcCompression compression = null;
    while (true) {
      channel.position(from);
      WarcReader reader;
      try {
        reader = new WarcReader(channel);
      } catch (IOException e) {
        return; // fewer than two bytes left: nothing more to read
      }
      if (compression == null) {
        compression = reader.compression();
      }
      String[] warning = {null};
      reader.onWarning(w -> warning[0] = w); // only "invalid record trailer": the Content-Length was wrong
      Pending pending = null;
      long broken = -1;
      String why = null;
      int brokenNumber = 0;
      while (true) {
        Optional<WarcRecord> next;
        long start;
        try {
          next = reader.next();
          start = reader.position();
        } catch (IOException | RuntimeException e) { // jwarc throws unchecked exceptions on some bad input too
          if (pending != null && warning[0] == null && reader.position() > pending.start()) {
            // the pending record ended well; the next one's header is what is broken
            pending.input().ifPresent(sink);
            reported = false;
            pending = null;
          }
          if (pending != null) {
            broken = pending.start();
            brokenNumber = pending.number();
          } else {
            broken = reader.position();
            brokenNumber = ++number;
          }
          why = describe(e, warning[0], false);
          break;
        }
        if (pending != null) {
          if (warning[0] != null) {
            broken = pending.start();
            brokenNumber = pending.number();
            why = describe(null, warning[0], false);
            break;
          }
          pending.input().ifPresent(sink);
          reported = false;
          pending = null;
        }
        if (next.isEmpty()) {
          return;
        }
        number++;
        try {
          pending = new Pending(number, start, article(next.get(), id + ":" + number, where + ":" + number));
        } catch (IOException | RuntimeException e) {
          broken = start;
          brokenNumber = number;
          why = describe(e, warning[0], true);
          break;
        }
      }
      OptionalLong resume = find(channel, broken + 1, compression == WarcCompression.GZIP ? GZIP_MEMBER : VERSION_LINE);
      if (!reported) {
        sink.accept(ArticleChecks.failed(id + ":" + brokenNumber, where + ":" + brokenNumber, Problem.Codes.BAD_WARC,
            "record " + brokenNumber + " (at byte " + broken + ") is broken: " + why
                + (resume.isPresent() ? "; reading goes on at the next record" : "; no record follows it")));
        reported = true;
      }
      if (resume.isEmpty()) {
        return;
      }
      from = resume.getAsLong();
    }
  }

  /** The article in one record, or nothing when the record holds no HTML page. */
  private Optional<Input> article(WarcRecord record, String recordId, String where) throws IOException {
    MediaType type;
    MessageBody body;
    if (record instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP)) {
        return Optional.empty();
      }
      HttpResponse http = response.http();
      type = http.contentType();
      if (http.status() != 200 || !isHtml(type)) {
        return Optional.empty();
      }
      body = http.bodyDecoded();
    } else if (record instanceof WarcResource resource) {
      type = resource.contentType();
      if (!isHtml(type)) {
        return Optional.empty();
      }
      body = resource.body();
    } else {
      return Optional.empty();
    }
    Optional<String> target = record.headers().sole("WARC-Target-URI")
        .map(t -> t.startsWith("<") && t.endsWith(">") ? t.substring(1, t.length() - 1) : t)
        .filter(t -> !t.isBlank());
    String id = target.or(() -> record.headers().sole("WARC-Record-ID")).orElse(recordId);
    byte[] page = FileBytes.readAtMost(body.stream(), maxBytes + 1);
    if (page.length > maxBytes) {
      return Optional.of(ArticleChecks.failed(id, where, Problem.Codes.TOO_LARGE, "page " + ByteSize.tooLarge(OptionalLong.empty(), maxBytes)));
    }
    Optional<String> charset = parameter(type, "charset");
    Optional<String> captured = record.headers().sole("WARC-Date").flatMap(WarcArticleReader::day);
    return Optional.of(html.page(page, page.length, new HtmlArticleReader.Context(id, where, charset, captured, target)));
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static Optional<String> parameter(MediaType type, String name) {
    for (Map.Entry<String, String> p : type.parameters().entrySet()) {
      if (p.getKey().equalsIgnoreCase(name)) {
        return Optional.of(p.getValue());
      }
    }
    return Optional.empty();
  }

  /** The UTC day of a WARC date, {@code 2025-04-14T09:30:00Z}. */
  private static Optional<String> day(String warcDate) {
    try {
      return Optional.of(Instant.parse(warcDate.strip()).atOffset(ZoneOffset.UTC).toLocalDate().toString());
    } catch (java.time.DateTimeException e) {
      return Optional.empty(); // an unreadable capture date is no capture date; the page's own may do
    }
  }

  /**
   * What is wrong with a record, in a few words: never jwarc's message alone, which quotes the
   * bytes around the error (a piece of the page, line breaks and all).
   *
   * @param warning jwarc's warning while reading the record, if any (a bad record trailer)
   * @param inBlock whether the error came while reading the record's block, not its header
   */
  private static String describe(Throwable e, String warning, boolean inBlock) {
    if (warning != null) {
      return "its Content-Length does not match where the record ends";
    }
    if (e instanceof java.io.EOFException) {
      return "it is cut short: the file ends inside it";
    }
    if (e instanceof java.util.zip.ZipException) {
      return "its gzip data is damaged";
    }
    if (e instanceof ParsingException) {
      return inBlock ? "its HTTP response header cannot be parsed" : "its header is not a WARC record header";
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return ArticleChecks.shorten(message.replaceAll("\\p{Cntrl}+", " ").strip(), 120);
  }

  /**
   * The offset of the first {@code marker} at or after {@code from} (for a version line: at the
   * start of a line), read in chunks.
   */
  private static OptionalLong find(FileChannel channel, long from, byte[] marker) throws IOException {
    boolean atLineStart = marker == VERSION_LINE;
    ByteBuffer chunk = ByteBuffer.allocate(64 * 1024);
    long base = Math.max(0, from - 1); // one byte back, to see the line break before the marker
    while (true) {
      chunk.clear();
      int n = channel.read(chunk, base);
      if (n <= 0) {
        return OptionalLong.empty();
      }
      byte[] b = chunk.array();
      for (int i = 0; i + marker.length <= n; i++) {
        long at = base + i;
        if (at < from || (atLineStart && at > 0 && (i == 0 || b[i - 1] != '\n'))) {
          continue;
        }
        if (Arrays.equals(b, i, i + marker.length, marker, 0, marker.length)) {
          return OptionalLong.of(at);
        }
      }
      if (n < marker.length + 1) {
        return OptionalLong.empty();
      }
      base += n - marker.length; // overlap, so that no marker is split between chunks
    }
  }
}
