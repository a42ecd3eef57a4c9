package org.groma.app.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.groma.app.BadInputException;
import org.groma.app.node.CommandRefusedException;
import org.groma.app.node.ForkException;
import org.groma.app.server.http.ProblemException;
import org.groma.app.store.StoreConflictException;
import org.groma.geo.GeoInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where an exception becomes an HTTP status and an RFC 9457 problem document
 * ({@code application/problem+json}: type, title, status, detail, instance). Details say what was wrong and
 * what to do; internal errors are logged with their stack and answered with a plain 500.
 */
final class Problems {

  static final String CONTENT_TYPE = "application/problem+json";
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  static void install(RoutesConfig routes) {
    routes.exception(ProblemException.class, (e, ctx) -> {
      if (e.retryAfterSeconds() >= 0) {
        ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
      }
      write(ctx, e.status(), e.title(), e.getMessage(), null);
    });
    routes.exception(CommandRefusedException.class, (e, ctx) -> {
      LOG.warn("refused act from {} on {}: {}", Sessions.describe(ctx), LogText.escape(ctx.path()),
          LogText.escape(e.reason()));
      write(ctx, 409, "Refused by the commission's rules", e.getMessage(), null);
    });
    routes.exception(ForkException.class, (e, ctx) -> {
      LOG.error("fork detected on {}: {}", LogText.escape(ctx.path()), LogText.escape(e.getMessage()));
      write(ctx, 409, "Fork detected", e.getMessage(), Map.of("ours", e.ours(), "theirs", e.theirs()));
    });
    routes.exception(StoreConflictException.class, (e, ctx) ->
        write(ctx, 409, "Journal size conflict", e.getMessage(), null));
    routes.exception(GeoInputException.class, (e, ctx) -> write(ctx, 422, "Invalid geometry", e.getMessage(), null));
    routes.exception(BadInputException.class, (e, ctx) -> write(ctx, 400, "Bad input", e.getMessage(), null));
    routes.exception(JsonProcessingException.class, (e, ctx) -> write(ctx, 400, "Malformed JSON",
        "the request body is not valid JSON: " + e.getOriginalMessage()
            + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr()), null));
    routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), switch (e.getStatus()) {
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 413 -> "Request too large";
      case 415 -> "Unsupported media type";
      default -> "HTTP " + e.getStatus();
    }, e.getStatus() == 413
        ? "the request body is larger than this node accepts (" + NodeServer.MAX_BODY_BYTES + " bytes)"
        : e.getMessage(), null));
    routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("internal error on {} {}", ctx.req().getMethod(), LogText.escape(ctx.path()), e);
      write(ctx, 500, "Internal error", "an internal error occurred in the node; it has been logged", null);
    });
    routes.error(404, "*", ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        write(ctx, 404, "Not found", "no resource at " + ctx.path(), null);
      }
    });
  }

  static void write(Context ctx, int status, String title, String detail, Map<String, Object> extra) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("instance", ctx.path());
    if (extra != null) {
      body.putAll(extra);
    }
    try {
      ctx.status(status).contentType(CONTENT_TYPE).result(JSON.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
