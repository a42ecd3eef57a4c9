/**
 * The commission store: one SQLite file per commission that is also an OGC GeoPackage 1.3.
 *
 * <p>The file holds the append-only journal (entries as opaque bytes with their RFC 6962 leaf hash),
 * checkpoints and cosignatures as received, and projection layers (GeoPackage feature tables rebuilt from
 * the journal) that QGIS and GDAL open directly. {@link org.groma.app.store.CommissionStore} is the entry
 * point; its Javadoc and {@code docs/store.md} describe the schema, the triggers and what opening a file
 * verifies.
 *
 * <p>This is an adapter package: feature packages never depend on it. It knows nothing of the journal
 * library's entry format; it checks only what it can check itself (hashes, order, schema, SQLite's own
 * integrity). Signatures and Merkle proofs are verified above it.
 */
package org.groma.app.store;
