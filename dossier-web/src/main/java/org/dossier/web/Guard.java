package org.dossier.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * What every request passes first: only GET and HEAD, small requests, the token when there is
 * one, and the headers that keep the browser from running anything the pages did not ship
 * (a Content-Security-Policy without inline script or style).
 */
final class Guard {

  /** The largest request body accepted. */
  static final long MAX_BODY = 16 * 1024;
  /** The largest request line and headers accepted. */
  static final int MAX_HEADERS = 16 * 1024;
  static final String COOKIE = "dossier_token";
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final Optional<byte[]> token;

  Guard(Optional<String> token) {
    this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
  }

  void check(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cache-Control", ctx.path().startsWith("/webjars/") || ctx.path().startsWith("/static/")
        ? "public, max-age=3600" : "no-store");
    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
      throw new Failures.Refused(405, "METHOD_NOT_ALLOWED", "only GET and HEAD are served");
    }
    if (ctx.contentLength() > MAX_BODY) {
      throw new Failures.Refused(413, "TOO_LARGE", "the request is larger than " + MAX_BODY + " bytes");
    }
    String query = ctx.queryString();
    if (query != null && query.length() > 4096) {
      throw new Failures.Refused(414, "TOO_LARGE", "the query is longer than 4096 characters");
    }
    if (token.isEmpty()) {
      return;
    }
    String given = ctx.queryParam("token");
    if (given != null && matches(given)) {
      // a link with the token sets a cookie, then the token leaves the address bar
      ctx.cookie(new Cookie(COOKIE, given, "/", -1, false, true, null, SameSite.STRICT));
      return;
    }
    String bearer = ctx.header("Authorization");
    if (bearer != null && bearer.startsWith("Bearer ") && matches(bearer.substring(7).strip())) {
      return;
    }
    String cookie = ctx.cookie(COOKIE);
    if (cookie != null && matches(cookie)) {
      return;
    }
    throw new Failures.Refused(401, "UNAUTHORIZED",
        "this server needs its token: open a link with ?token=..., or send Authorization: Bearer ...");
  }

  private boolean matches(String given) {
    return MessageDigest.isEqual(token.orElseThrow(), given.getBytes(StandardCharsets.UTF_8));
  }
}
