package org.dossier.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.dossier.store.StoreException;

/**
 * What goes wrong, as the client sees it: {@code {code, message}} under {@code /api}, an error
 * page elsewhere, the right status, and never a stack trace or an exception's own message.
 */
final class Failures {

  private Failures() {}

  /** A request refused with a status, a stable code and a message for people. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;

    Refused(int status, String code, String message) {
      super(message, null, false, false);
      this.status = status;
      this.code = code;
    }
  }

  static Refused notFound(String what) {
    return new Refused(404, "NOT_FOUND", what);
  }

  static Refused badRequest(String message) {
    return new Refused(400, "BAD_REQUEST", message);
  }

  static void register(RoutesConfig routes) {
    routes.exception(Refused.class, (e, ctx) -> answer(ctx, e.status, e.code, e.getMessage()));
    routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), "HTTP_" + e.getStatus(),
        e.getStatus() == 404 ? "there is no such page" : "the request cannot be served"));
    routes.exception(StoreException.class, (e, ctx) -> answer(ctx, 503, "STORE_UNAVAILABLE",
        "the store cannot answer just now"));
    routes.exception(Exception.class, (e, ctx) -> answer(ctx, 500, "INTERNAL", "something went wrong on the server"));
    routes.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        answer(ctx, 404, "NOT_FOUND", "there is no such page");
      }
    });
  }

  static void answer(Context ctx, int status, String code, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.contentType("application/json; charset=utf-8").result(Json.write(Map.of("code", code, "message", message)));
    } else {
      ctx.html(Templates.render("error.jte", new org.dossier.web.view.Pages.Error(status, code, message)))
          .contentType("text/html; charset=utf-8");
    }
  }
}
