package org.dossier.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading TimeML and scoring time expressions the TempEval-3 way, on a made-up document. */
class TimexScoreTest {

  private static final String TML = """
      <?xml version="1.0" ?>
      <TimeML>
      <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">19980807</TIMEX3></DCT>
      <TEXT>
      The plant closed <TIMEX3 tid="t1" type="DATE" value="1998-08-06">yesterday</TIMEX3> after \
      <TIMEX3 tid="t2" type="DURATION" value="P2Y">two years</TIMEX3> of losses &amp; debts.
      </TEXT>
      </TimeML>
      """;

  @Test
  void reads_the_dct_the_text_without_tags_and_the_gold_extents(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("a.tml");
    Files.writeString(f, TML);
    TimeMlDocument d = TimeMlDocument.read(f);
    assertThat(d.dct()).isEqualTo(LocalDate.of(1998, 8, 7));
    assertThat(d.text()).contains("The plant closed yesterday after two years of losses & debts.");
    assertThat(d.gold()).hasSize(2);
    TimeMlDocument.Gold g = d.gold().get(1);
    assertThat(d.text().substring(g.start(), g.end())).isEqualTo("two years");
    assertThat(g.type()).isEqualTo("DURATION");
    assertThat(g.value()).isEqualTo("P2Y");
  }

  @Test
  void scores_strict_and_relaxed_extents_and_values_on_relaxed_matches() {
    List<TimeMlDocument.Gold> gold = List.of(
        new TimeMlDocument.Gold(0, 9, "DATE", "1998-08-06"),
        new TimeMlDocument.Gold(20, 29, "DURATION", "P2Y"));
    List<TimexScore.Predicted> predicted = List.of(
        new TimexScore.Predicted(0, 9, "DATE", "1998-08-06"),   // strict, right value
        new TimexScore.Predicted(16, 29, "DURATION", "P3Y"),    // relaxed only, wrong value
        new TimexScore.Predicted(40, 45, "DATE", "1998"));      // false alarm
    TimexScore s = new TimexScore();
    s.add(gold, predicted);
    assertThat(s.strictP()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(s.strictR()).isCloseTo(0.5, within(1e-9));
    assertThat(s.relaxedP()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(s.relaxedR()).isCloseTo(1.0, within(1e-9));
    assertThat(s.relaxedF1()).isCloseTo(0.8, within(1e-9));
    assertThat(s.valueF1()).isCloseTo(0.5 * 0.8, within(1e-9));
    assertThat(s.typeF1()).isCloseTo(0.8, within(1e-9));
  }
}
