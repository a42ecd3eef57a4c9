package org.groma.journal.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.groma.journal.JournalFormatException;
import org.groma.journal.sign.Signature;
import org.groma.journal.sign.SignatureContext;
import org.groma.journal.sign.SigningKey;

/**
 * A witness's cosignature of a checkpoint, C2SP tlog-cosignature v1 with Ed25519. It is a signature line
 * of the checkpoint's note:
 *
 * <pre>
 * key ID   = SHA-256(name ‖ 0x0A ‖ 0x04 ‖ public key)[:4]
 * line     = "— " name " " base64(key ID ‖ u64 big-endian timestamp ‖ 64-byte Ed25519 signature)
 * message  = "cosignature/v1\n" "time " decimal timestamp "\n" ‖ checkpoint body
 * </pre>
 * The timestamp is POSIX seconds, at most 2^63 − 1.
 *
 * <p>A cosignature states that, as of the time, the witness had verified that this checkpoint is
 * consistent with every earlier one it cosigned (docs/design.md, "The journal").
 *
 * @param name          the witness's key name
 * @param timestampSec  POSIX seconds when it cosigned
 * @param signature     the Ed25519 signature over the message above
 */
public record Cosignature(String name, long timestampSec, Signature signature) {
  /** u64 timestamp ‖ 64-byte signature. */
  private static final int BODY_LENGTH = Long.BYTES + Signature.LENGTH;

  public Cosignature {
    NoteKeys.checkName(name);
    Objects.requireNonNull(signature, "signature");
    if (timestampSec < 0) {
      throw new JournalFormatException("cosignature timestamp must be between 0 and 2^63 − 1");
    }
  }

  /** Cosigns {@code checkpoint} at {@code timestampSec} with the witness key. */
  public static Cosignature sign(Checkpoint checkpoint, String name, SigningKey witnessKey, long timestampSec) {
    if (timestampSec < 0) {
      throw new IllegalArgumentException("timestamp must not be negative");
    }
    Signature sig = witnessKey.sign(SignatureContext.COSIGNATURE, payload(timestampSec, checkpoint.body()));
    return new Cosignature(name, timestampSec, sig);
  }

  /** The bytes signed after the "cosignature/v1\n" context line: "time N\n" ‖ body. */
  static byte[] payload(long timestampSec, String body) {
    return ("time " + timestampSec + "\n" + body).getBytes(StandardCharsets.UTF_8);
  }

  /** The signature line for {@code witness}'s key (whose key ID it carries). */
  public NoteSignature toNoteSignature(NoteVerifierKey witness) {
    if (witness.type() != NoteKeyType.COSIGNATURE_V1) {
      throw new IllegalArgumentException("a cosignature needs a cosignature/v1 key, got " + witness.type());
    }
    ByteBuffer b = ByteBuffer.allocate(BODY_LENGTH);
    b.putLong(timestampSec).put(signature.bytes());
    return new NoteSignature(name, witness.keyId(), b.array());
  }

  /** Decodes a signature line as a cosignature (no verification). */
  public static Cosignature fromNoteSignature(NoteSignature line) {
    byte[] s = line.signature();
    if (s.length != BODY_LENGTH) {
      throw new JournalFormatException("cosignature by " + line.name() + " must have 8 + 64 bytes after the key ID, got "
          + s.length);
    }
    long t = ByteBuffer.wrap(s).getLong();
    if (t < 0) {
      throw new JournalFormatException("cosignature by " + line.name() + " has a timestamp above 2^63 − 1");
    }
    return new Cosignature(line.name(), t, Signature.of(Arrays.copyOfRange(s, Long.BYTES, BODY_LENGTH)));
  }

  /** Whether this cosignature holds over {@code checkpoint} for {@code witness}. */
  public boolean verifies(Checkpoint checkpoint, NoteVerifierKey witness) {
    return witness.type() == NoteKeyType.COSIGNATURE_V1 && witness.name().equals(name)
        && witness.key().verify(SignatureContext.COSIGNATURE, payload(timestampSec, checkpoint.body()),
            signature);
  }

  /**
   * Finds and checks {@code witness}'s cosignature in a signed checkpoint note.
   *
   * @throws NoteVerificationException when the note has no such line or it does not verify
   */
  public static Cosignature open(SignedNote note, NoteVerifierKey witness) throws NoteVerificationException {
    if (witness.type() != NoteKeyType.COSIGNATURE_V1) {
      throw new NoteVerificationException("key " + witness.name() + " is not a cosignature/v1 key");
    }
    NoteSignature line = note.signatureOf(witness).orElseThrow(() -> new NoteVerificationException(
        "checkpoint has no cosignature by " + witness.name() + " with key ID " + witness.keyIdHex()));
    Cosignature c;
    try {
      c = fromNoteSignature(line);
    } catch (JournalFormatException e) {
      throw new NoteVerificationException(e.getMessage());
    }
    if (!c.verifies(Checkpoint.parseBody(note.text()), witness)) {
      throw new NoteVerificationException("cosignature by " + witness.name() + " (key ID "
          + witness.keyIdHex() + ", time " + c.timestampSec() + ") does not verify over the checkpoint");
    }
    return c;
  }
}
