package org.groma.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.groma.geo.GeoInputException;
import org.groma.geo.angle.Axis;
import org.groma.geo.angle.DmsFormat;
import org.groma.geo.angle.DmsParser;
import org.groma.geo.angle.ParsedAngle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "dms",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Converts angles between notations: decimal degrees, degrees-minutes-seconds, degrees and decimal minutes.",
        "Reads 40°30′15.123″N, 40 30 15.123 N, N 40.504201, 40d30m15.12s, 40:30:15.12, decimal commas and the",
        "Russian hemisphere marks с.ш. ю.ш. в.д. з.д.; writes with a stated number of decimals, rounding half-even",
        "on the exact value. JSON: [{input, degrees, axis, formatted}].",
    })
final class DmsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ANGLE", arity = "1..*", description = "Angles to convert (quote those with spaces).")
  List<String> angles;

  @Option(names = "--to", paramLabel = "dms|dm|decimal", defaultValue = "dms",
      description = "Notation to write: dms (default), dm (degrees, decimal minutes) or decimal (degrees).")
  String to;

  @Option(names = "--decimals", paramLabel = "N",
      description = "Decimals of the last unit (default 3 for dms, 5 for dm, 9 for decimal). Maximum 9, 11, 13.")
  Integer decimals;

  @Option(names = "--style", paramLabel = "unicode|ascii|spaced|colon|russian", defaultValue = "unicode",
      description = "Symbols: unicode 40°30′15.123″N (default), ascii 40d30m15.123sN, spaced 40 30 15.123 N, "
          + "colon 40:30:15.123N, russian 40°30′15,123″ с.ш.")
  DmsFormat.Style style;

  @Option(names = "--sign", description = "Write a minus sign instead of a hemisphere letter.")
  boolean sign;

  @Option(names = "--axis", paramLabel = "lat|lon",
      description = "Read every angle as a latitude or a longitude (checks range and hemisphere letter).")
  String axis;

  @Option(names = "--json", description = "Print a JSON array for scripts.")
  boolean json;

  @Override
  public void run() {
    DmsFormat format = format();
    Axis forced = switch (axis == null ? "" : axis) {
      case "" -> null;
      case "lat" -> Axis.LATITUDE;
      case "lon" -> Axis.LONGITUDE;
      default -> throw new ParameterException(spec.commandLine(), "--axis must be lat or lon, got '" + axis + "'");
    };
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < angles.size(); i++) {
      String text = angles.get(i);
      ParsedAngle parsed;
      try {
        parsed = forced == Axis.LATITUDE ? new ParsedAngle(DmsParser.parseLatitude(text), Axis.LATITUDE)
            : forced == Axis.LONGITUDE ? new ParsedAngle(DmsParser.parseLongitude(text), Axis.LONGITUDE)
            : DmsParser.parse(text);
      } catch (GeoInputException e) {
        throw e.at("ANGLE " + (i + 1));
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("input", text);
      row.put("degrees", parsed.degrees());
      row.put("axis", parsed.axis().name());
      row.put("formatted", format.format(parsed.degrees(), parsed.axis()));
      rows.add(row);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Output.json(out, rows);
      return;
    }
    for (Map<String, Object> row : rows) {
      out.println(row.get("formatted"));
    }
    out.flush();
  }

  private DmsFormat format() {
    DmsFormat.Layout layout = switch (to) {
      case "dms" -> DmsFormat.Layout.DEGREES_MINUTES_SECONDS;
      case "dm" -> DmsFormat.Layout.DEGREES_MINUTES;
      case "decimal" -> DmsFormat.Layout.DEGREES;
      default -> throw new ParameterException(spec.commandLine(), "--to must be dms, dm or decimal, got '" + to + "'");
    };
    int places = decimals != null ? decimals : switch (layout) {
      case DEGREES_MINUTES_SECONDS -> 3;
      case DEGREES_MINUTES -> 5;
      case DEGREES -> 9;
    };
    if (places < 0 || places > layout.maxDecimals()) {
      throw new ParameterException(spec.commandLine(),
          "--decimals must be 0 to " + layout.maxDecimals() + " with --to " + to + ", got " + places);
    }
    DmsFormat base = new DmsFormat(layout, DmsFormat.Style.UNICODE, DmsFormat.SignMode.HEMISPHERE, places);
    base = base.withStyle(style);
    return sign ? base.withSignMode(DmsFormat.SignMode.SIGN) : base;
  }
}
