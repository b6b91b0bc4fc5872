package org.dossier.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dossier.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier serve}: the web UI and the JSON API over a corpus, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the corpus in the browser (search, entities and their timelines, articles with every span marked, stories,"
          + " the entity graph, outlets) and as JSON under /api/v1 (OpenAPI document at /api/v1/openapi.json).",
      "Listens on 127.0.0.1 only unless --host says otherwise; another host needs --token (or DOSSIER_TOKEN), which"
          + " every request must then carry (open http://HOST:PORT/?token=TOKEN once; scripts send Authorization: Bearer TOKEN).",
      "--demo serves the bundled demo corpus (examples/demo), ingested into its own store (~/.dossier/demo) on first use.",
      "Exit codes: 0 stopped, 2 usage, 3 environment (no corpus, the port is taken)."
    })
final class ServeCommand implements Callable<Integer> {

  @Mixin StoreOptions corpus;

  @Option(names = "--port", defaultValue = "8080", description = "The port. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
  String host;

  @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:DOSSIER_TOKEN}",
      description = "A secret of at least 16 characters every request must carry; needed for any host but 127.0.0.1."
          + " Default: $DOSSIER_TOKEN.")
  String token;

  @Option(names = "--demo", description = "Serve the demo corpus, ingesting it into ~/.dossier/demo on first use.")
  boolean demo;

  @Override
  public Integer call() throws Exception {
    WebServer.Settings settings;
    try {
      settings = new WebServer.Settings(host, port, Optional.ofNullable(token).filter(t -> !t.isBlank()));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
    }
    if (demo) {
      if (corpus.db != null) {
        throw new CommandLine.ParameterException(new CommandLine(this), "--demo serves its own store: give --db or --demo");
      }
      Path store = Path.of(System.getProperty("user.home"), ".dossier", "demo");
      int ingested = ensureDemo(store);
      if (ingested == Main.ENVIRONMENT || ingested == Main.USAGE) {
        return ingested;
      }
      corpus.db = store.toString();
    }
    return corpus.run((store, out) -> {
      WebServer server;
      try {
        server = WebServer.start(store, settings);
      } catch (RuntimeException e) {
        System.err.println("dossier: cannot serve on " + host + ":" + port + ": " + EnvironmentProblem.describe(e));
        return Main.ENVIRONMENT;
      }
      CountDownLatch stopped = new CountDownLatch(1);
      CountDownLatch closed = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        stopped.countDown();
        try {
          closed.await(); // let the store close before the JVM goes
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "dossier-serve-stop"));
      String shown = host.contains(":") ? "[" + host + "]" : host;
      System.err.println("dossier: serving " + corpus.location() + " at http://" + shown + ":" + server.port() + "/"
          + (settings.token().isPresent() ? "?token=..." : "") + " (Ctrl-C stops)");
      try {
        stopped.await();
      } finally {
        closed.countDown();
      }
      return Main.OK;
    });
  }

  /** Ingests the demo corpus into {@code store} unless an earlier run finished doing so; the ingest's exit code. */
  static int ensureDemo(Path store) throws IOException {
    Path done = store.resolve("demo-ingested");
    if (Files.exists(done)) {
      return Main.OK;
    }
    Optional<Path> articles = demoArticles();
    if (articles.isEmpty()) {
      System.err.println("dossier: cannot find the demo corpus (examples/demo next to the dossier launcher)");
      return Main.ENVIRONMENT;
    }
    System.err.println("dossier: first use of --demo: ingesting " + articles.get() + " into " + store);
    int code = Main.run("ingest", articles.get().toString(), "--db", store.toString());
    if (code == Main.OK || code == Main.SOME_PROBLEMS) {
      Files.writeString(done, "the demo corpus is ingested\n");
    }
    return code;
  }

  /** examples/demo in the working directory, else beside the build this class was loaded from. */
  static Optional<Path> demoArticles() {
    List<Path> candidates = new java.util.ArrayList<>(List.of(Path.of("examples", "demo"), Path.of("..", "examples", "demo")));
    try {
      Path code = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // dossier-app/target/dossier-app.jar or dossier-app/target/classes
      Path root = code.getParent() == null ? null : code.getParent().getParent();
      if (root != null && root.getParent() != null) {
        candidates.add(root.getParent().resolve("examples").resolve("demo"));
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // the working directory's candidates remain
    }
    return candidates.stream().filter(Files::isDirectory).map(Path::toAbsolutePath).map(Path::normalize).findFirst();
  }
}
