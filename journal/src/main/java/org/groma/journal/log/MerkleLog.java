package org.groma.journal.log;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An append-only RFC 9162 Merkle tree over leaf hashes that answers, for any size up to the current one,
 * the tree head, inclusion proofs and consistency proofs.
 *
 * <h2>Algorithm</h2>
 * Level h holds the hashes of all complete perfect subtrees of 2^h leaves, left to right,
 * in one flat byte array per level; appending a leaf adds at most one hash per level. The head of size n
 * and the proofs of RFC 9162 §2.1.3.1 (PATH) and §2.1.4.1 (SUBPROOF) decompose ranges into perfect
 * subtrees that are looked up, so each answer costs O(log n) lookups and O(log n) hashes — never a
 * recomputation of the tree.
 *
 * <h2>Limitations</h2>
 * Memory is about 64 bytes per leaf (2n hashes in total), 6.4 MB for 100 000 leaves;
 * sizes up to 2^31 − 1 leaves per level array.
 *
 * <h2>Thread safety</h2>
 * Not thread-safe; guard it externally if shared.
 */
public final class MerkleLog {
  private final List<HashArray> levels = new ArrayList<>();
  private long size;

  public MerkleLog() {
    levels.add(new HashArray());
  }

  public long size() {
    return size;
  }

  /** Appends a leaf hash ({@link MerkleHash#leaf} of the entry bytes); returns its index. */
  public long append(MerkleHash leafHash) {
    long index = size;
    levels.get(0).add(leafHash.internalBytes());
    size++;
    int level = 0;
    // After the append, a perfect subtree of 2^(level+1) leaves is complete when the count at this level is even.
    while ((levels.get(level).count() & 1) == 0) {
      HashArray below = levels.get(level);
      int c = below.count();
      byte[] parent = MerkleHash.nodeBytes(below.get(c - 2), below.get(c - 1));
      level++;
      if (levels.size() == level) {
        levels.add(new HashArray());
      }
      levels.get(level).add(parent);
    }
    return index;
  }

  /** The hash of leaf {@code index}. */
  public MerkleHash leafHash(long index) {
    checkIndex(index, size, "leaf index");
    return MerkleHash.wrap(levels.get(0).get((int) index));
  }

  /** The tree head of the first {@code treeSize} leaves (RFC 9162 §2.1.1 MTH). */
  public MerkleHash root(long treeSize) {
    checkSize(treeSize);
    if (treeSize == 0) {
      return MerkleHash.EMPTY_ROOT;
    }
    return MerkleHash.wrap(subtree(0, treeSize));
  }

  public MerkleHash root() {
    return root(size);
  }

  /** The inclusion proof of leaf {@code index} in the tree of {@code treeSize} leaves (RFC 9162 §2.1.3.1). */
  public List<MerkleHash> inclusionProof(long index, long treeSize) {
    checkSize(treeSize);
    checkIndex(index, treeSize, "leaf index");
    List<MerkleHash> proof = new ArrayList<>();
    path(index, 0, treeSize, proof);
    return List.copyOf(proof);
  }

  /**
   * The consistency proof between the trees of {@code oldSize} and {@code newSize} leaves (RFC 9162
   * §2.1.4.1). Empty when oldSize is 0 or equals newSize.
   */
  public List<MerkleHash> consistencyProof(long oldSize, long newSize) {
    checkSize(newSize);
    if (oldSize < 0 || oldSize > newSize) {
      throw new IllegalArgumentException(
          "old size " + oldSize + " must be between 0 and the new size " + newSize);
    }
    List<MerkleHash> proof = new ArrayList<>();
    if (oldSize > 0 && oldSize < newSize) {
      subproof(oldSize, 0, newSize, true, proof);
    }
    return List.copyOf(proof);
  }

  /** PATH(m, D[start:start+n]) appended to {@code out}, deepest sibling first. */
  private void path(long m, long start, long n, List<MerkleHash> out) {
    if (n == 1) {
      return;
    }
    long k = largestPowerOfTwoBelow(n);
    if (m < k) {
      path(m, start, k, out);
      out.add(MerkleHash.wrap(subtree(start + k, n - k)));
    } else {
      path(m - k, start + k, n - k, out);
      out.add(MerkleHash.wrap(subtree(start, k)));
    }
  }

  /** SUBPROOF(m, D[start:start+n], b) appended to {@code out}. */
  private void subproof(long m, long start, long n, boolean completeOld, List<MerkleHash> out) {
    if (m == n) {
      if (!completeOld) {
        out.add(MerkleHash.wrap(subtree(start, n)));
      }
      return;
    }
    long k = largestPowerOfTwoBelow(n);
    if (m <= k) {
      subproof(m, start, k, completeOld, out);
      out.add(MerkleHash.wrap(subtree(start + k, n - k)));
    } else {
      subproof(m - k, start + k, n - k, false, out);
      out.add(MerkleHash.wrap(subtree(start, k)));
    }
  }

  /**
   * The right edge of this log as it is now: a frontier that can be extended with leaves not (yet) in the
   * log, e.g. to compute the root a batch of entries will commit to before they are stored. O(log n).
   */
  public MerkleFrontier frontier() {
    MerkleFrontier f = new MerkleFrontier();
    long start = 0;
    for (int level = 63 - Long.numberOfLeadingZeros(size); level >= 0; level--) {
      if ((size & (1L << level)) != 0) {
        f.addSubtree(levels.get(level).get((int) (start >>> level)), level);
        start += 1L << level;
      }
    }
    f.setSize(size);
    return f;
  }

  /**
   * MTH(D[start:start+n]). In RFC 9162's decompositions every perfect part starts at a multiple of its
   * size, so it is a stored node.
   */
  private byte[] subtree(long start, long n) {
    if (Long.bitCount(n) == 1) {
      int level = Long.numberOfTrailingZeros(n);
      return levels.get(level).get((int) (start >>> level));
    }
    long k = largestPowerOfTwoBelow(n);
    return MerkleHash.nodeBytes(subtree(start, k), subtree(start + k, n - k));
  }

  /** The largest power of two strictly less than n (n ≥ 2), RFC 9162's split point k. */
  static long largestPowerOfTwoBelow(long n) {
    return Long.highestOneBit(n - 1);
  }

  private void checkSize(long treeSize) {
    if (treeSize < 0 || treeSize > size) {
      throw new IllegalArgumentException("tree size " + treeSize + " is outside 0.." + size);
    }
  }

  private static void checkIndex(long index, long treeSize, String what) {
    if (index < 0 || index >= treeSize) {
      throw new IllegalArgumentException(what + " " + index + " is outside 0.." + (treeSize - 1));
    }
  }

  /** A growable array of 32-byte hashes stored back to back. */
  private static final class HashArray {
    private byte[] data = new byte[MerkleHash.LENGTH * 16];
    private int count;

    void add(byte[] hash) {
      if ((count + 1) * MerkleHash.LENGTH > data.length) {
        data = Arrays.copyOf(data, data.length * 2);
      }
      System.arraycopy(hash, 0, data, count * MerkleHash.LENGTH, MerkleHash.LENGTH);
      count++;
    }

    byte[] get(int i) {
      return Arrays.copyOfRange(data, i * MerkleHash.LENGTH, (i + 1) * MerkleHash.LENGTH);
    }

    int count() {
      return count;
    }
  }
}
