package org.groma.app.node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.CommissionState.Sitting;
import org.groma.app.commission.ProcedureEvent.RegulationsProposed;
import org.groma.app.commission.ProcedureRegister;
import org.groma.app.commission.ProtocolRegister.ProtocolRecord;
import org.groma.app.commission.ProtocolRegister.SectorTotal;
import org.groma.app.commission.Role;
import org.groma.app.commission.SittingDetails;
import org.groma.app.commission.SittingDetails.VenueKind;

/**
 * The regulations in force, the sittings with their particulars and their protocols' status (never a
 * protocol's text: {@link ProtocolView} gives that, to readers the regulations allow), and the working
 * groups' kilometres per sector, as plain data for people and scripts ({@code groma sittings list}, JSON).
 */
public record SittingsView(RegulationsView regulations, List<SittingView> sittings, List<SectorView> sectors) {

  /** The regulations in force: their text's SHA-256 and what the rules enforce. */
  public record RegulationsView(String regulationsId, String textSha256, List<String> workingLanguages, int originals,
      List<String> signatories, String decisionRule, List<LevelView> confidentiality, List<String> venueRotation,
      long tabledSeq, Long inForceSeq, String text) {}

  /** A confidentiality level and the roles that may read it. */
  public record LevelView(String level, List<String> readers) {}

  /** A sitting, its particulars (null when it was opened without) and its protocols. */
  public record SittingView(String sittingId, String title, boolean open, List<String> agenda, long openedSeq,
      Long closedSeq, DetailsView details, List<ProtocolSummary> protocols) {}

  /** A sitting's particulars. */
  public record DetailsView(int number, String body, String startDate, String endDate, String venueKind,
      String venue, String host, List<String> chairs, List<AttendeeView> delegations) {}

  /** One attendee: delegation (A, B, M), name, capacity. */
  public record AttendeeView(String delegation, String name, String capacity) {}

  /** A protocol's status without its text. */
  public record ProtocolSummary(String protocolId, String status, String confidentiality, int version,
      String protocolHash, boolean readable) {}

  /** A sector's kilometres, as exact decimals. */
  public record SectorView(String sectorId, String lengthKm, String agreedKm, String remainingKm) {}

  /** The view as of {@code state}, the statuses as of {@code asOf}, readability for {@code roles}. */
  public static SittingsView of(CommissionState state, Instant asOf, Set<Role> roles) {
    ProcedureRegister procedure = state.procedure();
    RegulationsView regulations = procedure.inForce().map(SittingsView::regulations).orElse(null);
    List<SittingView> sittings = new ArrayList<>();
    for (Sitting t : state.sittings()) {
      List<ProtocolSummary> protocols = new ArrayList<>();
      for (ProtocolRecord p : state.protocols().protocolsOf(t.sittingId())) {
        protocols.add(new ProtocolSummary(p.protocolId(), p.status(asOf).label(), p.confidentiality(),
            p.current().number(), p.current().protocolHash(), procedure.mayRead(p.confidentiality(), roles)));
      }
      sittings.add(new SittingView(t.sittingId(), t.title(), t.open(), t.agenda(), t.openedSeq(), t.closedSeq(),
          t.details() == null ? null : details(t.details()), protocols));
    }
    List<SectorView> sectors = new ArrayList<>();
    for (SectorTotal s : state.protocols().sectorTotals().values()) {
      sectors.add(new SectorView(s.sectorId(), s.lengthKm().toPlainString(), s.agreedKm().toPlainString(),
          s.remainingKm().toPlainString()));
    }
    return new SittingsView(regulations, sittings, sectors);
  }

  private static RegulationsView regulations(ProcedureRegister.Version v) {
    RegulationsProposed r = v.regulations();
    return new RegulationsView(r.regulationsId(), r.textSha256(), r.workingLanguages(), r.originals(),
        r.signatories().stream().map(Role::code).toList(), r.decisionRule(),
        r.confidentiality().stream().map(c -> new LevelView(c.level(), c.readers().stream().map(Role::code).toList()))
            .toList(),
        r.venueRotation().stream().map(VenueKind::code).toList(), v.seq(), v.inForceSeq(), r.text());
  }

  static DetailsView details(SittingDetails d) {
    return new DetailsView(d.number(), d.body().code(), d.startDate(), d.endDate(), d.venue().kind().code(),
        d.venue().place(), d.host() == null ? null : d.host().code(),
        d.chairs().stream().map(c -> c.party().code() + ": " + c.name()).toList(),
        d.delegations().stream().map(a -> new AttendeeView(a.delegation().code(), a.name(), a.capacity().code()))
            .toList());
  }
}
