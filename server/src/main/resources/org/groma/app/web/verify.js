// The journal's Merkle checks, in the browser with WebCrypto (RFC 9162, section 2.1):
// leaf hash = SHA-256(0x00 ‖ entry bytes), node hash = SHA-256(0x01 ‖ left ‖ right), and the inclusion
// proof verification of RFC 9162 section 2.1.3.2. Nothing here trusts the node's own hash fields.

export function hexToBytes(hex) {
  if (!/^([0-9a-f]{2})*$/.test(hex)) {
    throw new Error(`not lower-case hex: ${hex}`);
  }
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) {
    out[i] = parseInt(hex.substr(i * 2, 2), 16);
  }
  return out;
}

export function bytesToHex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function base64ToBytes(b64) {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    out[i] = s.charCodeAt(i);
  }
  return out;
}

async function sha256(...parts) {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const buf = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    buf.set(p, at);
    at += p.length;
  }
  return new Uint8Array(await crypto.subtle.digest('SHA-256', buf));
}

/** SHA-256(0x00 ‖ stored bytes): the entry's leaf hash and identity. */
export async function leafHash(stored) {
  return sha256(Uint8Array.of(0x00), stored);
}

async function nodeHash(left, right) {
  return sha256(Uint8Array.of(0x01), left, right);
}

/**
 * RFC 9162 section 2.1.3.2: true when `proof` leads from `leaf` at `index` to `root` in a tree of `treeSize`
 * leaves. Index arithmetic uses plain numbers (exact below 2^53 entries).
 */
export async function verifyInclusion(leaf, index, treeSize, proof, root) {
  if (index >= treeSize || index < 0) {
    return false;
  }
  let fn = index;
  let sn = treeSize - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) {
      return false;
    }
    if (fn % 2 === 1 || fn === sn) {
      r = await nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = await nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && bytesToHex(r) === bytesToHex(root);
}

/**
 * The badge of one entry: recompute its leaf hash from the stored bytes, then check its inclusion proof
 * against the checkpoint's root. Returns {state: 'verified'|'failed'|'pending', reason, leafHex}.
 */
export async function checkEntry(storedB64, seq, checkpoint, proofHex) {
  const stored = base64ToBytes(storedB64);
  const leaf = await leafHash(stored);
  const leafHex = bytesToHex(leaf);
  if (!checkpoint) {
    return { state: 'pending', reason: 'the log operator has signed no checkpoint yet', leafHex };
  }
  if (seq >= checkpoint.size) {
    return { state: 'pending', reason: `entry ${seq} is newer than the latest checkpoint (size ${checkpoint.size})`, leafHex };
  }
  if (!proofHex) {
    return { state: 'failed', reason: 'the node sent no inclusion proof for this entry', leafHex };
  }
  const ok = await verifyInclusion(leaf, seq, checkpoint.size, proofHex.map(hexToBytes), hexToBytes(checkpoint.root));
  return ok
    ? { state: 'verified', reason: `leaf hash recomputed and included under checkpoint ${checkpoint.size}`, leafHex }
    : { state: 'failed', reason: `the inclusion proof does not lead to checkpoint ${checkpoint.size}'s root`, leafHex };
}
