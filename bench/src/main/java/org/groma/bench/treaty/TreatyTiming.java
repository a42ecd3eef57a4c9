package org.groma.bench.treaty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import org.groma.app.commission.Act;
import org.groma.app.commission.Actor;
import org.groma.app.commission.Command;
import org.groma.app.commission.DemoCommission;
import org.groma.app.commission.InMemoryCommission;
import org.groma.app.commission.TreatyEvent.Acceptance;
import org.groma.app.commission.TreatyEvent.ParagraphProposed;
import org.groma.app.commission.TreatyEvent.TreatyOpened;
import org.groma.app.commission.TreatyEvent.VersionAccepted;
import org.groma.app.commission.TreatyEvent.VersionInitialled;
import org.groma.app.commission.TreatyRegister.Treaty;
import org.groma.app.commission.TreatyText;

/**
 * Issue 13's figure "a treaty of 100 articles × 3 languages × 20 versions renders its consolidated text at any
 * date in under 200 ms": builds such a draft through the commission's rules (in memory, stand-in entry hashes;
 * every act decided and evolved as on a node), then times {@link TreatyText#of} plus the text in all three
 * languages at random dates across the history, and prints the median, the 95th percentile and the maximum.
 *
 * <p>The draft: articles 1 to A, one paragraph each, V versions per paragraph proposed in turn by party A,
 * party B and the mediator (about 40 words per language each); every fifth version accepted by both co-chairs
 * (one ad referendum), every tenth then initialled by both: so at a random date a paragraph may be bracketed,
 * agreed ad referendum, agreed, initialled or reopened.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.groma.bench.treaty.TreatyTiming [ARTICLES] [VERSIONS]
 * [DATES]} (defaults 100 20 200).
 */
public final class TreatyTiming {

  private static final String[] LANGS = {"en", "fr", "ru"};
  private static final String[] WORDS = {"the", "boundary", "line", "runs", "along", "river", "commission",
      "parties", "граница", "линия", "проходит", "по", "frontière", "ligne", "suit", "la", "rivière", "pillar",
      "coordinates", "annex", "agreed", "shall", "establish", "joint"};

  private TreatyTiming() {}

  public static void main(String[] args) {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int versions = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int dates = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    long t0 = System.nanoTime();
    InMemoryCommission c = DemoCommission.inMemory();
    Instant start = c.state().lastTime().orElseThrow().plusSeconds(86_400);
    Builder b = new Builder(c, start);
    b.act(DemoCommission.MEDIATOR, new TreatyOpened("T-BENCH", texts("Treaty", "Traité", "Договор")));
    Random r = new Random(13);
    for (int v = 0; v < versions; v++) {
      for (int a = 1; a <= articles; a++) {
        Actor who = switch (v % 3) {
          case 0 -> DemoCommission.A_CO_CHAIR;
          case 1 -> DemoCommission.B_EXPERT_ROTATED;
          default -> DemoCommission.MEDIATOR;
        };
        Act p = b.act(who, new ParagraphProposed("T-BENCH", a, 1, a + ".1-v" + v, texts(words(r), words(r),
            words(r))));
        if (v % 5 == 4) {
          b.act(DemoCommission.A_CO_CHAIR, VersionAccepted.of(p, v % 10 == 4 ? Acceptance.AD_REFERENDUM
              : Acceptance.DEFINITIVE));
          b.act(DemoCommission.B_CO_CHAIR, VersionAccepted.of(p, Acceptance.DEFINITIVE));
          if (v % 10 == 9) {
            b.act(DemoCommission.A_CO_CHAIR, VersionInitialled.of(p));
            b.act(DemoCommission.B_CO_CHAIR, VersionInitialled.of(p));
          }
        }
      }
    }
    long t1 = System.nanoTime();
    Treaty t = c.state().treaties().treaty("T-BENCH").orElseThrow();
    Instant end = c.state().lastTime().orElseThrow();
    System.out.printf(Locale.ROOT, "treaty: %d articles x %d languages x %d versions = %d versions, %d acts; built"
        + " through the rules in %.1f s%n", articles, LANGS.length, versions, t.versionCount(), b.count,
        (t1 - t0) / 1e9);
    // Warm-up, then the timed dates (uniform between the treaty's opening and its last act).
    long span = end.getEpochSecond() - t.time().getEpochSecond();
    long sink = 0;
    for (int i = 0; i < 50; i++) {
      sink += consolidate(t, t.time().plusSeconds((long) (r.nextDouble() * span)));
    }
    // Wall time, and this thread's CPU time: on a shared machine the wall time includes waits for a core.
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long[] ns = new long[dates];
    long[] cpu = new long[dates];
    for (int i = 0; i < dates; i++) {
      Instant when = t.time().plusSeconds((long) (r.nextDouble() * span));
      long c0 = threads.getCurrentThreadCpuTime();
      long s = System.nanoTime();
      sink += consolidate(t, when);
      ns[i] = System.nanoTime() - s;
      cpu[i] = threads.getCurrentThreadCpuTime() - c0;
    }
    Arrays.sort(ns);
    Arrays.sort(cpu);
    long atEnd = System.nanoTime();
    sink += consolidate(t, end);
    atEnd = System.nanoTime() - atEnd;
    System.out.printf(Locale.ROOT, "consolidated text in %d languages at %d random dates: wall median %.1f ms, p95"
        + " %.1f ms, max %.1f ms; CPU median %.1f ms, p95 %.1f ms, max %.1f ms; at the last act %.1f ms (%d"
        + " characters)%n", LANGS.length, dates, ns[dates / 2] / 1e6, ns[(int) (dates * 0.95)] / 1e6,
        ns[dates - 1] / 1e6, cpu[dates / 2] / 1e6, cpu[(int) (dates * 0.95)] / 1e6, cpu[dates - 1] / 1e6,
        atEnd / 1e6, sink);
  }

  /** The text at {@code when} in every language; returns its length (so nothing is optimised away). */
  private static long consolidate(Treaty t, Instant when) {
    TreatyText text = TreatyText.of(t, when);
    long chars = 0;
    for (String lang : LANGS) {
      for (TreatyText.Line l : text.lines(lang)) {
        chars += l.text().length();
      }
    }
    return chars;
  }

  private static TreeMap<String, String> texts(String en, String fr, String ru) {
    TreeMap<String, String> m = new TreeMap<>();
    m.put("en", en);
    m.put("fr", fr);
    m.put("ru", ru);
    return m;
  }

  private static String words(Random r) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      out.add(WORDS[r.nextInt(WORDS.length)]);
    }
    return String.join(" ", out) + ".";
  }

  /** Appends acts one minute apart through the rules. */
  private static final class Builder {
    private final InMemoryCommission c;
    private Instant time;
    private int count;

    Builder(InMemoryCommission c, Instant start) {
      this.c = c;
      this.time = start;
    }

    Act act(Actor who, org.groma.app.commission.CommissionEvent e) {
      time = time.plusSeconds(60);
      count++;
      return c.append(new Command(DemoCommission.PLACEHOLDER_KEYS.actor(who), time, e));
    }
  }
}
