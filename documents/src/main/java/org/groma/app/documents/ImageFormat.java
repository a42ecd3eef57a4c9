package org.groma.app.documents;

import org.groma.app.BadInputException;

/** The two image formats a document embeds, told apart by their signatures. */
enum ImageFormat {
  PNG, JPEG;

  static ImageFormat of(byte[] bytes, String caption) {
    if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
      return PNG;
    }
    if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
      return JPEG;
    }
    throw new BadInputException("image \"" + caption + "\" is not a PNG or JPEG file (it starts with neither"
        + " signature)");
  }
}
