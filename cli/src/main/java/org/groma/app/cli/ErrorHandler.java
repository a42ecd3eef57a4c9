package org.groma.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.groma.app.BadInputException;
import org.groma.app.node.ForkException;
import org.groma.app.node.JournalVerificationException;
import org.groma.app.store.StoreConflictException;
import org.groma.app.store.StoreCorruptException;
import org.groma.app.store.StoreException;
import org.groma.geo.GeoInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where a failure becomes a message and an {@link ExitCode}. Messages go to standard error as
 * {@code groma: <what>: <message>}, so that standard output stays clean for scripts reading {@code --json}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("groma: usage: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCode.USAGE.code();
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    ExitCode code = exitCodeFor(e);
    switch (code) {
      case CHECK_FAILED -> err.println("groma: " + e.getMessage());
      case BAD_INPUT -> err.println("groma: bad input: " + e.getMessage());
      case IO_ERROR -> err.println("groma: I/O error: " + ioMessage(e));
      default -> {
        err.println("groma: internal error (please report it): " + e);
        e.printStackTrace(err);
      }
    }
    err.flush();
    return code.code();
  }

  static ExitCode exitCodeFor(Throwable e) {
    if (e instanceof CheckFailedException || e instanceof StoreCorruptException
        || e instanceof JournalVerificationException || e instanceof ForkException) {
      return ExitCode.CHECK_FAILED;
    }
    if (e instanceof GeoInputException || e instanceof BadInputException
        || e instanceof StoreConflictException) {
      return ExitCode.BAD_INPUT;
    }
    if (e instanceof IOException || e instanceof UncheckedIOException || e instanceof StoreException) {
      return ExitCode.IO_ERROR;
    }
    return ExitCode.SOFTWARE;
  }

  private static String ioMessage(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    return switch (cause) {
      case java.nio.file.NoSuchFileException n -> "no such file: " + n.getFile();
      case java.nio.file.AccessDeniedException a -> "permission denied: " + a.getFile();
      default -> cause.getMessage();
    };
  }
}
