package org.groma.app.server.ogc;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The landing page for people (a browser asks for text/html): what the node serves, the notice that the
 * journal collections are a working record, the links, and how to add the node to QGIS. Every value taken
 * from the request or the journal is escaped.
 */
final class LandingPageHtml {

  private LandingPageHtml() {}

  static String render(JsonNode page, OgcCollection[] collections, String base) {
    StringBuilder h = new StringBuilder(4096);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(escape(page.path("title").asText())).append("</title>\n")
        .append("<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;"
            + "line-height:1.5}code{background:#f2f2f2;padding:0 .2rem}.notice{border-left:4px solid #b35900;"
            + "padding:.5rem 1rem;background:#fff6ec}</style>\n</head>\n<body>\n<main>\n<h1>")
        .append(escape(page.path("title").asText())).append("</h1>\n<p class=\"notice\">")
        .append(escape(page.path("description").asText())).append("</p>\n<h2>Links</h2>\n<ul>\n");
    for (JsonNode link : page.path("links")) {
      h.append("<li><a href=\"").append(escape(link.path("href").asText())).append("\" type=\"")
          .append(escape(link.path("type").asText())).append("\">").append(escape(link.path("title").asText()))
          .append("</a> <small>(").append(escape(link.path("rel").asText())).append(", ")
          .append(escape(link.path("type").asText())).append(")</small></li>\n");
    }
    h.append("</ul>\n<h2>Collections</h2>\n<ul>\n");
    for (OgcCollection c : collections) {
      h.append("<li><a href=\"").append(escape(base + "/collections/" + c.id + "/items"))
          .append("\" type=\"application/geo+json\">").append(escape(c.title)).append("</a>: ")
          .append(escape(c.description)).append("</li>\n");
    }
    h.append("</ul>\n<h2>In QGIS</h2>\n<p>Layer → Add Layer → Add WFS / OGC API – Features Layer, New"
            + " connection, URL <code>").append(escape(base)).append("</code>, then Connect and add the layers."
            + " With GDAL: <code>ogrinfo OAPIF:").append(escape(base)).append("</code>.</p>\n")
        .append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
