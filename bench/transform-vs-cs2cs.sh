#!/usr/bin/env bash
# Times one million SK-42 Gauss-Krueger zone 8 points -> WGS 84 with EPSG:15865, in one run:
#  1. PROJ's cs2cs (Debian proj-bin) on a file of the points;
#  2. `groma geo transform` on the same file (JVM start, CSV read, transform, CSV write);
#  3. the library alone (JMH, GaussKruegerToWgs84Benchmark), points per second per core.
# Needs: cs2cs, python3, a built tree (./mvnw -DskipTests package). Prints wall times; writes nothing
# outside a temporary folder.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
: "${JAVA_HOME:?set JAVA_HOME to a JDK >= 21}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$tmp/gk8_en.txt" <<'PY'
import random, sys
rnd = random.Random(28408)
with open(sys.argv[1], "w") as f:
    for _ in range(1_000_000):
        f.write("%.3f %.3f\n" % (8_250_000 + rnd.random() * 500_000, 4_200_000 + rnd.random() * 500_000))
PY
tr ' ' ',' < "$tmp/gk8_en.txt" > "$tmp/gk8_en.csv"

GK8="+proj=tmerc +lat_0=0 +lon_0=45 +k=1 +x_0=8500000 +y_0=0 +ellps=krass +units=m"
TOWGS84="+towgs84=25,-141,-78.5,0,0.35,0.736,0"   # EPSG:15865 (Coordinate Frame; +towgs84 signs flipped)

t0=$(date +%s.%N)
cs2cs -f %.11f $GK8 $TOWGS84 +to +proj=longlat +datum=WGS84 < "$tmp/gk8_en.txt" > "$tmp/cs2cs.txt"
t1=$(date +%s.%N)
"$JAVA_HOME/bin/java" -jar "$root/cli/target/groma.jar" geo transform --from EPSG:28408 --to EPSG:4326 \
  --transformation EPSG:15865 --input "$tmp/gk8_en.csv" > "$tmp/groma.csv"
t2=$(date +%s.%N)

printf 'cs2cs, 1e6 points:                 %.2f s\n' "$(echo "$t1 - $t0" | bc)"
printf 'groma geo transform, 1e6 points:   %.2f s\n' "$(echo "$t2 - $t1" | bc)"

# Same answers: largest difference in degrees between the two outputs.
paste -d' ' <(awk '{print $1, $2}' "$tmp/cs2cs.txt") <(tr ',' ' ' < "$tmp/groma.csv") | awk '
  { d = ($1 > $3 ? $1 - $3 : $3 - $1); e = ($2 > $4 ? $2 - $4 : $4 - $2); if (d > m) m = d; if (e > m) m = e }
  END { printf "largest difference cs2cs vs groma: %.2e degrees (%.2e m)\n", m, m * 111320 }'

"$JAVA_HOME/bin/java" -jar "$root/bench/target/benchmarks.jar" GaussKruegerToWgs84Benchmark -p transformation=EPSG:15865 \
  -f 1 -wi 3 -i 5 2>&1 | grep -E "^Benchmark|millionPoints"
