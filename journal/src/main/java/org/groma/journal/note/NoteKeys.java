package org.groma.journal.note;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.groma.journal.JournalFormatException;

/** Key names and key IDs of C2SP signed notes. */
final class NoteKeys {
  private NoteKeys() {
  }

  /** C2SP signed-note: a key name is non-empty UTF-8 without Unicode spaces or '+'. */
  static void checkName(String name) {
    if (name == null || name.isEmpty()) {
      throw new JournalFormatException("a note key name must not be empty");
    }
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (cp == '+' || Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
        throw new JournalFormatException("note key name \"" + name + "\" has a space, control character or '+'");
      }
      i += Character.charCount(cp);
    }
  }

  /** SHA-256(name ‖ 0x0A ‖ type ‖ public key)[:4]. */
  static byte[] keyId(String name, NoteKeyType type, byte[] publicKey) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(name.getBytes(StandardCharsets.UTF_8));
    b.write('\n');
    b.write(type.id());
    b.writeBytes(publicKey);
    try {
      return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(b.toByteArray()),
          NoteSignature.KEY_ID_LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
