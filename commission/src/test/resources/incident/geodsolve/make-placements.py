#!/usr/bin/env python3
"""Independent reference for LinePlacer: the closest point of each test point on geodesic polylines, found with
GeodSolve (GeographicLib's command-line tool) alone, and the side by a rule of its own.

Run from this folder:  python3 make-placements.py > placements.tsv
(GeodSolve from the Debian package geographiclib-tools; this file was written with GeographicLib 2.x.)

For every point and every segment, the distance along the segment is searched by repeated sampling (21
samples, then the interval between the two neighbours of the best one, 16 rounds): positions by GeodSolve's
direct problem from the segment's start, distances by its inverse problem. The nearest over the segments wins.
Side (party A on the left of each line as drawn): inside a segment, the sign of the angle from the line's
azimuth at the nearest point (GeodSolve's azi2) to the azimuth towards the point (GeodSolve's azi1); at a
turning point, left of both adjacent geodesics is left and right of both is right, and otherwise the turn
decides (a left turn puts the mixed wedge on the right, a right turn on the left); at a free end, the end
segment's own direction.
"""
import math
import subprocess

LINES = {
    # the demo's section S-1 (proposal B-S1), near 0°N 0°E
    "demo-s1": [(0.1, 0.1), (0.15, 0.1204), (0.2, 0.1)],
    # a zigzag of segments of about 50 km in the Caucasus' latitudes
    "zigzag": [(44.0, 40.0), (44.5, 40.3), (45.0, 39.9), (45.6, 40.4)],
    # an enclave of party A: a ring run anticlockwise, so party A lies inside
    "enclave": [(45.2, 39.15), (45.4, 39.15), (45.4, 39.25), (45.2, 39.25), (45.2, 39.15)],
}

POINTS = {
    "demo-s1": [
        ("above the middle turning point", 0.15, 0.1206), ("below the middle turning point", 0.15, 0.1203),
        ("near the middle turning point, east", 0.1501, 0.12045), ("near the middle turning point, west", 0.1499, 0.1205),
        ("in the corner below the middle turning point", 0.15001, 0.12038),
        ("beyond the start, south-west", 0.0995, 0.0997), ("beyond the start, north", 0.0995, 0.1003),
        ("beyond the start, south", 0.0995, 0.0996), ("beyond the end, north", 0.2004, 0.1001),
        ("beyond the end, south", 0.2004, 0.0995), ("a kilometre north of segment 1", 0.12, 0.117),
        ("south of segment 2", 0.18, 0.1), ("far north", 0.17, 0.2), ("on the line's first turning point", 0.1, 0.1),
    ],
    "zigzag": [
        ("above the peak", 44.5, 40.3003), ("below the peak", 44.5, 40.2997), ("east of the peak", 44.5004, 40.3),
        ("just west of the peak, above", 44.4999, 40.3002), ("above the valley", 45.0, 39.9004),
        ("below the valley", 45.0, 39.8996), ("west of the valley", 44.999, 39.9),
        ("beyond the start", 43.999, 39.9995), ("beyond the end", 45.6005, 40.4006),
        ("north of segment 1", 44.2, 40.2), ("south of segment 2", 44.7, 40.0), ("north of segment 3", 45.3, 40.3),
        ("20 km south of the valley", 45.0, 39.72),
    ],
    "enclave": [
        ("the enclave's centre", 45.3, 39.2), ("inside, near the first corner", 45.2005, 39.1504),
        ("inside, near the third corner", 45.3995, 39.2496), ("outside, beyond the third corner", 45.4004, 39.2503),
        ("outside, south", 45.3, 39.1), ("outside, beyond the first corner", 45.1996, 39.1497),
        ("inside, near the south edge", 45.3, 39.1501), ("outside, near the north edge", 45.3, 39.2502),
    ],
}

SAMPLES = 21
ROUNDS = 16


def geodsolve(args, rows):
    text = "".join(" ".join(repr(v) for v in r) + "\n" for r in rows)
    out = subprocess.run(["GeodSolve", "-p", "10"] + args, input=text, capture_output=True, text=True, check=True)
    return [[float(x) for x in line.split()] for line in out.stdout.splitlines()]


def main():
    print("# Written by make-placements.py in this folder (GeodSolve, see its docstring). Columns: line, point name,")
    print("# lon, lat (degrees), nearest segment (1-based), distance (m), side (A or B), nearest lon, nearest lat,")
    print("# at (interior, vertex or end).")
    for line_id, pts in LINES.items():
        segs = list(zip(pts, pts[1:]))
        # each segment's start azimuth and length
        inv = geodsolve(["-i"], [(a[1], a[0], b[1], b[0]) for a, b in segs])
        seg_azi = [r[0] for r in inv]
        seg_len = [r[2] for r in inv]
        closed = pts[0] == pts[-1]
        for name, lon, lat in POINTS[line_id]:
            best = None
            for k, (a, b) in enumerate(segs):
                lo, hi = 0.0, seg_len[k]
                for _ in range(ROUNDS):
                    ss = [lo + (hi - lo) * i / (SAMPLES - 1) for i in range(SAMPLES)]
                    pos = geodsolve([], [(a[1], a[0], seg_azi[k], s) for s in ss])
                    ds = geodsolve(["-i"], [(q[0], q[1], lat, lon) for q in pos])
                    i = min(range(SAMPLES), key=lambda j: ds[j][2])
                    lo, hi = ss[max(i - 1, 0)], ss[min(i + 1, SAMPLES - 1)]
                s = ss[i]
                cand = (ds[i][2], k, s, pos[i], ds[i][0])
                if best is None or cand[0] < best[0] - 1e-9:
                    best = cand
            d, k, s, q, azi_to_p = best
            at_start = s <= 1e-6
            at_end = s >= seg_len[k] - 1e-6
            if d < 1e-6:
                side = "-"
            else:
                side = side_of(segs, seg_azi, seg_len, closed, k, at_start, at_end, q, azi_to_p)
            at = "interior"
            if at_start or at_end:
                v = k if at_start else k + 1
                free = (v == 0 or v == len(pts) - 1) and not closed
                at = "end" if free else "vertex"
            print("\t".join([line_id, name, repr(lon), repr(lat), str(k + 1), "%.6f" % d, side,
                             "%.10f" % q[1], "%.10f" % q[0], at]))


def left(azi_line, azi_to_p):
    return math.sin(math.radians(azi_to_p - azi_line)) < 0


def side_of(segs, seg_azi, seg_len, closed, k, at_start, at_end, q, azi_to_p):
    n = len(segs)
    if not at_start and not at_end:
        azi_here = q[2]  # GeodSolve's azimuth of the segment at the nearest point
        return "A" if left(azi_here, azi_to_p) else "B"
    if at_start:
        before, after = (k - 1 if k > 0 else (n - 1 if closed else None)), k
    else:
        before, after = k, (k + 1 if k + 1 < n else (0 if closed else None))
    if before is None:
        return "A" if left(seg_azi[after], azi_to_p) else "B"
    # the incoming segment's azimuth at its end: GeodSolve direct to its full length
    in_azi = geodsolve([], [(segs[before][0][1], segs[before][0][0], seg_azi[before], seg_len[before])])[0][2]
    if after is None:
        return "A" if left(in_azi, azi_to_p) else "B"
    out_azi = seg_azi[after]
    l_in, l_out = left(in_azi, azi_to_p), left(out_azi, azi_to_p)
    if l_in and l_out:
        return "A"
    if not l_in and not l_out:
        return "B"
    turns_left = math.sin(math.radians(out_azi - in_azi)) < 0
    return "B" if turns_left else "A"


main()
