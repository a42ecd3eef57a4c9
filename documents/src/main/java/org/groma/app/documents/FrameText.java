package org.groma.app.documents;

import java.util.ArrayList;
import java.util.List;

/** The words of a page's header and footer, shared by the PDF and DOCX renderers so both print the same. */
final class FrameText {

  private FrameText() {}

  static String header(PageFrame frame) {
    return frame.commission() + " — " + frame.section();
  }

  /** The footer's lines above the page number: the DEMO label on a demo, then the proof. */
  static List<String> footer(PageFrame frame, JournalProof proof) {
    List<String> out = new ArrayList<>();
    if (frame.demo()) {
      out.add(frame.language().demoLabel());
    }
    out.addAll(proof.lines(frame.language()));
    return out;
  }
}
