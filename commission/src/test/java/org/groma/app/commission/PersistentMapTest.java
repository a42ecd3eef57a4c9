package org.groma.app.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PersistentMapTest {

  @Test
  void behaves_like_a_tree_map_and_leaves_every_earlier_version_unchanged() {
    Random r = new Random(42);
    PersistentMap<Integer, String> m = PersistentMap.empty();
    TreeMap<Integer, String> expected = new TreeMap<>();
    List<PersistentMap<Integer, String>> versions = new ArrayList<>();
    List<TreeMap<Integer, String>> expectedVersions = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      int k = r.nextInt(2000);
      String v = "v" + r.nextInt(10);
      m = m.put(k, v);
      expected.put(k, v);
      if (i % 250 == 0) {
        versions.add(m);
        expectedVersions.add(new TreeMap<>(expected));
      }
    }
    assertThat(m.size()).isEqualTo(expected.size());
    assertThat(entries(m)).isEqualTo(new ArrayList<>(expected.entrySet()));
    for (int k = -1; k <= 2000; k++) {
      assertThat(m.get(k).orElse(null)).isEqualTo(expected.get(k));
      assertThat(m.containsKey(k)).isEqualTo(expected.containsKey(k));
    }
    for (int i = 0; i < versions.size(); i++) {
      assertThat(entries(versions.get(i))).isEqualTo(new ArrayList<>(expectedVersions.get(i).entrySet()));
    }
  }

  @Test
  void maps_with_the_same_entries_are_equal_whatever_the_insertion_order() {
    PersistentMap<String, Integer> a = PersistentMap.empty();
    PersistentMap<String, Integer> b = PersistentMap.empty();
    for (int i = 0; i < 100; i++) {
      a = a.put("k" + i, i);
      b = b.put("k" + (99 - i), 99 - i);
    }
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.put("k5", -5)).isNotEqualTo(b);
    assertThat(a.get("k5")).contains(5);
  }

  private static <K extends Comparable<K>, V> List<Map.Entry<K, V>> entries(PersistentMap<K, V> m) {
    List<Map.Entry<K, V>> out = new ArrayList<>();
    m.forEach(out::add);
    return out;
  }
}
