package org.groma.app.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

/**
 * Renders a {@link Document} to DOCX (Office Open XML) with Apache POI: A4 portrait, DejaVu Sans named in
 * every run, each part a section of its own (so it starts a new page and its pages carry its own footer),
 * the header and footer the PDF has (the same words, {@link FrameText}), with the page number as a field the
 * word processor fills in.
 *
 * <h2>Limitations</h2>
 * The font is named, not embedded: a word processor without DejaVu Sans substitutes another (LibreOffice and
 * most Linux systems have it; it is free to install).
 */
public final class DocxRenderer {

  /** A4 in twentieths of a point, and 20 mm margins. */
  private static final int PAGE_W = 11906;
  private static final int PAGE_H = 16838;
  private static final int MARGIN = 1134;
  private static final int CONTENT_W = PAGE_W - 2 * MARGIN;
  private static final int KEY_W = Math.round(CONTENT_W * 0.34f);

  private DocxRenderer() {}

  /** The DOCX file of {@code document}. */
  public static byte[] render(Document document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(document, out);
    return out.toByteArray();
  }

  /** Writes the DOCX file of {@code document} to {@code out}. */
  public static void write(Document document, OutputStream out) {
    try (XWPFDocument docx = new XWPFDocument()) {
      docx.getProperties().getCoreProperties().setTitle(FrameText.header(document.frame()));
      docx.getProperties().getCoreProperties().setCreator("Groma");
      List<Document.Part> parts = document.parts();
      for (int i = 0; i < parts.size(); i++) {
        Document.Part part = parts.get(i);
        for (Block b : part.blocks()) {
          block(docx, part.language(document.frame()), b);
        }
        // A part's section properties close it: on a paragraph of its own between parts, in the body after the last.
        CTSectPr section = i + 1 < parts.size() ? docx.createParagraph().getCTP().addNewPPr().addNewSectPr()
            : docx.getDocument().getBody().addNewSectPr();
        frame(docx, section, document.frame(), part);
      }
      docx.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("POI refused an image it was given as PNG or JPEG", e);
    }
  }

  private static void block(XWPFDocument docx, Language lang, Block block)
      throws IOException, InvalidFormatException {
    switch (block) {
      case Block.Title t -> spaced(run(docx.createParagraph(), t.text(), lang, 16, true), 0, 200);
      case Block.Heading h -> {
        XWPFParagraph p = docx.createParagraph();
        spaced(run(p, h.text(), lang, 12, true), 160, 80);
        p.setKeepNext(true);
      }
      case Block.Paragraph p -> {
        List<String> lines = p.lines();
        for (int i = 0; i < lines.size(); i++) {
          spaced(run(docx.createParagraph(), lines.get(i), lang, 10, false), 0, i + 1 < lines.size() ? 0 : 120);
        }
      }
      case Block.KeyValues kv -> table(docx, kv, lang);
      case Block.Image im -> {
        double maxW = CONTENT_W / 20.0;
        double maxH = im.maxHeightMm() * 72 / 25.4;
        double scale = Math.min(maxW / im.widthPx(), maxH / im.heightPx());
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        PictureType type = ImageFormat.of(im.bytes(), im.caption()) == ImageFormat.PNG ? PictureType.PNG
            : PictureType.JPEG;
        p.createRun().addPicture(new ByteArrayInputStream(im.bytes()), type, im.caption(),
            Units.toEMU(im.widthPx() * scale), Units.toEMU(im.heightPx() * scale));
        spaced(run(docx.createParagraph(), im.caption(), lang, 8.5, false), 0, 160);
      }
    }
  }

  private static void table(XWPFDocument docx, Block.KeyValues kv, Language lang) {
    XWPFTable table = docx.createTable(kv.rows().size(), 2);
    table.setWidth(String.valueOf(CONTENT_W));
    CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
        : table.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    grid.addNewGridCol().setW(BigInteger.valueOf(KEY_W));
    grid.addNewGridCol().setW(BigInteger.valueOf(CONTENT_W - KEY_W));
    for (int r = 0; r < kv.rows().size(); r++) {
      Block.Row row = kv.rows().get(r);
      cell(table.getRow(r).getCell(0), List.of(row.key()), KEY_W, lang, true);
      cell(table.getRow(r).getCell(1), List.of(row.value().split("\n", -1)), CONTENT_W - KEY_W, lang, false);
    }
    spaced(run(docx.createParagraph(), "", lang, 4, false), 0, 80);
  }

