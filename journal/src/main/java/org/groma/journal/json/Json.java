package org.groma.journal.json;

/**
 * A JSON value (RFC 8259) restricted to the I-JSON data model (RFC 7493): strings are valid Unicode,
 * numbers are finite binary64 values, object member names are unique.
 *
 * <h2>Thread safety</h2>
 * Every implementation is immutable.
 */
public sealed interface Json permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBool, JsonNull {

  /** The canonical RFC 8785 form of this value, as UTF-8 bytes. */
  default byte[] canonicalBytes() {
    return JsonCanonicalizer.canonicalize(this);
  }

  /** A short name of the kind of value ("object", "string", ...) for error messages. */
  String kind();
}
