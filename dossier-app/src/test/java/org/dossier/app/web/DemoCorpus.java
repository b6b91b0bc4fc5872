package org.dossier.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dossier.app.Main;
import org.dossier.store.Store;
import org.dossier.web.WebServer;

/**
 * The demo corpus ({@code examples/demo}) and one hostile article, ingested once per JVM with the
 * real pipeline into a fresh store, served on a free loopback port until the JVM ends.
 */
final class DemoCorpus {

  /** Markup an article may hold; a script that ran would set {@code window.dossierPwned}. */
  static final String HOSTILE = String.join("\n",
      "title: Hostile <script>window.dossierPwned = 'title'</script> markup",
      "date: 2025-04-20",
      "source: Test Wire <b>bold</b>",
      "url: javascript:window.dossierPwned='url'",
      "",
      "Officials said on Monday that the council met <script>window.dossierPwned = 'script'</script> in Lahore.",
      "A picture <img src=x onerror=\"window.dossierPwned = 'img'\"> was attached, and a link"
          + " <a href=\"javascript:window.dossierPwned='link'\">click here</a> was shared.",
      "The mayor, Sara Malik, told reporters the meeting would resume next week.",
      "");
  static final String HOSTILE_ID = "hostile.txt";

  private static Store store;
  private static WebServer server;

  private DemoCorpus() {}

  /** The address of the running server, {@code http://127.0.0.1:PORT}. */
  static synchronized String base() {
    if (server == null) {
      try {
        Path dir = Files.createTempDirectory(Path.of("target"), "web-demo-");
        Path hostile = dir.resolve(HOSTILE_ID);
        Files.writeString(hostile, HOSTILE);
        Path db = dir.resolve("store");
        int code = Main.run("ingest", Path.of("..", "examples", "demo").toString(), hostile.toString(), "--db", db.toString());
        assertThat(code).as("ingest of the demo corpus").isEqualTo(Main.OK);
        store = Store.open(db.toString());
        server = WebServer.start(store, WebServer.Settings.local(0));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          server.close();
          store.close();
        }));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return "http://127.0.0.1:" + server.port();
  }

  static synchronized Store store() {
    base();
    return store;
  }

  /** Another server over the same store, with a token. */
  static WebServer withToken(String token) {
    return WebServer.start(store(), new WebServer.Settings("127.0.0.1", 0, Optional.of(token)));
  }
}
