package org.groma.app.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the live cell payloads of a closed SQLite file lie, found by walking every b-tree from its root page
 * (SQLite file format, https://www.sqlite.org/fileformat2.html, sections 1.3 and 1.6). A byte search for a
 * stored value also finds stale copies that SQLite leaves in free space and freed pages (secure_delete is
 * off); only copies inside a live payload are the record.
 *
 * <h2>Limitations</h2>
 * Payloads that spill to overflow pages are listed as their local part and each overflow
 * page's content, so a value longer than a page's local share is found in pieces, not whole.
 */
final class LiveCells {

  /** A byte range {@code [start, end)} of the file that a b-tree cell's payload occupies. */
  record Range(int start, int end) {
    boolean contains(int from, int length) {
      return from >= start && from + length <= end;
    }
  }

  private final byte[] file;
  private final int pageSize;
  private final int usable;
  private final List<Range> payloads = new ArrayList<>();

  private LiveCells(byte[] file) {
    this.file = file;
    int size = u16(16);
    this.pageSize = size == 1 ? 65_536 : size;
    this.usable = pageSize - (file[20] & 0xFF);
  }

  /**
   * The live payloads of {@code bytes}, the content of a closed SQLite file with no WAL beside it. Its schema
   * (the root pages) is read through a copy written to {@code scratch}, which is deleted afterwards.
   */
  static List<Range> of(byte[] bytes, Path scratch) throws Exception {
    Files.write(scratch, bytes);
    List<Integer> roots = new ArrayList<>(List.of(1));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + scratch);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT rootpage FROM sqlite_schema WHERE rootpage > 0")) {
      while (r.next()) {
        roots.add(r.getInt(1));
      }
    }
    for (String suffix : List.of("", "-wal", "-shm")) {
      Files.deleteIfExists(Path.of(scratch + suffix));
    }
    LiveCells cells = new LiveCells(bytes);
    for (int root : roots) {
      cells.walk(root);
    }
    return List.copyOf(cells.payloads);
  }

  /** Whether {@code length} bytes at {@code from} lie inside one live payload. */
  static boolean live(List<Range> payloads, int from, int length) {
    return payloads.stream().anyMatch(p -> p.contains(from, length));
  }

  private void walk(int page) {
    int base = (page - 1) * pageSize;
    int header = page == 1 ? base + 100 : base;
    int type = file[header] & 0xFF;
    boolean interior = type == 0x02 || type == 0x05;
    boolean table = type == 0x05 || type == 0x0D;
    if (type != 0x02 && type != 0x05 && type != 0x0A && type != 0x0D) {
      throw new IllegalStateException("page " + page + " is not a b-tree page (type " + type + ")");
    }
    int cellCount = u16(header + 3);
    int pointers = header + (interior ? 12 : 8);
    for (int i = 0; i < cellCount; i++) {
      int at = base + u16(pointers + 2 * i);
      if (interior) {
        walk(u32(at));
        at += 4;
        if (table) {
          continue;
        }
      }
      long[] payloadSize = varint(at);
      at += (int) payloadSize[1];
      if (table) {
        at += (int) varint(at)[1];
      }
      payload(at, payloadSize[0], table);
    }
    if (interior) {
      walk(u32(header + 8));
    }
  }

  /** Records a payload of {@code size} bytes starting at {@code at}, and its overflow pages. */
  private void payload(int at, long size, boolean tableLeaf) {
    // File format 1.6: X is the most a cell keeps locally, M the least, K what it keeps when it overflows.
    long x = tableLeaf ? usable - 35 : ((usable - 12) * 64L / 255) - 23;
    long m = ((usable - 12) * 32L / 255) - 23;
    long k = m + ((size - m) % (usable - 4));
    long local = size <= x ? size : (k <= x ? k : m);
    payloads.add(new Range(at, at + (int) local));
    if (local == size) {
      return;
    }
    long left = size - local;
    int overflow = u32(at + (int) local);
    while (overflow != 0 && left > 0) {
      int start = (overflow - 1) * pageSize;
      int n = (int) Math.min(left, usable - 4);
      payloads.add(new Range(start + 4, start + 4 + n));
      left -= n;
      overflow = u32(start);
    }
  }

  /** A SQLite varint at {@code at}: its value and its length in bytes. */
  private long[] varint(int at) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      int b = file[at + i] & 0xFF;
      v = (v << 7) | (b & 0x7F);
      if ((b & 0x80) == 0) {
        return new long[] {v, i + 1};
      }
    }
    return new long[] {(v << 8) | (file[at + 8] & 0xFF), 9};
  }

  private int u16(int at) {
    return ((file[at] & 0xFF) << 8) | (file[at + 1] & 0xFF);
  }

  private int u32(int at) {
    return ((file[at] & 0xFF) << 24) | ((file[at + 1] & 0xFF) << 16) | ((file[at + 2] & 0xFF) << 8)
        | (file[at + 3] & 0xFF);
  }
}
