package org.groma.app.server.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.groma.app.testing.Seeded;
import org.junit.jupiter.api.Test;

/** The time index finds exactly the items a filter meets, in layer order, as a scan of every item does. */
class TimeIndexTest {

  private static OgcItem item(int i, FeatureTime t) {
    return new OgcItem("f" + i, null, null, t, null, null);
  }

  @Test
  void candidates_hold_every_item_a_filter_meets_as_a_full_scan_finds_them() {
    Random r = Seeded.random(11);
    Instant base = Instant.parse("2024-01-01T00:00:00Z");
    List<OgcItem> items = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      Instant start = base.plusSeconds(r.nextInt(365 * 86_400));
      FeatureTime t = switch (r.nextInt(10)) {
        case 0 -> null; // reference data: never selected
        case 1 -> FeatureTime.interval(start, null); // still open
        case 2, 3, 4 -> FeatureTime.interval(start, start.plusSeconds(r.nextInt(30 * 86_400)));
        default -> FeatureTime.instant(start);
      };
      items.add(item(i, t));
    }
    TimeIndex index = new TimeIndex(items);
    for (int q = 0; q < 400; q++) {
      Instant a = base.plusSeconds(r.nextInt(400 * 86_400) - 20 * 86_400);
      Instant b = a.plusSeconds(r.nextInt(40 * 86_400));
      TimeFilter filter = new TimeFilter(r.nextInt(6) == 0 ? null : a, r.nextInt(6) == 0 ? null : b);
      List<Integer> scan = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        if (filter.intersects(items.get(i).time())) {
          scan.add(i);
        }
      }
      List<Integer> viaIndex = new ArrayList<>();
      int previous = -1;
      for (int i : index.candidates(filter)) {
        assertThat(i).isGreaterThan(previous); // layer order, no repeats
        previous = i;
        if (filter.intersects(items.get(i).time())) {
          viaIndex.add(i);
        }
      }
      assertThat(viaIndex).as("%s", filter).isEqualTo(scan);
      TimeIndex.Selection selection = index.select(filter);
      assertThat(selection.count()).isEqualTo(scan.size());
      List<Integer> all = new ArrayList<>();
      for (int i : selection.page(0, Integer.MAX_VALUE)) {
        all.add(i);
      }
      assertThat(all).isEqualTo(scan);
    }
  }

  @Test
  void a_layer_in_start_order_selects_a_run_and_pages_it_as_a_scan_does() {
    Random r = Seeded.random(12);
    Instant base = Instant.parse("2025-01-01T00:00:00Z");
    List<Instant> starts = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      starts.add(base.plusSeconds(r.nextInt(365 * 86_400)));
    }
    starts.sort(null);
    List<OgcItem> items = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      items.add(item(i, FeatureTime.interval(starts.get(i), starts.get(i).plusSeconds(r.nextInt(3 * 86_400)))));
    }
    TimeIndex index = new TimeIndex(items);
    for (int q = 0; q < 300; q++) {
      Instant a = base.plusSeconds(r.nextInt(380 * 86_400) - 10 * 86_400);
      TimeFilter filter = new TimeFilter(r.nextInt(8) == 0 ? null : a,
          r.nextInt(8) == 0 ? null : a.plusSeconds(r.nextInt(40 * 86_400)));
      List<Integer> scan = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        if (filter.intersects(items.get(i).time())) {
          scan.add(i);
        }
      }
      TimeIndex.Selection s = index.select(filter);
      assertThat(s.count()).as("%s", filter).isEqualTo(scan.size());
      int offset = scan.isEmpty() ? 0 : r.nextInt(scan.size() + 5);
      int limit = 1 + r.nextInt(50);
      List<Integer> page = new ArrayList<>();
      for (int i : s.page(offset, limit)) {
        page.add(i);
      }
      assertThat(page).isEqualTo(scan.subList(Math.min(offset, scan.size()), Math.min(scan.size(), offset + limit)));
    }
  }

  @Test
  void an_instant_meets_an_interval_at_its_ends_and_an_open_interval_forever_after() {
    Instant t = Instant.parse("2024-06-13T05:00:00Z");
    FeatureTime patrol = FeatureTime.interval(t, t.plusSeconds(3600));
    assertThat(new TimeFilter(t.plusSeconds(3600), t.plusSeconds(3600)).intersects(patrol)).isTrue();
    assertThat(new TimeFilter(t.plusSeconds(3601), null).intersects(patrol)).isFalse();
    assertThat(new TimeFilter(null, t).intersects(patrol)).isTrue();
    assertThat(new TimeFilter(null, t.minusNanos(1)).intersects(patrol)).isFalse();
    assertThat(new TimeFilter(Instant.parse("2999-01-01T00:00:00Z"), null)
        .intersects(FeatureTime.interval(t, null))).isTrue();
    assertThat(new TimeFilter(null, null).intersects(null)).isFalse();
  }
}
