package org.groma.app.documents;

import java.util.ArrayList;
import java.util.List;

/** The words of a page's header and footer, shared by the PDF and DOCX renderers so both print the same. */
final class FrameText {

  private FrameText() {}

  static String header(PageFrame frame) {
    return frame.commission() + " — " + frame.section();
  }

  /** The footer's lines above the page number: the DEMO label on a demo, then the part's proof. */
  static List<String> footer(PageFrame frame, Document.Part part) {
    Language language = part.language(frame);
    List<String> out = new ArrayList<>();
    if (frame.demo()) {
      out.add(language.demoLabel());
    }
    out.addAll(part.proof().lines(language));
    return out;
  }
}
