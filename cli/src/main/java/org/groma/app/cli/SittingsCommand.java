package org.groma.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.EnumSet;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.Role;
import org.groma.app.node.SittingsView;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@picocli.CommandLine.Command(
    name = "sittings",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"The commission's regulations in force, its sittings and its working groups' rounds with their",
        "particulars and protocols, and the kilometres agreed per sector (docs/sittings.md)."},
    subcommands = {SittingsCommand.ListCmd.class})
final class SittingsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @picocli.CommandLine.Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists the regulations in force, every sitting with its protocols' status, and the sectors.")
  static final class ListCmd extends StateReport {
    @Override
    void report(PrintWriter out, CommissionState s, Instant statusTime) {
      // Whoever holds the store file reads every protocol in it; the node's gate is for its accounts.
      SittingsView v = SittingsView.of(s, statusTime, EnumSet.allOf(Role.class));
      if (json) {
        Output.json(out, v);
        return;
      }
      if (v.regulations() == null) {
        out.println("regulations: none in force (protocols signed by co-chairs, consensus, level open only)");
      } else {
        var r = v.regulations();
        out.printf("regulations %s in force since entry %d: languages %s, %d originals, signed by %s, %s;"
                + " levels %s; text sha256 %s%n", r.regulationsId(), r.inForceSeq(),
            String.join(", ", r.workingLanguages()), r.originals(), String.join(", ", r.signatories()),
            r.decisionRule(), String.join(", ", r.confidentiality().stream().map(SittingsView.LevelView::level)
                .toList()), r.textSha256());
      }
      for (SittingsView.SittingView t : v.sittings()) {
        out.printf("%s  %s  (%s, entry %d%s)%n", t.sittingId(), t.title(), t.open() ? "open" : "closed",
            t.openedSeq(), t.closedSeq() == null ? "" : " to " + t.closedSeq());
        if (t.details() != null) {
          var d = t.details();
          out.printf("  %s sitting no. %d, %s to %s, %s: %s, host %s, chairs %s, %d attending%n", d.body(),
              d.number(), d.startDate(), d.endDate(), d.venueKind(), d.venue(), d.host() == null ? "none" : d.host(),
              String.join("; ", d.chairs()), d.delegations().size());
        }
        for (SittingsView.ProtocolSummary p : t.protocols()) {
          out.printf("  protocol %s: %s, %s, version %d, protocol hash %s%n", p.protocolId(), p.status(),
              p.confidentiality(), p.version(), p.protocolHash());
        }
      }
      for (SittingsView.SectorView k : v.sectors()) {
        out.printf("sector %s: %s km agreed of %s km, %s km remaining%n", k.sectorId(), k.agreedKm(), k.lengthKm(),
            k.remainingKm());
      }
    }
  }
}
