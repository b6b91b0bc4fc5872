package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.store.SearchResult;
import org.dossier.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorpusCommandHelpTest {

  @ParameterizedTest
  @ValueSource(strings = {"search", "entity", "timeline", "sources", "export"})
  void every_corpus_command_documents_db_index_format_and_exit_codes(String command) {
    CliRun r = CliRun.of(command, "--help");

    assertThat(r.exitCode()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("--db=DB", "--index=DIR", "--format", "Exit codes:", "DOSSIER_DB");
  }

  @Test
  void marks_matches_in_bold_on_a_terminal_and_between_guillemets_elsewhere() {
    SearchResult.Snippet s = new SearchResult.Snippet("the harbour plan", new Span(10, 26), List.of(new Span(4, 11)));

    assertThat(SearchCommand.highlight(s, false)).isEqualTo("the «harbour» plan");
    assertThat(SearchCommand.highlight(s, true)).isEqualTo("the \u001b[1mharbour\u001b[0m plan");
  }
}
