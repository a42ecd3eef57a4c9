package org.groma.app.commission;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable sorted map whose {@link #put} returns a new map sharing all but O(log n) nodes with the old
 * one, so that replaying a long journal costs O(n log n) rather than copying every map at every act.
 *
 * <h2>Algorithm</h2>
 * A treap (Seidel and Aragon, 1996): a binary search tree on the keys that is also a
 * heap on a priority derived from each key's hash, which keeps it balanced in expectation (depth O(log n))
 * without storing balance data. Nodes are never modified after construction.
 *
 * <h2>Thread safety</h2>
 * Immutable; safe to share.
 */
final class PersistentMap<K extends Comparable<K>, V> implements Iterable<Map.Entry<K, V>> {

  private record Node<K, V>(K key, V value, int priority, Node<K, V> left, Node<K, V> right, int size) {
    Node<K, V> with(Node<K, V> l, Node<K, V> r) {
      return new Node<>(key, value, priority, l, r, 1 + sizeOf(l) + sizeOf(r));
    }
  }

  private static final PersistentMap<?, ?> EMPTY = new PersistentMap<>(null);

  private final Node<K, V> root;

  private PersistentMap(Node<K, V> root) {
    this.root = root;
  }

  @SuppressWarnings("unchecked")
  static <K extends Comparable<K>, V> PersistentMap<K, V> empty() {
    return (PersistentMap<K, V>) EMPTY;
  }

  int size() {
    return sizeOf(root);
  }

  boolean containsKey(K key) {
    return find(key) != null;
  }

  Optional<V> get(K key) {
    Node<K, V> n = find(key);
    return n == null ? Optional.empty() : Optional.of(n.value());
  }

  /** The map with {@code key} mapped to {@code value} (added, or replacing the old value). */
  PersistentMap<K, V> put(K key, V value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    return new PersistentMap<>(insert(root, key, value, priority(key)));
  }

  /** The values in key order. */
  List<V> values() {
    List<V> out = new ArrayList<>(size());
    for (Map.Entry<K, V> e : this) {
      out.add(e.getValue());
    }
    return out;
  }

  @Override
  public Iterator<Map.Entry<K, V>> iterator() {
    Deque<Node<K, V>> stack = new ArrayDeque<>();
    for (Node<K, V> n = root; n != null; n = n.left()) {
      stack.push(n);
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !stack.isEmpty();
      }

      @Override
      public Map.Entry<K, V> next() {
        if (stack.isEmpty()) {
          throw new NoSuchElementException();
        }
        Node<K, V> n = stack.pop();
        for (Node<K, V> c = n.right(); c != null; c = c.left()) {
          stack.push(c);
        }
        return Map.entry(n.key(), n.value());
      }
    };
  }

  /** Equal when both hold the same keys mapped to equal values (tree shapes may differ). */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PersistentMap<?, ?> other) || other.size() != size()) {
      return false;
    }
    Iterator<? extends Map.Entry<?, ?>> a = iterator();
    Iterator<? extends Map.Entry<?, ?>> b = other.iterator();
    while (a.hasNext()) {
      if (!a.next().equals(b.next())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (Map.Entry<K, V> e : this) {
      h = 31 * h + e.hashCode();
    }
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    for (Map.Entry<K, V> e : this) {
      sb.append(sb.length() > 1 ? ", " : "").append(e.getKey()).append('=').append(e.getValue());
    }
    return sb.append('}').toString();
  }

  private Node<K, V> find(K key) {
    Node<K, V> n = root;
    while (n != null) {
      int c = key.compareTo(n.key());
      if (c == 0) {
        return n;
      }
      n = c < 0 ? n.left() : n.right();
    }
    return null;
  }

  private static <K extends Comparable<K>, V> Node<K, V> insert(Node<K, V> n, K key, V value, int priority) {
    if (n == null) {
      return new Node<>(key, value, priority, null, null, 1);
    }
    int c = key.compareTo(n.key());
    if (c == 0) {
      return new Node<>(key, value, n.priority(), n.left(), n.right(), n.size());
    }
    if (c < 0) {
      Node<K, V> l = insert(n.left(), key, value, priority);
      Node<K, V> m = n.with(l, n.right());
      // rotate right when the new child outranks its parent, keeping the heap order on priorities
      return l.priority() > m.priority() ? l.with(l.left(), m.with(l.right(), m.right())) : m;
    }
    Node<K, V> r = insert(n.right(), key, value, priority);
    Node<K, V> m = n.with(n.left(), r);
    return r.priority() > m.priority() ? r.with(m.with(m.left(), r.left()), r.right()) : m;
  }

  private static int sizeOf(Node<?, ?> n) {
    return n == null ? 0 : n.size();
  }

  /** A well-mixed priority from the key's hash (the finaliser of MurmurHash3), deterministic across runs. */
  private static int priority(Object key) {
    int h = key.hashCode();
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
