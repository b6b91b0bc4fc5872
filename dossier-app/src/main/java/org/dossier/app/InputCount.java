package org.dossier.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.dossier.ingest.Ingest;

/**
 * How many articles a run will see, counted cheaply before it starts, for the progress bar's
 * time left: a file is one article, a JSON Lines file one per line. Unknown (empty) for standard
 * input and WARC files, whose records are only known by reading them.
 */
final class InputCount {

  private InputCount() {}

  static OptionalLong estimate(List<String> paths) {
    long n = 0;
    for (String given : paths) {
      if (given.equals("-")) {
        return OptionalLong.empty();
      }
      Path path = Path.of(given);
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)
              .filter(f -> Ingest.isArticleFile(f.getFileName().toString()))::iterator) {
            long c = count(f);
            if (c < 0) {
              return OptionalLong.empty();
            }
            n += c;
          }
        } catch (IOException | RuntimeException e) {
          return OptionalLong.empty();
        }
      } else {
        long c = count(path);
        if (c < 0) {
          return OptionalLong.empty();
        }
        n += c;
      }
    }
    return OptionalLong.of(n);
  }

  /** Articles in one file, or -1 when only reading it would tell. */
  private static long count(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return -1;
    }
    if (!name.endsWith(".jsonl")) {
      return 1;
    }
    long lines = 0;
    boolean content = false;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      int r;
      while ((r = in.read(buffer)) > 0) {
        for (int i = 0; i < r; i++) {
          if (buffer[i] == '\n') {
            lines += content ? 1 : 0;
            content = false;
          } else if (buffer[i] > ' ') {
            content = true;
          }
        }
      }
    } catch (IOException e) {
      return 1;
    }
    return lines + (content ? 1 : 0);
  }
}
