/**
 * Members' signing keys at rest: a keystore file whose Ed25519 seeds are sealed with a passphrase
 * (scrypt, then AES-256-GCM), so a copied file gives nothing away and a changed byte is detected.
 */
package org.groma.app.keys;
