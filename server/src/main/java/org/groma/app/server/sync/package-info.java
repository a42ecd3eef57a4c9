/**
 * Sync between the nodes of one commission over HTTP (docs/sync.md): {@link
 * org.groma.app.server.sync.SyncRoutes} serves a node's checkpoint, entries and consistency proofs under
 * {@code /sync} and takes submitted entries (on the log operator's node) and witnesses' cosignatures;
 * {@link org.groma.app.server.sync.PeerSync} pulls from a peer, verifying everything against the
 * operator's signed checkpoint before storing it, cosigns as a witness, detects forks, and orders a party
 * node's acts through the operator's node; {@link org.groma.app.server.sync.SyncSchedule} runs it
 * periodically.
 */
package org.groma.app.server.sync;
