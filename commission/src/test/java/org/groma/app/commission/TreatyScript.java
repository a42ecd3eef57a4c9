package org.groma.app.commission;

import static org.groma.app.commission.DemoCommission.A_CO_CHAIR;
import static org.groma.app.commission.DemoCommission.B_CO_CHAIR;
import static org.groma.app.commission.DemoCommission.B_EXPERT_ROTATED;
import static org.groma.app.commission.DemoCommission.MEDIATOR;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.groma.app.commission.TreatyEvent.Acceptance;
import org.groma.app.commission.TreatyEvent.ParagraphProposed;
import org.groma.app.commission.TreatyEvent.TreatyOpened;
import org.groma.app.commission.TreatyEvent.VersionAccepted;
import org.groma.app.commission.TreatyEvent.VersionInitialled;

/**
 * A short treaty draft scripted after the demo history (whose last act is dated 10 June 2024), one act a
 * day from 1 July 2024, in English and Russian. At its end: 1.1 initialled, 1.2 agreed ad referendum, 2.1
 * bracketed (A's and B's wordings), 3.1 agreed. Shared with the modules above through the test-jar.
 */
public final class TreatyScript {

  public static final String TREATY = "T-1";
  /** The day the treaty is opened; act i of the script is dated i days later. */
  public static final Instant START = Instant.parse("2024-07-01T09:00:00Z");

  private TreatyScript() {}

  public static SortedMap<String, String> texts(String en, String ru) {
    TreeMap<String, String> m = new TreeMap<>();
    m.put("en", en);
    m.put("ru", ru);
    return m;
  }

  /** The acts of the draft, appended through {@code appender} after the demo history. */
  public static List<Act> script(DemoCommission.Appender appender, DemoCommission.KeyBook keys) {
    List<Act> acts = new ArrayList<>();
    Step s = new Step(appender, keys, acts);
    s.act(MEDIATOR, new TreatyOpened(TREATY, texts("Treaty on the state border between Party A and Party B (demo draft)",
        "Договор о государственной границе между Стороной А и Стороной Б (демонстрационный проект)")));
    Act p11 = s.act(A_CO_CHAIR, new ParagraphProposed(TREATY, 1, 1, "1.1-A1", texts(
        "The state border between the Parties runs as described in Annex 1.",
        "Государственная граница между Сторонами проходит так, как описано в Приложении 1.")));
    Act p12 = s.act(MEDIATOR, new ParagraphProposed(TREATY, 1, 2, "1.2-M1", texts(
        "The Joint Commission demarcates the border on the ground.",
        "Совместная комиссия демаркирует границу на местности.")));
    s.act(A_CO_CHAIR, new ParagraphProposed(TREATY, 2, 1, "2.1-A1", texts(
        "Along rivers the border follows the median line of the main channel.",
        "На реках граница проходит по середине главного русла.")));
    s.act(B_EXPERT_ROTATED, new ParagraphProposed(TREATY, 2, 1, "2.1-B1", texts(
        "Along rivers the border follows the thalweg of the navigable channel.",
        "На реках граница проходит по тальвегу судоходного русла.")));
    Act p31 = s.act(B_EXPERT_ROTATED, new ParagraphProposed(TREATY, 3, 1, "3.1-B1", texts(
        "This Treaty enters into force on the date of the last notification of ratification.",
        "Настоящий Договор вступает в силу с даты последнего уведомления о ратификации.")));
    s.accept(B_CO_CHAIR, p11, Acceptance.DEFINITIVE);
    s.accept(A_CO_CHAIR, p11, Acceptance.DEFINITIVE);
    s.initial(A_CO_CHAIR, p11);
    s.initial(B_CO_CHAIR, p11);
    s.accept(A_CO_CHAIR, p12, Acceptance.AD_REFERENDUM);
    s.accept(B_CO_CHAIR, p12, Acceptance.DEFINITIVE);
    s.accept(A_CO_CHAIR, p31, Acceptance.DEFINITIVE);
    s.accept(B_CO_CHAIR, p31, Acceptance.DEFINITIVE);
    return acts;
  }

  /** What an acceptance of the version {@code proposal} records must quote. */
  public static VersionAccepted acceptance(Act proposal, Acceptance kind) {
    return VersionAccepted.of(proposal, kind);
  }

  public static VersionInitialled initials(Act proposal) {
    return VersionInitialled.of(proposal);
  }

  /** The date of act {@code i} of the script (0: the treaty opened). */
  public static Instant day(int i) {
    return START.plusSeconds(86_400L * i);
  }

  private static final class Step {
    private final DemoCommission.Appender appender;
    private final DemoCommission.KeyBook keys;
    private final List<Act> acts;

    Step(DemoCommission.Appender appender, DemoCommission.KeyBook keys, List<Act> acts) {
      this.appender = appender;
      this.keys = keys;
      this.acts = acts;
    }

    Act act(Actor actor, CommissionEvent e) {
      Act a = appender.append(new Command(keys.actor(actor), day(acts.size()), e));
      acts.add(a);
      return a;
    }

    void accept(Actor actor, Act proposal, Acceptance kind) {
      act(actor, acceptance(proposal, kind));
    }

    void initial(Actor actor, Act proposal) {
      act(actor, initials(proposal));
    }
  }
}
