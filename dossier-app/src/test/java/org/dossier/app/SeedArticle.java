package org.dossier.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.analysis.Analysis;
import org.dossier.analysis.Entity;
import org.dossier.analysis.TimeExpression;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.Input;

/**
 * The reference article ({@code examples/000_b31e20a97c66a9a4.txt}) read and analysed once per
 * JVM by the real pipeline, for the acceptance tests of {@code shared/spec/seed-article.md}.
 */
final class SeedArticle {

  static final Path FILE = Path.of("..", "examples", "000_b31e20a97c66a9a4.txt");

  private static Analysis analysis;

  private SeedArticle() {}

  static synchronized Analysis analysis() {
    if (analysis == null) {
      if (!Files.isRegularFile(FILE)) {
        throw new UncheckedIOException(new IOException("reference article missing: " + FILE.toAbsolutePath()));
      }
      List<Input> inputs = new ArrayList<>();
      new Ingest(Optional.empty(), 5_000_000).read(List.of(FILE.toString()), inputs::add);
      analysis = Pipeline.processor().process(inputs.get(0).article());
    }
    return analysis;
  }

  static String body() {
    return analysis().article().body();
  }

  /** The entity with a mention whose text is exactly {@code words}. */
  static Optional<Entity> entityMentioned(String words) {
    Analysis a = analysis();
    return a.entities().stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.of(body()).equals(words)))
        .findFirst();
  }

  /** The time expression whose text is exactly {@code words}. */
  static Optional<TimeExpression> time(String words) {
    return analysis().times().stream().filter(t -> t.span().of(body()).equals(words)).findFirst();
  }
}
