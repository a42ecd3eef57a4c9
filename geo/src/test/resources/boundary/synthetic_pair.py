#!/usr/bin/env python3
"""Two synthetic territories for timing `groma boundary extract` (docs/benchmarks.md), seeded.

usage: synthetic_pair.py N OUT.geojson [SEED]

A and B meet along a northward meandering line of N - 420 vertices (steps of 5-60 m north and up to
40 m east or west; 1 628 km for N = 50 000) near 45 E, 40 N; each territory has N + 23 vertices in all.
B's copy of the line differs from A's in stretches of 500 vertices: rounded to five decimals (the
rounded line crosses A's many times: thousands of slivers within the 1 m tolerance), shifted 0.4 m east
(snapped), and pushed 30 m east or west (overlaps and gaps, reported). Each has 40 lakes (holes) of
10 vertices away from the line. A third party C touches both at the northern end.
Properties: {"A3": "AAA" | "BBB" | "CCC"}.
"""
import json, math, random, sys

n = int(sys.argv[1]); out = sys.argv[2]; rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 16)
lon0, lat0 = 45.0, 40.0
m_lat = 1 / 111_000.0; m_lon = 1 / (111_000.0 * math.cos(math.radians(lat0)))
k = max(10, n - 420)
# The shared line runs north, wandering east and west.
line = []; x = 0.0; y = 0.0
for i in range(k):
    line.append((lon0 + x * m_lon, lat0 + y * m_lat))
    y += rnd.uniform(5, 60); x += rnd.uniform(-40, 40)
top = line[-1][1]; bottom = line[0][1]
west = lon0 - 0.6; east = lon0 + 0.6
lineB = []
for i, (lo, la) in enumerate(line):
    seg = (i // 500) % 6
    if seg == 1:
        lineB.append((round(lo, 5), round(la, 5)))
    elif seg == 3 and 0 < i % 500 < 499:
        lineB.append((lo + 0.4 * m_lon, la))
    elif seg == 5 and 0 < i % 500 < 499:
        lineB.append((lo + (30 if (i // 3000) % 2 else -30) * m_lon, la))
    else:
        lineB.append((lo, la))

def lake(cx, cy, r, cw):
    pts = [(cx + r * math.cos(2 * math.pi * j / 10) * m_lon, cy + r * math.sin(2 * math.pi * j / 10) * m_lat) for j in range(10)]
    if cw:
        pts.reverse()
    return pts + [pts[0]]

def lakes(side):
    out = []
    for j in range(40):
        la = bottom + (top - bottom) * (j + 0.5) / 40
        out.append(lake(lon0 + side * 0.3, la, 300, True))
    return out

# A: west of the line (line goes north, so A's shell anticlockwise runs the line southward).
shellA = [(west, bottom)] + line + [(west, top), (west, bottom)]
shellA = list(reversed(shellA))  # clockwise -> reverse to get anticlockwise
shellB = [(east, bottom), (east, top)] + list(reversed(lineB)) + [(east, bottom)]
shellB = list(reversed(shellB))
def area(r):
    return sum(r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1] for i in range(len(r) - 1))
if area(shellA) < 0: shellA.reverse()
if area(shellB) < 0: shellB.reverse()
c = [(west, top), (east, top), (east, top + 0.2), (west, top + 0.2), (west, top)]
feat = lambda name, rings: {"type": "Feature", "properties": {"A3": name},
    "geometry": {"type": "Polygon", "coordinates": [[list(p) for p in r] for r in rings]}}
json.dump({"type": "FeatureCollection", "features": [
    feat("AAA", [shellA] + lakes(-1)), feat("BBB", [shellB] + lakes(1)), feat("CCC", [c])]}, open(out, "w"))
print(out, "A", len(shellA) + 40 * 11, "B", len(shellB) + 40 * 11, "vertices")
