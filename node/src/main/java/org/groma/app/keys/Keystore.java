package org.groma.app.keys;

import org.groma.app.AtomicFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.groma.app.BadInputException;

/**
 * A file of members' keys ({@code groma-keystore/v1}, JSON). Each seed is sealed by {@link PassphraseSeal};
 * names, parties and public keys are in the clear so a node can list keys without a passphrase.
 *
 * <p>Writes go to a temporary file that replaces the old one atomically, so a crash leaves either the old or
 * the new keystore, never half of one. Not thread-safe: one command owns a keystore at a time.
 */
public final class Keystore {

  static final String FORMAT = "groma-keystore/v1";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Base64.Encoder B64 = Base64.getEncoder();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private final List<KeyRecord> keys;

  private Keystore(List<KeyRecord> keys) {
    this.keys = new ArrayList<>(keys);
  }

  public static Keystore empty() {
    return new Keystore(List.of());
  }

  /** Reads a keystore; a missing file is an I/O error, a malformed one names the field that is wrong. */
  public static Keystore load(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readAllBytes(file));
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new BadInputException(file + ": not a keystore (malformed JSON: " + e.getOriginalMessage() + ")");
    }
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new BadInputException(file + ": not a keystore (\"format\" is not \"" + FORMAT + "\")");
    }
    List<KeyRecord> keys = new ArrayList<>();
    JsonNode arr = root.path("keys");
    for (int i = 0; i < arr.size(); i++) {
      keys.add(parse(arr.get(i), file + ": keys[" + i + "]"));
    }
    return new Keystore(keys);
  }

  public static Keystore loadOrEmpty(Path file) throws IOException {
    return Files.exists(file) ? load(file) : empty();
  }

  public List<KeyRecord> keys() {
    return List.copyOf(keys);
  }

  /** Generates a key for a member, seals it and adds it; the keystore must then be {@link #save saved}. */
  public KeyRecord generate(String member, String party, char[] passphrase, SecureRandom random, Clock clock) {
    byte[] seed = new byte[Ed25519PrivateKeyParameters.KEY_SIZE];
    random.nextBytes(seed);
    try {
      return add(member, party, seed, passphrase, random, clock);
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
  }

  /**
   * Seals a key generated elsewhere (a node that made its members' keys before it had a keystore, such as the
   * demo) and adds it; the keystore must then be {@link #save saved}. The caller keeps and clears its seed.
   */
  public KeyRecord add(String member, String party, byte[] seed, char[] passphrase, SecureRandom random,
      Clock clock) {
    if (seed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
      throw new BadInputException("an Ed25519 seed has " + Ed25519PrivateKeyParameters.KEY_SIZE + " bytes, got "
          + seed.length);
    }
    byte[] publicKey = new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
    KeyRecord record = new KeyRecord(member, party, keyIdOf(publicKey), publicKey, Instant.now(clock),
        PassphraseSeal.seal(seed, passphrase, KeyRecord.associatedData(member, party, publicKey), random));
    keys.add(record);
    return record;
  }

  /** Finds a key by key id or by member name (the member's newest key). */
  public Optional<KeyRecord> find(String keyIdOrMember) {
    for (int i = keys.size() - 1; i >= 0; i--) {
      KeyRecord k = keys.get(i);
      if (k.keyId().equals(keyIdOrMember) || k.member().equals(keyIdOrMember)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  public UnlockedKey unlock(KeyRecord record, char[] passphrase) {
    byte[] seed = PassphraseSeal.open(record.sealedSeed(), passphrase, record.associatedData());
    byte[] derived = new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
    if (!MessageDigest.isEqual(derived, record.publicKey())) {
      throw new BadInputException("key " + record.keyId() + ": the sealed seed does not match its public key");
    }
    return new UnlockedKey(record, seed);
  }

  /** Writes the keystore atomically, readable by its owner only where the file system allows. */
  public void save(Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    ArrayNode arr = root.putArray("keys");
    for (KeyRecord k : keys) {
      ObjectNode o = arr.addObject();
      o.put("member", k.member());
      o.put("party", k.party());
      o.put("keyId", k.keyId());
      o.put("publicKey", k.publicKeyHex());
      o.put("created", k.created().toString());
      SealedSeed s = k.sealedSeed();
      ObjectNode seal = o.putObject("sealedSeed");
      seal.put("kdf", "scrypt");
      seal.put("n", s.n());
      seal.put("r", s.r());
      seal.put("p", s.p());
      seal.put("salt", B64.encodeToString(s.salt()));
      seal.put("cipher", "AES-256-GCM");
      seal.put("nonce", B64.encodeToString(s.nonce()));
      seal.put("ciphertext", B64.encodeToString(s.ciphertext()));
    }
    byte[] bytes = JSON.writeValueAsBytes(root);
    try {
      AtomicFile.write(file, true, out -> out.write(bytes));
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Hex of the first 8 bytes of SHA-256 of the public key: the key id journal entries carry. */
  public static String keyIdOf(byte[] publicKey) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(publicKey);
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  private static KeyRecord parse(JsonNode o, String where) {
    try {
      byte[] publicKey = HexFormat.of().parseHex(text(o, "publicKey", where));
      String keyId = text(o, "keyId", where);
      if (publicKey.length != 32 || !keyId.equals(keyIdOf(publicKey))) {
        throw new BadInputException(where + ": keyId " + keyId + " does not match its public key");
      }
      JsonNode s = o.path("sealedSeed");
      if (!"scrypt".equals(s.path("kdf").asText()) || !"AES-256-GCM".equals(s.path("cipher").asText())) {
        throw new BadInputException(where + ": sealedSeed must use scrypt and AES-256-GCM");
      }
      SealedSeed sealed = new SealedSeed(
          positive(s, "n", where), positive(s, "r", where), positive(s, "p", where),
          B64D.decode(text(s, "salt", where)), B64D.decode(text(s, "nonce", where)),
          B64D.decode(text(s, "ciphertext", where)));
      return new KeyRecord(text(o, "member", where), text(o, "party", where), keyId, publicKey,
          Instant.parse(text(o, "created", where)), sealed);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new BadInputException(where + ": " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode o, String field, String where) {
    JsonNode v = o.get(field);
    if (v == null || !v.isTextual()) {
      throw new BadInputException(where + ": missing text field \"" + field + "\"");
    }
    return v.asText();
  }

  private static int positive(JsonNode o, String field, String where) {
    JsonNode v = o.get(field);
    if (v == null || !v.canConvertToInt() || v.asInt() <= 0) {
      throw new BadInputException(where + ".sealedSeed: \"" + field + "\" must be a positive integer");
    }
    return v.asInt();
  }
}