  private static void cell(XWPFTableCell cell, List<String> lines, int width, Language lang, boolean bold) {
    cell.setWidth(String.valueOf(width));
    for (int i = 0; i < lines.size(); i++) {
      XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
      spaced(run(p, lines.get(i), lang, 9.5, bold), 0, 0);
    }
  }

  /** The page size and margins of {@code section}, and its header and footer. */
  private static void frame(XWPFDocument docx, CTSectPr section, PageFrame frame, Document.Part part) {
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_W));
    size.setH(BigInteger.valueOf(PAGE_H));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN + 340));
    margins.setBottom(BigInteger.valueOf(MARGIN + 1000));
    margins.setLeft(BigInteger.valueOf(MARGIN));
    margins.setRight(BigInteger.valueOf(MARGIN));
    margins.setHeader(BigInteger.valueOf(MARGIN - 340));
    margins.setFooter(BigInteger.valueOf(MARGIN - 500));
    margins.setGutter(BigInteger.ZERO);
    XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(docx, section);
    Language lang = part.language(frame);
    XWPFHeaderFooter header = policy.createHeader(STHdrFtr.DEFAULT);
    XWPFParagraph h = first(header);
    run(h, frame.commission(), lang, 9, true);
    run(h, " — " + frame.section(), lang, 9, false);
    XWPFHeaderFooter footer = policy.createFooter(STHdrFtr.DEFAULT);
    List<String> lines = FrameText.footer(frame, part);
    for (int i = 0; i < lines.size(); i++) {
      XWPFParagraph p = i == 0 ? first(footer) : footer.createParagraph();
      spaced(run(p, lines.get(i), lang, 7, frame.demo() && i == 0), 0, 0);
    }
    pageNumber(footer.createParagraph(), lang);
  }

  /** "Page n of m" with n and m as the PAGE and NUMPAGES fields, in the language's wording. */
  private static void pageNumber(XWPFParagraph p, Language lang) {
    p.setAlignment(ParagraphAlignment.RIGHT);
    String[] words = lang.page(Integer.MIN_VALUE, Integer.MAX_VALUE).split(String.valueOf(Integer.MIN_VALUE)
        + "|" + Integer.MAX_VALUE, -1);
    run(p, words[0], lang, 7, false);
    field(p, "PAGE", lang);
    run(p, words[1], lang, 7, false);
    field(p, "NUMPAGES", lang);
    if (!words[2].isEmpty()) {
      run(p, words[2], lang, 7, false);
    }
  }

  private static void field(XWPFParagraph p, String instruction, Language lang) {
    run(p, "", lang, 7, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    run(p, "", lang, 7, false).getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
    run(p, "", lang, 7, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    run(p, "1", lang, 7, false);
    run(p, "", lang, 7, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  private static XWPFParagraph first(XWPFHeaderFooter part) {
    return part.getParagraphs().isEmpty() ? part.createParagraph() : part.getParagraphs().get(0);
  }

  private static XWPFRun run(XWPFParagraph p, String text, Language lang, double size, boolean bold) {
    XWPFRun r = p.createRun();
    r.setFontFamily(DocumentFonts.FAMILY);
    r.setFontSize(size);
    r.setBold(bold);
    r.setLang(lang.tag());
    if (!text.isEmpty()) {
      r.setText(text);
    }
    return r;
  }

  private static XWPFRun spaced(XWPFRun r, int beforeTwips, int afterTwips) {
    XWPFParagraph p = (XWPFParagraph) r.getParent();
    p.setSpacingBefore(beforeTwips);
    p.setSpacingAfter(afterTwips);
    return r;
  }
}
