/**
 * The commission's journal: entries, their canonical bytes, hashes, signatures, the Merkle log, proofs,
 * checkpoints and cosignatures (docs/design.md, "The journal").
 *
 * <p>Bytes in, bytes out: this package knows nothing of the node, its store or its server.
 */
package org.groma.journal;
