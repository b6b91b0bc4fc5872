package org.dossier.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.analysis.Attribution;
import org.dossier.annotation.AnnotatedArticle;
import org.dossier.extract.HandBuiltText;
import org.dossier.extract.entity.EntityLayer;

/**
 * Reads hand-built sentences ({@link HandBuiltText}: {@code word/POS/lemma/head/relation} tokens,
 * head 0 the root, "¶ " a new paragraph) and writes each attribution found as one line,
 * {@code cue / source / KIND / content}, with "-" for no source.
 */
final class Reading {

  private Reading() {}

  /** The attributions of the article pipeline's reading. */
  static List<String> reports(String... sentences) {
    return read(new AttributionExtractor(), HandBuiltText.article(sentences));
  }

  /** The attributions of the broad reading, with stance and intention. */
  static List<String> broad(String... sentences) {
    return read(AttributionExtractor.broad(), HandBuiltText.article(sentences));
  }

  /** The attributions of the broad reading, for sentences in which the pipeline's reading finds none. */
  static List<String> broadOnly(String... sentences) {
    assertThat(reports(sentences)).as("the pipeline's reading").isEmpty();
    return broad(sentences);
  }

  static List<String> read(AttributionExtractor extractor, AnnotatedArticle a) {
    return extractor.extract(a, new EntityLayer(List.of())).stream().map(x -> line(x, a.body())).toList();
  }

  /** The line of the attribution whose cue is {@code cue}. */
  static String withCue(List<String> lines, String cue) {
    return lines.stream().filter(l -> l.startsWith(cue + " / ")).findFirst()
        .orElseThrow(() -> new AssertionError("no cue \"" + cue + "\" in " + lines));
  }

  private static String line(Attribution x, String body) {
    return x.cue().of(body) + " / " + x.source().map(s -> s.of(body)).orElse("-") + " / " + x.kind() + " / "
        + x.content().of(body);
  }
}
