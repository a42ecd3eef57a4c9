package org.groma.geo.boundary;

/** Which party's territory a closed part of a common boundary (an enclave or exclave ring) encloses. */
public enum Encloses {
  /** The part is an open line, not a ring. */
  NOTHING,
  /** The ring encloses territory of party A (a piece of A surrounded by B). */
  PARTY_A,
  /** The ring encloses territory of party B (a piece of B surrounded by A). */
  PARTY_B
}
