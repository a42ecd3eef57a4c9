package org.groma.app.commission;

import static org.groma.app.commission.Checks.hex32;
import static org.groma.app.commission.Checks.id;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.groma.app.BadInputException;
import org.groma.app.commission.SittingDetails.VenueKind;

/**
 * The commission's rules of procedure (its regulations) as acts: a text with the fields the rules enforce,
 * tabled by a convener, in force once the co-chairs of both parties have signed it, each quoting the SHA-256
 * of the exact text and the entry hash of the act that tabled it. A later version is tabled and signed the
 * same way and replaces the earlier one from the second signature (docs/sittings.md).
 */
public sealed interface ProcedureEvent extends CommissionEvent {

  /** The decision rule; a commission of two parties decides by consensus, and Groma knows no other rule. */
  String CONSENSUS = "consensus";

  /** A confidentiality level and the roles whose holders may read a protocol marked with it. */
  record ConfidentialityLevel(String level, Set<Role> readers) {
    public ConfidentialityLevel {
      id("level", level);
      if (readers == null || readers.isEmpty()) {
        throw new BadInputException("confidentiality level " + level + " names no role that may read it");
      }
      readers = Collections.unmodifiableSet(EnumSet.copyOf(readers));
    }
  }

  /**
   * Regulations tabled for signature.
   *
   * @param text the regulations as the parties read and sign them; {@code textSha256} of its UTF-8 bytes is
   *     what each co-chair's signature quotes
   * @param workingLanguages the languages every protocol is written in (ISO 639 codes, e.g. {@code ru},
   *     {@code en}), in order of precedence
   * @param originals how many signed originals of a protocol are made (each holds every working language)
   * @param signatories the roles whose holder initials and signs a protocol for a party
   * @param decisionRule {@value #CONSENSUS}
   * @param confidentiality the levels a protocol may be marked with, each with the roles that may read it
   * @param venueRotation the order in which the commission's sittings move between venues (may be empty)
   */
  record RegulationsProposed(String regulationsId, String text, List<String> workingLanguages, int originals,
      Set<Role> signatories, String decisionRule, List<ConfidentialityLevel> confidentiality,
      List<VenueKind> venueRotation) implements ProcedureEvent {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    /** More originals than this is a typo, not a practice. */
    public static final int MAX_ORIGINALS = 12;

    public RegulationsProposed {
      id("regulationsId", regulationsId);
      Checks.text("text", text);
      workingLanguages = List.copyOf(workingLanguages);
      if (workingLanguages.isEmpty()) {
        throw new BadInputException("regulations " + regulationsId + " name no working language");
      }
      if (new HashSet<>(workingLanguages).size() != workingLanguages.size()) {
        throw new BadInputException("regulations " + regulationsId + " name a working language twice");
      }
      for (String l : workingLanguages) {
        language("workingLanguages", l);
      }
      if (originals < 1 || originals > MAX_ORIGINALS) {
        throw new BadInputException("originals " + originals + " must be 1 to " + MAX_ORIGINALS);
      }
      if (signatories == null || signatories.isEmpty()) {
        throw new BadInputException("regulations " + regulationsId + " name no role that signs protocols");
      }
      signatories = Collections.unmodifiableSet(EnumSet.copyOf(signatories));
      if (!EntryTypes.authorRoles(ProtocolEvent.ProtocolSigned.class).containsAll(signatories)) {
        throw new BadInputException("signatories " + signatories.stream().map(Role::code).toList()
            + ": a protocol is signed for a party by a co-chair or an expert only");
      }
      if (!CONSENSUS.equals(decisionRule)) {
        throw new BadInputException("decisionRule \"" + decisionRule + "\": a commission of two parties decides by "
            + CONSENSUS + ", the one rule Groma enforces");
      }
      confidentiality = List.copyOf(confidentiality);
      Set<String> levels = new HashSet<>();
      for (ConfidentialityLevel c : confidentiality) {
        if (!levels.add(c.level())) {
          throw new BadInputException("confidentiality level " + c.level() + " is defined twice");
        }
      }
      if (!levels.contains(ProtocolEvent.OPEN)) {
        throw new BadInputException("regulations " + regulationsId + " must define the level "
            + ProtocolEvent.OPEN);
      }
      venueRotation = List.copyOf(venueRotation);
    }

    /** The SHA-256 of the text's UTF-8 bytes, in 64 lower-case hex digits: what each signature quotes. */
    public String textSha256() {
      return ContentHash.sha256(text);
    }

    static String language(String field, String code) {
      if (code == null || !LANGUAGE.matcher(code).matches()) {
        throw new BadInputException(field + ": \"" + code + "\" is not a language code (two or three lower-case"
            + " letters, ISO 639, e.g. ru, en)");
      }
      return code;
    }
  }

  /**
   * A co-chair signs tabled regulations for their party, quoting the entry hash of the act that tabled them
   * ({@code draftHash}) and the SHA-256 of their exact text ({@code textSha256}).
   */
  record RegulationsSigned(String regulationsId, String draftHash, String textSha256) implements ProcedureEvent {
    public RegulationsSigned {
      id("regulationsId", regulationsId);
      hex32("draftHash", draftHash);
      hex32("textSha256", textSha256);
    }
  }

  /** For messages. */
  static String roles(Set<Role> roles) {
    return String.join(", ", Objects.requireNonNull(roles).stream().map(Role::code).toList());
  }
}
