package org.dossier.ingest;

import java.nio.file.Path;
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
    FileBytes loaded = FileBytes.read(file, id, where, maxBytes);
    if (loaded.failed() != null) {
      return loaded.failed();
    }
    byte[] bytes = loaded.bytes();
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

}
