package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalLong;
import org.dossier.text.Problem;

/**
 * Reads one text article: optional header lines, then the body (see {@link Header}). The size is
 * checked before anything is read, and no more than the limit is ever read, so a huge file (or
 * {@code /dev/zero}) costs nothing.
 */
final class TextArticleReader {

  private final ArticleChecks checks;
  private final long maxBytes;

  TextArticleReader(ArticleChecks checks, long maxBytes) {
    this.checks = checks;
    this.maxBytes = maxBytes;
  }

  /**
   * @param id the article id (the file name, or the path below a directory given)
   * @param where the file as the user can find it, for problems
   */
  Input read(Path file, String id, String where) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        return ArticleChecks.failed(id, where, Problem.Codes.TOO_LARGE, ByteSize.tooLarge(OptionalLong.of(size), maxBytes));
      }
      bytes = readAtMost(file, maxBytes + 1);
    } catch (NoSuchFileException e) {
      return ArticleChecks.failed(id, where, Problem.Codes.NOT_FOUND, "no such file");
    } catch (IOException e) {
      return ArticleChecks.failed(id, where, Problem.Codes.UNREADABLE, "cannot be read: " + ArticleChecks.reason(e));
    }
    if (bytes.length > maxBytes) {
      return ArticleChecks.failed(id, where, Problem.Codes.TOO_LARGE, ByteSize.tooLarge(OptionalLong.empty(), maxBytes));
    }
    if (bytes.length == 0) {
      return ArticleChecks.failed(id, where, Problem.Codes.EMPTY, "is empty");
    }
    TextBytes.Result decoded = TextBytes.decode(bytes, bytes.length, 0);
    if (decoded instanceof TextBytes.Rejected r) {
      return ArticleChecks.failed(id, where, r.code(), r.message());
    }
    String text = ((TextBytes.Text) decoded).text();
    Header header = Header.parse(text);
    String body = text.substring(header.bodyStart());
    if (TextBytes.isBlank(body)) {
      return ArticleChecks.failed(id, where, Problem.Codes.EMPTY,
          TextBytes.isBlank(text) ? "has only white space" : "has header lines but no body text");
    }
    return checks.check(id, where, header.date(), header.title(), header.source(), header.url(), body);
  }

  /** Up to {@code limit} bytes of the file: a file that grows while read, or a device, stops there. */
  static byte[] readAtMost(Path file, long limit) throws IOException {
    int cap = (int) Math.min(limit, Integer.MAX_VALUE - 8);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[Math.min(cap, 64 * 1024)];
      int n = 0;
      while (n < cap) {
        if (n == buffer.length) {
          buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, cap));
        }
        int r = in.read(buffer, n, buffer.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
      return Arrays.copyOf(buffer, n);
    }
  }
}
