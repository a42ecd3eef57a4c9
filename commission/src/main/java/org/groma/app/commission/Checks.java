package org.groma.app.commission;

import com.ibm.icu.text.SpoofChecker;
import java.util.regex.Pattern;
import org.groma.app.BadInputException;

/** Shape checks shared by the records of this package; each failure names the field and the value. */
final class Checks {

  /** Identifiers (sitting, source, proposal, decision, note, key ids): short, no spaces, safe in file names. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  /** Longest name or title, in characters: a name is a label, not a document. */
  private static final int MAX_NAME_CHARS = 200;

  /** Longest free text (note, decision text, protocol), in characters: about a hundred printed pages. */
  static final int MAX_TEXT_CHARS = 200_000;

  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  /** Immutable once built, so one serves every thread (ICU: SpoofChecker is thread-safe after build). */
  private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

  private Checks() {}

  static String id(String field, String value) {
    if (value == null) {
      throw new BadInputException(field + " is missing");
    }
    if (!ID.matcher(value).matches()) {
      throw new BadInputException(field + " \"" + value
          + "\" is not an identifier (1 to 64 of A-Z a-z 0-9 . _ : -, starting with a letter or digit)");
    }
    return value;
  }

  static String name(String field, String value) {
    if (value == null) {
      throw new BadInputException(field + " is missing");
    }
    if (value.isBlank() || !value.strip().equals(value)) {
      throw new BadInputException(field + " \"" + value + "\" must be non-blank, without leading or trailing spaces");
    }
    tooLong(field, value, MAX_NAME_CHARS);
    noControl(field, value, false);
    return value;
  }

  static String text(String field, String value) {
    if (value == null) {
      throw new BadInputException(field + " is missing");
    }
    if (value.isBlank()) {
      throw new BadInputException(field + " is blank");
    }
    tooLong(field, value, MAX_TEXT_CHARS);
    noControl(field, value, true);
    return value;
  }

  /** A 32-byte value in lower-case hex: an Ed25519 public key, a SHA-256 digest, an entry hash. */
  static String hex32(String field, String value) {
    if (value == null) {
      throw new BadInputException(field + " is missing");
    }
    if (!HEX64.matcher(value).matches()) {
      throw new BadInputException(field + " \"" + value + "\" is not 64 lower-case hex digits (32 bytes)");
    }
    return value;
  }

  /**
   * Whether two different names read the same: their Unicode skeletons (UTS #39, section 4, e.g. Latin
   * "Expert A" and "Ехреrt A" with Cyrillic Е, х, р, е) are equal. A member named like another could sign
   * acts a reader takes for the other's.
   */
  static boolean confusable(String a, String b) {
    return SPOOF.getSkeleton(a).equals(SPOOF.getSkeleton(b));
  }

  /** Counts UTF-16 chars, as {@link String#length} does: the limits bound memory, not what a reader sees. */
  private static void tooLong(String field, String value, int limit) {
    if (value.length() > limit) {
      throw new BadInputException(field + " is " + value.length() + " characters long; at most " + limit
          + " are allowed");
    }
  }

  private static void noControl(String field, String value, boolean allowLineBreaks) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean lineBreak = c == '\n' || c == '\t';
      if (Character.isISOControl(c) && !(allowLineBreaks && lineBreak)) {
        throw new BadInputException(field + " contains control character U+"
            + String.format("%04X", (int) c) + " at index " + i);
      }
    }
  }
}
