package org.groma.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.groma.app.BadInputException;
import picocli.CommandLine.Option;

/**
 * A period given on the command line (a mixin): {@code --from} and {@code --to}, each an ISO 8601 UTC time or a
 * date; a date as {@code --from} is the start of that UTC day and as {@code --to} its last instant, so
 * {@code --from 2025-06-01 --to 2025-06-30} is the whole of June. Either may be left out for an open end.
 */
final class Period {

  @Option(names = "--from", paramLabel = "ISO|DATE", description = "Start of the period (default: open).")
  String from;

  @Option(names = "--to", paramLabel = "ISO|DATE", description = "End of the period, included (default: open).")
  String to;

  Instant start() {
    return from == null ? null : parse("--from", from, false);
  }

  Instant end() {
    return to == null ? null : parse("--to", to, true);
  }

  private static Instant parse(String option, String text, boolean end) {
    if (text.length() == 10) {
      try {
        LocalDate d = LocalDate.parse(text);
        return end ? d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1)
            : d.atStartOfDay().toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        throw new BadInputException(option + " '" + text + "' is not a date (YYYY-MM-DD)");
      }
    }
    return JournalCommand.instant(option, text);
  }
}
