package org.groma.app.cli;

import java.util.Map;
import org.groma.app.node.ProtocolView;
import org.groma.app.node.SittingsView;

/**
 * A protocol as Markdown: heading with the sitting's particulars, the course of discussion in each language,
 * the decisions, annexes, a working group's kilometres, and the initials and signatures with the protocol hash
 * they quote, so a printed copy names the exact version it records.
 */
final class ProtocolMarkdown {

  private ProtocolMarkdown() {}

  static String of(ProtocolView v) {
    StringBuilder md = new StringBuilder();
    md.append("# Protocol ").append(v.protocolId()).append(": ").append(v.sittingTitle()).append("\n\n");
    md.append("- Status: ").append(v.status()).append(", version ").append(v.version()).append(", ")
        .append(v.confidentiality()).append('\n');
    md.append("- Protocol hash (SHA-256 of the version's canonical JSON): `").append(v.protocolHash()).append("`\n");
    md.append("- Originals: ").append(v.originals());
    md.append(v.effectiveDate() == null ? ", in force on signature\n" : ", in force from " + v.effectiveDate() + "\n");
    SittingsView.DetailsView d = v.sitting();
    if (d != null) {
      md.append("- Sitting: ").append(d.body()).append(" no. ").append(d.number()).append(", ").append(d.startDate())
          .append(d.startDate().equals(d.endDate()) ? "" : " to " + d.endDate()).append(", ").append(d.venueKind())
          .append(": ").append(d.venue()).append(d.host() == null ? "" : ", hosted by party " + d.host()).append('\n');
      md.append("- Chairs: ").append(String.join("; ", d.chairs())).append("\n\n");
      md.append("| delegation | name | capacity |\n|---|---|---|\n");
      for (SittingsView.AttendeeView a : d.delegations()) {
        md.append("| ").append(a.delegation()).append(" | ").append(cell(a.name())).append(" | ").append(a.capacity())
            .append(" |\n");
      }
    }
    for (Map.Entry<String, String> t : v.texts().entrySet()) {
      md.append("\n## Course of discussion [").append(t.getKey()).append("]\n\n").append(t.getValue()).append('\n');
    }
    if (!v.decisions().isEmpty()) {
      md.append("\n## Decisions\n\n| no. | decision | responsible | deadline | status |\n|---:|---|---|---|---|\n");
      for (ProtocolView.DecisionView x : v.decisions()) {
        md.append("| ").append(x.number()).append(" | ").append(cell(x.text())).append(" | ").append(cell(x.responsible()))
            .append(" | ").append(x.deadline() == null ? "—" : x.deadline()).append(" | ").append(x.status())
            .append(" |\n");
      }
    }
    if (!v.annexes().isEmpty()) {
      md.append("\n## Annexes\n\n");
      for (ProtocolView.AnnexView a : v.annexes()) {
        md.append(a.number()).append(". ").append(a.title()).append(" (").append(a.kind()).append(' ').append(a.id())
            .append(", entry hash `").append(a.entryHash()).append("`)\n");
      }
    }
    if (!v.kilometres().isEmpty()) {
      md.append("\n## Kilometres agreed in this round\n\n| sector | length km | agreed km |\n|---|---:|---:|\n");
      for (ProtocolView.KilometresView k : v.kilometres()) {
        md.append("| ").append(k.sectorId()).append(" | ").append(k.lengthKm()).append(" | ").append(k.agreedKm())
            .append(" |\n");
      }
    }
    md.append("\n## Initials and signatures\n\n");
    if (v.initials().isEmpty() && v.signatures().isEmpty()) {
      md.append("None on this version.\n");
    }
    for (ProtocolView.MarkView m : v.initials()) {
      md.append("- initialled for party ").append(m.party()).append(" by ").append(m.member()).append(", entry ")
          .append(m.seq()).append(" (").append(m.time()).append(")\n");
    }
    for (ProtocolView.MarkView m : v.signatures()) {
      md.append("- signed for party ").append(m.party()).append(" by ").append(m.member()).append(", entry ")
          .append(m.seq()).append(" (").append(m.time()).append(")\n");
    }
    return md.toString();
  }

  /** A table cell: a pipe or line break would end the cell or the row. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
