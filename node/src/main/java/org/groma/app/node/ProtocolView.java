package org.groma.app.node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.ProtocolEvent.ProtocolDrafted;
import org.groma.app.commission.ProtocolRegister.Mark;
import org.groma.app.commission.ProtocolRegister.ProtocolRecord;
import org.groma.app.commission.ProtocolRegister.Version;
import org.groma.journal.entry.Party;

/**
 * A protocol in full, its current version's text included: what {@code GET /api/protocols/{id}} serves to a
 * reader the regulations allow, and what {@code groma protocol export} writes. The {@code protocolHash} is
 * SHA-256 of the RFC 8785 canonical JSON of {@code body}, the entry body of the version, which every initial
 * and signature quotes.
 */
public record ProtocolView(String protocolId, String sittingId, String sittingTitle, SittingsView.DetailsView sitting,
    String status, String confidentiality, int version, String protocolHash, long draftedSeq,
    SortedMap<String, String> texts, List<DecisionView> decisions, List<AnnexView> annexes, int originals,
    List<KilometresView> kilometres, String effectiveDate, List<MarkView> initials, List<MarkView> signatures,
    List<VersionView> versions) {

  /** A decision of the sitting. */
  public record DecisionView(int number, String text, String responsible, String deadline, String status) {}

  /** An annex and the record entry it names. */
  public record AnnexView(int number, String title, String kind, String id, String entryHash) {}

  /** A working group's kilometres in one sector, as exact decimals. */
  public record KilometresView(String sectorId, String lengthKm, String agreedKm) {}

  /** Initials or a signature on the current version. */
  public record MarkView(String party, String member, long seq, String time, String protocolHash, String entryHash) {}

  /** A version drafted, and its hash. */
  public record VersionView(int number, long seq, String time, String protocolHash, String draftedBy) {}

  /** The protocol as of {@code state}, its status as of {@code asOf}. */
  public static ProtocolView of(CommissionState state, ProtocolRecord p, Instant asOf) {
    Version v = p.current();
    ProtocolDrafted d = v.draft();
    var sitting = state.sitting(d.sittingId()).orElseThrow();
    List<DecisionView> decisions = new ArrayList<>();
    for (int i = 0; i < d.decisions().size(); i++) {
      var x = d.decisions().get(i);
      decisions.add(new DecisionView(i + 1, x.text(), x.responsible(), x.deadline(), x.status().code()));
    }
    List<AnnexView> annexes = new ArrayList<>();
    for (int i = 0; i < d.annexes().size(); i++) {
      var a = d.annexes().get(i);
      annexes.add(new AnnexView(i + 1, a.title(), a.kind().code(), a.id(), a.entryHash()));
    }
    return new ProtocolView(p.protocolId(), d.sittingId(), sitting.title(),
        sitting.details() == null ? null : SittingsView.details(sitting.details()), p.status(asOf).label(),
        d.confidentiality(), v.number(), v.protocolHash(), v.seq(), d.texts(), decisions, annexes, d.originals(),
        d.kilometres().stream().map(k -> new KilometresView(k.sectorId(), k.lengthKm().toPlainString(),
            k.agreedKm().toPlainString())).toList(),
        d.effectiveDate(), marks(p.initials()), marks(p.signatures()),
        p.versions().stream().map(x -> new VersionView(x.number(), x.seq(), x.time().toString(), x.protocolHash(),
            x.draftedBy().member())).toList());
  }

  private static List<MarkView> marks(Map<Party, Mark> marks) {
    return marks.values().stream().map(m -> new MarkView(m.party().code(), m.member(), m.seq(), m.time().toString(),
        m.protocolHash(), m.entryHash())).toList();
  }
}
