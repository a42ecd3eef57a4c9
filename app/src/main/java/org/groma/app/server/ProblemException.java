package org.groma.app.server;

/** An HTTP error with its status and a message a person can act on; rendered as problem+json. */
public final class ProblemException extends RuntimeException {

  private final int status;
  private final String title;

  public ProblemException(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  static ProblemException unauthorized(String detail) {
    return new ProblemException(401, "Not signed in", detail);
  }

  static ProblemException forbidden(String detail) {
    return new ProblemException(403, "Not allowed", detail);
  }

  static ProblemException notFound(String detail) {
    return new ProblemException(404, "Not found", detail);
  }

  static ProblemException badRequest(String detail) {
    return new ProblemException(400, "Bad request", detail);
  }
}
