package org.dossier.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** A command run against the invented corpus, built once per test class. */
abstract class CorpusCommandTest {

  @TempDir
  static Path temp;

  static String db;

  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void buildCorpus() {
    db = InventedCorpus.build(temp.resolve("corpus")).toString();
  }

  /** Runs {@code dossier ARGS --db CORPUS}. */
  static CliRun run(String... args) {
    String[] withDb = Arrays.copyOf(args, args.length + 2);
    withDb[args.length] = "--db";
    withDb[args.length + 1] = db;
    return CliRun.of(withDb);
  }

  static JsonNode json(CliRun run) {
    try {
      return JSON.readTree(run.out());
    } catch (java.io.IOException e) {
      throw new AssertionError("not one JSON document: " + run.out(), e);
    }
  }
}
