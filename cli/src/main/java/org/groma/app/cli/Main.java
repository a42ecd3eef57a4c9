package org.groma.app.cli;

import picocli.CommandLine;

/** Entry point of the {@code groma} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (used by tests, which must not exit the JVM). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line, errors mapped to exit codes in one place ({@link ErrorHandler}). */
  public static CommandLine commandLine() {
    ErrorHandler errors = new ErrorHandler();
    CommandLine cmd = new CommandLine(new GromaCommand());
    cmd.setExecutionExceptionHandler(errors);
    cmd.setParameterExceptionHandler(errors);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setUsageHelpWidth(100);
    return cmd;
  }
}
