package org.groma.app.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.groma.app.BadInputException;

/**
 * Renders a {@link Document} to PDF with Apache PDFBox: A4 portrait, the embedded DejaVu Sans (subset again
 * to the glyphs used), text wrapped at spaces, parts starting on new pages, and on every page the header
 * (commission and section) and the footer (DEMO label on a demo, the part's journal proof, page n of m).
 *
 * <h2>Algorithm</h2>
 * One pass lays the blocks out top to bottom, opening a page when the next line, table row or image does not
 * fit above the part's footer (whose height depends on its proof, so it is measured first); a heading moves
 * to the next page rather than end one. The frames are drawn last, once the number of pages is known.
 *
 * <h2>Limitations</h2>
 * Text is laid out left to right, one font size per block, with no hyphenation: a word wider than the column
 * (a long hash in a narrow column) is broken between characters.
 */
public final class PdfRenderer {

  private static final float MM = 72f / 25.4f;
  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float LEFT = 20 * MM;
  private static final float RIGHT = PAGE.getWidth() - 20 * MM;
  private static final float WIDTH = RIGHT - LEFT;
  private static final float HEADER_Y = PAGE.getHeight() - 14 * MM;
  private static final float HEADER_LEADING = 11f;
  private static final float FOOTER_BOTTOM = 12 * MM;
  private static final float FOOTER_SIZE = 7f;
  private static final float FOOTER_LEADING = 9f;
  private static final float TEXT_SIZE = 10f;
  private static final float TABLE_SIZE = 9.5f;
  private static final float CELL_PAD = 3f;
  private static final float KEY_SHARE = 0.34f;

  private PdfRenderer() {}

  /** The PDF of {@code document}. */
  public static byte[] render(Document document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(document, out);
    return out.toByteArray();
  }

