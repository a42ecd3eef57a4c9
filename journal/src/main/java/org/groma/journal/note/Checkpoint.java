package org.groma.journal.note;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.groma.journal.JournalFormatException;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.sign.SigningKey;

/**
 * A C2SP tlog-checkpoint: the log operator's signed statement of the tree head at a size. Its body is
 *
 * <pre>
 * origin "\n"
 * decimal tree size, no leading zeros "\n"
 * base64(root hash) "\n"
 * *(extension line "\n")
 * </pre>
 * carried as the text of a {@link SignedNote} signed by the operator's Ed25519 note key.
 *
 * @param origin     the log's name (the commission journal's origin), non-empty
 * @param size       the tree size, ≥ 0
 * @param rootHash   the RFC 9162 tree head of the first {@code size} entries
 * @param extensions optional extension lines, each non-empty
 */
public record Checkpoint(String origin, long size, MerkleHash rootHash, List<String> extensions) {
  public Checkpoint {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(rootHash, "rootHash");
    extensions = List.copyOf(extensions);
    if (origin.isEmpty() || origin.contains("\n")) {
      throw new JournalFormatException("checkpoint origin must be one non-empty line");
    }
    if (size < 0) {
      throw new JournalFormatException("checkpoint size must not be negative, got " + size);
    }
    for (String e : extensions) {
      if (e.isEmpty() || e.contains("\n")) {
        throw new JournalFormatException("checkpoint extension lines must be non-empty single lines");
      }
    }
    SignedNote.checkText(body(origin, size, rootHash, extensions));
  }

  public Checkpoint(String origin, long size, MerkleHash rootHash) {
    this(origin, size, rootHash, List.of());
  }

  /** The note text. */
  public String body() {
    return body(origin, size, rootHash, extensions);
  }

  private static String body(String origin, long size, MerkleHash root, List<String> extensions) {
    StringBuilder sb = new StringBuilder(origin).append('\n').append(size).append('\n')
        .append(root.base64()).append('\n');
    for (String e : extensions) {
      sb.append(e).append('\n');
    }
    return sb.toString();
  }

  /** The checkpoint signed by the log operator's note key. */
  public SignedNote sign(String operatorKeyName, SigningKey operatorKey) {
    return SignedNote.sign(body(), operatorKeyName, operatorKey);
  }

  /**
   * Parses a checkpoint body (the text of a signed note).
   *
   * @throws JournalFormatException naming the line that is wrong
   */
  public static Checkpoint parseBody(String text) {
    if (!text.endsWith("\n")) {
      throw new JournalFormatException("checkpoint body must end with a newline");
    }
    String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
    if (lines.length < 3) {
      throw new JournalFormatException("checkpoint body has " + lines.length + " lines, needs at least 3");
    }
    if (lines[0].isEmpty()) {
      throw new JournalFormatException("checkpoint line 1: origin is empty");
    }
    if (!lines[1].matches("0|[1-9][0-9]{0,18}")) {
      throw new JournalFormatException("checkpoint line 2: tree size \"" + lines[1]
          + "\" is not a decimal without leading zeros");
    }
    long size;
    try {
      size = Long.parseLong(lines[1]);
    } catch (NumberFormatException e) {
      throw new JournalFormatException("checkpoint line 2: tree size " + lines[1] + " is too large");
    }
    byte[] root;
    try {
      root = Base64.getDecoder().decode(lines[2]);
    } catch (IllegalArgumentException e) {
      throw new JournalFormatException("checkpoint line 3: root hash is not valid base64");
    }
    if (root.length != MerkleHash.LENGTH || !Base64.getEncoder().encodeToString(root).equals(lines[2])) {
      throw new JournalFormatException("checkpoint line 3: root hash must be 32 bytes in canonical base64");
    }
    List<String> ext = new ArrayList<>();
    for (int i = 3; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        throw new JournalFormatException("checkpoint line " + (i + 1) + ": extension line is empty");
      }
      ext.add(lines[i]);
    }
    return new Checkpoint(lines[0], size, MerkleHash.of(root), ext);
  }

  /**
   * Parses a signed checkpoint and checks the operator's signature.
   *
   * @throws JournalFormatException when the note or the body is malformed
   * @throws NoteVerificationException when the operator's signature is missing or wrong
   */
  public static Checkpoint open(SignedNote note, NoteVerifierKey operator) throws NoteVerificationException {
    note.verify(operator);
    return parseBody(note.text());
  }
}
