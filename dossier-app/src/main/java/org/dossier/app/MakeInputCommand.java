package org.dossier.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.app.corpus.InputLines;
import org.dossier.app.corpus.JoinedStories;
import org.dossier.ingest.ReutersSgml;
import org.dossier.text.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier bench make-input}: the articles of {@code bench --corpus reuters-long} (or long
 * articles of a size in bytes) written as JSON Lines, so that {@code dossier analyze} and
 * {@code dossier bench --input} run on exactly the articles a benchmark measured.
 */
@Command(name = "make-input", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Write articles of consecutive Reuters-21578 stories (bodies joined with a blank line until the article has"
          + " --words words, or --bytes bytes) as JSON Lines in the input form of docs/input.md.",
      "Deterministic: the same corpus and options give the same file."
    })
final class MakeInputCommand implements Callable<Integer> {

  @Parameters(paramLabel = "OUT.jsonl", description = "The file to write (replaced if it exists).")
  Path out;

  @Option(names = "--reuters", paramLabel = "DIR", defaultValue = "../shared/data/reuters21578",
      description = "The Reuters-21578 SGML directory. Default: ${DEFAULT-VALUE}.")
  Path reuters;

  @Option(names = "--words", paramLabel = "N", defaultValue = "370", description = "Least words of an article. Default: ${DEFAULT-VALUE}.")
  int words;

  @Option(names = "--bytes", paramLabel = "SIZE",
      description = "Least bytes of an article instead of --words (k = 1,000, m = 1,000,000), for long articles.")
  String bytes;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "1000", description = "Articles to write. Default: ${DEFAULT-VALUE}.")
  int articles;

  @Override
  public Integer call() throws Exception {
    CommandLine cli = new CommandLine(this);
    long target;
    try {
      target = bytes != null ? BenchCommand.bytes(bytes) : words;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage().replace("--long-sizes", "--bytes"));
    }
    if (target < 1 || articles < 1) {
      throw new CommandLine.ParameterException(cli, "--words, --bytes and --articles must be at least 1");
    }
    if (!Files.isDirectory(reuters)) {
      System.err.println("dossier: make-input needs the Reuters-21578 corpus: no directory " + reuters + " (use --reuters DIR)");
      return Main.USAGE;
    }
    JoinedStories.Measure measure = bytes != null ? JoinedStories.Measure.BYTES : JoinedStories.Measure.WORDS;
    List<Article> stories = ReutersSgml.read(reuters, Integer.MAX_VALUE);
    List<Article> joined = JoinedStories.join(stories, measure, target, articles);
    InputLines.write(joined, out);
    long w = 0;
    long b = 0;
    for (Article a : joined) {
      w += JoinedStories.words(a.body());
      b += a.body().getBytes(StandardCharsets.UTF_8).length;
    }
    System.err.printf(Locale.ROOT, "dossier: wrote %,d articles (%,d words, %,d bytes of text; at least %,d %s each) to %s%s%n",
        joined.size(), w, b, target, measure == JoinedStories.Measure.WORDS ? "words" : "bytes", out,
        joined.size() < articles ? " — the corpus has text for no more" : "");
    return Main.OK;
  }
}
