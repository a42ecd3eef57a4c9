package org.groma.journal.sign;

import java.math.BigInteger;

/**
 * A slow, independent edwards25519 implementation on BigInteger (affine twisted Edwards formulas of RFC 8032
 * §5.1.4 and the decoding of §5.1.3), used only to derive the small-order points for the tests.
 */
final class EdwardsReference {
  static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
  static final BigInteger D = BigInteger.valueOf(-121665)
      .multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
  static final BigInteger L = BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));
  static final BigInteger SQRT_M1 = BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P);

  record Point(BigInteger x, BigInteger y) {
    static final Point IDENTITY = new Point(BigInteger.ZERO, BigInteger.ONE);

    Point add(Point o) {
      BigInteger xy = x.multiply(o.y).add(y.multiply(o.x));
      BigInteger yy = y.multiply(o.y).add(x.multiply(o.x)); // a = −1: y1y2 − a x1x2
      BigInteger dxxyy = D.multiply(x).multiply(o.x).multiply(y).multiply(o.y).mod(P);
      BigInteger x3 = xy.multiply(BigInteger.ONE.add(dxxyy).modInverse(P)).mod(P);
      BigInteger y3 = yy.multiply(BigInteger.ONE.subtract(dxxyy).mod(P).modInverse(P)).mod(P);
      return new Point(x3, y3);
    }

    Point times(BigInteger k) {
      Point r = IDENTITY;
      Point q = this;
      for (int i = 0; i < k.bitLength(); i++) {
        if (k.testBit(i)) {
          r = r.add(q);
        }
        q = q.add(q);
      }
      return r;
    }

    byte[] encode() {
      byte[] be = y.toByteArray();
      byte[] le = new byte[32];
      for (int i = 0; i < be.length && i < 32; i++) {
        le[i] = be[be.length - 1 - i];
      }
      if (x.testBit(0)) {
        le[31] |= (byte) 0x80;
      }
      return le;
    }
  }

  /** The point with this y and x of the given parity, or null if y is not on the curve. */
  static Point decode(BigInteger y, boolean xOdd) {
    BigInteger u = y.multiply(y).subtract(BigInteger.ONE).mod(P);
    BigInteger v = D.multiply(y).multiply(y).add(BigInteger.ONE).mod(P);
    BigInteger x2 = u.multiply(v.modInverse(P)).mod(P);
    BigInteger x = x2.modPow(P.add(BigInteger.valueOf(3)).shiftRight(3), P);
    if (!x.multiply(x).mod(P).equals(x2)) {
      x = x.multiply(SQRT_M1).mod(P);
    }
    if (!x.multiply(x).mod(P).equals(x2)) {
      return null;
    }
    if (x.testBit(0) != xOdd) {
      x = P.subtract(x).mod(P);
    }
    return new Point(x, y);
  }

  /** A generator of the torsion subgroup (a point of order 8), found from the first suitable y ≥ 2. */
  static Point torsionGenerator() {
    for (int y = 2; ; y++) {
      Point p = decode(BigInteger.valueOf(y), false);
      if (p == null) {
        continue;
      }
      Point t = p.times(L);
      if (!t.times(BigInteger.valueOf(4)).equals(Point.IDENTITY)) {
        return t;
      }
    }
  }

  private EdwardsReference() {
  }
}
