package org.groma.app.commission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times the commission's {@link PersistentMap} against pcollections' {@code TreePMap} and vavr's
 * {@code TreeMap} under the pattern replaying a journal makes: every act puts into the maps of the state
 * before it and both versions stay alive (history as of any entry keeps old states), with reads in between.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.groma.app.commission.PersistentMapTiming [N]} (it
 * sits in the commission's package only to reach the package-private map). Each map is timed over 7 rounds
 * after 3 warm-up rounds; the median is printed. Keys are ids as the journal has them ({@code P-000123}),
 * inserted in a shuffled order with every tenth put replacing an existing key.
 */
public final class PersistentMapTiming {

  private PersistentMapTiming() {}

  /** One persistent sorted map implementation, reduced to what the state uses. */
  private interface Subject {
    Object empty();

    Object put(Object map, String key, Integer value);

    Integer get(Object map, String key);
  }

  @SuppressWarnings("unchecked")
  private static final Subject GROMA = new Subject() {
    public Object empty() {
      return PersistentMap.<String, Integer>empty();
    }

    public Object put(Object map, String key, Integer value) {
      return ((PersistentMap<String, Integer>) map).put(key, value);
    }

    public Integer get(Object map, String key) {
      return ((PersistentMap<String, Integer>) map).get(key).orElse(null);
    }
  };

  @SuppressWarnings("unchecked")
  private static final Subject PCOLLECTIONS = new Subject() {
    public Object empty() {
      return org.pcollections.TreePMap.<String, Integer>empty();
    }

    public Object put(Object map, String key, Integer value) {
      return ((org.pcollections.TreePMap<String, Integer>) map).plus(key, value);
    }

    public Integer get(Object map, String key) {
      return ((org.pcollections.TreePMap<String, Integer>) map).get(key);
    }
  };

  @SuppressWarnings("unchecked")
  private static final Subject VAVR = new Subject() {
    public Object empty() {
      return io.vavr.collection.TreeMap.<String, Integer>empty();
    }

    public Object put(Object map, String key, Integer value) {
      return ((io.vavr.collection.TreeMap<String, Integer>) map).put(key, value);
    }

    public Integer get(Object map, String key) {
      return ((io.vavr.collection.TreeMap<String, Integer>) map).get(key).getOrNull();
    }
  };

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    List<String> keys = keys(n);
    System.out.printf(Locale.ROOT, "%d puts (each keeping the version before), %d gets; median of 7 rounds%n", n,
        n);
    for (var e : List.<java.util.Map.Entry<String, Subject>>of(java.util.Map.entry("Groma PersistentMap", GROMA),
        java.util.Map.entry("pcollections TreePMap 4.0.2", PCOLLECTIONS),
        java.util.Map.entry("vavr TreeMap 0.10.6", VAVR))) {
      double ms = median(() -> replay(e.getValue(), keys));
      System.out.printf(Locale.ROOT, "%-30s %8.1f ms  (%.0f ns per act)%n", e.getKey(), ms, ms * 1e6 / n);
    }
  }

  /** Keys as the journal's ids, shuffled with a fixed seed, one in ten a repeat. */
  private static List<String> keys(int n) {
    List<String> keys = new ArrayList<>(n);
    java.util.Random r = new java.util.Random(42);
    for (int i = 0; i < n; i++) {
      keys.add(i % 10 == 9 ? keys.get(r.nextInt(i)) : String.format(Locale.ROOT, "P-%06d", r.nextInt(10 * n)));
    }
    return keys;
  }

  private static long replay(Subject s, List<String> keys) {
    Object map = s.empty();
    Object[] history = new Object[keys.size()];
    long sum = 0;
    for (int i = 0; i < keys.size(); i++) {
      map = s.put(map, keys.get(i), i);
      history[i] = map;
      Integer v = s.get(map, keys.get(i / 2));
      sum += v == null ? 0 : v;
    }
    Integer first = s.get(history[0], keys.get(0));
    return sum + (first == null ? 0 : first) + history.length;
  }

  private static double median(Supplier<Long> run) {
    long sink = 0;
    for (int i = 0; i < 3; i++) {
      sink += run.get();
    }
    double[] ms = new double[7];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      sink += run.get();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    if (sink == 42) {
      System.out.print("");
    }
    java.util.Arrays.sort(ms);
    return ms[ms.length / 2];
  }
}
