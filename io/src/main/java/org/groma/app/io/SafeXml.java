package org.groma.app.io;

import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.groma.app.BadInputException;

/**
 * StAX parsing that cannot be turned against the user (XXE): no DTD processing, no external entities.
 * A document with a DOCTYPE is refused outright; neither KML nor GPX needs one, and a DOCTYPE in a file
 * someone else sent is the start of an entity-expansion or file-disclosure attack.
 */
final class SafeXml {

  private static final XMLInputFactory FACTORY = factory();

  private SafeXml() {}

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    // not coalescing: long <coordinates> texts arrive in chunks and are parsed as they come
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }

  static XMLStreamReader open(InputStream in, String sourceName) {
    try {
      return FACTORY.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw error(e, sourceName);
    }
  }

  /** The next event, refusing a DOCTYPE. */
  static int next(XMLStreamReader r, String sourceName) throws XMLStreamException {
    int event = r.next();
    if (event == XMLStreamConstants.DTD) {
      throw new BadInputException(sourceName + ": " + at(r) + ": a DOCTYPE declaration is refused (DTDs and "
          + "external entities are never processed: they can read local files or exhaust memory)");
    }
    return event;
  }

  /** Moves to the root element, refusing a DOCTYPE and an empty document. */
  static String root(XMLStreamReader r, String sourceName) throws XMLStreamException {
    while (r.hasNext()) {
      if (next(r, sourceName) == XMLStreamConstants.START_ELEMENT) {
        return r.getLocalName();
      }
    }
    throw new BadInputException(sourceName + ": the file has no XML root element");
  }

  /**
   * Moves to the next child element of the current {@code <element>} and returns its local name, or null at the
   * element's end; text and comments between children are passed over. The caller reads or skips each child
   * through its end before asking for the next.
   */
  static String nextChild(XMLStreamReader r, String sourceName, String element) throws XMLStreamException {
    while (true) {
      switch (next(r, sourceName)) {
        case XMLStreamConstants.START_ELEMENT -> {
          return r.getLocalName();
        }
        case XMLStreamConstants.END_ELEMENT -> {
          return null;
        }
        case XMLStreamConstants.END_DOCUMENT -> throw new BadInputException(sourceName + ": the file ends before </"
            + element + ">: truncated?");
        default -> { }
      }
    }
  }

  /** The text of the current element (no child elements expected), refusing DOCTYPEs within. */
  static String text(XMLStreamReader r, String sourceName) throws XMLStreamException {
    StringBuilder b = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int e = next(r, sourceName);
      switch (e) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (depth == 1) {
            b.append(r.getText());
          }
        }
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.END_DOCUMENT -> throw new BadInputException(sourceName + ": the file ends inside <"
            + r.getLocalName() + ">: truncated?");
        default -> { }
      }
    }
    return b.toString();
  }

  /** Skips the current element and its children. */
  static void skip(XMLStreamReader r, String sourceName) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int e = next(r, sourceName);
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  static String at(XMLStreamReader r) {
    Location l = r.getLocation();
    return "line " + l.getLineNumber() + ", column " + l.getColumnNumber();
  }

  /** A parse error as a bad-input error naming the line and column. */
  static BadInputException error(XMLStreamException e, String sourceName) {
    Location l = e.getLocation();
    String msg = e.getMessage();
    // The JDK's message starts "ParseError at [row,col]:[r,c]\nMessage: ..."; keep the message part.
    int m = msg == null ? -1 : msg.indexOf("Message: ");
    String reason = m >= 0 ? msg.substring(m + "Message: ".length()) : msg;
    return new BadInputException(sourceName + ": not well-formed XML"
        + (l == null ? "" : " at line " + l.getLineNumber() + ", column " + l.getColumnNumber()) + ": " + reason
        + " (a truncated file ends like this too)", e);
  }
}
