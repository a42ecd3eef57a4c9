/**
 * The journal's Merkle tree as RFC 9162 §2.1 (formerly RFC 6962 §2.1) defines it: leaf and node hashes with
 * their 0x00 and 0x01 prefixes, the tree head of any size, inclusion and consistency proofs, and their
 * verification as pure functions.
 */
package org.groma.journal.log;
