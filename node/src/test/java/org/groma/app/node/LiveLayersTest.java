package org.groma.app.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.groma.app.commission.CommissionEvent.LineProposed;
import org.groma.app.commission.CommissionEvent.ProposedSegment;
import org.groma.app.commission.CommissionEvent.SittingOpened;
import org.groma.app.commission.DemoCommission;
import org.groma.app.testing.ExternalTool;
import org.groma.geo.CanonicalPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QGIS and GDAL reading the store of a running node see what the node serves: every append rewrites the
 * projection layers in its own transaction. Checked with GDAL's ogrinfo on the file while the node holds
 * it open (skipped with the reason printed when ogrinfo is missing, except under CI=true).
 */
class LiveLayersTest {

  @TempDir Path dir;

  @Test
  void ogrinfo_sees_each_act_while_the_node_still_runs() throws Exception {
    Path ogrinfo = ExternalTool.required("ogrinfo", "gdal-bin");
    Path file = dir.resolve("live.gpkg");
    KeyRing keys = NodeFixtures.keys(7);
    try (CommissionNode node = NodeFixtures.demo(file, keys)) {
      assertThat(sections(ogrinfo, file)).contains("Feature Count: 2");
      // GDAL closing the file must not take the node's write-ahead log with it (it did while the store read
      // its own header through a second descriptor, which drops the process's POSIX locks).
      assertThat(Path.of(file + "-wal")).exists();
      node.submit(NodeFixtures.command(DemoCommission.MEDIATOR, keys, "2024-07-01T09:00:00Z",
          new SittingOpened("sitting-2", "Second sitting", List.of("Section S-3"))), keys.key("med-1"));
      node.submit(NodeFixtures.command(DemoCommission.A_CO_CHAIR, keys, "2024-07-01T10:00:00Z",
          new LineProposed("A-S3", "S-3", "sitting-2", List.of(new CanonicalPoint(250_000_000, 50_000_000),
              new CanonicalPoint(300_000_000, 20_000_000)), List.of(ProposedSegment.GEODESIC), List.of())),
          keys.key("a-chair-1"));
      String after = sections(ogrinfo, file);
      assertThat(after).contains("Feature Count: 3").contains("section_id (String) = S-3")
          .contains("status (String) = proposed");
      assertThat(ExternalTool.run(ogrinfo.toString(), "-ro", "-so", file.toString(), "proposals"))
          .contains("Feature Count: 5");
    }
  }

  private static String sections(Path ogrinfo, Path file) throws Exception {
    String out = ExternalTool.run(ogrinfo.toString(), "-ro", file.toString(), "sections");
    assertThat(out).doesNotContain("ERROR");
    return out;
  }
}
