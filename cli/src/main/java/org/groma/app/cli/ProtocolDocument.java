package org.groma.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.groma.app.BadInputException;
import org.groma.app.commission.CommissionEvent.Genesis;
import org.groma.app.documents.Block;
import org.groma.app.documents.Document;
import org.groma.app.documents.JournalProof;
import org.groma.app.documents.Language;
import org.groma.app.documents.PageFrame;
import org.groma.app.node.ProtocolView;
import org.groma.app.node.SittingsView;

/**
 * A sitting's protocol as a printed document (PDF or DOCX through the shared document layer) in one of its
 * languages: the heading with the sitting's particulars, the course of discussion in that language, the
 * decisions, annexes, kilometres, and the initials and signatures with the protocol hash they quote. Every
 * page's footer carries the journal proof of the acts it prints (the version's draft, its initials and
 * signatures), which {@code groma verify --entry} checks.
 */
final class ProtocolDocument {

  /** The printed words of a protocol, per language. */
  private record Words(String protocol, String status, String version, String hash, String confidentiality,
      String originals, String sitting, String chairs, String delegations, String discussion, String decisions,
      String responsible, String deadline, String annexes, String kilometres, String marks, String initialled,
      String signed, String none) {}

  private static final Map<Language, Words> WORDS = Map.of(
      Language.EN, new Words("Protocol", "Status", "Version", "Protocol hash (SHA-256 of the version's canonical"
          + " JSON)", "Confidentiality", "Originals", "Sitting", "Chairs", "Delegations", "Course of discussion",
          "Decisions", "responsible", "deadline", "Annexes", "Kilometres agreed in this round",
          "Initials and signatures", "initialled for party", "signed for party", "None on this version."),
      Language.RU, new Words("Протокол", "Статус", "Редакция", "Хеш протокола (SHA-256 канонического JSON"
          + " редакции)", "Гриф", "Экземпляров", "Заседание", "Сопредседатели", "Делегации", "Ход обсуждения",
          "Решения", "ответственный", "срок", "Приложения", "Согласовано километров в этом раунде",
          "Парафы и подписи", "парафировано за сторону", "подписано за сторону", "На этой редакции нет."));

  private ProtocolDocument() {}

  /** The seqs of the acts a printed protocol shows: the current version's draft, its initials and signatures. */
  static List<Long> printedActs(ProtocolView v) {
    List<Long> seqs = new ArrayList<>();
    seqs.add(v.draftedSeq());
    v.initials().forEach(m -> seqs.add(m.seq()));
    v.signatures().forEach(m -> seqs.add(m.seq()));
    return seqs;
  }

  static Document of(Genesis genesis, ProtocolView v, Language lang, JournalProof proof) {
    String text = v.texts().get(lang.code());
    if (text == null) {
      throw new BadInputException("protocol " + v.protocolId() + " has no text in " + lang.code() + " (it has "
          + String.join(", ", v.texts().keySet()) + ")");
    }
    Words w = WORDS.get(lang);
    Document.Builder d = Document.builder(PageFrame.of(genesis, w.protocol() + " " + v.protocolId(), lang))
        .part(proof)
        .title(w.protocol() + " " + v.protocolId() + ": " + v.sittingTitle());
    List<Block.Row> rows = new ArrayList<>(List.of(
        new Block.Row(w.status(), v.status()),
        new Block.Row(w.version(), String.valueOf(v.version())),
        new Block.Row(w.confidentiality(), v.confidentiality()),
        new Block.Row(w.originals(), String.valueOf(v.originals()))));
    SittingsView.DetailsView s = v.sitting();
    if (s != null) {
      rows.add(new Block.Row(w.sitting(), s.body() + " " + s.number() + ", " + s.startDate()
          + (s.startDate().equals(s.endDate()) ? "" : " – " + s.endDate()) + ", " + s.venueKind() + ": " + s.venue()));
      rows.add(new Block.Row(w.chairs(), String.join("\n", s.chairs())));
      rows.add(new Block.Row(w.delegations(), String.join("\n", s.delegations().stream()
          .map(a -> a.delegation() + ": " + a.name() + " (" + a.capacity() + ")").toList())));
    }
    // The hash on a line of its own, whole: a table column is too narrow for its 64 digits.
    d.keyValues(rows).paragraph(w.hash() + ":\n" + v.protocolHash()).heading(w.discussion()).paragraph(text);
    if (!v.decisions().isEmpty()) {
      d.heading(w.decisions());
      for (ProtocolView.DecisionView x : v.decisions()) {
        d.paragraph(x.number() + ". " + x.text() + "\n" + w.responsible() + ": " + x.responsible() + "; "
            + w.deadline() + ": " + (x.deadline() == null ? "—" : x.deadline()) + "; " + x.status());
      }
    }
    if (!v.annexes().isEmpty()) {
      d.heading(w.annexes());
      for (ProtocolView.AnnexView a : v.annexes()) {
        d.paragraph(a.number() + ". " + a.title() + " (" + a.kind() + " " + a.id() + ")\n" + a.entryHash());
      }
    }
    if (!v.kilometres().isEmpty()) {
      d.heading(w.kilometres()).keyValues(v.kilometres().stream()
          .map(k -> new Block.Row(k.sectorId(), k.agreedKm() + " / " + k.lengthKm() + " km")).toList());
    }
    d.heading(w.marks());
    if (v.initials().isEmpty() && v.signatures().isEmpty()) {
      d.paragraph(w.none());
    }
    for (ProtocolView.MarkView m : v.initials()) {
      d.paragraph(w.initialled() + " " + m.party() + ": " + m.member() + ", " + m.time());
    }
    for (ProtocolView.MarkView m : v.signatures()) {
      d.paragraph(w.signed() + " " + m.party() + ": " + m.member() + ", " + m.time());
    }
    return d.build();
  }
}
