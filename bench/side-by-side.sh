#!/usr/bin/env bash
# Every side-by-side figure in one run: Groma against the reference tool a surveyor would otherwise use, on
# the same input, one after the other, and one table at the end.
#
#   task                          Groma                                   peer
#   transform 1e6 SK-42 GK8 pts   groma geo transform (CSV)               cs2cs (PROJ)
#   inverse 1e6 problems          groma geo inverse --batch               GeodSolve -i
#   direct 1e6 problems           groma geo direct --batch                GeodSolve
#   rhumb 1e6 problems            groma geo rhumb --batch                 RhumbSolve -i
#   rhumb-direct 1e6 problems     groma geo rhumb-direct --batch          RhumbSolve
#   compare ARM-AZE + settlements JMH armAzeWithSettlements (warm)        PostGIS, bench/compare-vs-postgis.sql
#
# Times are wall-clock seconds of the whole command (JVM start included for Groma; for the comparison, the
# warm JMH average against the median of RUNS PostGIS runs), plus the CPU seconds (user + system) each
# used, which say more on a busy machine. "largest difference" compares the two outputs line by line.
# A row whose peer (or Groma's jar) is missing is skipped with the reason. Inputs are generated, seeded,
# into a temporary folder that is removed at the end; nothing else is written.
#
# Needs: python3, bc, a built tree (./mvnw -o -q -pl cli -am package -DskipTests for cli/target/groma.jar;
# bench/target/benchmarks.jar too for the comparison row), and the peers: cs2cs (Debian proj-bin),
# GeodSolve and RhumbSolve (geographiclib-tools), a PostGIS reachable with the PG* variables (see
# bench/compare-vs-postgis.sh) plus ogr2ogr. N=100000 bash bench/side-by-side.sh runs smaller inputs.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
N=${N:-1000000}
RUNS=${RUNS:-5}
jar="$root/cli/target/groma.jar"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

rows=()
row() { rows+=("$(printf '%s|%s|%s|%s|%s|%s|%s' "$@")"); }
skip() { rows+=("$(printf '%s|-|-|-|-|-|skipped: %s' "$1" "$2")"); echo "skip $1: $2" >&2; }

# Runs a command with stdin/stdout redirected and stores "wall cpu" in the named variable.
timed() {
  local var=$1 in=$2 out=$3
  shift 3
  local t
  t=$( { TIMEFORMAT='%R %U %S'; time "$@" < "$in" > "$out" 2> "$tmp/stderr"; } 2>&1 ) || {
    echo "failed: $*" >&2; cat "$tmp/stderr" >&2; return 1; }
  read -r wall user sys <<< "$t"
  printf -v "$var" '%.2f %.2f' "$wall" "$(echo "$user + $sys" | bc)"
}

ratio() { printf '%.2f' "$(echo "scale=4; $1 / $2" | bc)"; }

record() { # task, groma "wall cpu", peer "wall cpu", difference
  local gw gc pw pc
  read -r gw gc <<< "$2"
  read -r pw pc <<< "$3"
  row "$1" "$gw" "$pw" "$(ratio "$gw" "$pw")" "$gc" "$pc" "$4"
}

have() { command -v "$1" > /dev/null 2>&1; }

echo "== inputs: $N lines each, in $tmp" >&2
python3 - "$tmp" "$N" <<'PY'
import random, sys
d, n = sys.argv[1], int(sys.argv[2])
r = random.Random(28408)
with open(d + "/gk8.txt", "w") as f:          # SK-42 Gauss-Krueger zone 8, easting northing (m)
    for _ in range(n):
        f.write("%.3f %.3f\n" % (8_250_000 + r.random() * 500_000, 4_200_000 + r.random() * 500_000))
with open(d + "/inverse.txt", "w") as f:      # lat1 lon1 lat2 lon2, anywhere
    for _ in range(n):
        f.write("%.7f %.7f %.7f %.7f\n" % (r.uniform(-90, 90), r.uniform(-180, 180), r.uniform(-90, 90), r.uniform(-180, 180)))
