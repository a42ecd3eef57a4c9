package org.groma.app.io;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Imports one file and prints its vertex count, the time taken and the peak heap: run in a child JVM by
 * {@link LargeImportMemoryTest} with {@code -Xmx512m}, and by hand for docs/benchmarks.md.
 *
 * <p>{@code java -Xmx512m -cp … org.groma.app.io.ImportProbe FILE [csv]}: with {@code csv} the file is read
 * as columns lon, lat, part, seq in EPSG:4326, rows grouped into lines by part and ordered by seq.
 */
public final class ImportProbe {

  private ImportProbe() {}

  public static void main(String[] args) throws Exception {
    ImportOptions options = ImportOptions.defaults();
    if (args.length > 1 && args[1].equals("csv")) {
      options = options.withCrs("EPSG:4326")
          .withCsv(CsvLayout.latLon("lat", "lon").withLines("part", Optional.of("seq")));
    }
    long start = System.nanoTime();
    ImportResult r = FeatureImport.read(Path.of(args[0]), options);
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "vertices %d%nfeatures %d%nseconds %.3f%nverticesPerSecond %.0f%n"
        + "peakHeapMB %.1f%nmaxHeapMB %.1f%n", r.vertexCount(), r.features().size(), seconds,
        r.vertexCount() / seconds, peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
  }
}
