package org.dossier.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnglishLexiconTest {

  @Test
  void a_word_listed_twice_in_one_section_fails_the_loading_and_names_word_and_section() {
    List<String> lines = List.of("[speech]", "say", "tell", "# a comment", "say");
    assertThatThrownBy(() -> EnglishLexicon.parse("test.txt", lines))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("\"say\"")
        .hasMessageContaining("[speech]");
  }

  @Test
  void a_facility_listed_twice_fails_the_loading_too() {
    List<String> lines = List.of("[facilities]", "jail\tprison", "jail\tbuilding");
    assertThatThrownBy(() -> EnglishLexicon.parse("test.txt", lines))
        .hasMessageContaining("\"jail\"")
        .hasMessageContaining("[facilities]");
  }

  @Test
  void the_same_word_may_stand_in_two_sections() {
    EnglishLexicon l = EnglishLexicon.parse("test.txt", List.of("[speech]", "say", "[cognition]", "say", "think"));
    assertThat(l.speech()).containsExactly("say");
    assertThat(l.cognition()).containsExactlyInAnyOrder("say", "think");
  }

  @Test
  void an_entry_before_any_section_fails_the_loading() {
    assertThatThrownBy(() -> EnglishLexicon.parse("test.txt", List.of("say")))
        .hasMessageContaining("outside a section");
  }

  @Test
  void a_section_the_resource_lacks_is_named_when_asked_for() {
    EnglishLexicon l = EnglishLexicon.parse("test.txt", List.of("[speech]", "say"));
    assertThatThrownBy(l::outlets).hasMessageContaining("[outlets]");
  }

  @Test
  void every_class_the_stages_ask_for_is_in_the_resource_and_not_empty() throws Exception {
    EnglishLexicon l = EnglishLexicon.get();
    int classes = 0;
    for (Method m : EnglishLexicon.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0) {
        Object words = m.invoke(l);
        assertThat(words).as(m.getName()).isNotNull();
        if (words instanceof Set<?> set) {
          assertThat(set).as(m.getName()).isNotEmpty();
          classes++;
        }
      }
    }
    assertThat(classes).isGreaterThan(40);
  }

  @Test
  void the_custody_words_are_qualifiers() {
    EnglishLexicon l = EnglishLexicon.get();
    assertThat(l.qualifiers()).containsAll(l.custody()).contains("former", "jailed");
    assertThat(l.custody()).containsExactlyInAnyOrder("jailed", "imprisoned", "detained", "arrested");
  }

  @Test
  void reads_the_words_a_stage_asks_for() {
    EnglishLexicon l = EnglishLexicon.get();
    assertThat(l.speech()).contains("say", "tell", "confirm");
    assertThat(l.outlets()).contains("newspaper", "agency").doesNotContain("news agency");
    assertThat(l.outletNouns()).contains("newspaper", "news agency");
    assertThat(l.facilities()).containsEntry("jail", "prison").containsEntry("air base", "airbase");
    assertThat(l.planning()).contains("plan", "vow");
  }
}
