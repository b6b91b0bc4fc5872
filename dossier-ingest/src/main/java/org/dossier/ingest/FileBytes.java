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
 * The bytes of one article file, read with its size limit checked before anything is read and no
 * more than the limit ever read (a huge file, or {@code /dev/zero}, costs nothing); or the failed
 * input saying why not. Text and HTML files are read this way.
 *
 * @param bytes the file's bytes, when it could be read within the limit
 * @param failed the input for a file that is missing, unreadable or too large
 */
record FileBytes(byte[] bytes, Input failed) {

  static FileBytes read(Path file, String id, String where, long maxBytes) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        return failed(ArticleChecks.failed(id, where, Problem.Codes.TOO_LARGE, ByteSize.tooLarge(OptionalLong.of(size), maxBytes)));
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = readAtMost(in, maxBytes + 1);
      }
    } catch (NoSuchFileException e) {
      return failed(ArticleChecks.failed(id, where, Problem.Codes.NOT_FOUND, "no such file"));
    } catch (IOException e) {
      return failed(ArticleChecks.failed(id, where, Problem.Codes.UNREADABLE, "cannot be read: " + ArticleChecks.reason(e)));
    }
    if (bytes.length > maxBytes) {
      return failed(ArticleChecks.failed(id, where, Problem.Codes.TOO_LARGE, ByteSize.tooLarge(OptionalLong.empty(), maxBytes)));
    }
    return new FileBytes(bytes, null);
  }

  /** Up to {@code limit} bytes of a stream: one that grows while read, or a device, stops there. */
  static byte[] readAtMost(InputStream in, long limit) throws IOException {
    int cap = (int) Math.min(limit, Integer.MAX_VALUE - 8);
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

  private static FileBytes failed(Input input) {
    return new FileBytes(null, input);
  }
}
