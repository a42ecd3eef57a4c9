#!/usr/bin/env python3
"""Writes the seeded inputs for the geodesic fixtures; README.md has the GeodSolve/Planimeter commands."""
import math
import random

rnd = random.Random(20261128)


def pair():
    kind = rnd.randrange(8)
    lat1, lon1 = rnd.uniform(-90, 90), rnd.uniform(-180, 180)
    if kind == 0:  # near-antipodal
        lat2 = -lat1 + rnd.uniform(-0.5, 0.5)
        lon2 = lon1 + 180 + rnd.uniform(-0.5, 0.5)
    elif kind == 1:  # polar
        lat1 = rnd.choice([-1, 1]) * rnd.uniform(89, 90)
        lat2, lon2 = rnd.uniform(-90, 90), rnd.uniform(-180, 180)
    elif kind == 2:  # meridional
        lat2, lon2 = rnd.uniform(-90, 90), rnd.choice([lon1, lon1 + 180])
    elif kind == 3:  # equatorial
        lat1 = 0.0
        lat2, lon2 = 0.0, rnd.uniform(-180, 180)
    elif kind == 4:  # short: mm to km, in the South Caucasus
        lat1, lon1 = rnd.uniform(38, 42), rnd.uniform(43, 51)
        d = 10 ** rnd.uniform(-8, -2)
        lat2, lon2 = lat1 + rnd.uniform(-d, d), lon1 + rnd.uniform(-d, d)
    elif kind == 5:  # exactly antipodal on the equator or through the poles
        lat1 = rnd.choice([0.0, lat1])
        lat2, lon2 = -lat1, lon1 + 180
    else:
        lat2, lon2 = rnd.uniform(-90, 90), rnd.uniform(-180, 180)
    lon2 = (lon2 + 180) % 360 - 180
    lat2 = max(-90, min(90, lat2))
    return lat1, lon1, lat2, lon2


with open("inverse_input.txt", "w") as f:
    for _ in range(2000):
        f.write("%.9f %.9f %.9f %.9f\n" % pair())

with open("direct_input.txt", "w") as f:
    for _ in range(600):
        lat1, lon1 = rnd.uniform(-90, 90), rnd.uniform(-180, 180)
        azi = rnd.uniform(-180, 180)
        s = rnd.choice([10 ** rnd.uniform(-3, 7.3), rnd.uniform(0, 2e7)])
        f.write("%.9f %.9f %.9f %.6f\n" % (lat1, lon1, azi, s))


def star(clat, clon, radius_deg, n, jitter):
    pts = []
    for i in range(n):
        t = 2 * math.pi * i / n
        r = radius_deg * (1 + jitter * rnd.uniform(-1, 1))
        pts.append((clat + r * math.sin(t), clon + r * math.cos(t) / math.cos(math.radians(clat))))
    return pts


# Polygons: each block is one ring; Planimeter measures each separately. A "polygon" line in
# polygons_layout.txt says which rings form one polygon (shell first, then holes).
with open("rings_input.txt", "w") as f, open("polygons_layout.txt", "w") as layout:
    ring = 0
    for p in range(10):
        clat, clon = rnd.uniform(-70, 70), rnd.uniform(-170, 170)
        radius = 10 ** rnd.uniform(-3, 0.5)
        n = rnd.choice([5, 50, 300, 1500])
        rings = [star(clat, clon, radius, n, 0.2)]
        for h in range(rnd.randrange(4)):
            a = 2 * math.pi * h / 4
            rings.append(star(clat + 0.4 * radius * math.sin(a),
                              clon + 0.4 * radius * math.cos(a) / math.cos(math.radians(clat)),
                              0.15 * radius, rnd.choice([4, 40, 400]), 0.1))
        ids = []
        for r in rings:
            if rnd.random() < 0.5:
                r.reverse()  # orientation must not matter
            for lat, lon in r:
                f.write("%.9f %.9f\n" % (lat, lon))
            f.write("\n")
            ids.append(str(ring))
            ring += 1
        layout.write(" ".join(ids) + "\n")
