package org.groma.app.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.groma.app.server.http.ProblemException;

/**
 * What every request must be before any route sees it; each refusal is problem+json (via {@link Problems}):
 * <ol>
 *   <li>No method override: a request is what its method says. Javalin would route a POST carrying
 *       {@code X-HTTP-Method-Override: DELETE} as a DELETE, which lets a form (which can only GET or POST)
 *       reach a DELETE route; such headers are refused with 400.
 *   <li>Same origin only (403): a browser request that another site made — {@code Sec-Fetch-Site} other than
 *       {@code same-origin} or {@code none} (except a plain link followed to a page), or an {@code Origin}
 *       other than this node's own scheme://host:port — is refused. This is the CSRF defence; the
 *       SameSite=Strict cookie alone does not suffice, since another port of the same host is the same site.
 *       Node-to-node sync clients send neither header and pass.
 *   <li>Writes are JSON (415): POST, PUT, PATCH and DELETE need {@code Content-Type: application/json}
 *       (a {@code charset=utf-8} parameter allowed), so no HTML form, in any encoding, is a valid write.
 * </ol>
 */
final class RequestGuards {

  static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final Set<String> OVERRIDE_HEADERS = Set.of("X-HTTP-Method-Override", "X-HTTP-Method",
      "X-Method-Override");

  private RequestGuards() {}

  static void install(RoutesConfig routes) {
    routes.before(ctx -> {
      refuseMethodOverride(ctx);
      refuseCrossOrigin(ctx);
      requireJsonWrite(ctx);
    });
  }

  static void refuseMethodOverride(Context ctx) {
    for (String h : OVERRIDE_HEADERS) {
      if (ctx.header(h) != null) {
        throw new ProblemException(400, "Method override refused", "the " + h + " header is not accepted: this"
            + " node does not override methods; send the request with the method itself");
      }
    }
  }

  static void refuseCrossOrigin(Context ctx) {
    String method = ctx.req().getMethod().toUpperCase(Locale.ROOT);
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null) {
      String s = site.trim().toLowerCase(Locale.ROOT);
      boolean followedLink = (method.equals("GET") || method.equals("HEAD"))
          && "navigate".equalsIgnoreCase(ctx.header("Sec-Fetch-Mode"));
      if (!s.equals("same-origin") && !s.equals("none") && !followedLink) {
        throw new ProblemException(403, "Cross-origin request refused", "this node answers only its own pages:"
            + " the browser says this " + method + " to " + ctx.path() + " comes from a " + LogText.escape(s)
            + " page (Sec-Fetch-Site)");
      }
    }
    String origin = ctx.header("Origin");
    if (origin != null) {
      String own = ownOrigin(ctx);
      if (!sameOrigin(origin, own)) {
        throw new ProblemException(403, "Cross-origin request refused", "this node answers only its own pages:"
            + " the request's Origin \"" + LogText.escape(origin) + "\" is not this node's (" + own + ")");
      }
    }
  }

  static void requireJsonWrite(Context ctx) {
    String method = ctx.req().getMethod().toUpperCase(Locale.ROOT);
    if (!WRITE_METHODS.contains(method)) {
      return;
    }
    String type = ctx.header("Content-Type");
    if (!isJson(type)) {
      throw new ProblemException(415, "Unsupported media type", method + " " + ctx.path() + " takes a JSON body"
          + " with Content-Type: application/json (charset=utf-8 allowed); it was sent "
          + (type == null ? "no Content-Type" : "Content-Type \"" + LogText.escape(type) + "\""));
    }
  }

  /** {@code application/json}, optionally with {@code charset=utf-8} (JSON on the wire is UTF-8, RFC 8259). */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";", -1);
    if (!parts[0].trim().equalsIgnoreCase("application/json")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim().toLowerCase(Locale.ROOT).replace("\"", "");
      if (!p.equals("charset=utf-8")) {
        return false;
      }
    }
    return true;
  }

  /**
   * scheme://host:port of this request as the client addressed it: the Host header, and the scheme the
   * connection used, or the one a TLS-terminating proxy states in X-Forwarded-Proto.
   */
  static String ownOrigin(Context ctx) {
    String proto = ctx.header("X-Forwarded-Proto");
    String scheme = proto != null && (proto.equalsIgnoreCase("https") || proto.equalsIgnoreCase("http"))
        ? proto.toLowerCase(Locale.ROOT) : ctx.scheme();
    String host = ctx.header("Host");
    return normalize(scheme + "://" + (host == null ? ctx.host() : host));
  }

  static boolean sameOrigin(String origin, String own) {
    String o = normalize(origin.trim());
    return o != null && o.equals(own);
  }

  /** scheme://host:port in lower case with the port always given, or null for what is not an origin. */
  static String normalize(String origin) {
    try {
      URI u = new URI(origin);
      if (u.getScheme() == null || u.getHost() == null || (u.getPath() != null && !u.getPath().isEmpty())
          || u.getQuery() != null || u.getFragment() != null || u.getUserInfo() != null) {
        return null;
      }
      String scheme = u.getScheme().toLowerCase(Locale.ROOT);
      int port = u.getPort() != -1 ? u.getPort() : scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
      return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }
}
