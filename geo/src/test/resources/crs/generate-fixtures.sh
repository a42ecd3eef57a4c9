#!/bin/bash
# Regenerates the cs2cs fixtures in this folder. Run from this folder with proj-bin 9.1.1 (proj.db EPSG v10.076)
# and the stock /usr/share/proj/proj.ini, whose tmerc_default_algo = poder_engsager (Krüger series to n^6).
# Every fixture line is "<input echoed by cs2cs -E><TAB><output x> <output y> <output z>".
set -euo pipefail
export LC_ALL=C

F="-E -f %.12f"
GK8="+proj=tmerc +lat_0=0 +lon_0=45 +k=1 +x_0=8500000 +y_0=0 +ellps=krass +units=m"
WGS84="+proj=longlat +datum=WGS84"
# EPSG parameters as +towgs84 (tx,ty,tz m, rx,ry,rz arc-seconds, ds ppm). +towgs84 rotations are Position Vector,
# so the Coordinate Frame transformations (9607: 1267, 15865, 5044) appear with their rotation signs flipped.
declare -A TOWGS84=(
  [1267]="23.92,-141.27,-80.9,0,0.35,0.82,-0.12"
  [15865]="25,-141,-78.5,0,0.35,0.736,0"
  [1808]="686.1,-123.5,-574.4,8.045,-23.366,10.791,-2.926"
  [5044]="23.57,-140.95,-79.8,0,0.35,0.79,-0.22"
)

# Map projections, EPSG codes (cs2cs then uses the EPSG axis order: EPSG:4326 and EPSG:4284 are lat, lon;
# the Gauss-Krüger CRSs are northing X, easting Y; UTM is easting, northing).
python3 random_points.py 38 200 0 84 42 48 latlon | cs2cs $F EPSG:4326 EPSG:32638 > wgs84_to_utm38n.txt
python3 random_points.py 23 200 -80 0 -48 -42 latlon | cs2cs $F EPSG:4326 EPSG:32723 > wgs84_to_utm23s.txt
python3 random_points.py 8 200 0 84 42 48 latlon | cs2cs $F EPSG:4284 EPSG:28408 > pulkovo_to_gk8.txt
python3 random_points.py 16 200 0 84 46.5 49.5 latlon | cs2cs $F EPSG:4284 EPSG:2532 > pulkovo_to_gk3_zone16.txt
python3 random_points.py 42 50 0 84 40.5 43.5 latlon | cs2cs $F EPSG:4284 EPSG:2589 > pulkovo_to_gk3_cm42e.txt
# Zone edge and beyond (3°, 4.5°, 6° from the central meridian 45°E), latitudes 0° to 84° every 6°: where
# series implementations part company.
for lat in $(seq 0 6 84); do for lon in 39 40.5 42 48 49.5 51; do echo "$lat $lon"; done; done \
  | cs2cs $F EPSG:4284 EPSG:28408 > pulkovo_to_gk8_zone_edges.txt

# Geodetic to geocentric on the Krassowsky ellipsoid, heights -500 m .. 9000 m (lon lat h in, X Y Z out).
python3 random_points.py 3 100 -90 90 -180 180 lonlat | awk 'BEGIN{srand(3)} {printf "%s %.3f\n", $0, -500 + 9500*rand()}' \
  | cs2cs $F +proj=longlat +ellps=krass +to +proj=geocent +ellps=krass +units=m > pulkovo_to_geocentric.txt

# Gauss-Krüger zone 8 (easting, northing, as PROJ strings order them) <-> WGS 84 (lon, lat), one file per
# transformation and direction. Inputs: SK-42 points over the Caucasus band of zone 8, projected with
# cs2cs and rounded to the millimetre; WGS 84 points over the same band.
python3 random_points.py 1942 150 36 48 42 48 latlon | cs2cs -f %.3f EPSG:4284 EPSG:28408 \
  | awk '{print $2, $1}' > /tmp/gk8_points.txt
for c in 1267 15865 1808 5044; do
  cs2cs $F $GK8 +towgs84=${TOWGS84[$c]} +to $WGS84 < /tmp/gk8_points.txt > gk8_to_wgs84_epsg$c.txt
  python3 random_points.py $c 150 36 48 42 48 lonlat \
    | cs2cs $F $WGS84 +to $GK8 +towgs84=${TOWGS84[$c]} > wgs84_to_gk8_epsg$c.txt
done

# Round trip WGS 84 -> GK zone 8 -> WGS 84 through cs2cs itself with EPSG:1808 (lon lat in, lon lat back):
# PROJ reverses a linearised Helmert with the transposed matrix and drops heights, so it does not close.
python3 random_points.py 18081 100 36 48 42 48 lonlat > /tmp/rt_in.txt
cs2cs -f %.12f $WGS84 +to $GK8 +towgs84=${TOWGS84[1808]} < /tmp/rt_in.txt \
  | cs2cs -I -f %.12f $WGS84 +to $GK8 +towgs84=${TOWGS84[1808]} | awk '{print $1, $2}' \
  | paste /tmp/rt_in.txt - > wgs84_round_trip_epsg1808.txt

# Definitions of every WGS 84 / UTM and non-deprecated Pulkovo 1942 Gauss-Kruger CRS in proj.db, one per line:
# code<TAB>name<TAB>axis directions in EPSG order<TAB>PROJ string. CrsRegistryTest checks CrsRegistry against it.
DB=/usr/share/proj/proj.db
sqlite3 -separator '|' $DB "
  select c.code, c.name from projected_crs c
  where c.auth_name='EPSG' and c.deprecated=0 and (
    (c.geodetic_crs_code='4284' and c.name like 'Pulkovo 1942 / %Gauss-Kruger%') or
    (c.geodetic_crs_code='4326' and c.name like 'WGS 84 / UTM zone %'))
  order by cast(c.code as int);" |
while IFS='|' read code name; do
  axes=$(sqlite3 $DB "select group_concat(orientation, ',') from (select a.orientation from projected_crs c
    join axis a on a.coordinate_system_auth_name=c.coordinate_system_auth_name
      and a.coordinate_system_code=c.coordinate_system_code
    where c.auth_name='EPSG' and c.code='$code' order by a.coordinate_system_order);")
  printf 'EPSG:%s\t%s\t%s\t%s\n' "$code" "$name" "$axes" "$(projinfo EPSG:$code -o PROJ -q --single-line)"
done > crs-definitions.tsv

# Official parameters of the Pulkovo 1942 -> WGS 84 transformations. projinfo 9.1.1 does not resolve a bare
# "EPSG:1267" (it looks for a CRS and answers "crs not found"); the URN names the object type.
{
  echo "# Pulkovo 1942 -> WGS 84 transformations in TransformationRegistry, from PROJ 9.1.1 / proj.db EPSG v10.076,"
  echo "# written by generate-fixtures.sh; TransformationRegistryTest checks every number against this file."
  for c in 1254 1267 1290 1291 1303 1334 1679 1807 1808 1809 5044 6899 15865; do
    echo
    echo "\$ projinfo urn:ogc:def:coordinateOperation:EPSG::$c -o PROJ,WKT2:2019"
    projinfo urn:ogc:def:coordinateOperation:EPSG::$c -o PROJ,WKT2:2019
  done
} > projinfo-pulkovo1942-to-wgs84.txt
