package org.groma.app.cli;

/**
 * The process exit codes of every {@code groma} command. Documented in {@code docs/cli.md} and in
 * {@code groma --help}; scripts rely on them, so a code's meaning never changes.
 */
public enum ExitCode {
  /** The command did what was asked. */
  OK(0),
  /** The command ran, and a check it made failed (a self-check, a verification, a comparison bound). */
  CHECK_FAILED(1),
  /** The command line itself is wrong: unknown option, missing argument, a value of the wrong form. */
  USAGE(2),
  /** The input data is invalid: a coordinate out of range, a malformed file, an unknown CRS code. */
  BAD_INPUT(3),
  /** A file or store could not be read or written. */
  IO_ERROR(4),
  /** A fault in Groma itself; please report it with the message printed. */
  SOFTWARE(5);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
