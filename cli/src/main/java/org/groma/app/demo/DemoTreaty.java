package org.groma.app.demo;

import java.util.TreeMap;
import org.groma.app.commission.Act;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.TreatyEvent.Acceptance;
import org.groma.app.commission.TreatyEvent.ParagraphProposed;
import org.groma.app.commission.TreatyEvent.TreatyOpened;
import org.groma.app.commission.TreatyEvent.VersionAccepted;
import org.groma.app.commission.TreatyEvent.VersionInitialled;
import org.groma.app.demo.DemoRoster.DemoMember;

/**
 * The demo's treaty draft (docs/demo.md, docs/treaty.md): a short, fictional text on the commission's own
 * procedure, in English and Russian, negotiated on 20 May 2025 — one paragraph initialled, one agreed ad
 * referendum, one agreed and one bracketed (how often the commission meets). Its title carries the demo label;
 * it is no government's position and no real treaty's text.
 */
final class DemoTreaty {

  static final String TREATY_ID = "T-DEMO";

  /** Appends one act of the script, signed by {@code who}'s demo key. */
  interface Acts {
    Act act(DemoMember who, String time, CommissionEvent event);
  }

  private DemoTreaty() {}

  private static TreeMap<String, String> texts(String en, String ru) {
    TreeMap<String, String> m = new TreeMap<>();
    m.put("en", en);
    m.put("ru", ru);
    return m;
  }

  static void script(Acts acts) {
    DemoMember med = DemoRoster.MEDIATOR;
    acts.act(med, "2025-05-20T12:15:00Z", new TreatyOpened(TREATY_ID, texts(
        DemoJournal.labelled("Treaty on the procedure of the joint boundary commission: a fictional demo text"),
        "Договор о порядке работы совместной пограничной комиссии: вымышленный демонстрационный текст"
            + " (ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ — не согласованная граница)")));
    Act p11 = acts.act(med, "2025-05-20T12:30:00Z", new ParagraphProposed(TREATY_ID, 1, 1, "1.1-M1", texts(
        "The Parties establish a Joint Commission on the delimitation and demarcation of the boundary.",
        "Стороны учреждают Совместную комиссию по делимитации и демаркации границы.")));
    Act p12 = acts.act(DemoRoster.A_EXPERT, "2025-05-20T12:45:00Z", new ParagraphProposed(TREATY_ID, 1, 2,
        "1.2-A1", texts("The working languages of the Commission are English and Russian.",
            "Рабочие языки Комиссии — английский и русский.")));
    acts.act(DemoRoster.A_EXPERT, "2025-05-20T13:00:00Z", new ParagraphProposed(TREATY_ID, 2, 1, "2.1-A1", texts(
        "The Commission meets at least once every three months.",
        "Комиссия собирается не реже одного раза в три месяца.")));
    acts.act(DemoRoster.B_EXPERT, "2025-05-20T13:15:00Z", new ParagraphProposed(TREATY_ID, 2, 1, "2.1-B1", texts(
        "The Commission meets at least once every six months.",
        "Комиссия собирается не реже одного раза в шесть месяцев.")));
    Act p31 = acts.act(DemoRoster.B_EXPERT, "2025-05-20T13:30:00Z", new ParagraphProposed(TREATY_ID, 3, 1, "3.1-B1",
        texts("This Treaty enters into force on the date of the last notification that the Parties have completed"
            + " their internal procedures.", "Настоящий Договор вступает в силу с даты последнего уведомления о"
            + " выполнении Сторонами внутригосударственных процедур.")));
    acts.act(DemoRoster.A_CO_CHAIR, "2025-05-20T14:00:00Z", VersionAccepted.of(p11, Acceptance.DEFINITIVE));
    acts.act(DemoRoster.B_CO_CHAIR, "2025-05-20T14:05:00Z", VersionAccepted.of(p11, Acceptance.DEFINITIVE));
    acts.act(DemoRoster.A_CO_CHAIR, "2025-05-20T14:10:00Z", VersionInitialled.of(p11));
    acts.act(DemoRoster.B_CO_CHAIR, "2025-05-20T14:15:00Z", VersionInitialled.of(p11));
    acts.act(DemoRoster.A_CO_CHAIR, "2025-05-20T14:30:00Z", VersionAccepted.of(p12, Acceptance.AD_REFERENDUM));
    acts.act(DemoRoster.B_CO_CHAIR, "2025-05-20T14:35:00Z", VersionAccepted.of(p12, Acceptance.DEFINITIVE));
    acts.act(DemoRoster.A_CO_CHAIR, "2025-05-20T15:00:00Z", VersionAccepted.of(p31, Acceptance.DEFINITIVE));
    acts.act(DemoRoster.B_CO_CHAIR, "2025-05-20T15:05:00Z", VersionAccepted.of(p31, Acceptance.DEFINITIVE));
  }
}