  /** Writes the PDF of {@code document} to {@code out}. */
  public static void write(Document document, OutputStream out) {
    try (PDDocument pdf = new PDDocument()) {
      new Layout(pdf, document).run();
      pdf.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The state of one rendering: fonts, the current page and the pen's height on it. */
  private static final class Layout {
    private final PDDocument pdf;
    private final Document document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final List<Document.Part> partOfPage = new ArrayList<>();
    private final List<String> header = new ArrayList<>();
    private final float top;
    private PDPageContentStream stream;
    private float y;
    private float bottom;

    Layout(PDDocument pdf, Document document) throws IOException {
      this.pdf = pdf;
      this.document = document;
      try (InputStream r = DocumentFonts.regular(); InputStream b = DocumentFonts.bold()) {
        this.regular = PDType0Font.load(pdf, r, true);
        this.bold = PDType0Font.load(pdf, b, true);
      }
      // The commission on the left and the section on the right, on one line when both fit, else each wrapped.
      PageFrame f = document.frame();
      String both = f.commission() + "   " + f.section();
      if (width(both, bold, 9f, "page header") <= WIDTH) {
        header.add(f.commission());
      } else {
        header.addAll(wrap(f.commission(), bold, 9f, WIDTH, "commission name"));
        header.addAll(wrap(f.section(), regular, 9f, WIDTH, "section"));
      }
      this.top = HEADER_Y - (header.size() - 1) * HEADER_LEADING - 10 * MM;
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(FrameText.header(document.frame()));
      info.setCreator("Groma");
    }

    void run() throws IOException {
      for (Document.Part part : document.parts()) {
        bottom = FOOTER_BOTTOM + footerLines(part).size() * FOOTER_LEADING + FOOTER_LEADING + 4;
        newPage(part);
        List<Block> blocks = part.blocks();
        for (int i = 0; i < blocks.size(); i++) {
          Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
          switch (blocks.get(i)) {
            case Block.Title t -> text(t.text(), bold, 16f, 20f, 0, 10f, null);
            case Block.Heading h -> text(h.text(), bold, 12f, 15f, 8f, 4f, next);
            case Block.Paragraph p -> {
              for (String line : p.lines()) {
                text(line.isEmpty() ? " " : line, regular, TEXT_SIZE, 13f, 0, 0, null);
              }
              y -= 6f;
            }
            case Block.KeyValues kv -> table(kv);
            case Block.Image im -> image(im);
          }
        }
        stream.close();
        stream = null;
      }
      drawFrames();
    }

    private List<String> footerLines(Document.Part part) throws IOException {
      List<String> out = new ArrayList<>();
      for (String line : FrameText.footer(document.frame(), part)) {
        out.addAll(wrap(line, regular, FOOTER_SIZE, WIDTH, "page footer"));
      }
      return out;
    }

    private void newPage(Document.Part part) throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PAGE);
      pdf.addPage(page);
      partOfPage.add(part);
      stream = new PDPageContentStream(pdf, page);
      y = top;
    }

    private void ensure(float height) throws IOException {
      if (y - height < bottom) {
        newPage(partOfPage.get(partOfPage.size() - 1));
      }
    }

    /** Wrapped lines of one size; a heading keeps at least two lines of what follows with it. */
    private void text(String text, PDType0Font font, float size, float leading, float before, float after,
        Block keepWith) throws IOException {
      List<String> lines = wrap(text, font, size, WIDTH, "text \"" + text + "\"");
      if (y < top) {
        y -= before;
      }
      float keep = keepWith == null ? 0 : 2 * 13f + 6f;
      ensure(Math.min(lines.size() * leading + keep, top - bottom));
      for (String line : lines) {
        ensure(leading);
        y -= leading;
        show(line, font, size, LEFT, y + leading - size);
      }
      y -= after;
    }

    private void table(Block.KeyValues kv) throws IOException {
      float keyWidth = WIDTH * KEY_SHARE;
      float leading = TABLE_SIZE * 1.3f;
      for (Block.Row row : kv.rows()) {
        List<String> keys = wrap(row.key(), bold, TABLE_SIZE, keyWidth - 2 * CELL_PAD, "table key");
        List<String> values = new ArrayList<>();
        for (String v : row.value().split("\n", -1)) {
          values.addAll(wrap(v.isEmpty() ? " " : v, regular, TABLE_SIZE, WIDTH - keyWidth - 2 * CELL_PAD,
              "value of \"" + row.key() + "\""));
        }
        int n = Math.max(keys.size(), values.size());
        int from = 0;
        while (from < n) {
          // As many of the row's lines as fit here; the rest continue on the next page.
          ensure(leading + 2 * CELL_PAD);
          int fit = (int) Math.floor((y - bottom - 2 * CELL_PAD) / leading);
          int to = Math.min(n, from + Math.max(1, fit));
          float h = (to - from) * leading + 2 * CELL_PAD;
          float top = y;
          for (int i = from; i < to; i++) {
            float baseline = top - CELL_PAD - (i - from + 1) * leading + (leading - TABLE_SIZE);
            if (i < keys.size()) {
              show(keys.get(i), bold, TABLE_SIZE, LEFT + CELL_PAD, baseline);
            }
            if (i < values.size()) {
              show(values.get(i), regular, TABLE_SIZE, LEFT + keyWidth + CELL_PAD, baseline);
            }
          }
          stream.setLineWidth(0.5f);
          stream.addRect(LEFT, top - h, keyWidth, h);
          stream.addRect(LEFT + keyWidth, top - h, WIDTH - keyWidth, h);
          stream.stroke();
          y = top - h;
          from = to;
        }
      }
      y -= 8f;
    }

    private void image(Block.Image im) throws IOException {
      List<String> caption = wrap(im.caption(), regular, 8.5f, WIDTH, "image caption");
      float captionHeight = caption.size() * 11f + 4f;
      float maxHeight = Math.min((float) im.maxHeightMm() * MM, top - bottom - captionHeight - 4f);
      float scale = Math.min(WIDTH / im.widthPx(), maxHeight / im.heightPx());
      float w = im.widthPx() * scale;
      float h = im.heightPx() * scale;
      ensure(h + captionHeight + 4f);
      PDImageXObject x = PDImageXObject.createFromByteArray(pdf, im.bytes(), im.caption());
      float left = LEFT + (WIDTH - w) / 2;
      stream.drawImage(x, left, y - h - 2f, w, h);
      stream.setLineWidth(0.5f);
      stream.addRect(left, y - h - 2f, w, h);
      stream.stroke();
      y -= h + 2f;
      for (String line : caption) {
        y -= 11f;
        show(line, regular, 8.5f, LEFT, y + 2f);
      }
      y -= 8f;
    }

    private void drawFrames() throws IOException {
      int pages = pdf.getNumberOfPages();
      for (int i = 0; i < pages; i++) {
        Document.Part part = partOfPage.get(i);
        try (PDPageContentStream s = new PDPageContentStream(pdf, pdf.getPage(i),
            PDPageContentStream.AppendMode.APPEND, true, true)) {
          stream = s;
          PageFrame f = document.frame();
          float hy = HEADER_Y;
          if (header.size() == 1) {
            show(f.commission(), bold, 9f, LEFT, hy);
            show(f.section(), regular, 9f, RIGHT - width(f.section(), regular, 9f, "section"), hy);
          } else {
            int commissionLines = wrap(f.commission(), bold, 9f, WIDTH, "commission name").size();
            for (int l = 0; l < header.size(); l++) {
              show(header.get(l), l < commissionLines ? bold : regular, 9f, LEFT, hy);
              hy -= l + 1 < header.size() ? HEADER_LEADING : 0;
            }
          }
          s.setLineWidth(0.5f);
          s.moveTo(LEFT, hy - 4);
          s.lineTo(RIGHT, hy - 4);
          List<String> footer = footerLines(part);
          float top = FOOTER_BOTTOM + footer.size() * FOOTER_LEADING + FOOTER_LEADING;
          s.moveTo(LEFT, top + 2);
          s.lineTo(RIGHT, top + 2);
          s.stroke();
          float fy = top - FOOTER_LEADING;
          boolean demo = document.frame().demo();
          for (int l = 0; l < footer.size(); l++) {
            boolean label = demo && l == 0;
            show(footer.get(l), label ? bold : regular, FOOTER_SIZE, LEFT, fy);
            fy -= FOOTER_LEADING;
          }
          String page = part.language(document.frame()).page(i + 1, pages);
          show(page, regular, FOOTER_SIZE, RIGHT - width(page, regular, FOOTER_SIZE, "page number"), fy);
        }
      }
      stream = null;
    }

    private void show(String text, PDType0Font font, float size, float x, float baseline) throws IOException {
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, baseline);
      stream.showText(text);
      stream.endText();
    }
  }

  /** The width of {@code text} in points; a character the font lacks is bad input naming where it is. */
  static float width(String text, PDType0Font font, float size, String where) throws IOException {
    try {
      return font.getStringWidth(text) / 1000f * size;
    } catch (IllegalArgumentException e) {
      int bad = text.codePoints().filter(cp -> !hasGlyph(font, cp)).findFirst().orElse('?');
      throw new BadInputException("the " + where + " holds a character the document font cannot print: U+"
          + String.format("%04X", bad) + " (" + new String(Character.toChars(bad)) + ") in \"" + text + "\"");
    }
  }

  private static boolean hasGlyph(PDType0Font font, int codePoint) {
    try {
      font.encode(new String(Character.toChars(codePoint)));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  /** {@code text} broken into lines no wider than {@code max} points: at spaces, else between characters. */
  static List<String> wrap(String text, PDType0Font font, float size, float max, String where) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ", -1)) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(candidate, font, size, where) <= max) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
      }
      // The word alone: broken between characters (code points) when it is wider than the column.
      int start = 0;
      int[] cps = word.codePoints().toArray();
      for (int end = 1; end <= cps.length; end++) {
        String piece = new String(cps, start, end - start);
        if (width(piece, font, size, where) > max && end - start > 1) {
          lines.add(new String(cps, start, end - 1 - start));
          start = end - 1;
        }
      }
      line.append(new String(cps, start, cps.length - start));
    }
    lines.add(line.toString());
    return lines;
  }
}
