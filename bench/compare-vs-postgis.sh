#!/usr/bin/env bash
# The OpenStreetMap-derived against the Natural Earth ARM-AZE line, with the 485 settlements, side by side
# on one machine in one run:
#  1. PostGIS: bench/compare-vs-postgis.sql (node, polygonize, label, geodesic areas, settlements), run
#     RUNS times with psql's \timing (the first run warms the caches; the table reports all);
#  2. Groma: JMH LineComparisonBenchmark (warm, one thread), SettlementImpactBenchmark (points/s) and the
#     two synthetic 100 000-vertex lines in a 512 MB heap.
# Needs: a PostgreSQL with PostGIS reachable with the usual PG* variables (PGHOST, PGPORT, PGUSER,
# PGDATABASE), ogr2ogr, and a built tree (./mvnw -DskipTests package). Loads tables osm, ne, settlements,
# lines and cmp_lines into that database (replacing them). See geo/src/test/resources/compare/README.md for
# a private cluster on 127.0.0.1. JMH_JAVA_OPTS=-Djmh.ignoreLock=true runs JMH beside another JMH run.
# --load-only loads the tables and stops (bench/side-by-side.sh times the query itself).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
: "${JAVA_HOME:?set JAVA_HOME to a JDK >= 21}"
RUNS=${RUNS:-5}
pg="PG:host=${PGHOST:-127.0.0.1} port=${PGPORT:-5432} user=${PGUSER:-postgres} dbname=${PGDATABASE:-postgres}"

psql -q -c 'CREATE EXTENSION IF NOT EXISTS postgis'
ogr2ogr -f PostgreSQL "$pg" "$root/data/osm_caucasus.geojson" -nln osm -lco GEOMETRY_NAME=geom -overwrite
ogr2ogr -f PostgreSQL "$pg" "$root/data/ne10m_caucasus.geojson" -nln ne -lco GEOMETRY_NAME=geom -overwrite
ogr2ogr -f PostgreSQL "$pg" "$root/data/settlements_am_az.geojson" -nln settlements -lco GEOMETRY_NAME=geom -overwrite
psql -q <<'SQL'
DROP TABLE IF EXISTS lines, cmp_lines;
CREATE TABLE lines AS
SELECT 'osm' AS src, ST_LineMerge(ST_CollectionExtract(ST_Intersection(ST_Boundary(a.geom), ST_Boundary(b.geom)), 2)) AS geom
  FROM osm a, osm b WHERE a.a3 = 'ARM' AND b.a3 = 'AZE'
UNION ALL
SELECT 'ne', ST_LineMerge(ST_CollectionExtract(ST_Intersection(ST_Boundary(a.geom), ST_Boundary(b.geom)), 2))
  FROM ne a, ne b WHERE a.name = 'Armenia' AND b.name = 'Azerbaijan';
SQL
psql -q -f "$root/geo/src/test/resources/compare/arm_aze_input.sql"
if [ "${1:-}" = --load-only ]; then
  exit 0
fi

echo "== PostGIS $(psql -At -c 'SELECT postgis_lib_version()'), $RUNS runs of bench/compare-vs-postgis.sql"
for i in $(seq "$RUNS"); do
  psql -q -c '\timing on' -f "$root/bench/compare-vs-postgis.sql" | grep -E '^ *[0-9]|^Time'
done

echo "== Groma (JMH)"
cd "$root"
"$JAVA_HOME/bin/java" ${JMH_JAVA_OPTS:-} -jar bench/target/benchmarks.jar 'LineComparisonBenchmark.armAze' -f 1 -wi 3 -i 5 -w 3 -r 3 \
  2>&1 | grep -E '^Benchmark|^LineComparison'
"$JAVA_HOME/bin/java" ${JMH_JAVA_OPTS:-} -jar bench/target/benchmarks.jar SettlementImpactBenchmark -f 1 -wi 3 -i 5 -w 3 -r 3 \
  2>&1 | grep -E '^Benchmark|^SettlementImpact'
"$JAVA_HOME/bin/java" ${JMH_JAVA_OPTS:-} -jar bench/target/benchmarks.jar 'LineComparisonBenchmark.Synthetic100k' \
  2>&1 | grep -E '^Benchmark|^LineComparison'
