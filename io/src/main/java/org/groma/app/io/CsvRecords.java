package org.groma.app.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.groma.app.BadInputException;

/**
 * The one way Groma reads CSV: the rows of a text, tokenised by Apache Commons CSV (RFC 4180: cells may be
 * quoted, {@code "a, b"}, with {@code ""} for a quote inside; a quoted cell begins with its quote), each with
 * the number of its line in the file for error messages.
 *
 * <p>Stricter than RFC 4180 in one way: a quoted cell cannot span lines, so a row is a line and a missing
 * closing quote is reported at its line instead of swallowing the rest of the file. Lines that are blank, or
 * whose first cell begins with {@code #} (a comment), are skipped; the byte-order mark spreadsheet programs
 * write is dropped. Cells are returned as written (no spaces stripped): what a cell means is the caller's.
 *
 * <h2>Algorithm</h2>
 * One streaming pass ({@link CSVParser}); empty lines are kept as records by the
 * parser, so a record's number is its line's number.
 */
public final class CsvRecords implements Iterable<CsvRecords.Row> {

  /** A row: its line in the file, from 1, and its cells. */
  public record Row(int line, List<String> cells) {

    public String cell(int i) {
      return cells.get(i);
    }

    public int size() {
      return cells.size();
    }
  }

  private final Reader in;
  private final char delimiter;
  private final IntFunction<String> place;

  private CsvRecords(Reader in, char delimiter, IntFunction<String> place) {
    this.in = in;
    this.delimiter = delimiter;
    this.place = place;
  }

  /**
   * The rows of {@code in}, read as they are iterated (once).
   *
   * @param where names the source in messages: "WHERE: line N: …"
   */
  public static CsvRecords of(Reader in, char delimiter, String where) {
    return new CsvRecords(in, delimiter, line -> where + ": line " + line);
  }

  /**
   * The rows of {@code in}, with a message's place given by {@code place} from the line number (for readers
   * whose messages say "row N").
   */
  public static CsvRecords of(Reader in, char delimiter, IntFunction<String> place) {
    return new CsvRecords(in, delimiter, place);
  }

  private static CSVFormat format(char delimiter) {
    return CSVFormat.RFC4180.builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(false) // a record per line, so that record numbers are line numbers
        .setTrailingData(true) // "a"b reads as ab, as the cells of Groma's earlier reader did
        .get();
  }

  @Override
  public Iterator<Row> iterator() {
    CSVParser parser;
    try {
      parser = CSVParser.builder().setReader(in).setFormat(format(delimiter)).get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Iterator<CSVRecord> records = parser.iterator();
    return new Iterator<>() {
      private Row next;
      private int lastLine;

      @Override
      public boolean hasNext() {
        while (next == null) {
          CSVRecord r;
          try {
            if (!records.hasNext()) {
              return false;
            }
            r = records.next();
          } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException) {
              // with trailing data allowed, the parser's one complaint: the file ends inside a quoted cell
              throw new BadInputException(place.apply(lastLine + 1) + ": a quoted cell is not closed on its line");
            }
            throw e;
          }
          int line = (int) r.getRecordNumber();
          lastLine = line;
          List<String> cells = r.toList();
          for (String c : cells) {
            if (c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
              throw new BadInputException(place.apply(line) + ": a quoted cell is not closed on its line");
            }
          }
          if (line == 1 && !cells.isEmpty() && cells.getFirst().startsWith("\uFEFF")) {
            cells = new java.util.ArrayList<>(cells);
            cells.set(0, cells.getFirst().substring(1));
            cells = List.copyOf(cells);
          }
          boolean blank = cells.size() == 1 && cells.getFirst().isBlank();
          boolean comment = !cells.isEmpty() && cells.getFirst().strip().startsWith("#");
          if (!blank && !comment) {
            next = new Row(line, cells);
          }
        }
        return true;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row r = next;
        next = null;
        return r;
      }
    };
  }
}
