/**
 * C2SP signed notes (https://c2sp.org/signed-note) with Ed25519, verifier keys ("vkeys"), checkpoints
 * (https://c2sp.org/tlog-checkpoint) and cosignatures (https://c2sp.org/tlog-cosignature, v1). The byte
 * formats are those of the specifications, so other transparency-log tools read Groma's checkpoints.
 */
package org.groma.journal.note;
