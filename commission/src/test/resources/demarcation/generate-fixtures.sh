#!/bin/bash
# Regenerates the catalogue fixtures in this folder with proj-bin 9.1.1 (cs2cs) and geographiclib-tools
# (GeodSolve). Run from this folder. pillars.txt: label, lon and lat in nanodegrees (WGS 84), as a
# pillar-surveyed act records them.
set -euo pipefail
export LC_ALL=C
GK8="+proj=tmerc +lat_0=0 +lon_0=45 +k=1 +x_0=8500000 +y_0=0 +ellps=krass +units=m"
WGS84="+proj=longlat +datum=WGS84"
# EPSG:1267 (Pulkovo 1942 to WGS 84, Coordinate Frame) as +towgs84, rotation signs flipped (Position Vector).
TOWGS84_1267="23.92,-141.27,-80.9,0,0.35,0.82,-0.12"
awk '{printf "%.9f %.9f\n", $2/1e9, $3/1e9}' pillars.txt > /tmp/pillars_lonlat.txt
# SK-42 Gauss-Krüger zone 8 (EPSG:28408) via EPSG:1267: easting northing
cs2cs -f %.4f $WGS84 +to $GK8 +towgs84=$TOWGS84_1267 < /tmp/pillars_lonlat.txt | awk '{print $1, $2}' > sk42_gk8_epsg1267.txt
# UTM zone 38N (EPSG:32638): easting northing
awk '{print $2, $1}' /tmp/pillars_lonlat.txt | cs2cs -f %.4f EPSG:4326 EPSG:32638 | awk '{print $1, $2}' > utm38n.txt
# Geodesic from each pillar to the next: azi1 azi2 s12 (degrees, metres)
paste -d' ' <(head -n -1 /tmp/pillars_lonlat.txt) <(tail -n +2 /tmp/pillars_lonlat.txt) \
  | awk '{print $2, $1, $4, $3}' | GeodSolve -i -p 9 > geodsolve_next.txt