with open(d + "/direct.txt", "w") as f:       # lat lon azimuth distance (up to 20 000 km)
    for _ in range(n):
        f.write("%.7f %.7f %.7f %.3f\n" % (r.uniform(-90, 90), r.uniform(-180, 180), r.uniform(-180, 180), r.uniform(0, 2e7)))
with open(d + "/rhumb.txt", "w") as f:        # lat1 lon1 lat2 lon2, no end at a pole
    for _ in range(n):
        f.write("%.7f %.7f %.7f %.7f\n" % (r.uniform(-89, 89), r.uniform(-180, 180), r.uniform(-89, 89), r.uniform(-180, 180)))
with open(d + "/rhumb_direct.txt", "w") as f: # lat lon azimuth distance: |lat| <= 80, <= 1000 km, never past a pole
    for _ in range(n):
        f.write("%.7f %.7f %.7f %.3f\n" % (r.uniform(-80, 80), r.uniform(-180, 180), r.uniform(-180, 180), r.uniform(0, 1e6)))
PY
tr ' ' ',' < "$tmp/gk8.txt" > "$tmp/gk8.csv"

if [ ! -f "$jar" ]; then
  echo "no $jar: build it with ./mvnw -o -q -pl cli -am package -DskipTests" >&2
fi
groma() { "$java" -jar "$jar" "$@"; }

# Largest absolute difference of column a of file 1 and column b of file 2 (angles modulo 360 if deg=1).
maxdiff() {
  paste -d' ' <(tr ',' ' ' < "$1") <(tr ',' ' ' < "$2") | awk -v a="$3" -v b="$4" -v nf1="$5" -v deg="${6:-0}" '
    { d = $a - $(nf1 + b); if (d < 0) d = -d; if (deg && d > 180) d = 360 - d; if (d > m) m = d }
    END { printf "%.1e", m }'
}

task="transform, 1e6 SK-42 GK zone 8 -> WGS 84 (EPSG:15865) vs cs2cs"
[ "$N" = 1000000 ] || task="${task/1e6/$N}"
if ! have cs2cs; then skip "$task" "cs2cs not installed (Debian proj-bin)"
elif [ ! -f "$jar" ]; then skip "$task" "no cli/target/groma.jar"
else
  echo "== $task" >&2
  GK8="+proj=tmerc +lat_0=0 +lon_0=45 +k=1 +x_0=8500000 +y_0=0 +ellps=krass +units=m"
  timed peer "$tmp/gk8.txt" "$tmp/cs2cs.out" \
    cs2cs -f %.11f $GK8 +towgs84=25,-141,-78.5,0,0.35,0.736,0 +to +proj=longlat +datum=WGS84
  timed mine "$tmp/gk8.csv" "$tmp/groma.out" \
    groma geo transform --from EPSG:28408 --to EPSG:4326 --transformation EPSG:15865
  record "$task" "$mine" "$peer" "$(maxdiff "$tmp/groma.out" "$tmp/cs2cs.out" 1 1 2)° lon, $(maxdiff "$tmp/groma.out" "$tmp/cs2cs.out" 2 2 2)° lat"
fi

# name, groma command, input, peer command, columns compared (groma column:peer column:label:angle) ...
solve_row() {
  local task=$1 cmd=$2 input=$3 peer_tool=$4 peer_args=$5
  shift 5
  [ "$N" = 1000000 ] || task="${task/1e6/$N}"
  if ! have "$peer_tool"; then skip "$task" "$peer_tool not installed (geographiclib-tools)"; return; fi
  if [ ! -f "$jar" ]; then skip "$task" "no cli/target/groma.jar"; return; fi
  echo "== $task" >&2
  # -p 6: metres to 1 µm and degrees to 1e-11°, at least the digits Groma prints.
  timed peer "$tmp/$input" "$tmp/peer.out" "$peer_tool" $peer_args -p 6
  timed mine "$tmp/$input" "$tmp/groma.out" groma geo "$cmd" --batch
  local nf1 diffs="" spec
  nf1=$(head -1 "$tmp/groma.out" | awk '{print NF}')
  for spec in "$@"; do
    IFS=: read -r a b label deg <<< "$spec"
    diffs="${diffs:+$diffs, }$(maxdiff "$tmp/groma.out" "$tmp/peer.out" "$a" "$b" "$nf1" "$deg") $label"
  done
  record "$task" "$mine" "$peer" "$diffs"
}

