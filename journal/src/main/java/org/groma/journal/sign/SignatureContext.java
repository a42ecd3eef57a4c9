package org.groma.journal.sign;

import java.nio.charset.StandardCharsets;

/**
 * What a signature is for. The signed message is always {@code prefix ‖ payload}, so a signature over a
 * journal entry cannot be presented as a checkpoint signature or a cosignature, and the other way round.
 *
 * <p>The two C2SP formats keep their specified messages so that other transparency-log tools can check
 * Groma's checkpoints: a signed note signs its text as is (C2SP signed-note), and a cosignature signs
 * "cosignature/v1\n" followed by the time line and the checkpoint (C2SP tlog-cosignature). The note
 * context therefore has an empty prefix; its separation from the others rests on the refusal, in {@link
 * #message}, of note texts that begin with another context's line, and on the fact that an entry payload
 * is a JSON object (its first byte is '{') while a checkpoint's second line is a decimal size.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public enum SignatureContext {
  /** A journal entry: "groma-entry/v1\n" followed by the entry's canonical JSON bytes. */
  ENTRY("groma-entry/v1\n"),
  /** A C2SP signed note (checkpoints): the note text itself. */
  NOTE(""),
  /** A C2SP tlog-cosignature/v1: "cosignature/v1\n", then "time N\n" and the checkpoint text. */
  COSIGNATURE("cosignature/v1\n");

  private final String prefix;
  private final byte[] prefixBytes;

  SignatureContext(String prefix) {
    this.prefix = prefix;
    this.prefixBytes = prefix.getBytes(StandardCharsets.UTF_8);
  }

  /** The context line, including its final newline (empty for {@link #NOTE}). */
  public String prefix() {
    return prefix;
  }

  /**
   * The exact bytes signed: this context's prefix followed by {@code payload}.
   *
   * @throws IllegalArgumentException for a {@link #NOTE} payload that starts with another context's line
   */
  public byte[] message(byte[] payload) {
    if (this == NOTE) {
      for (SignatureContext other : values()) {
        if (other != NOTE && startsWith(payload, other.prefixBytes)) {
          throw new IllegalArgumentException(
              "a signed note may not begin with the context line \"" + other.prefix.strip() + "\"");
        }
      }
    }
    byte[] m = new byte[prefixBytes.length + payload.length];
    System.arraycopy(prefixBytes, 0, m, 0, prefixBytes.length);
    System.arraycopy(payload, 0, m, prefixBytes.length, payload.length);
    return m;
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    if (data.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
