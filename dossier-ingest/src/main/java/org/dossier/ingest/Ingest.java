package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.dossier.text.Problem;

/**
 * Reads articles from paths: text files, JSON Lines, HTML pages, WARC files, directories, or
 * {@code -} for JSON Lines on standard input. Each article becomes one {@link Input}, in order, handed to the sink as soon as
 * it is read (nothing is read ahead). Bad input never throws: it becomes an input carrying a
 * {@link Problem} that names the file (and line), and reading goes on with the next one.
 *
 * <ul>
 *   <li>A text file (any name not listed below) is one article: header lines, then the body
 *       ({@link Header}). Its id is its file name.
 *   <li>A {@code .jsonl} file or {@code -} holds one article per line; the id defaults to
 *       {@code file:line}.
 *   <li>An {@code .html} or {@code .htm} file is one article: the page's main text, with its
 *       title, date, source and URL from the page's metadata ({@link HtmlArticleReader}). Its id
 *       is its file name.
 *   <li>A {@code .warc} or {@code .warc.gz} file holds one article per HTML page captured in it
 *       ({@link WarcArticleReader}); the id is the page's URL, problems are at {@code file:record}.
 *   <li>A directory: every {@code .txt}, {@code .text}, {@code .jsonl}, {@code .html},
 *       {@code .htm}, {@code .warc} and {@code .warc.gz} file below it, in sorted order, skipping
 *       hidden files and folders; ids are paths relative to it.
 * </ul>
 */
public final class Ingest {

  /** What standard input is called in problems and default ids. */
  public static final String STDIN = "stdin";

  private final InputStream stdin;
  private final TextArticleReader text;
  private final JsonLinesReader jsonLines;
  private final HtmlArticleReader html;
  private final WarcArticleReader warc;

  /**
   * @param defaultDate the date of articles that carry none (an article's own date wins)
   * @param maxBytes the largest article accepted, in bytes; a larger one is a {@code TOO_LARGE}
   *     problem, found before it is read
   */
  public Ingest(Optional<LocalDate> defaultDate, long maxBytes) {
    this(defaultDate, maxBytes, System.in);
  }

  /** As {@link #Ingest(Optional, long)}, reading {@code -} from {@code stdin}. */
  public Ingest(Optional<LocalDate> defaultDate, long maxBytes, InputStream stdin) {
    Objects.requireNonNull(defaultDate, "defaultDate");
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    ArticleChecks checks = new ArticleChecks(defaultDate);
    this.text = new TextArticleReader(checks, maxBytes);
    this.jsonLines = new JsonLinesReader(checks, maxBytes);
    this.html = new HtmlArticleReader(checks, maxBytes);
    this.warc = new WarcArticleReader(html, maxBytes);
  }

  /** Reads every article under {@code paths}, in order, handing each to {@code sink}. */
  public void read(List<String> paths, Consumer<Input> sink) {
    for (String given : paths) {
      if (given.equals("-")) {
        guarded(STDIN, STDIN, sink, s -> jsonLines.read(stdin, STDIN, STDIN, s));
        continue;
      }
      Path path;
      try {
        path = Path.of(given);
      } catch (InvalidPathException e) {
        sink.accept(ArticleChecks.failed(given, given, Problem.Codes.NOT_FOUND, "is not a valid path: " + e.getReason()));
        continue;
      }
      if (Files.isDirectory(path)) {
        readDirectory(path, given, sink);
      } else if (!Files.exists(path)) {
        sink.accept(ArticleChecks.failed(name(path, given), given, Problem.Codes.NOT_FOUND, "no such file or directory"));
      } else {
        readFile(path, name(path, given), given, sink);
      }
    }
  }

  /**
   * Reads JSON Lines from a stream that is not a local file (a split of a file on HDFS or object
   * storage): one input per line, problems at {@code where}, ids defaulting to {@code idPrefix:line}.
   */
  public void readJsonLines(InputStream in, String where, String idPrefix, Consumer<Input> sink) {
    guarded(idPrefix, where, sink, s -> jsonLines.read(in, where, idPrefix, s));
  }

  /** The kinds of file read, by name. */
  private enum Kind {
    TEXT, JSON_LINES, HTML, WARC;

