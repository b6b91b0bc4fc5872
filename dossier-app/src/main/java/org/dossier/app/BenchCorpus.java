package org.dossier.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dossier.app.corpus.JoinedStories;
import org.dossier.ingest.ReutersSgml;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.Input;
import org.dossier.text.Article;
import org.dossier.text.Problem;

/**
 * The articles {@code dossier bench} measures: Reuters-21578 stories as they are, Reuters stories
 * joined into articles of ordinary news length, or a JSON Lines file of the user's own.
 */
final class BenchCorpus {

  /** Which articles. */
  enum Kind {
    REUTERS("reuters"),
    REUTERS_LONG("reuters-long"),
    JSONL("jsonl");

    final String option;

    Kind(String option) {
      this.option = option;
    }

    static Kind of(String option) {
      for (Kind k : values()) {
        if (k.option.equals(option)) {
          return k;
        }
      }
      throw new IllegalArgumentException("--corpus must be reuters, reuters-long or jsonl: " + option);
    }
  }

  /**
   * The first articles of the corpus.
   *
   * @param skipped for JSON Lines, the lines not read, by problem code
   */
  record Sample(List<Article> articles, Map<String, Integer> skipped) {
    Sample {
      articles = List.copyOf(articles);
      skipped = Map.copyOf(skipped);
    }
  }

  final Kind kind;
  private final Path reuters;
  private final Optional<Path> input;
  private final int words;

  /**
   * @param words the least words of a joined article ({@link Kind#REUTERS_LONG})
   */
  BenchCorpus(Kind kind, Path reuters, Optional<Path> input, int words) {
    this.kind = kind;
    this.reuters = reuters;
    this.input = input;
    this.words = words;
    if ((kind == Kind.JSONL) != input.isPresent()) {
      throw new IllegalArgumentException(kind == Kind.JSONL ? "--corpus jsonl needs --input FILE.jsonl"
          : "--input FILE.jsonl goes with --corpus jsonl, not --corpus " + kind.option);
    }
    if (words < 1) {
      throw new IllegalArgumentException("--words must be at least 1: " + words);
    }
  }

  /** Whether the corpus is read from the Reuters-21578 directory. */
  boolean needsReuters() {
    return kind != Kind.JSONL;
  }

  /** What one article of this corpus is, for the report: "Reuters-21578 stories", ... */
  String describe() {
    return switch (kind) {
      case REUTERS -> "Reuters-21578 stories with a body";
      case REUTERS_LONG -> "articles of consecutive Reuters-21578 stories joined to at least " + words + " words";
      case JSONL -> "articles of " + input.orElseThrow();
    };
  }

  /** The first {@code n} articles (fewer if the corpus has fewer). */
  Sample first(int n) throws IOException {
    if (n <= 0) {
      return new Sample(List.of(), Map.of());
    }
    return switch (kind) {
      case REUTERS -> new Sample(ReutersSgml.read(reuters, n), Map.of());
      case REUTERS_LONG -> new Sample(joined(n), Map.of());
      case JSONL -> jsonLines(n);
    };
  }

  private List<Article> joined(int n) throws IOException {
    // about three stories make a 370-word article; read more until there are enough
    int stories = Math.max(64, n * (words / 40 + 1));
    while (true) {
      List<Article> read = ReutersSgml.read(reuters, stories);
      List<Article> out = JoinedStories.join(read, JoinedStories.Measure.WORDS, words, n);
      if (out.size() == n || read.size() < stories) {
        return out;
      }
      stories *= 2;
    }
  }

  private Sample jsonLines(int n) {
    Path file = input.orElseThrow();
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("--input: no such file " + file);
    }
    List<Article> articles = new ArrayList<>();
    Map<String, Integer> skipped = new TreeMap<>();
    new Ingest(Optional.empty(), Long.parseLong(Limits.MAX_SIZE)).read(List.of(file.toString()), (Input in) -> {
      if (articles.size() >= n) {
        return; // the rest of the file is read but not kept
      }
      if (in.isReadable()) {
        articles.add(in.article());
      } else {
        for (Problem p : in.problems()) {
          if (p.isFatal()) {
            skipped.merge(p.code(), 1, Integer::sum);
          }
        }
      }
    });
    return new Sample(articles, skipped);
  }
}
