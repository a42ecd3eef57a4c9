package org.groma.app.commission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.groma.journal.json.JsonCanonicalizer;
import org.groma.journal.json.JsonObject;

/**
 * SHA-256 in 64 lower-case hex digits of what a signature commits to: a text's UTF-8 bytes (regulations), or
 * the RFC 8785 canonical JSON of a document's content (a protocol). Anyone holding the text or the JSON
 * recomputes it with any SHA-256 (and RFC 8785) implementation.
 */
public final class ContentHash {

  private ContentHash() {}

  /** SHA-256 of the text's UTF-8 bytes. */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** SHA-256 of the RFC 8785 canonical form of {@code json}. */
  public static String canonical(JsonObject json) {
    return sha256(JsonCanonicalizer.canonicalize(json));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
