package org.groma.app.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The headers on every answer of the node: API, web map, OGC pages, sync, problem documents, and Jetty's own
 * errors ({@link JettyProblemHandler}). Set as a servlet filter before anything else runs, so no route can
 * forget them.
 */
final class SecurityHeaders implements Filter {

  /**
   * What a browser may load for any page of this node: only this node, plus OpenStreetMap's tiles for the web
   * map's optional online layer. OpenLayers draws into canvases and sets element styles from script, which
   * style-src 'unsafe-inline' allows; no script runs inline. Never framed, no plugins, no base URL rewriting.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob: "
      + "https://tile.openstreetmap.org; style-src 'self' 'unsafe-inline'; connect-src 'self'; "
      + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  static final Map<String, String> HEADERS = headers();

  private static Map<String, String> headers() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "no-referrer");
    h.put("X-Frame-Options", "DENY");
    return Map.copyOf(h);
  }

  static void apply(BiConsumer<String, String> setHeader) {
    HEADERS.forEach(setHeader);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(((HttpServletResponse) response)::setHeader);
    chain.doFilter(request, response);
  }
}
