package org.groma.journal.note;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.groma.journal.JournalFormatException;
import org.groma.journal.sign.Signature;
import org.groma.journal.sign.SignatureContext;
import org.groma.journal.sign.SigningKey;

/**
 * A C2SP signed note: text, a blank line, and signature lines.
 *
 * <pre>
 * text      = 1*line           ; UTF-8, each line ending in "\n", no other control characters
 * note      = text "\n" 1*sig
 * sig       = "— " name " " base64(keyID ‖ signature) "\n"
 * </pre>
 * An Ed25519 note signature (type 0x01) is over the text, including its final newline.
 *
 * <h2>Limitations</h2>
 * At most {@link #MAX_SIGNATURES} signature lines, the limit of Go's
 * golang.org/x/mod/sumdb/note, so a hostile note cannot make a verifier do unbounded work.
 *
 * @param text       the note text, ending in "\n"
 * @param signatures the signature lines in order
 */
public record SignedNote(String text, List<NoteSignature> signatures) {
  /** golang.org/x/mod/sumdb/note refuses notes with more than 100 signatures; so do we. */
  public static final int MAX_SIGNATURES = 100;

  public SignedNote {
    checkText(text);
    signatures = List.copyOf(signatures);
    if (signatures.size() > MAX_SIGNATURES) {
      throw new JournalFormatException("note has " + signatures.size() + " signatures, more than "
          + MAX_SIGNATURES);
    }
  }

  /** Signs {@code text} with an Ed25519 note key (type 0x01). */
  public static SignedNote sign(String text, String keyName, SigningKey key) {
    checkText(text);
    NoteVerifierKey vk = new NoteVerifierKey(keyName, NoteKeyType.ED25519, key.verifyingKey());
    Signature sig = key.sign(SignatureContext.NOTE, text.getBytes(StandardCharsets.UTF_8));
    return new SignedNote(text, List.of(new NoteSignature(keyName, vk.keyId(), sig.bytes())));
  }

  /** This note with one more signature line. */
  public SignedNote withSignature(NoteSignature s) {
    List<NoteSignature> all = new ArrayList<>(signatures);
    all.add(s);
    return new SignedNote(text, all);
  }

  /** The note's bytes: text, blank line, signature lines. */
  public String format() {
    StringBuilder sb = new StringBuilder(text).append('\n');
    for (NoteSignature s : signatures) {
      sb.append(s.line());
    }
    return sb.toString();
  }

  public byte[] bytes() {
    return format().getBytes(StandardCharsets.UTF_8);
  }

  /** The signature line of {@code key}, if the note has one (matched by name and key ID). */
  public Optional<NoteSignature> signatureOf(NoteVerifierKey key) {
    return signatures.stream().filter(key::matches).findFirst();
  }

  /**
   * Checks that the note carries a valid Ed25519 note signature (type 0x01) by {@code key}.
   *
   * @throws NoteVerificationException when the line is missing or the signature does not hold
   */
  public void verify(NoteVerifierKey key) throws NoteVerificationException {
    if (key.type() != NoteKeyType.ED25519) {
      throw new NoteVerificationException("key " + key.name() + " is a " + key.type()
          + " key, not a note-signing key");
    }
    NoteSignature s = signatureOf(key).orElseThrow(() -> new NoteVerificationException(
        "note has no signature by " + key.name() + " with key ID " + key.keyIdHex()));
    if (s.signature().length != Signature.LENGTH
        || !key.key().verify(SignatureContext.NOTE, text.getBytes(StandardCharsets.UTF_8),
            Signature.of(s.signature()))) {
      throw new NoteVerificationException("signature by " + key.name() + " (key ID " + key.keyIdHex()
          + ") does not verify over the note text");
    }
  }

  /**
   * Parses a signed note.
   *
   * @throws JournalFormatException naming the line that is wrong
   */
  public static SignedNote parse(byte[] bytes) {
    String note;
    try {
      note = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new JournalFormatException("note is not valid UTF-8");
    }
    return parse(note);
  }

  /** Parses a signed note given as a string. */
  public static SignedNote parse(String note) {
    int split = note.lastIndexOf("\n\n");
    if (split < 0) {
      throw new JournalFormatException("note has no blank line before its signatures");
    }
    String text = note.substring(0, split + 1);
    String sigBlock = note.substring(split + 2);
    if (sigBlock.isEmpty() || !sigBlock.endsWith("\n")) {
      throw new JournalFormatException("note signatures must be lines ending in a newline");
    }
    int lineNumber = (int) text.chars().filter(c -> c == '\n').count() + 2;
    List<NoteSignature> sigs = new ArrayList<>();
    for (String line : sigBlock.substring(0, sigBlock.length() - 1).split("\n", -1)) {
      sigs.add(NoteSignature.parseLine(line, lineNumber++));
    }
    return new SignedNote(text, sigs);
  }

  static void checkText(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty() || !text.endsWith("\n")) {
      throw new JournalFormatException("note text must be non-empty and end with a newline");
    }
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if (c < 0x20 || c == 0x7F) {
        throw new JournalFormatException("note text line " + line + " has control character 0x%02x"
            .formatted((int) c));
      } else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1)))) {
        if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
          throw new JournalFormatException("note text line " + line + " is not valid Unicode");
        }
      }
    }
  }
}
