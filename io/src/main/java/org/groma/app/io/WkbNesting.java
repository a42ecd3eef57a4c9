package org.groma.app.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.groma.app.BadInputException;

/**
 * Refuses WKB whose collections (multi-geometries and GeometryCollections) nest deeper than
 * {@link #MAX_DEPTH}, before a recursive decoder sees it: JTS's {@code WKBReader} recurses once per level, so
 * a few thousand levels in a hostile file would end in a {@code StackOverflowError} instead of an error
 * naming the feature.
 *
 * <h2>Algorithm</h2>
 * Walks the WKB without recursion, keeping for each open collection how many members are
 * left, and skipping the coordinates of points, lines and polygons (ISO and EWKB type codes, 2 to 4
 * ordinates). It checks the nesting only; anything malformed (an unknown type, a bad byte order, too few
 * bytes) ends the walk and is left to the decoder to report.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
final class WkbNesting {

  /** Deepest nesting of collections read; real boundary data needs two or three levels. */
  static final int MAX_DEPTH = 32;

  private static final int EWKB_Z = 0x80000000;
  private static final int EWKB_M = 0x40000000;
  private static final int EWKB_SRID = 0x20000000;

  private WkbNesting() {}

  /**
   * @throws BadInputException prefixed with {@code where} when collections nest more than {@link #MAX_DEPTH}
   *     levels deep
   */
  static void check(byte[] wkb, String where) {
    ByteBuffer b = ByteBuffer.wrap(wkb);
    long[] membersLeft = new long[MAX_DEPTH + 1];
    int depth = 0;
    do {
      if (b.remaining() < 5 || (b.get(b.position()) & 0xfe) != 0) {
        return;
      }
      b.order(b.get() == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
      int type = b.getInt();
      int ordinates = 2 + ((type & EWKB_Z) != 0 ? 1 : 0) + ((type & EWKB_M) != 0 ? 1 : 0);
      if ((type & EWKB_SRID) != 0) {
        if (b.remaining() < 4) {
          return;
        }
        b.getInt();
      }
      int iso = type & 0x0fffffff;
      ordinates += switch (iso / 1000) {
        case 1, 2 -> 1;
        case 3 -> 2;
        default -> 0;
      };
      int base = iso % 1000;
      if (base == 1) {
        if (!skip(b, 8L * ordinates)) {
          return;
        }
      } else if (base == 2 || base == 3) {
        long parts = base == 2 ? 1 : count(b);
        for (long i = 0; i < parts; i++) {
          long points = count(b);
          if (points < 0 || !skip(b, points * 8 * ordinates)) {
            return;
          }
        }
      } else if (base >= 4 && base <= 7) {
        long members = count(b);
        if (members < 0) {
          return;
        }
        if (depth == MAX_DEPTH) {
          throw new BadInputException(where + ": geometry nested more than " + MAX_DEPTH
              + " levels deep (collections within collections); Groma reads at most " + MAX_DEPTH);
        }
        membersLeft[++depth] = members;
      } else {
        return;
      }
      while (depth > 0 && membersLeft[depth] == 0) {
        depth--;
      }
      if (depth > 0) {
        membersLeft[depth]--;
      }
    } while (depth > 0);
  }

  /** The next unsigned 32-bit count, or -1 when the bytes end. */
  private static long count(ByteBuffer b) {
    return b.remaining() < 4 ? -1 : Integer.toUnsignedLong(b.getInt());
  }

  private static boolean skip(ByteBuffer b, long bytes) {
    if (bytes > b.remaining()) {
      return false;
    }
    b.position(b.position() + (int) bytes);
    return true;
  }
}
