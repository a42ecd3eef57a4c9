#!/usr/bin/env bash
# Measures FeatureImport on 1 000 000-vertex files in a JVM limited to 512 MB (figures in docs/benchmarks.md).
# Needs python3 and ogr2ogr (gdal-bin); run from the repository root after
#   ./mvnw -B -o -q -pl io -am test-compile && ./mvnw -B -o -q -pl io dependency:build-classpath -Dmdep.outputFile=/tmp/import-cp.txt
set -euo pipefail
ROOT=$(pwd)
W=${1:-/tmp/importmeasure}
mkdir -p "$W" && cd "$W"
python3 - <<'PY'
import random
r = random.Random(42)   # a random walk in the Caucasus, steps up to 1e-4 degrees
pts = []
lon, lat = 44.0, 40.0
for i in range(1000000):
    lon += r.uniform(-1e-4, 1e-4); lat += r.uniform(-1e-4, 1e-4)
    pts.append((lon, lat))
with open('big.geojson', 'w') as f:
    f.write('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[')
    f.write(','.join('[%.7f,%.7f]' % p for p in pts))
    f.write(']}}]}')
with open('big.csv', 'w') as f:
    f.write('lon,lat,part,seq\n')
    for i, p in enumerate(pts):
        f.write('%.7f,%.7f,L%d,%d\n' % (p[0], p[1], i // 100000, i % 100000))
PY
ogr2ogr -f KML big.kml big.geojson
ogr2ogr -f GPX big.gpx big.geojson -lco FORCE_GPX_TRACK=YES
ogr2ogr -f GPKG big.gpkg big.geojson
CP=$(sed -E "s#[^:]*/groma-([a-z]+)/[^:]*#$ROOT/\1/target/classes#g" /tmp/import-cp.txt):$ROOT/io/target/classes:$ROOT/io/target/test-classes
for f in big.geojson big.kml big.gpx big.gpkg "big.csv csv"; do
  for i in 1 2 3; do
    echo "== $f run $i"
    # shellcheck disable=SC2086
    "${JAVA_HOME:-/usr}/bin/java" -Xmx512m --enable-native-access=ALL-UNNAMED -cp "$CP" org.groma.app.io.ImportProbe $f
  done
done
