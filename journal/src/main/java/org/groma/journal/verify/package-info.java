/**
 * Verification of a whole journal without trusting its store: every entry's form, order, origin, time and
 * signature, the Merkle root at every checkpoint, and the checkpoints' signatures and cosignatures.
 */
package org.groma.journal.verify;
