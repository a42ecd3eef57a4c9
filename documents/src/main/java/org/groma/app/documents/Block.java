package org.groma.app.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.groma.app.BadInputException;

/**
 * One block of a document's flow: a title, a heading, a paragraph (wrapped; a line break in its text starts a
 * new line), a table of keys and values, or an image (a map extract, a photo) with its caption. Text may hold
 * no control character but a paragraph's line breaks, so what is printed is what was given.
 */
public sealed interface Block {

  /** The block's text as a reader sees it, line by line (what a text export of the document holds). */
  List<String> lines();

  /** The document's title. */
  record Title(String text) implements Block {
    public Title {
      Texts.check("title", text, false);
    }

    @Override
    public List<String> lines() {
      return List.of(text);
    }
  }

  /** A heading that starts a section of the flow; never left alone at the foot of a page. */
  record Heading(String text) implements Block {
    public Heading {
      Texts.check("heading", text, false);
    }

    @Override
    public List<String> lines() {
      return List.of(text);
    }
  }

  /** A paragraph, wrapped to the page width at spaces. */
  record Paragraph(String text) implements Block {
    public Paragraph {
      Texts.check("paragraph", text, true);
    }

    @Override
    public List<String> lines() {
      return List.of(text.split("\n", -1));
    }
  }

  /** A row of a key/value table. */
  record Row(String key, String value) {
    public Row {
      Texts.check("table key", key, false);
      Texts.check("value of \"" + key + "\"", value, true);
    }
  }

  /** A table of two columns, keys and their values, each wrapped in its column. */
  record KeyValues(List<Row> rows) implements Block {
    public KeyValues {
      rows = List.copyOf(rows);
      if (rows.isEmpty()) {
        throw new BadInputException("a key/value table needs at least one row");
      }
    }

    @Override
    public List<String> lines() {
      return rows.stream().flatMap(r -> java.util.stream.Stream.concat(java.util.stream.Stream.of(r.key()),
          java.util.stream.Stream.of(r.value().split("\n", -1)))).toList();
    }
  }

  /**
   * A PNG or JPEG image scaled to fit the page width and {@code maxHeightMm}, keeping its proportions, with a
   * caption under it.
   *
   * @param bytes       the image file's bytes (PNG or JPEG)
   * @param caption     what it shows
   * @param maxHeightMm the tallest it may print, in millimetres (positive)
   * @param widthPx     its width in pixels (read from the bytes)
   * @param heightPx    its height in pixels (read from the bytes)
   */
  record Image(byte[] bytes, String caption, double maxHeightMm, int widthPx, int heightPx) implements Block {
    public Image {
      Objects.requireNonNull(bytes, "bytes");
      Texts.check("image caption", caption, false);
      if (!(maxHeightMm > 0 && maxHeightMm <= 300)) {
        throw new BadInputException("image \"" + caption + "\": maximum height " + maxHeightMm
            + " mm is not between 0 and 300 mm");
      }
      bytes = bytes.clone();
    }

    /** An image of {@code bytes}, which must be a PNG or a JPEG that decodes. */
    public static Image of(byte[] bytes, String caption, double maxHeightMm) {
      ImageFormat.of(bytes, caption);
      java.awt.image.BufferedImage decoded;
      try {
        decoded = ImageIO.read(new ByteArrayInputStream(bytes));
      } catch (IOException e) {
        decoded = null;
      }
      if (decoded == null || decoded.getWidth() <= 0 || decoded.getHeight() <= 0) {
        throw new BadInputException("image \"" + caption + "\" does not decode as a PNG or JPEG image");
      }
      return new Image(bytes, caption, maxHeightMm, decoded.getWidth(), decoded.getHeight());
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    @Override
    public List<String> lines() {
      return List.of(caption);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Image i && java.util.Arrays.equals(bytes, i.bytes) && caption.equals(i.caption)
          && maxHeightMm == i.maxHeightMm;
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(bytes) * 31 + caption.hashCode();
    }

    @Override
    public String toString() {
      return "Image[" + caption + ", " + widthPx + "x" + heightPx + " px, " + bytes.length + " bytes]";
    }
  }
}
