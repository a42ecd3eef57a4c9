package org.groma.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.groma.app.BadInputException;
import org.groma.app.delimitation.Section;
import org.groma.app.delimitation.Sk42Columns;
import org.groma.app.delimitation.TurningPointTable;
import org.groma.app.export.SourceFile;
import org.groma.app.export.TurningPointTableWriter;
import org.groma.app.io.SectionFeatures;
import org.groma.geo.GeoInputException;
import org.groma.geo.crs.TransformationRegistry;
import org.groma.geo.crs.UtmZone;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "table",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Turning-point table of a line: per point DMS and decimal latitude/longitude (WGS 84), UTM, and SK-42",
        "Gauss-Kruger (with a named transformation); per segment length, forward and back azimuths by line type;",
        "cumulative distance. LINE is GeoJSON with LineString/MultiLineString features (one table per part,",
        "numbered continuously; a feature that starts where the previous ended continues its table).",
        "Feature properties: lineType (geodesic | rhumb | follows-feature), feature (text, or {\"en\": …, \"ru\": …})",
        "for follows-feature, status, sources, pillars. See docs/delimitation.md.",
    })
final class TableCommand implements Runnable {

  @Spec CommandSpec spec;

  @Mixin FeatureInput input;

  @Option(names = "--start-number", paramLabel = "N", defaultValue = "1",
      description = "Number of the first turning point (default 1).")
  int startNumber;

  @Option(names = "--utm-zone", paramLabel = "ZONE", converter = UtmZoneConverter.class,
      description = "Fix the UTM zone for every row, e.g. 38N; by default each point is in its own zone.")
  UtmZone utmZone;

  @Option(names = "--gk-zone", paramLabel = "N",
      description = "Fix the SK-42 Gauss-Kruger 6-degree zone (4-32) for every row; by default from each point's longitude.")
  Integer gkZone;


  @Option(names = "--no-sk42", description = "Leave the SK-42 Gauss-Kruger columns out.")
  boolean noSk42;

  @Option(names = "--format", paramLabel = "csv|json|md", defaultValue = "csv",
      description = "Output format: csv (RFC 4180, default), json or md (Markdown).")
  TurningPointTableWriter.Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (UTF-8) instead of standard output.")
  Path out;

  @Override
  public void run() {
    if (noSk42 && (input.options.transformation != null || gkZone != null)) {
      throw new ParameterException(spec.commandLine(),
          "--no-sk42 leaves the SK-42 columns out; it cannot be combined with --transformation or --gk-zone");
    }
    Sk42Columns sk42;
    if (noSk42) {
      sk42 = new Sk42Columns.Omitted();
    } else if (input.options.transformation == null) {
      throw new BadInputException("SK-42 (Pulkovo 1942) Gauss-Kruger columns need a named datum transformation, "
          + "none is chosen silently: give --transformation, one of "
          + TurningPointTable.Builder.candidateList() + ", or --no-sk42");
    } else {
      try {
        sk42 = new Sk42Columns.Included(TransformationRegistry.lookup(input.options.transformation),
            gkZone == null ? OptionalInt.empty() : OptionalInt.of(gkZone));
      } catch (GeoInputException e) {
        throw e.at("--transformation");
      }
    }
    List<Section> sections = readSections(input, startNumber);
    TurningPointTable.Builder builder = TurningPointTable.builder().sk42(sk42);
    if (utmZone != null) {
      builder.utmZone(utmZone);
    }
    TurningPointTable table = builder.build(sections);
    String text = new TurningPointTableWriter(source(input.file)).write(table, format);
    emit(spec, out, text);
  }

  /** Writes the whole text to the file, or to standard output; nothing is written before it is complete. */
  static void emit(CommandSpec spec, Path out, String text) {
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      w.print(text);
      w.flush();
      return;
    }
    try {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SourceFile source(Path file) {
    try {
      return SourceFile.of(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sections of the line file {@code input} names, numbered from {@code startNumber}. */
  static List<Section> readSections(FeatureInput input, int startNumber) {
    return SectionFeatures.read(input.file.toString(), input.read(), startNumber);
  }

  /** Reads "38N", "38n", "23S": a UTM zone number 1–60 and a hemisphere letter. */
  static final class UtmZoneConverter implements ITypeConverter<UtmZone> {
    @Override
    public UtmZone convert(String value) {
      String v = value.trim().toUpperCase(Locale.ROOT);
      if (!v.matches("[0-9]{1,2}[NS]")) {
        throw new picocli.CommandLine.TypeConversionException("UTM zone \"" + value
            + "\" must be a zone number 1-60 and a hemisphere letter, e.g. 38N or 23S");
      }
      int number = Integer.parseInt(v.substring(0, v.length() - 1));
      if (number < 1 || number > 60) {
        throw new picocli.CommandLine.TypeConversionException("UTM zone \"" + value + "\": zone number " + number
            + " is outside 1 to 60");
      }
      return new UtmZone(number, v.endsWith("N") ? UtmZone.Hemisphere.NORTH : UtmZone.Hemisphere.SOUTH);
    }
  }
}
