package org.dossier.web;

import io.javalin.Javalin;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;
import org.dossier.store.Store;

/**
 * The web UI and the JSON API ({@code /api/v1}) over one store, on one host and port. Binds to
 * the loopback interface unless told otherwise; another host requires a token.
 */
public final class WebServer implements AutoCloseable {

  /** Where to listen, and the token every request must carry when there is one. */
  public record Settings(String host, int port, Optional<String> token) {
    public Settings {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(token, "token");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be in 0..65535: " + port);
      }
      if (token.isPresent() && token.get().length() < 16) {
        throw new IllegalArgumentException("the token must have at least 16 characters");
      }
      if (token.isEmpty() && !isLoopback(host)) {
        throw new IllegalArgumentException("serving on " + host + ", not on this machine only, needs a token (--token or DOSSIER_TOKEN)");
      }
    }

    /** The loopback interface, port {@code port}, no token. */
    public static Settings local(int port) {
      return new Settings("127.0.0.1", port, Optional.empty());
    }
  }

  private final Javalin app;

  private WebServer(Javalin app) {
    this.app = app;
  }

  /** Starts serving {@code store}; {@link #port()} tells the port when 0 was asked for. */
  public static WebServer start(Store store, Settings settings) {
    Site site = new Site(store);
    Guard guard = new Guard(settings.token());
    Javalin app = Javalin.create(config -> {
      config.http.maxRequestSize = Guard.MAX_BODY;
      config.http.generateEtags = false;
      config.staticFiles.enableWebjars();
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/web";
        files.location = io.javalin.http.staticfiles.Location.CLASSPATH;
      });
      config.jetty.modifyHttpConfiguration(http -> {
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(Guard.MAX_HEADERS);
      });
      config.routes.before(guard::check);
      Failures.register(config.routes);
      new Api(site).register(config.routes);
      new Html(site).register(config.routes);
    });
    app.start(settings.host(), settings.port());
    return new WebServer(app);
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
