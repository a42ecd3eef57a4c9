package org.groma.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Two texts printed in two columns of a fixed width, wrapped at spaces (a word longer than the column is cut),
 * with a marker before each printed line: what {@code groma treaty diff} prints. Line breaks in a text start a
 * new line of its column; nothing is dropped or trimmed but the spaces a line is broken at.
 */
final class SideBySide {

  private SideBySide() {}

  static void print(PrintWriter out, String marker, String left, String right, int width) {
    List<String> l = wrap(left, width);
    List<String> r = wrap(right, width);
    for (int i = 0; i < Math.max(l.size(), r.size()); i++) {
      String a = i < l.size() ? l.get(i) : "";
      String b = i < r.size() ? r.get(i) : "";
      out.printf("%s %-" + width + "s | %s%n", marker, a, b);
    }
  }

  static List<String> wrap(String text, int width) {
    List<String> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    for (String para : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      boolean started = false;
      for (String word : para.split(" ", -1)) {
        if (started && line.length() + 1 + word.length() <= width) {
          line.append(' ').append(word);
          continue;
        }
        if (started) {
          out.add(line.toString());
          line.setLength(0);
        }
        while (word.length() > width) {
          out.add(word.substring(0, width));
          word = word.substring(width);
        }
        line.append(word);
        started = true;
      }
      out.add(line.toString());
    }
    return out;
  }
}
