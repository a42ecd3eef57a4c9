#!/usr/bin/env python3
"""Seeded uniform random points for the cs2cs fixtures: random_points.py SEED COUNT LAT_MIN LAT_MAX LON_MIN LON_MAX ORDER

Prints COUNT lines of two decimal-degree numbers with nine decimals (a nanodegree), in ORDER "latlon" or "lonlat".
The text is what both cs2cs and the Java test parse, so both start from the same binary doubles.
"""
import random
import sys

seed, count = int(sys.argv[1]), int(sys.argv[2])
lat_min, lat_max, lon_min, lon_max = map(float, sys.argv[3:7])
order = sys.argv[7]
rng = random.Random(seed)
for _ in range(count):
    lat = rng.uniform(lat_min, lat_max)
    lon = rng.uniform(lon_min, lon_max)
    print(f"{lat:.9f} {lon:.9f}" if order == "latlon" else f"{lon:.9f} {lat:.9f}")
