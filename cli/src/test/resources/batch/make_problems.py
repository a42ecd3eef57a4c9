#!/usr/bin/env python3
"""Writes the --batch test problems (seeded, so the files are reproducible):
inverse.txt and rhumb.txt (LAT1 LON1 LAT2 LON2), direct.txt and rhumb_direct.txt (LAT LON AZIMUTH_DEG
DISTANCE_M). Varied on purpose: global, near-antipodal, polar, equatorial, meridional, short lines,
coincident points, DMS and comma-separated lines; rhumb lines avoid ends exactly at a pole. The reference answers come from GeodSolve and
RhumbSolve; the commands are in README.md."""
import random

rnd = random.Random(17)


def dms(v, pos, neg):
    h = pos if v >= 0 else neg
    v = abs(v)
    d = int(v)
    m = int((v - d) * 60)
    s = round((v - d - m / 60) * 3600, 3)
    if s >= 60:
        s = 0.0
        m += 1
    if m >= 60:
        m = 0
        d += 1
    return "%dd%02d'%06.3f\"%s" % (d, m, s, h)


def f(v, places=7):
    return ("%%.%df" % places) % v


def two_point_lines(antipodal=True, poles=True):
    lines = []
    for _ in range(100):  # anywhere
        lines.append([rnd.uniform(-90, 90), rnd.uniform(-180, 180), rnd.uniform(-90, 90), rnd.uniform(-180, 180)])
    if antipodal:
        for _ in range(50):  # near-antipodal
            lat, lon = rnd.uniform(-60, 60), rnd.uniform(-180, 0)
            lines.append([lat, lon, -lat + rnd.uniform(-0.5, 0.5), lon + 180 - rnd.uniform(0, 0.5)])
    for _ in range(30):  # polar: at or next to a pole
        # RhumbSolve spirals to a point near a pole where Groma ends at the pole itself (docs/geodesy.md)
        p = rnd.choice([90, -90, 89.9999999, -89.99999, 89.5] if poles else [89.9999, -89.99, 89.5])
        lines.append([p, rnd.uniform(-180, 180), rnd.uniform(-90, 90), rnd.uniform(-180, 180)])
    for _ in range(30):  # equatorial, some nearly antipodal along the equator
        lon = rnd.uniform(-180, 0)
        lines.append([0, lon, 0, lon + rnd.choice([rnd.uniform(0, 180), rnd.uniform(179, 180)])])
    for _ in range(20):  # meridional
        lon = rnd.uniform(-180, 180)
        lines.append([rnd.uniform(-90, 90), lon, rnd.uniform(-90, 90), lon])
    for _ in range(30):  # short: 1 mm to 10 km
        lat, lon = rnd.uniform(-80, 80), rnd.uniform(-179, 179)
        d = 10 ** rnd.uniform(-8, -1)
        lines.append([lat, lon, lat + rnd.uniform(-d, d), lon + rnd.uniform(-d, d)])
    for _ in range(3):  # the same point twice
        lat, lon = rnd.uniform(-90, 90), rnd.uniform(-180, 180)
        lines.append([lat, lon, lat, lon])
    return lines


def write_two_point(name, lines):
    with open(name, "w") as out:
        for i, (a, b, c, d) in enumerate(lines):
            if i % 17 == 5:  # DMS with hemisphere letters
                out.write("%s %s %s %s\n" % (dms(a, "N", "S"), dms(b, "E", "W"), dms(c, "N", "S"), dms(d, "E", "W")))
            elif i % 13 == 7:  # commas
                out.write("%s,%s, %s,%s\n" % (f(a), f(b), f(c), f(d)))
            else:
                out.write("%s %s %s %s\n" % (f(a), f(b), f(c), f(d)))


def direct_lines(max_m, pole_safe):
    lines = []
    for i in range(220):
        lat = rnd.choice([rnd.uniform(-90, 90), 0, 89.99, -89.5, rnd.uniform(-1, 1)])
        lon = rnd.uniform(-180, 180)
        azi = rnd.choice([rnd.uniform(-180, 180), 0, 90, -90, 180, rnd.uniform(0, 360)])
        s = 10 ** rnd.uniform(-3, max_m)
        if pole_safe:
            # a rhumb line that would pass a pole is refused (RhumbSolve returns nan): keep clear of them
            if abs(lat) > 89 or abs(abs(azi) % 180) < 1 or abs(abs(azi) % 180 - 180) < 1:
                azi = rnd.choice([45, -60, 100, 250.5])
            s = min(s, 3e6)
        lines.append([lat, lon, azi, s])
    return lines


def write_direct(name, lines):
    with open(name, "w") as out:
        for i, (a, b, c, d) in enumerate(lines):
            if i % 17 == 5:
                out.write("%s %s %s %s\n" % (dms(a, "N", "S"), dms(b, "E", "W"), f(c), f(d, 4)))
            elif i % 13 == 7:
                out.write("%s, %s, %s, %s\n" % (f(a), f(b), f(c), f(d, 4)))
            else:
                out.write("%s %s %s %s\n" % (f(a), f(b), f(c), f(d, 4)))


write_two_point("inverse.txt", two_point_lines())
write_direct("direct.txt", direct_lines(7.3, False))
write_two_point("rhumb.txt", two_point_lines(antipodal=False, poles=False))
write_direct("rhumb_direct.txt", direct_lines(6.4, True))
