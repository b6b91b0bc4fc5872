package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EnglishCheckTest {

  @ParameterizedTest
  @ValueSource(strings = {"fr", "de", "es"})
  void flags_european_news_prose_by_its_function_words(String language) {
    assertThat(EnglishCheck.whyNot(Fixtures.language(language))).hasValueSatisfying(why ->
        assertThat(why).contains("does not look like English"));
  }

  @Test
  void names_the_language_it_found() {
    assertThat(EnglishCheck.whyNot(Fixtures.language("de"))).hasValueSatisfying(why -> assertThat(why).contains("German"));
    assertThat(EnglishCheck.whyNot(Fixtures.language("es"))).hasValueSatisfying(why -> assertThat(why).contains("Spanish"));
  }

  @Test
  void flags_text_in_another_script() {
    assertThat(EnglishCheck.whyNot(Fixtures.language("ru"))).hasValueSatisfying(why ->
        assertThat(why).contains("Cyrillic script"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-news", "en-names", "en-pakistan-names"})
  void passes_english_including_english_dense_with_names(String fixture) {
    assertThat(EnglishCheck.whyNot(Fixtures.language(fixture))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Khan's remand extended as PTI protests spread to Lahore",
      "PTI: Imran Khan, Shah Mahmood Qureshi, Asad Umar",
      "Le Pen, de Gaulle, von der Leyen",
      "Der Spiegel und Le Monde berichten",
      "Q3 2025: GDP +2.1%, CPI 3.4%, EUR/USD 1.08",
      "Москва, 14 апреля"
  })
  void never_judges_headlines_and_short_texts(String text) {
    assertThat(EnglishCheck.whyNot(text)).isEmpty();
  }

  @Test
  void passes_english_that_quotes_a_sentence_in_french() {
    String text = "The French president told reporters on Monday that the reform would go ahead. \"Nous ne reculerons"
        + " pas\", he said, adding that the unions had been consulted for months and that the government was"
        + " still open to talks with them before the vote in parliament.";
    assertThat(EnglishCheck.whyNot(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // Italian, Portuguese, Dutch: written for this test, invented events
      "Il governo ha presentato mercoledì un disegno di legge sulla riforma delle pensioni, che sarà discusso"
          + " in Parlamento il mese prossimo. Secondo il ministro, i sindacati sono stati consultati più volte.",
      "O governo apresentou na quarta-feira um projeto de lei sobre a reforma da previdência, que será"
          + " debatido no Congresso no próximo mês. Segundo o ministro, os sindicatos foram consultados.",
      "De regering heeft woensdag een wetsvoorstel voor de hervorming van de pensioenen ingediend, dat volgende"
          + " maand in de Tweede Kamer wordt besproken. Volgens de minister zijn de vakbonden geraadpleegd."
  })
  void flags_other_latin_script_languages(String text) {
    assertThat(EnglishCheck.whyNot(text)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "قدمت الحكومة يوم الأربعاء مشروع قانون لإصلاح نظام التقاعد، وسيناقشه البرلمان الشهر المقبل.",
      "政府周三提出了一项养老金改革法案，议会将于下个月进行讨论。部长表示，已多次征求工会意见。"
  })
  void flags_arabic_and_chinese_by_their_script(String text) {
    assertThat(EnglishCheck.whyNot(text)).hasValueSatisfying(why -> assertThat(why).contains("script"));
  }

  @Test
  void passes_english_tables_and_results_with_few_function_words() {
    String results = "Results: Manchester United 2 Chelsea 1; Arsenal 0 Liverpool 3; Everton 1 Fulham 1;"
        + " Brentford 2 Wolves 2; Leeds 0 Newcastle 4; Brighton 3 Burnley 0; Spurs 1 Villa 2; Palace 2 Luton 1.";
    assertThat(EnglishCheck.whyNot(results)).isEmpty();
  }
}
