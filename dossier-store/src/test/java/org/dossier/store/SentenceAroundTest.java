package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceAroundTest {

  @Test
  void cuts_the_sentence_of_the_word_from_its_window() {
    String body = "The talks ended. Officials said the minister resigned on Friday. He denied it.";
    int start = body.indexOf("resigned");

    SentenceAround s = SentenceAround.cut(body, 0, start, start + "resigned".length());

    assertThat(s).isEqualTo(new SentenceAround("Officials said the minister ", "resigned", " on Friday."));
  }

  @Test
  void stops_at_a_line_break() {
    String body = "xx The council\nvoted to close the depot\nNext item";
    int windowStart = 3;
    String window = body.substring(windowStart);
    int start = body.indexOf("voted");

    SentenceAround s = SentenceAround.cut(window, windowStart, start, start + "voted".length());

    assertThat(s).isEqualTo(new SentenceAround("", "voted", " to close the depot"));
  }

  @Test
  void a_word_at_the_start_of_the_body_has_nothing_before_it() {
    SentenceAround s = SentenceAround.cut("Talks resumed.", 0, 0, 5);

    assertThat(s).isEqualTo(new SentenceAround("", "Talks", " resumed."));
  }
}
