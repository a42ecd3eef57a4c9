package org.groma.app.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors — those it answers before any route runs, such as a malformed request line or header
 * (400), a URI too long (414) or headers too large (431) — as problem+json with the node's security headers,
 * instead of Jetty's HTML page. Errors inside routes never get here: {@link Problems} maps those.
 */
final class JettyProblemHandler extends ErrorHandler {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = request.getAttribute(ERROR_STATUS) instanceof Integer s ? s : response.getStatus();
    if (status < 400) {
      status = 500;
    }
    String message = request.getAttribute(ERROR_MESSAGE) instanceof String m ? m : null;
    response.setStatus(status);
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
    SecurityHeaders.apply(headers::put);
    response.write(true, ByteBuffer.wrap(body(status, message, request.getHttpURI().getPath())), callback);
    return true;
  }

  /** Used by Jetty for a request it could not even parse, where no {@link Request} exists yet. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
    SecurityHeaders.apply(fields::put);
    return ByteBuffer.wrap(body(status, reason, null));
  }

  static byte[] body(int status, String reason, String path) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", "about:blank");
    p.put("title", title(status));
    p.put("status", status);
    p.put("detail", detail(status, reason));
    p.put("instance", path);
    try {
      return JSON.writeValueAsBytes(p);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 414 -> "URI too long";
      case 431 -> "Request headers too large";
      default -> {
        String reason = HttpStatus.getMessage(status);
        yield reason == null ? "HTTP " + status : reason;
      }
    };
  }

  private static String detail(int status, String reason) {
    String what = switch (status) {
      case 400 -> "the request is not well-formed HTTP (request line, URI or headers)";
      case 414 -> "the request line is longer than this node accepts; put long inputs in a request body";
      case 431 -> "the request's headers are larger than this node accepts";
      default -> "the request could not be handled";
    };
    // Jetty's reason names what it could not parse; it comes from the request, so it is shortened and escaped.
    return reason == null || reason.isBlank() ? what : what + ": " + LogText.escape(reason);
  }
}