solve_row "inverse, 1e6 problems vs GeodSolve -i" inverse inverse.txt GeodSolve -i "1:3:m:0" "2:1:° az1:1"
solve_row "direct, 1e6 problems vs GeodSolve" direct direct.txt GeodSolve "" "1:1:° lat:0" "2:2:° lon:1"
solve_row "rhumb, 1e6 problems vs RhumbSolve -i" rhumb rhumb.txt RhumbSolve -i "1:2:m:0" "2:1:° az:1"
solve_row "rhumb-direct, 1e6 problems vs RhumbSolve" rhumb-direct rhumb_direct.txt RhumbSolve "" "1:1:° lat:0" "2:2:° lon:1"

task="compare ARM-AZE with 485 settlements, warm (JMH) vs PostGIS query (median of $RUNS)"
if ! have psql || ! psql -At -c 'SELECT postgis_lib_version()' > "$tmp/postgis" 2>&1; then
  skip "$task" "no PostGIS reachable with the PG* variables ($(head -1 "$tmp/postgis" 2> /dev/null || echo 'psql not installed'))"
elif ! have ogr2ogr; then skip "$task" "ogr2ogr not installed (gdal-bin)"
elif [ ! -f "$root/bench/target/benchmarks.jar" ]; then
  skip "$task" "no bench/target/benchmarks.jar (./mvnw -o -q -pl bench -am package -DskipTests)"
else
  echo "== $task (PostGIS $(cat "$tmp/postgis"))" >&2
  bash "$root/bench/compare-vs-postgis.sh" --load-only > /dev/null
  for i in $(seq "$RUNS"); do
    psql -q -c '\timing on' -f "$root/bench/compare-vs-postgis.sql" | awk '/^Time/ { print $2 / 1000 }'
  done | sort -n > "$tmp/pg.times"
  pg=$(awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }' "$tmp/pg.times")
  (cd "$root" && "$java" ${JMH_JAVA_OPTS:-} -jar bench/target/benchmarks.jar 'LineComparisonBenchmark.armAzeWithSettlements' \
      -f 1 -wi 3 -i 5 -w 3 -r 3 2>&1) | tee "$tmp/jmh" | grep -E '^LineComparison' >&2 || true
  ms=$(awk '/^LineComparisonBenchmark.armAzeWithSettlements/ { print $(NF - 3) }' "$tmp/jmh")
  if [ -z "$ms" ]; then skip "$task" "the JMH run gave no score (see its output above)"
  else
    gs=$(printf '%.3f' "$(echo "scale=6; $ms / 1000" | bc)")
    row "$task" "$gs" "$pg" "$(ratio "$gs" "$pg")" "-" "-" "PostGIS runs (s): $(paste -sd' ' "$tmp/pg.times")"
  fi
fi

nproc_=$(nproc 2> /dev/null || echo '?')
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2> /dev/null || echo '?')
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $nproc_ cores, $cpu; load average $(cut -d' ' -f1-3 /proc/loadavg 2> /dev/null || echo '?');" \
  "$("$java" -version 2>&1 | head -1)"
echo
echo "| task | Groma s | peer s | ratio (Groma / peer) | Groma CPU s | peer CPU s | largest difference |"
echo "|---|---|---|---|---|---|---|"
for r in "${rows[@]}"; do
  echo "| ${r//|/ | } |"
done
