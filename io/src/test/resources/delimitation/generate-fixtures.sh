#!/bin/sh
# Reference values for the turning-point table tests, computed once with outside tools and kept beside the
# inputs. Run in this folder: sh generate-fixtures.sh. Tools: Debian geographiclib-tools 2.1.2 (GeodSolve,
# RhumbSolve), proj-bin 9.1.1 (cs2cs). See README.md for what each file holds.
set -eu

# "lat lon" of every vertex of every line of a GeoJSON file, in order.
points() {
  python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
fs = d["features"] if d["type"] == "FeatureCollection" else [d]
for f in fs:
    g = f["geometry"]
    parts = [g["coordinates"]] if g["type"] == "LineString" else g["coordinates"]
    for part in parts:
        for lon, lat in part:
            print(repr(lat), repr(lon))
' "$1"
}

# "lat1 lon1 lat2 lon2" of consecutive distinct vertices (a point shared by two joined features once).
pairs() {
  points "$1" | awk 'NR > 1 && p != $0 {print p, $0} {p = $0}'
}

WGS84="+proj=longlat +datum=WGS84"
gk() { echo "+proj=tmerc +lat_0=0 +lon_0=$((6 * $1 - 3)) +k=1 +x_0=$(($1 * 1000000 + 500000)) +y_0=0 +ellps=krass +units=m"; }
# +towgs84 rotations are Position Vector; EPSG:1267 and 15865 are Coordinate Frame, so rotations flip sign.
TOWGS84_1267="+towgs84=23.92,-141.27,-80.9,0,0.35,0.82,-0.12"
TOWGS84_15865="+towgs84=25,-141,-78.5,0,0.35,0.736,0"

for line in osm_arm_aze_stretch zone_border_48e zone_border_42e; do
  # Geodesic inverse: lat1 lon1 lat2 lon2 -> azi1 azi2 s12
  pairs $line.geojson | GeodSolve -i -p 9 > /tmp/geod.$$
  pairs $line.geojson | paste -d' ' - /tmp/geod.$$ > ${line}.geodsolve.txt
  # UTM, each point in its own zone (zone = floor((lon + 180) / 6) + 1; no Norway/Svalbard cases here):
  # lat lon -> zone easting northing
  points $line.geojson | while read lat lon; do
    zone=$(python3 -c "import math; print(math.floor(($lon + 180) / 6) + 1)")
    echo "$lat $lon" | cs2cs -f %.12f EPSG:4326 EPSG:326$zone | awk -v z=$zone -v la=$lat -v lo=$lon '{print la, lo, z, $1, $2}'
  done > ${line}.utm.txt
  # SK-42 Gauss-Kruger 6-degree zones through EPSG:1267 and EPSG:15865. The zone is that of the Pulkovo 1942
  # longitude: first cs2cs WGS 84 -> Pulkovo 1942 geographic, then project in that zone.
  for t in 1267 15865; do
    eval tw=\$TOWGS84_$t
    points $line.geojson | while read lat lon; do
      plon=$(echo "$lon $lat" | cs2cs -f %.12f $WGS84 +to +proj=longlat +ellps=krass $tw | awk '{print $1}')
      zone=$(python3 -c "import math; print(math.floor($plon / 6) + 1)")
      echo "$lon $lat" | cs2cs -f %.12f $WGS84 +to $(gk $zone) $tw | awk -v z=$zone -v la=$lat -v lo=$lon '{print la, lo, z, $2, $1}'
    done > ${line}.sk42_epsg$t.txt
  done
done
# DMS to 0.001 arc-second (GeoConvert -p 2 prints 3 decimals of a second), colon form: lat lon -> dms dms
points osm_arm_aze_stretch.geojson | GeoConvert -d -p 2 -: > osm_arm_aze_stretch.dms.txt
# Fixed zones: every point of the 48°E line in UTM zone 38N and in Gauss-Kruger zone 8 (EPSG:15865).
points zone_border_48e.geojson | cs2cs -f %.12f EPSG:4326 EPSG:32638 | paste -d' ' - > /tmp/utm.$$
points zone_border_48e.geojson | paste -d' ' - /tmp/utm.$$ | awk '{print $1, $2, 38, $3, $4}' > zone_border_48e.utm38n.txt
points zone_border_48e.geojson | awk '{print $2, $1}' | cs2cs -f %.12f $WGS84 +to $(gk 8) $TOWGS84_15865 > /tmp/gk.$$
points zone_border_48e.geojson | paste -d' ' - /tmp/gk.$$ | awk '{print $1, $2, 8, $4, $3}' > zone_border_48e.gk8_epsg15865.txt

# The synthetic section of the description tests: geodesic segments, one rhumb segment, the river's polyline.
pairs synthetic_section.geojson | GeodSolve -i -p 9 > /tmp/geod.$$
pairs synthetic_section.geojson | paste -d' ' - /tmp/geod.$$ > synthetic_section.geodsolve.txt
pairs synthetic_section.geojson | RhumbSolve -i -p 9 > /tmp/rhumb.$$
pairs synthetic_section.geojson | paste -d' ' - /tmp/rhumb.$$ > synthetic_section.rhumbsolve.txt
rm -f /tmp/geod.$$ /tmp/utm.$$ /tmp/gk.$$ /tmp/rhumb.$$
