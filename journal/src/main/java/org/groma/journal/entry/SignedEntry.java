package org.groma.journal.entry;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.sign.Signature;
import org.groma.journal.sign.SignatureContext;
import org.groma.journal.sign.SigningKey;
import org.groma.journal.sign.VerifyingKey;

/**
 * An entry with its author's signature, in the form the journal stores:
 * <pre>
 * stored bytes = JCS({"entry": entry, "sig": base64(Ed25519 signature)})
 * signature    = Ed25519 over "groma-entry/v1\n" ‖ JCS(entry)
 * entry hash   = SHA-256(0x00 ‖ stored bytes)        (the Merkle leaf hash, RFC 9162)
 * </pre>
 * The entry hash identifies the entry everywhere: appends are idempotent by it, and it is the leaf of the
 * Merkle log.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class SignedEntry {
  private final Entry entry;
  private final Signature signature;
  private final byte[] entryBytes;
  private final byte[] storedBytes;
  private final MerkleHash hash;

  private SignedEntry(Entry entry, Signature signature, byte[] entryBytes) {
    this(entry, signature, entryBytes, storedBytes(entryBytes, signature));
  }

  private SignedEntry(Entry entry, Signature signature, byte[] entryBytes, byte[] storedBytes) {
    this.entry = entry;
    this.signature = signature;
    this.entryBytes = entryBytes;
    this.storedBytes = storedBytes;
    this.hash = MerkleHash.leaf(storedBytes);
  }

  /** An entry with a signature made elsewhere (the signature is not checked here; see {@link #verify}). */
  public SignedEntry(Entry entry, Signature signature) {
    this(Objects.requireNonNull(entry, "entry"), Objects.requireNonNull(signature, "signature"),
        entry.canonicalBytes());
  }

  static SignedEntry decoded(Entry entry, Signature signature, byte[] entryBytes, byte[] storedBytes) {
    return new SignedEntry(entry, signature, entryBytes, storedBytes);
  }

  /**
   * JCS({"entry": e, "sig": s}) written directly: "entry" sorts before "sig", the entry's canonical bytes
   * are already canonical, and base64 needs no escaping — so the concatenation is the canonical form
   * (checked against the canonicalizer in the tests).
   */
  static byte[] storedBytes(byte[] entryBytes, Signature signature) {
    byte[] head = "{\"entry\":".getBytes(StandardCharsets.US_ASCII);
    byte[] mid = (",\"sig\":\"" + signature.base64() + "\"}").getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[head.length + entryBytes.length + mid.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(entryBytes, 0, out, head.length, entryBytes.length);
    System.arraycopy(mid, 0, out, head.length + entryBytes.length, mid.length);
    return out;
  }

  /**
   * Signs {@code entry} with {@code key}, which must be the key the author field names.
   *
   * @throws IllegalArgumentException when the key's ID is not the author's keyId
   */
  public static SignedEntry sign(Entry entry, SigningKey key) {
    if (!key.keyId().equals(entry.author().keyId())) {
      throw new IllegalArgumentException("entry author keyId " + entry.author().keyId()
          + " is not the signing key's ID " + key.keyId());
    }
    byte[] bytes = entry.canonicalBytes();
    Signature sig = key.sign(SignatureContext.ENTRY, bytes);
    return new SignedEntry(entry, sig, bytes, storedBytes(bytes, sig));
  }

  /** Whether the signature holds under {@code key} and the key is the one the author field names. */
  public boolean verify(VerifyingKey key) {
    return key.keyId().equals(entry.author().keyId())
        && key.verify(SignatureContext.ENTRY, entryBytes, signature);
  }

  public Entry entry() {
    return entry;
  }

  public Signature signature() {
    return signature;
  }

  /** The bytes the journal stores (a copy). */
  public byte[] storedBytes() {
    return storedBytes.clone();
  }

  /** The canonical bytes of the entry alone (a copy). */
  public byte[] entryBytes() {
    return entryBytes.clone();
  }

  /** SHA-256(0x00 ‖ stored bytes): the Merkle leaf hash and the entry's identity. */
  public MerkleHash hash() {
    return hash;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignedEntry s && java.util.Arrays.equals(storedBytes, s.storedBytes);
  }

  @Override
  public int hashCode() {
    return hash.hashCode();
  }

  @Override
  public String toString() {
    return "SignedEntry[seq=" + entry.seq() + ", type=" + entry.type() + ", hash=" + hash.hex() + "]";
  }
}
