package org.groma.journal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Reads fixture files from src/test/resources. */
public final class TestResources {
  private TestResources() {
  }

  public static byte[] bytes(String path) {
    try (InputStream in = TestResources.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Non-blank lines that do not start with '#'. */
  public static List<String> dataLines(String path) {
    List<String> out = new ArrayList<>();
    for (String line : new String(bytes(path), StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(line);
      }
    }
    return out;
  }

  public static byte[] hex(String s) {
    return "-".equals(s) ? new byte[0] : HexFormat.of().parseHex(s);
  }
}
