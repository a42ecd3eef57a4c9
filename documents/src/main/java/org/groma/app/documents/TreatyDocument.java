package org.groma.app.documents;

import java.util.List;
import org.groma.app.commission.TreatyText;
import org.groma.app.node.CommissionNode;

/**
 * The consolidated text of a treaty as a document (docs/treaty.md, "Export"): one part per language, each
 * starting on a new page and framed in its language, every page carrying the proof of the last act the text
 * reflects — its entry hash commits to the whole journal before it, so the checkpoint that includes it proves
 * every version, acceptance and initialling the text shows.
 */
public final class TreatyDocument {

  private TreatyDocument() {}

  /**
   * The text {@code text} of the treaty in {@code languages} (codes the treaty is written in and Groma prints
   * in: en, ru), with the proof built from {@code node}.
   */
  public static Document of(CommissionNode node, TreatyText text, List<String> languages) {
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("no language to print");
    }
    JournalProof proof = JournalProofs.of(node, List.of(text.lastSeq()));
    Language first = Language.of(languages.get(0));
    String subject = text.treatyId() + " · " + text.asOf();
    Document.Builder b = Document.builder(PageFrame.of(node.genesis(), subject, first));
    for (String code : languages) {
      Language lang = Language.of(code);
      b.part(proof, lang);
      for (TreatyText.Line line : text.lines(code)) {
        switch (line.kind()) {
          case TITLE -> b.title(line.text());
          case ARTICLE -> b.heading(line.text());
          case SUBTITLE, PARAGRAPH, STATUS -> b.paragraph(line.text());
        }
      }
    }
    return b.build();
  }
}
