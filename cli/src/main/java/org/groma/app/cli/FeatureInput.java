package org.groma.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.groma.app.io.FeatureImport;
import org.groma.app.io.GeoFeature;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The one input file of a command, in any format Groma imports, read into WGS 84 (a mixin). */
final class FeatureInput {

  @Parameters(index = "0", paramLabel = "FILE",
      description = "Input: GeoJSON (RFC 7946), KML/KMZ, GPX, CSV (with --crs and columns) or a GeoPackage layer.")
  Path file;

  @Mixin ReadOptions options;

  List<GeoFeature> read() {
    return readResult().features();
  }

  /** The features with the import's repairs and warnings, for commands that report them. */
  org.groma.app.io.ImportResult readResult() {
    try {
      return FeatureImport.read(file, options.options());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
