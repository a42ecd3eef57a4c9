/**
 * Ed25519 signatures (RFC 8032) through BouncyCastle with one pinned validation rule set, and the context
 * lines that keep a signature made for one purpose from passing as another. See {@link
 * org.groma.journal.sign.Ed25519} for the rules and docs/journal.md for the reasons.
 */
package org.groma.journal.sign;
