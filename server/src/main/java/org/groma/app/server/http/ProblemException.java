package org.groma.app.server.http;

/** An HTTP error with its status and a message a person can act on; rendered as problem+json. */
public final class ProblemException extends RuntimeException {

  private final int status;
  private final String title;
  private final long retryAfterSeconds;

  public ProblemException(int status, String title, String detail) {
    this(status, title, detail, -1);
  }

  /** With a Retry-After header of {@code retryAfterSeconds} (for 429 and 503; negative: none). */
  public ProblemException(int status, String title, String detail, long retryAfterSeconds) {
    super(detail);
    this.status = status;
    this.title = title;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Seconds for the Retry-After header, or negative for none. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public static ProblemException unauthorized(String detail) {
    return new ProblemException(401, "Not signed in", detail);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, "Not allowed", detail);
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(404, "Not found", detail);
  }

  public static ProblemException badRequest(String detail) {
    return new ProblemException(400, "Bad request", detail);
  }
}
