package org.groma.app.node;

import java.util.List;
import java.util.Locale;
import org.groma.app.commission.CommissionEvent.Genesis;
import org.groma.app.commission.CommissionState.DecisionRecord;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.Role;
import org.groma.journal.entry.Party;

/**
 * The commission's state as plain data for people and scripts ({@code groma journal show}, JSON): who is on
 * the roster with which keys, the sittings, sources, proposals, notes, decisions and sections, as of one
 * point of the journal.
 */
public record StateView(String commissionId, String commissionName, long lastSeq, String lastTime,
    String datumTransformation, List<MemberView> members, List<KeyView> keys, List<SittingView> sittings,
    List<SourceView> sources, List<ProposalView> proposals, List<NoteView> notes, List<DecisionView> decisions,
    List<SectionView> sections) {

  public record MemberView(String party, String name, List<String> roles) {}

  public record KeyView(String keyId, String party, String member, String status) {}

  public record SittingView(String sittingId, String title, boolean open, Long openedSeq, Long closedSeq) {}

  /**
   * A source; {@code entryHash} is the hash of the entry that registered it, which its map provenance quotes,
   * and {@code mapSheet} that provenance, or null while none is registered.
   */
  public record SourceView(String sourceId, String title, String sha256, Long seq, String entryHash,
      MapSheetView mapSheet) {}

  /** A source's map provenance ({@code map-sheet-registered}); {@code suppliedBy} is a party code. */
  public record MapSheetView(String sheet, int editionYear, int surveyYear, String issuer, int scanDpi,
      String suppliedBy, long seq) {}

  public record ProposalView(String proposalId, String sectionId, String party, int points, boolean withdrawn,
      long seq, String entryHash, String geometryHash) {}

  public record NoteView(String noteId, String author, String sectionId, String text, long seq) {}

  /**
   * A decision; {@code geometryHash} is the hash of the line it adopts, which the draft and every
   * endorsement quote ({@code org.groma.app.commission.GeometryHash}).
   */
  public record DecisionView(String decisionId, String sectionId, String proposalId, List<String> endorsedBy,
      boolean inForce, long draftSeq, Long inForceSeq, String inForceTime, String draftHash, String geometryHash) {}

  public record SectionView(String sectionId, String status, String agreedBy) {}

  /** The view of {@code s}; an empty state (before the genesis) has no commission id. */
  public static StateView of(CommissionState s) {
    Genesis g = s.genesis().orElse(null);
    return new StateView(g == null ? null : g.commissionId(), g == null ? null : g.commissionName(),
        s.founded() ? s.lastSeq() : -1, s.lastTime().map(Object::toString).orElse(null),
        g == null ? null : g.datumTransformation(),
        s.members().stream().map(m -> new MemberView(m.party().code(), m.name(),
            m.roles().stream().map(Role::code).toList())).toList(),
        s.keys().stream().map(k -> new KeyView(k.keyId(), k.party().code(), k.member(),
            k.status().name().toLowerCase(Locale.ROOT))).toList(),
        s.sittings().stream().map(t -> new SittingView(t.sittingId(), t.title(), t.open(), t.openedSeq(),
            t.closedSeq())).toList(),
        s.sources().stream().map(StateView::source).toList(),
        s.proposals().stream().map(p -> new ProposalView(p.proposalId(), p.proposal().sectionId(),
            p.party().code(), p.proposal().line().size(), p.withdrawn(), p.seq(), p.entryHash(),
            p.proposal().geometryHash())).toList(),
        s.notes().stream().map(n -> new NoteView(n.note().noteId(), n.author().member(), n.note().sectionId(),
            n.note().text(), n.seq())).toList(),
        s.decisions().stream().map(d -> decision(s, d)).toList(),
        s.sections().stream().map(c -> new SectionView(c.sectionId(),
            c.status().name().toLowerCase(Locale.ROOT), c.agreedBy())).toList());
  }

  private static SourceView source(CommissionState.Source r) {
    CommissionState.MapSheet m = r.mapSheet();
    MapSheetView sheet = m == null ? null : new MapSheetView(m.provenance().sheet(), m.provenance().editionYear(),
        m.provenance().surveyYear(), m.provenance().issuer(), m.provenance().scanDpi(),
        m.provenance().suppliedBy().code(), m.seq());
    return new SourceView(r.source().sourceId(), r.source().title(), r.source().sha256(), r.seq(), r.entryHash(),
        sheet);
  }

  private static DecisionView decision(CommissionState s, DecisionRecord d) {
    return new DecisionView(d.decisionId(), d.draft().sectionId(), d.draft().proposalId(),
        d.endorsements().keySet().stream().map(Party::code).toList(), d.inForce(), d.draftSeq(),
        d.inForceSeq(), d.inForceTime() == null ? null : d.inForceTime().toString(), d.draftHash(),
        s.geometryHash(d));
  }
}
