package org.groma.app.cli;

/** A check the command made did not hold (exit code {@link ExitCode#CHECK_FAILED}); the report is already printed. */
final class CheckFailedException extends RuntimeException {

  CheckFailedException(String message) {
    super(message);
  }
}
