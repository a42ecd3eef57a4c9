#!/usr/bin/env python3
"""Writes the inputs of the rhumb-line fixtures (see README.md). Deterministic: fixed seed, no clock."""
import math
import random

rng = random.Random(20240515)


def fmt(x, decimals):
    """Fixed-point text, never an exponent: RhumbSolve reads "1e-9" as 1° east."""
    s = f"{x:.{decimals}f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def lat_uniform():
    """Latitude of a point uniform on the sphere."""
    return math.degrees(math.asin(rng.uniform(-1, 1)))


def lon_any():
    return rng.uniform(-180, 180)


def wrap(lon):
    return (lon + 180) % 360 - 180


def clamp_lat(lat):
    return max(-90.0, min(90.0, lat))


def tiny(lo_exp, hi_exp):
    """Magnitude 10^U(lo, hi) with a random sign."""
    return rng.choice((-1, 1)) * 10 ** rng.uniform(lo_exp, hi_exp)


inverse = []  # (lat1, lon1, lat2, lon2, decimals)


def inv(lat1, lon1, lat2, lon2, decimals=9):
    inverse.append((clamp_lat(lat1), wrap(lon1), clamp_lat(lat2), wrap(lon2), decimals))


for _ in range(500):  # anywhere to anywhere
    inv(lat_uniform(), lon_any(), lat_uniform(), lon_any())
for _ in range(200):  # near the equator
    inv(rng.uniform(-1, 1), lon_any(), rng.uniform(-1, 1), lon_any())
for _ in range(300):  # nearly east-west: lat2 - lat1 from 1e-12 to 1e-4 degrees, some exactly equal
    lat = rng.uniform(-89.99, 89.99)
    dlat = 0 if rng.random() < 0.2 else tiny(-12, -4)
    inv(lat, lon_any(), lat + dlat, lon_any(), 13)
for _ in range(150):  # meridians, and nearly so
    lon = lon_any()
    dlon = 0 if rng.random() < 0.6 else tiny(-12, -6)
    inv(lat_uniform(), lon, lat_uniform(), lon + dlon, 13)
for _ in range(250):  # near the poles, |lat| > 89.9, at least one end
    sign = rng.choice((-1, 1))
    lat1 = sign * (90 - 10 ** rng.uniform(-9, -1))
    lat2 = sign * (90 - 10 ** rng.uniform(-9, -1)) if rng.random() < 0.6 else lat_uniform()
    inv(lat1, lon_any(), lat2, lon_any(), 12)
for _ in range(200):  # across the antimeridian
    lon1 = 180 - 10 ** rng.uniform(-6, 1.3)
    lon2 = -180 + 10 ** rng.uniform(-6, 1.3)
    a, b = (lat_uniform(), lat_uniform()) if rng.random() < 0.5 else (rng.uniform(-60, 60),) * 2
    if rng.random() < 0.5:
        lon1, lon2 = -lon1, -lon2
    inv(a, lon1, b, lon2)
for _ in range(200):  # very short: from 0.1 mm to 10 m
    lat, lon = rng.uniform(-89.9, 89.9), lon_any()
    size = 10 ** rng.uniform(-9, -4)  # degrees
    ang = rng.uniform(0, 2 * math.pi)
    inv(lat, lon, lat + size * math.cos(ang), lon + size * math.sin(ang), 13)
for _ in range(150):  # very long: far apart in latitude and longitude
    lat1 = rng.uniform(-89.9, -60)
    lat2 = rng.uniform(60, 89.9)
    lon1 = lon_any()
    lon2 = lon1 + rng.choice((-1, 1)) * rng.uniform(150, 179.999)
    if rng.random() < 0.5:
        lat1, lat2 = lat2, lat1
    inv(lat1, lon1, lat2, lon2)
for _ in range(50):  # along the equator, across it, and ends exactly 180 degrees apart
    lon = lon_any()
    kind = rng.randrange(3)
    if kind == 0:
        inv(0, lon, 0, lon_any())
    elif kind == 1:
        lat = rng.uniform(0.001, 45)
        inv(lat, lon, -lat * rng.uniform(0.5, 2), lon_any())
    else:
        inv(rng.uniform(-80, 80), lon, rng.uniform(-80, 80), lon + 180)

direct = []  # (lat1, lon1, azi12, s12)


def dirc(lat1, lon1, azi, s12, decimals=9, sdecimals=4):
    direct.append((fmt(clamp_lat(lat1), decimals), fmt(wrap(lon1), decimals), fmt(azi, decimals),
                   fmt(s12, sdecimals)))


for _ in range(200):  # anywhere, any azimuth, up to 20 000 km (some go past a pole: expected NaN)
    dirc(lat_uniform(), lon_any(), rng.uniform(-180, 180), rng.uniform(0, 2e7))
for _ in range(80):  # east-west and nearly so, up to 5 000 km
    azi = rng.choice((90, -90)) + (0 if rng.random() < 0.4 else tiny(-12, -5))
    dirc(rng.uniform(-89, 89), lon_any(), azi, rng.uniform(0, 5e6), 13)
for _ in range(60):  # meridional
    dirc(rng.uniform(-89, 89), lon_any(), rng.choice((0, 180, -180)), rng.uniform(0, 5e6))
for _ in range(80):  # short: 0.1 mm to 10 m
    dirc(lat_uniform(), lon_any(), rng.uniform(-180, 180), 10 ** rng.uniform(-4, 1), 9, 7)
for _ in range(80):  # near the poles
    sign = rng.choice((-1, 1))
    dirc(sign * (90 - 10 ** rng.uniform(-8, -1)), lon_any(), rng.uniform(-180, 180),
         10 ** rng.uniform(-2, 4), 12, 6)
for _ in range(60):  # across the antimeridian
    dirc(rng.uniform(-70, 70), rng.choice((1, -1)) * rng.uniform(175, 180),
         rng.choice((1, -1)) * rng.uniform(30, 150), rng.uniform(1e5, 2e6))
for _ in range(40):  # backwards (negative length)
    dirc(rng.uniform(-80, 80), lon_any(), rng.uniform(-180, 180), -rng.uniform(0, 5e6))

with open("rhumb_inverse_input.txt", "w") as f:
    for lat1, lon1, lat2, lon2, d in inverse:
        f.write(f"{fmt(lat1, d)} {fmt(lon1, d)} {fmt(lat2, d)} {fmt(lon2, d)}\n")
with open("rhumb_direct_input.txt", "w") as f:
    for row in direct:
        f.write(" ".join(row) + "\n")
