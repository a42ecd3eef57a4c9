package org.groma.app.server.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.groma.app.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDAL's OGC API – Features driver (OAPIF), the one QGIS's GDAL-based tools share, reads the node: it lists
 * the nine collections as layers, pages through their items and sends bbox for a spatial filter; it reads the
 * patrols' and posts' times as date-times. Runs
 * Debian's gdal-bin {@code ogrinfo}; skipped with a reason when it is missing, except under CI=true.
 */
class OgrinfoOapifTest {

  @TempDir
  Path dir;

  @Test
  void ogrinfo_lists_the_nine_layers_and_reads_their_features() throws Exception {
    Path ogrinfo = ExternalTool.required("ogrinfo", "gdal-bin");
    try (OgcFixture f = new OgcFixture(dir)) {
      String source = "OAPIF:" + f.url("/ogc");

      String list = ExternalTool.run(ogrinfo.toString(), "-ro", "-so", source);
      assertThat(list).doesNotContain("ERROR").doesNotContain("Warning");
      assertThat(list).contains("1: sections (title: Boundary sections) (Multi Line String)\n"
          + "2: segments (title: Segments between turning points) (Line String)\n"
          + "3: proposals (title: Proposed lines) (Multi Line String)\n"
          + "4: decisions (title: Decisions) (Multi Line String)\n"
          + "5: pillars (title: Boundary pillars) (Point)\n"
          + "6: inspections (title: Pillar inspections) (Point)\n"
          + "7: settlements (title: Settlements (GeoNames)) (Point)\n"
          + "8: posts (title: Observation posts and checkpoints) (Point)\n"
          + "9: patrols (title: Patrol tracks) (Multi Line String)\n");

      String patrols = ExternalTool.run(ogrinfo.toString(), "-ro", source, "patrols");
      assertThat(patrols).doesNotContain("ERROR");
      assertThat(patrols).contains("Geometry: Multi Line String\nFeature Count: 2\n");
      assertThat(patrols).contains("start_time: DateTime (0.0)\nend_time: DateTime (0.0)\nfixes: Integer (0.0)\n");
      assertThat(patrols).contains("  start_time (DateTime) = 2024/06/17 05:00:00+00\n"
          + "  end_time (DateTime) = 2024/06/17 08:00:00+00\n");
      String posts = ExternalTool.run(ogrinfo.toString(), "-ro", source, "posts");
      assertThat(posts).contains("Feature Count: 2\n").contains("  closed_at (DateTime) = 2024/06/15 08:00:00+00\n")
          .contains("POINT (0.17 0.108)");

      String sections = ExternalTool.run(ogrinfo.toString(), "-ro", source, "sections");
      assertThat(sections).doesNotContain("ERROR");
      assertThat(sections).contains("Geometry: Multi Line String\nFeature Count: 2\n"
          + "Extent: (0.100000, 0.050000) - (0.250000, 0.120400)\n");
      assertThat(sections).contains("id: String (0.0)\nsection_id: String (0.0)\nname: String (0.0)\n"
          + "status: String (0.0)\ndecision_seq: Integer (0.0)\nlength_m: Real (0.0)\n"
          + "status_since: DateTime (0.0)\nnotice: String (0.0)\n");
      assertThat(sections).contains("OGRFeature(sections):1\n  id (String) = S-1\n  section_id (String) = S-1\n"
          + "  name (String) = S-1\n  status (String) = agreed\n  decision_seq (Integer) = 14\n"
          + "  length_m (Real) = 12011.3629497435\n  status_since (DateTime) = 2024/05/14 12:00:00+00\n"
          + "  notice (String) = Working record of the Demo joint boundary commission: not an agreed boundary"
          + " unless status is \"agreed\".\n  MULTILINESTRING ((0.1 0.1,0.15 0.1204,0.2 0.1))\n");
      assertThat(sections).contains("OGRFeature(sections):2\n  id (String) = S-2\n");

      // GDAL pages through the settlements with next links (10 a page), then filters by bbox on the node.
      assertThat(features(ExternalTool.run(ogrinfo.toString(), "-ro", "-q", source, "settlements"))).hasSize(485);
      // the pillar register: pillars 1 and 2 surveyed (3/1 only proposed), one inspection finding
      String pillars = ExternalTool.run(ogrinfo.toString(), "-ro", "-q", source, "pillars");
      assertThat(features(pillars)).hasSize(2);
      assertThat(pillars).contains("status (String) = replaced").contains("pillar_type (String) = intermediate");
      assertThat(features(ExternalTool.run(ogrinfo.toString(), "-ro", "-q", source, "inspections"))).hasSize(1);
      List<String> inBox = features(ExternalTool.run(ogrinfo.toString(), "-ro", "-q", source, "settlements",
          "-spat", "45", "40", "46", "41"));
      assertThat(inBox).hasSize(50);
      assertThat(ExternalTool.run(ogrinfo.toString(), "-ro", "-q", source, "segments", "-where", "status = 'agreed'"))
          .contains("id (String) = S-1~1").contains("id (String) = S-1~2").doesNotContain("S-2~");
    }
  }

  private static List<String> features(String output) {
    List<String> out = new ArrayList<>();
    for (String line : output.split("\n")) {
      if (line.startsWith("OGRFeature(")) {
        out.add(line);
      }
    }
    return out;
  }

}
