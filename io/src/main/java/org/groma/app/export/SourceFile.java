package org.groma.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The file an export was made from, named with its SHA-256 so a reader can check it is the same file.
 *
 * @param name the file name as given (no folder)
 * @param sha256 SHA-256 of the file's bytes, lower-case hex
 */
public record SourceFile(String name, String sha256) {

  public SourceFile {
    Objects.requireNonNull(name, "name");
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("SHA-256 must be 64 lower-case hex digits, got " + sha256);
    }
  }

  /** Reads the file and hashes it. */
  public static SourceFile of(Path file) throws IOException {
    return new SourceFile(file.getFileName().toString(), sha256(Files.readAllBytes(file)));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256 (JCA standard names)", e);
    }
  }
}
