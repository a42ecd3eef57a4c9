#!/usr/bin/env bash
# Measures how soon `groma demo` answers /api/state from a built jar: a cold first run (the demo is built)
# and warm reruns (the demo is reopened and verified), then the idle node's heap. Run from the repository root
# after building the jar (./mvnw -B -q -pl cli -am package -Dmaven.test.skip=true).
# Usage: bash bench/demo-startup.sh [RUNS] [IDLE_SECONDS]     (defaults 3 and 60)
set -euo pipefail
runs="${1:-3}"
idle="${2:-60}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jcmd="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"
jar="cli/target/groma.jar"
port="${GROMA_DEMO_PORT:-18181}"

now_ms() { date +%s%3N; }

# Starts the demo on $1 (data folder) and waits for /api/state; sets $pid and $ms (milliseconds it took).
start() {
  local t0
  t0=$(now_ms)
  "$java" ${GROMA_JAVA_OPTS:-} -jar "$jar" demo --data "$1" --port "$port" >"$work/out.txt" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/api/state"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "groma demo exited:"; cat "$work/out.txt"; exit 1; fi
    sleep 0.05
  done
  ms=$(($(now_ms) - t0))
}

stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "something already answers on port $port; set GROMA_DEMO_PORT to a free one" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'if [ -n "${pid:-}" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
echo "uptime: $(uptime)"
echo "java: $("$java" -version 2>&1 | head -1); cores: $(nproc)"
# The idle node's heap: in use (garbage not yet collected included) after IDLE seconds, then the live set.
heap() {
  sleep "$idle"
  echo "  after ${idle} s idle: $("$jcmd" "$pid" GC.heap_info | sed -n '2p' | sed 's/^ *//')"
  "$jcmd" "$pid" GC.run >/dev/null
  echo "  after a full GC:   $("$jcmd" "$pid" GC.heap_info | sed -n '2p' | sed 's/^ *//')"
}

for i in $(seq 1 "$runs"); do
  rm -rf "$work/demo"
  start "$work/demo"; cold=$ms
  if [ "$i" -eq "$runs" ]; then echo "heap of the node that built the demo:"; heap; fi
  stop
  start "$work/demo"; warm=$ms
  if [ "$i" -eq "$runs" ]; then echo "heap of the node that reopened it:"; heap; fi
  stop
  echo "run $i: cold first run (build) ${cold} ms, warm rerun ${warm} ms"
done
echo "uptime: $(uptime)"
