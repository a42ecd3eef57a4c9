/**
 * A small immutable JSON value model ({@link org.groma.journal.json.Json}), a strict parser for I-JSON
 * (RFC 7493) and the JSON Canonicalization Scheme (RFC 8785, JCS) that gives every journal entry its
 * canonical bytes.
 *
 * <p>Numbers are IEEE 754 binary64 values, as in I-JSON and JCS; integers are exact up to 2<sup>53</sup> − 1
 * and larger integer literals are refused rather than rounded. Object members are kept sorted by UTF-16
 * code units, the JCS order, so a value has one canonical form whatever order its members were given in.
 */
package org.groma.journal.json;
