package org.groma.app.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts documents embed: DejaVu Sans and DejaVu Sans Bold, subset to Latin, Cyrillic and the signs
 * documents print (the resources' LICENSE-DejaVu.txt says how, and carries the fonts' licence).
 */
final class DocumentFonts {

  /** The family name a DOCX asks for (a word processor uses its installed DejaVu Sans). */
  static final String FAMILY = "DejaVu Sans";

  private DocumentFonts() {}

  static InputStream regular() {
    return open("fonts/DejaVuSans.ttf");
  }

  static InputStream bold() {
    return open("fonts/DejaVuSans-Bold.ttf");
  }

  private static InputStream open(String name) {
    InputStream in = DocumentFonts.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("the font resource " + name + " is missing from the jar"));
    }
    return in;
  }
}
