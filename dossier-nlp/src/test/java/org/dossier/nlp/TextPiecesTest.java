package org.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextPiecesTest {

  private static void assertCovers(String text, List<TextPieces.Piece> pieces, int maxChars) {
    int at = 0;
    for (TextPieces.Piece p : pieces) {
      assertThat(p.start()).isEqualTo(at);
      assertThat(p.end()).isGreaterThan(p.start());
      assertThat(p.end() - p.start()).isLessThanOrEqualTo(maxChars);
      at = p.end();
    }
    assertThat(at).isEqualTo(text.length());
  }

  @Test
  void an_ordinary_article_is_one_piece() {
    String text = "The council met on Monday.\n\nIt agreed on a budget.";
    assertThat(TextPieces.of(text)).containsExactly(new TextPieces.Piece(0, text.length()));
  }

  @Test
  void a_long_text_is_cut_after_blank_lines() {
    String paragraph = "The council met on Monday and agreed on a budget for the coming year. ".repeat(5) + "\n\n";
    String text = paragraph.repeat(100);
    List<TextPieces.Piece> pieces = TextPieces.of(text, 2_000, 500);
    assertCovers(text, pieces, 2_000);
    for (TextPieces.Piece p : pieces.subList(0, pieces.size() - 1)) {
      assertThat(text.substring(0, p.end())).endsWith("\n\n");
    }
  }

  @Test
  void a_paragraph_longer_than_a_piece_is_cut_at_a_sentence_end_or_a_space() {
    String text = "The council met on Monday and agreed on a budget. ".repeat(200);
    List<TextPieces.Piece> pieces = TextPieces.of(text, 2_000, 500);
    assertCovers(text, pieces, 2_000);
    for (TextPieces.Piece p : pieces.subList(0, pieces.size() - 1)) {
      assertThat(text.substring(0, p.end())).endsWith(". ");
    }
  }

  @Test
  void a_run_with_no_space_is_sliced_and_stands_alone() {
    String text = "Words before it. " + "x".repeat(200_000) + " Words after it.";
    List<TextPieces.Piece> pieces = TextPieces.of(text, 20_000, 500);
    assertCovers(text, pieces, 20_000);
    assertThat(pieces.get(0)).isEqualTo(new TextPieces.Piece(0, 17));
    assertThat(pieces).allSatisfy(p -> assertThat(p.end() - p.start()).isLessThanOrEqualTo(500 + " Words after it.".length()));
  }

  @Test
  void never_splits_a_surrogate_pair() {
    String text = "\ud83d\ude00".repeat(50_000);
    List<TextPieces.Piece> pieces = TextPieces.of(text, 20_000, 501);
    assertCovers(text, pieces, 20_000);
    for (TextPieces.Piece p : pieces) {
      assertThat(Character.isLowSurrogate(text.charAt(p.start()))).isFalse();
    }
  }
}
