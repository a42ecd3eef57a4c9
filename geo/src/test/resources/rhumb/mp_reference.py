#!/usr/bin/env python3
"""Direct rhumb-line problem to 40 significant digits with mpmath, independently of GeographicLib.

Reads "lat1 lon1 azi12 s12" lines on stdin, writes "lat2 lon2" (15 decimals; "nan nan" past a pole).
Each input is first rounded to the nearest double, as Java's parser does, so that the reference answers
exactly the question the Java test asks. Formulas: meridian arc M(phi) = a[E(phi, e^2) - e^2 sin(phi)
cos(phi) / sqrt(1 - e^2 sin^2 phi)], isometric latitude psi = asinh(tan phi) - e atanh(e sin phi);
along a rhumb line M changes by s cos(azi) and psi by lambda / tan(azi).
"""
import sys
from decimal import Decimal
from mpmath import mp, mpf, sin, cos, tan, asinh, atanh, sqrt, ellipe, pi, findroot, radians, degrees, floor

mp.dps = 40
a = mpf(6378137)
f = 1 / mpf("298.257223563")
e2 = f * (2 - f)
e = sqrt(e2)
quarter = a * ellipe(e2)  # quarter meridian


def meridian_arc(phi):
    return a * (ellipe(phi, e2) - e2 * sin(phi) * cos(phi) / sqrt(1 - e2 * sin(phi) ** 2))


def fixed(x):
    """15 decimals (1e-15 degree, 0.1 nm), never an exponent."""
    return format(Decimal(mp.nstr(x, 35)), ".15f")


def isometric(phi):
    return asinh(tan(phi)) - e * atanh(e * sin(phi))


for line in sys.stdin:
    lat1, lon1, azi, s = (mpf(float(t)) for t in line.split())
    phi1, alp = radians(lat1), radians(azi)
    m2 = meridian_arc(phi1) + s * cos(alp)
    if abs(m2) > quarter:
        print("nan nan")
        continue
    phi2 = findroot(lambda p: meridian_arc(p) - m2, phi1)
    if abs(cos(alp)) < mpf(10) ** -30:  # along a parallel
        lam = s * sin(alp) * sqrt(1 - e2 * sin(phi1) ** 2) / (a * cos(phi1))
    else:
        lam = (isometric(phi2) - isometric(phi1)) * tan(alp)
    lon2 = lon1 + degrees(lam)
    lon2 -= 360 * floor((lon2 + 180) / 360)
    print(f"{fixed(degrees(phi2))} {fixed(lon2)}")
