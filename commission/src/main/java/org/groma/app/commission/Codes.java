package org.groma.app.commission;

import java.util.ArrayList;
import java.util.List;
import org.groma.app.BadInputException;

/** Enums written in entry bodies by a code ({@code party-a}, {@code in-progress}): one reader for them all. */
final class Codes {

  /** An enum constant's code in a body. */
  interface Coded {
    String code();
  }

  private Codes() {}

  /**
   * The constant of {@code type} whose code is {@code code}; refuses another, naming {@code what} and listing
   * the codes: {@code unknown venue kind "x" (expected party-a, party-b, border, third-country or video)}.
   */
  static <E extends Enum<E> & Coded> E of(Class<E> type, String code, String what) {
    List<String> codes = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (e.code().equals(code)) {
        return e;
      }
      codes.add(e.code());
    }
    String last = codes.remove(codes.size() - 1);
    throw new BadInputException("unknown " + what + " \"" + code + "\" (expected " + String.join(", ", codes)
        + " or " + last + ")");
  }
}
