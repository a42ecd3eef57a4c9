/**
 * Members' signing keys at rest: a keystore file whose Ed25519 seeds are sealed with a passphrase
 * (scrypt, then AES-256-GCM), so a copied file gives nothing away and a changed byte is detected; and the
 * keys a node holds once unlocked ({@link org.groma.app.keys.NodeSigner}), with which the server signs its
 * members' acts and its operator's and witnesses' notes.
 */
package org.groma.app.keys;
