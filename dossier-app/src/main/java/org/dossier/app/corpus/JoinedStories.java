package org.dossier.app.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.text.Article;

/**
 * Articles of a chosen length made of consecutive stories, for benchmarks anyone can rebuild:
 * story bodies are joined with a blank line, in order, until the article reaches its target;
 * then the next article starts with the next story. A tail that falls short of the target is
 * dropped, so every article built reaches it. The joined article keeps the first story's date,
 * title and source; its id names its first and last story ({@code reuters-5..reuters-9}).
 */
public final class JoinedStories {

  /** How an article's length is counted. */
  public enum Measure {
    /** Words: runs of characters other than white space. */
    WORDS,
    /** Bytes of the body in UTF-8. */
    BYTES;

    long of(String body) {
      return this == WORDS ? words(body) : body.getBytes(StandardCharsets.UTF_8).length;
    }
  }

  private static final String BLANK_LINE = "\n\n";

  private JoinedStories() {}

  /**
   * Up to {@code count} articles, each of consecutive {@code stories} joined until it has at
   * least {@code target} words or bytes; fewer when the stories run out.
   */
  public static List<Article> join(List<Article> stories, Measure measure, long target, int count) {
    Objects.requireNonNull(stories, "stories");
    Objects.requireNonNull(measure, "measure");
    if (target < 1) {
      throw new IllegalArgumentException("target must be positive: " + target);
    }
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    List<Article> out = new ArrayList<>();
    List<Article> group = new ArrayList<>();
    long length = 0;
    for (Article story : stories) {
      if (out.size() == count) {
        break;
      }
      if (story.body().isBlank()) {
        continue;
      }
      group.add(story);
      // the blank line between stories counts as bytes, never as words
      length += measure.of(story.body()) + (group.size() > 1 && measure == Measure.BYTES ? BLANK_LINE.length() : 0);
      if (length >= target) {
        out.add(joined(group));
        group.clear();
        length = 0;
      }
    }
    return out;
  }

  /** The number of words in {@code text}: runs of characters other than white space. */
  public static long words(String text) {
    long n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }

  private static Article joined(List<Article> group) {
    Article first = group.get(0);
    Article last = group.get(group.size() - 1);
    StringBuilder body = new StringBuilder();
    for (Article story : group) {
      if (body.length() > 0) {
        body.append(BLANK_LINE);
      }
      body.append(story.body());
    }
    String id = group.size() == 1 ? first.id() : first.id() + ".." + last.id();
    return new Article(id, first.date(), first.title(), first.source(), Optional.empty(), body.toString());
  }
}
