package org.dossier.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void folds_case_diacritics_and_punctuation() {
    assertThat(Names.normalise("Pelé")).isEqualTo("pele");
    assertThat(Names.normalise("AL-QAIDA")).isEqualTo("al qaida");
    assertThat(Names.normalise("O'Brien")).isEqualTo("o brien");
  }

  @Test
  void drops_a_leading_the_and_corporate_suffixes() {
    assertThat(Names.normalise("The Apple Computer, Inc.")).isEqualTo("apple computer");
    assertThat(Names.normalise("Apple Inc.")).isEqualTo("apple");
    assertThat(Names.normalise("Barclays PLC")).isEqualTo("barclays");
    assertThat(Names.normalise("The NPD Group")).isEqualTo("npd");
    assertThat(Names.normalise("Ford Motor Company")).isEqualTo("ford motor");
    assertThat(Names.normalise("the Beatles")).isEqualTo("beatles");
  }

  @Test
  void keeps_a_name_that_is_only_a_suffix_or_only_the() {
    assertThat(Names.normalise("The")).isEqualTo("the");
    assertThat(Names.normalise("Co")).isEqualTo("co");
  }

  @Test
  void reads_dotted_initials_as_one_word() {
    assertThat(Names.normalise("U.S.")).isEqualTo("us");
    assertThat(Names.normalise("US")).isEqualTo("us");
  }

  @Test
  void drops_a_courtesy_title_but_not_an_office() {
    assertThat(Names.normalise("Mr. Imran Khan")).isEqualTo("imran khan");
    assertThat(Names.normalise("President Obama")).isEqualTo("president obama");
  }

  @Test
  void drops_a_possessive() {
    assertThat(Names.normalise("Apple's")).isEqualTo("apple");
  }
}