    static Kind of(String fileName) {
      String n = fileName.toLowerCase(Locale.ROOT);
      if (n.endsWith(".jsonl")) {
        return JSON_LINES;
      }
      if (n.endsWith(".html") || n.endsWith(".htm")) {
        return HTML;
      }
      if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
        return WARC;
      }
      return TEXT;
    }
  }

  /**
   * Whether a file in a directory is read: its name ends in .txt, .text, .jsonl, .html, .htm,
   * .warc or .warc.gz.
   */
  public static boolean isArticleFile(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".text") || Kind.of(n) != Kind.TEXT;
  }

  /** Reads one file, guarded: a bug in its reader is a problem of that file ({@link #guarded}). */
  private void readFile(Path file, String id, String where, Consumer<Input> sink) {
    guarded(id, where, sink, s -> readKind(file, id, where, s));
  }

  /**
   * Runs a reader; a bug in it (an unexpected exception, a stack overflow on a deeply nested
   * input) becomes an {@code UNREADABLE} problem at {@code where}, after the inputs it gave, and
   * the batch goes on. What the sink throws is the caller's and passes through.
   */
  private static void guarded(String id, String where, Consumer<Input> sink, Consumer<Consumer<Input>> reader) {
    Consumer<Input> guarded = input -> {
      try {
        sink.accept(input);
      } catch (RuntimeException e) {
        throw new SinkFailure(e);
      }
    };
    try {
      reader.accept(guarded);
    } catch (SinkFailure e) {
      throw (RuntimeException) e.getCause();
    } catch (RuntimeException | StackOverflowError e) {
      sink.accept(ArticleChecks.failed(id, where, Problem.Codes.UNREADABLE, "cannot be read: the reader failed ("
          + e.getClass().getSimpleName() + "): a bug in Dossier, please report it with the file"));
    }
  }

  /** An exception of the sink, carried through the guard around a reader. */
  private static final class SinkFailure extends RuntimeException {
    SinkFailure(RuntimeException cause) {
      super(cause);
    }
  }

  private void readKind(Path file, String id, String where, Consumer<Input> sink) {
    Kind kind = Kind.of(file.getFileName().toString());
    if (kind == Kind.TEXT) {
      sink.accept(text.read(file, id, where));
      return;
    }
    if (kind == Kind.HTML) {
      sink.accept(html.read(file, id, where));
      return;
    }
    if (kind == Kind.WARC) {
      warc.read(file, id, where, sink);
      return;
    }
    try (InputStream in = Files.newInputStream(file)) {
      jsonLines.read(in, where, id, sink);
    } catch (IOException e) {
      sink.accept(ArticleChecks.failed(id, where, Problem.Codes.UNREADABLE, "cannot be read: " + ArticleChecks.reason(e)));
    }
  }

  private void readDirectory(Path root, String given, Consumer<Input> sink) {
    if (walk(root, root, given, new HashSet<>(), sink) == 0) {
      sink.accept(ArticleChecks.failed(given, given, Problem.Codes.EMPTY,
          "is a directory with no .txt, .text, .jsonl, .html, .htm, .warc or .warc.gz files in it"));
    }
  }

  /**
   * Reads the article files below {@code dir}, depth first, each directory's entries sorted by
   * name; a folder reached twice (a link loop) is skipped. Returns how many article files it found.
   */
  private int walk(Path root, Path dir, String given, Set<Path> seen, Consumer<Input> sink) {
    String where = shown(root, dir, given);
    try {
      if (!seen.add(dir.toRealPath())) {
        return 0;
      }
    } catch (IOException e) {
      sink.accept(ArticleChecks.failed(relative(root, dir, given), where, Problem.Codes.UNREADABLE,
          "cannot be read: " + ArticleChecks.reason(e)));
      return 1;
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(entries::add);
    } catch (IOException | DirectoryIteratorException e) {
      String why = ArticleChecks.reason(e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e);
      sink.accept(ArticleChecks.failed(relative(root, dir, given), where, Problem.Codes.UNREADABLE,
          "is a directory that cannot be listed: " + why));
      return 1; // reported: not "no article files"
    }
    entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    int files = 0;
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(entry)) {
        files += walk(root, entry, given, seen, sink);
      } else if (isArticleFile(name)) {
        files++;
        readFile(entry, relative(root, entry, given), shown(root, entry, given), sink);
      }
    }
    return files;
  }

  /** The id of a file below a directory: its path relative to the directory, with forward slashes. */
  private static String relative(Path root, Path file, String given) {
    Path rel = root.relativize(file);
    String s = rel.toString().replace(java.io.File.separatorChar, '/');
    return s.isEmpty() ? given : s;
  }

  /** The path of a file below a directory as the user would type it. */
  private static String shown(Path root, Path file, String given) {
    Path rel = root.relativize(file);
    return rel.toString().isEmpty() ? given : Path.of(given).resolve(rel).toString();
  }

  /** The id of a file named on the command line: its file name. */
  private static String name(Path path, String given) {
    Path name = path.getFileName();
    return name == null ? given : name.toString();
  }
}
