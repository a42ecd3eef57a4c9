package org.groma.app.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.groma.app.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeystoreTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-15T10:00:00Z"), ZoneOffset.UTC);
  private static final char[] PASS = "correct horse battery staple".toCharArray();

  @TempDir Path dir;

  @Test
  void a_saved_key_unlocks_with_its_passphrase_and_signs_for_its_public_key() throws Exception {
    Path file = dir.resolve("keys.json");
    Keystore ks = Keystore.empty();
    KeyRecord made = ks.generate("Party A co-chair", "A", PASS, new SecureRandom(), CLOCK);
    ks.save(file);

    Keystore loaded = Keystore.load(file);
    KeyRecord found = loaded.find("Party A co-chair").orElseThrow();
    assertThat(found.keyId()).isEqualTo(made.keyId()).hasSize(16);
    assertThat(found.created()).isEqualTo(CLOCK.instant());
    UnlockedKey key = loaded.unlock(found, PASS);

    byte[] msg = "groma-entry/v1\n{}".getBytes(StandardCharsets.UTF_8);
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(true, new Ed25519PrivateKeyParameters(key.seed(), 0));
    signer.update(msg, 0, msg.length);
    byte[] sig = signer.generateSignature();
    Ed25519Signer verifier = new Ed25519Signer();
    verifier.init(false, new Ed25519PublicKeyParameters(found.publicKey(), 0));
    verifier.update(msg, 0, msg.length);
    assertThat(verifier.verifySignature(sig)).isTrue();
  }

  @Test
  void a_key_made_elsewhere_is_sealed_and_unlocks_to_the_same_seed() throws Exception {
    byte[] seed = new byte[32];
    new SecureRandom().nextBytes(seed);
    byte[] publicKey = new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
    Path file = dir.resolve("keys.json");
    Keystore ks = Keystore.empty();
    KeyRecord added = ks.add("witness.party-a.example", "A", seed, PASS, new SecureRandom(), CLOCK);
    ks.save(file);

    KeyRecord found = Keystore.load(file).find(added.keyId()).orElseThrow();
    assertThat(found.publicKey()).isEqualTo(publicKey);
    assertThat(found.keyId()).isEqualTo(Keystore.keyIdOf(publicKey));
    assertThat(Keystore.load(file).unlock(found, PASS).seed()).isEqualTo(seed);
    assertThatThrownBy(() -> ks.add("m", "A", new byte[31], PASS, new SecureRandom(), CLOCK))
        .isInstanceOf(BadInputException.class).hasMessage("an Ed25519 seed has 32 bytes, got 31");
  }

  @Test
  void the_file_holds_no_seed_in_the_clear_and_prints_none() throws Exception {
    Path file = dir.resolve("keys.json");
    Keystore ks = Keystore.empty();
    KeyRecord made = ks.generate("m", "B", PASS, new SecureRandom(), CLOCK);
    ks.save(file);
    UnlockedKey key = ks.unlock(made, PASS);
    String text = Files.readString(file);
    assertThat(text).doesNotContain(java.util.HexFormat.of().formatHex(key.seed()))
        .doesNotContain(java.util.Base64.getEncoder().encodeToString(key.seed()));
    assertThat(key.toString()).doesNotContain(java.util.HexFormat.of().formatHex(key.seed()));
  }

  @Test
  void a_wrong_passphrase_is_refused() throws Exception {
    Keystore ks = Keystore.empty();
    KeyRecord made = ks.generate("m", "A", PASS, new SecureRandom(), CLOCK);
    assertThatThrownBy(() -> ks.unlock(made, "wrong".toCharArray()))
        .isInstanceOf(WrongPassphraseException.class)
        .hasMessageContaining("passphrase does not open this key");
  }

  @Test
  void a_sealed_seed_moved_to_another_members_record_does_not_open() throws Exception {
    Path file = dir.resolve("keys.json");
    Keystore ks = Keystore.empty();
    ks.generate("Alice", "A", PASS, new SecureRandom(), CLOCK);
    ks.save(file);
    String moved = Files.readString(file).replace("\"member\" : \"Alice\"", "\"member\" : \"Mallory\"");
    Files.writeString(file, moved);
    Keystore loaded = Keystore.load(file);
    KeyRecord rec = loaded.find("Mallory").orElseThrow();
    assertThatThrownBy(() -> loaded.unlock(rec, PASS)).isInstanceOf(WrongPassphraseException.class);
  }

  @Test
  void a_key_id_that_does_not_match_the_public_key_is_refused_on_load() throws Exception {
    Path file = dir.resolve("keys.json");
    Keystore ks = Keystore.empty();
    KeyRecord made = ks.generate("m", "A", PASS, new SecureRandom(), CLOCK);
    ks.save(file);
    Files.writeString(file, Files.readString(file).replace(made.keyId(), "00000000deadbeef"));
    assertThatThrownBy(() -> Keystore.load(file))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("keys[0]: keyId 00000000deadbeef does not match its public key");
  }

  @Test
  void a_file_that_is_not_a_keystore_is_refused_with_its_name() throws Exception {
    Path file = dir.resolve("other.json");
    Files.writeString(file, "{\"type\":\"FeatureCollection\"}");
    assertThatThrownBy(() -> Keystore.load(file))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("other.json: not a keystore");
    Files.writeString(file, "{\"format\":");
    assertThatThrownBy(() -> Keystore.load(file)).hasMessageContaining("malformed JSON");
  }

  @Test
  void a_party_other_than_a_b_or_m_is_refused() {
    assertThatThrownBy(() -> Keystore.empty().generate("m", "C", PASS, new SecureRandom(), CLOCK))
        .hasMessageContaining("party must be A, B or M");
  }
}
