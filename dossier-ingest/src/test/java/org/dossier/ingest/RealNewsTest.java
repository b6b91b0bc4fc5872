package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The ingest on real English news from {@code shared/data} (read in place, never copied): no
 * false alarms. Skipped where the data is absent.
 */
class RealNewsTest {

  private static Path data(String folder) {
    String root = System.getProperty("dossier.data", "../../shared/data");
    Path p = Path.of(root, folder);
    Assumptions.assumeTrue(Files.isDirectory(p), "evaluation data not found at " + p.toAbsolutePath() + ": skipped");
    return p;
  }

  @Test
  void reads_every_polnear_article_without_a_problem() {
    Path polnear = data("polnear");
    List<Input> inputs = new ArrayList<>();
    new Ingest(Optional.empty(), 5_000_000).read(
        List.of(polnear.resolve("train/text").toString(), polnear.resolve("dev/text").toString()), inputs::add);
    List<String> problems = inputs.stream().flatMap(i -> i.problems().stream()).map(Object::toString).toList();
    System.out.printf("PolNeAR: %d articles read, %d problems%n", inputs.size(), problems.size());
    assertThat(inputs).hasSizeGreaterThan(900);
    assertThat(problems).isEmpty();
  }

  @Test
  void takes_no_reuters_story_for_a_foreign_language() throws IOException {
    Path reuters = data("reuters21578");
    Pattern story = Pattern.compile("<TITLE>(.*?)</TITLE>.*?<BODY>(.*?)</BODY>", Pattern.DOTALL);
    int stories = 0;
    List<String> flagged = new ArrayList<>();
    try (Stream<Path> files = Files.list(reuters)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".sgm")).sorted().toList()) {
        Matcher m = story.matcher(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
        while (m.find()) {
          stories++;
          String text = m.group(1) + "\n" + m.group(2);
          EnglishCheck.whyNot(text).ifPresent(why -> flagged.add(m.group(1) + ": " + why));
        }
      }
    }
    System.out.printf("Reuters-21578: %d stories, %d flagged as not English%n", stories, flagged.size());
    flagged.forEach(System.out::println);
    assertThat(stories).isGreaterThan(15_000);
    assertThat(flagged).isEmpty();
  }
}
