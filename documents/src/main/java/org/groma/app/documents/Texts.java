package org.groma.app.documents;

import org.groma.app.BadInputException;

/** The one check on text a document prints: present, and free of control characters but line breaks. */
final class Texts {

  private Texts() {}

  static void check(String what, String text, boolean lineBreaks) {
    if (text == null || text.isBlank()) {
      throw new BadInputException("the " + what + " is empty");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && lineBreaks) {
        continue;
      }
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        throw new BadInputException("the " + what + " holds control character U+"
            + String.format("%04X", (int) c) + " at position " + i + ": \"" + text + "\"");
      }
    }
  }
}
