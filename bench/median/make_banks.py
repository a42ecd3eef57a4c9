#!/usr/bin/env python3
"""Two meandering river banks of 10 000 vertices each (about 55 km, 300 m apart) for the median benchmark."""
import json, math, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
def bank(offset, phase):
    pts = []
    for i in range(n):
        lat = 41.0 + 0.5 * i / (n - 1)
        lon = 44.8 + 0.01 * math.sin((lat - 41.0) / 0.02) + offset + 0.0003 * math.sin(i / 7.0 + phase)
        pts.append([round(lon, 9), round(lat, 9)])
    return {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": pts}}
json.dump(bank(0.0, 0.0), open("bank_a.geojson", "w"))
json.dump(bank(0.0036, 1.0), open("bank_b.geojson", "w"))
