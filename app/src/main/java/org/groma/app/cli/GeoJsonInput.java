package org.groma.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.groma.app.io.GeoFeature;
import org.groma.app.io.GeoJsonReader;
import org.groma.app.io.Region;
import org.groma.geo.GeoInputException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The GeoJSON file argument and its {@code --region} check, shared by the commands that read one (a mixin). */
final class GeoJsonInput {

  @Parameters(index = "0", paramLabel = "FILE.geojson",
      description = "A GeoJSON file (RFC 7946: WGS 84, longitude then latitude).")
  Path file;

  @Option(names = "--region", paramLabel = "W,S,E,N",
      description = "Region the data must lie in (degrees). A position outside it whose lat/lon swap lies "
          + "inside is refused as swapped axes.")
  String region;

  List<GeoFeature> read() {
    Optional<Region> expected;
    try {
      expected = Optional.ofNullable(region).map(Region::parse);
    } catch (GeoInputException e) {
      throw e.at("--region");
    }
    try {
      return new GeoJsonReader(expected).read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
