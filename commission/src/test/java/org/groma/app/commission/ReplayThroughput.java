package org.groma.app.commission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.groma.app.commission.CommissionEvent.DecisionDrafted;
import org.groma.app.commission.CommissionEvent.DecisionEndorsed;
import org.groma.app.commission.CommissionEvent.LineProposed;
import org.groma.app.commission.CommissionEvent.Note;
import org.groma.app.commission.CommissionEvent.ProposedSegment;
import org.groma.app.commission.CommissionEvent.SittingClosed;
import org.groma.app.commission.CommissionEvent.SittingOpened;
import org.groma.geo.CanonicalPoint;

/**
 * Measures how fast {@link CommissionHistory#replay} re-checks and folds a long journal (rules only: no
 * hashing, no signatures, no JSON). Not a test; run by hand after {@code test-compile}:
 *
 * <pre>
 * ./mvnw -B -o -q -pl commission dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx512m -XX:ActiveProcessorCount=1 \
 *   -cp commission/target/test-classes:commission/target/classes:geo/target/classes:journal/target/classes:$(cat /tmp/cp.txt) \
 *   org.groma.app.commission.ReplayThroughput 100000
 * </pre>
 *
 * The journal after the demo: per 1000 acts a sitting closes and the next opens; otherwise in turn two
 * notes, a proposal, a draft adopting it, and Party B's endorsement of that draft.
 */
public final class ReplayThroughput {

  private ReplayThroughput() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    InMemoryCommission c = DemoCommission.inMemory();
    Instant t = Instant.parse("2024-07-01T00:00:00Z");
    int sitting = 0;
    int count = c.acts().size();
    Act last = null;
    for (int i = 0; count < n; i++, count++) {
      t = t.plusSeconds(1);
      String open = "T" + (sitting - 1);
      if (i % 1000 == 0) {
        if (sitting > 0) {
          c.append(new Command(DemoCommission.MEDIATOR, t, new SittingClosed(open, "protocol")));
          count++;
        }
        last = c.append(new Command(DemoCommission.MEDIATOR, t,
            new SittingOpened("T" + sitting++, "sitting", List.of("agenda"))));
        continue;
      }
      CommissionEvent e = switch (i % 5) {
        case 0, 1 -> new Note("N" + i, "note " + i, null);
        case 2 -> new LineProposed("P" + i, "X" + i, open, List.of(new CanonicalPoint(i, 0),
            new CanonicalPoint(i + 1, 1)), List.of(ProposedSegment.GEODESIC), List.of("SRC-1"));
        case 3 -> c.state().draftAdopting("D" + i, "X" + (i - 1), open, "decision", "P" + (i - 1));
        default -> c.state().endorsementOf("D" + (i - 1));
      };
      Actor actor = switch (i % 5) {
        case 2 -> DemoCommission.B_EXPERT_ROTATED;
        case 3 -> DemoCommission.A_CO_CHAIR;
        case 4 -> DemoCommission.B_CO_CHAIR;
        default -> DemoCommission.MEDIATOR;
      };
      last = c.append(new Command(actor, t, e));
    }
    List<Act> acts = new ArrayList<>(c.acts());
    for (int round = 0; round < 5; round++) {
      long t0 = System.nanoTime();
      CommissionHistory h = CommissionHistory.replay(acts);
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf("round %d: %d acts replayed in %.3f s = %.0f acts/s (%d decisions)%n", round, acts.size(),
          s, acts.size() / s, h.current().decisions().size());
    }
  }
}
