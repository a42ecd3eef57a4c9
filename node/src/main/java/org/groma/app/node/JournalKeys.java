package org.groma.app.node;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.groma.app.BadInputException;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.CommissionEvent.FoundingMember;
import org.groma.app.commission.CommissionEvent.Genesis;
import org.groma.app.commission.CommissionEvent.KeyRotated;
import org.groma.app.commission.CommissionEvent.MemberAdded;
import org.groma.app.commission.CommissionEvent.Witness;
import org.groma.app.commission.MissionEvent;
import org.groma.journal.note.NoteKeyType;
import org.groma.journal.note.NoteVerifierKey;
import org.groma.journal.sign.VerifyingKey;
import org.groma.journal.verify.CheckpointTrust;

/**
 * What the journal asks of the keys the commission's rules record. The rules treat key ids and public keys
 * as opaque text; on a real journal a key id must be the one groma-journal derives from its public key
 * (first 8 bytes of SHA-256, in hex) and the key a valid Ed25519 key under the pinned rule set, and the
 * operator's and witnesses' names must be C2SP note key names.
 */
final class JournalKeys {

  private JournalKeys() {}

  /** Checks every key {@code event} introduces. */
  static void check(CommissionEvent event) {
    switch (event) {
      case Genesis g -> {
        for (FoundingMember m : g.members()) {
          memberKey(m.member(), m.keyId(), m.publicKey());
        }
        g.missions().forEach(JournalKeys::missionKeys);
        trust(g);
      }
      case MissionEvent.MissionAdmissionSigned a -> missionKeys(a.mission());
      case MemberAdded m -> memberKey(m.member(), m.keyId(), m.publicKey());
      case KeyRotated r -> memberKey(r.member(), r.newKeyId(), r.newPublicKey());
      default -> {
      }
    }
  }

  /** The Ed25519 key behind a 64-hex-digit public key the rules accepted. */
  static VerifyingKey verifyingKey(String what, String publicKeyHex) {
    try {
      return VerifyingKey.of(HexFormat.of().parseHex(publicKeyHex));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(what + ": public key " + publicKeyHex + " is not a valid Ed25519 key: "
          + e.getMessage());
    }
  }

  /**
   * Whom checkpoints must be signed and cosigned by: the genesis's log operator and its two witnesses. A
   * checkpoint need not be cosigned yet ({@code requiredCosigners} 0), but every cosignature present must
   * verify; a decision is final only under a checkpoint both witnesses cosigned.
   */
  static CheckpointTrust trust(Genesis g) {
    NoteVerifierKey operator = noteKey("log operator", g.logOperator().name(), NoteKeyType.ED25519,
        g.logOperator().publicKey());
    List<NoteVerifierKey> witnesses = new ArrayList<>();
    for (Witness w : g.witnesses()) {
      witnesses.add(noteKey("witness of party " + w.party().code(), w.name(), NoteKeyType.COSIGNATURE_V1,
          w.publicKey()));
    }
    return new CheckpointTrust(operator, witnesses, 0);
  }

  private static NoteVerifierKey noteKey(String what, String name, NoteKeyType type, String publicKeyHex) {
    VerifyingKey key = verifyingKey(what + " \"" + name + "\"", publicKeyHex);
    try {
      return new NoteVerifierKey(name, type, key);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(what + " \"" + name + "\": not usable as a checkpoint key name (C2SP signed"
          + " note: no spaces, no '+'): " + e.getMessage());
    }
  }

  private static void missionKeys(MissionEvent.Mission mission) {
    mission.members().forEach(m -> memberKey(m.member(), m.keyId(), m.publicKey()));
  }

  private static void memberKey(String member, String keyId, String publicKeyHex) {
    VerifyingKey key = verifyingKey("member \"" + member + "\"", publicKeyHex);
    if (!key.keyId().equals(keyId)) {
      throw new BadInputException("member \"" + member + "\": key id " + keyId + " is not the id of its public"
          + " key, which is " + key.keyId() + " (hex of the first 8 bytes of SHA-256 of the key)");
    }
  }
}
