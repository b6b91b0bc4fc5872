package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.analysis.TimeExpression;
import org.dossier.annotation.AnnotatedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden file {@code time/golden.txt}: one expression per line with the article's date, the
 * sentence(s) it stands in (the expression between {@code [[ ]]}), and the TIMEX3 type, value and
 * mod it must get — or {@code NONE} where no time may be found.
 */
class TimeGoldenTest {

  private static final TimeTagger TAGGER = new TimeTagger();

  /** One line of the golden file. */
  record Case(int line, Optional<LocalDate> dct, String text, int start, int end, String expected) {
    @Override
    public String toString() {
      return line + ": " + text.substring(start, end) + " -> " + expected;
    }
  }

  static Stream<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in = TimeGoldenTest.class.getResourceAsStream("/time/golden.txt")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int k = 0; k < lines.length; k++) {
        String l = lines[k].strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        String[] f = l.split("\\s*\\|\\s*");
        if (f.length != 3) {
          throw new IllegalStateException("golden.txt line " + (k + 1) + " needs DCT | text | expected");
        }
        Optional<LocalDate> dct = f[0].equals("none") ? Optional.empty() : Optional.of(LocalDate.parse(f[0]));
        int s = f[1].indexOf("[[");
        int e = f[1].indexOf("]]");
        if (s < 0 || e < s) {
          throw new IllegalStateException("golden.txt line " + (k + 1) + " marks no expression with [[ ]]");
        }
        String text = f[1].substring(0, s) + f[1].substring(s + 2, e) + f[1].substring(e + 2);
        out.add(new Case(k + 1, dct, text, s, e - 2, f[2]));
      }
    }
    return out.stream();
  }

  @Test
  void the_golden_file_covers_at_least_150_expressions() throws IOException {
    assertThat(cases().count()).isGreaterThanOrEqualTo(150);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void resolves_as_the_golden_file_says(Case c) {
    AnnotatedArticle text = TestText.of(c.dct().orElse(null), c.text());
    List<TimeExpression> found = TAGGER.tag(text);
    Optional<TimeExpression> hit = found.stream()
        .filter(t -> t.span().start() < c.end() && c.start() < t.span().end())
        .findFirst();
    if (c.expected().equals("NONE")) {
      assertThat(hit).as("no time in %s", c.text().substring(c.start(), c.end())).isEmpty();
      return;
    }
    assertThat(hit).as("a time at %s", c.text().substring(c.start(), c.end())).isPresent();
    TimeExpression t = hit.get();
    String got = t.type() + " " + t.value() + t.mod().map(m -> " " + m).orElse("");
    assertThat(c.text().substring(t.span().start(), t.span().end()) + " -> " + got)
        .isEqualTo(c.text().substring(c.start(), c.end()) + " -> " + c.expected());
    if (t.type() == TimeExpression.Type.DATE && c.dct().isPresent() && !t.value().contains("X")
        && !t.value().endsWith("_REF")) {
      assertThat(t.interval()).as("a resolved date has an interval").isPresent();
      assertThat(t.granularity()).as("a resolved date has a granularity").isPresent();
    }
  }
}
