package org.groma.app;

/** Input data that a command cannot use (the CLI exits with code 3); the message says what and where. */
public class BadInputException extends RuntimeException {

  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
