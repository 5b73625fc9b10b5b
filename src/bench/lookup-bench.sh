#!/usr/bin/env bash
# Lookup benchmark (not a test): builds and starts the service on its own embedded PostgreSQL, warms it up,
# then prints with wrk (apt-get install wrk) the peak throughput and the latency percentiles at a paced
# ~1,000 req/s, then open loop (constant arrival rate, src/bench/OpenLoop.java: latency from when each request
# was due, so stalls are not hidden), plus the service's memory. Exits 1 when the open-loop p99 is 5 ms or more.
# Usage: src/bench/lookup-bench.sh [rate] [seconds]; JAVA_OPTS as in README's run command unless set.
set -euo pipefail
cd "$(dirname "$0")/../.."
RATE=${1:-1000}
DURATION=${2:-30}
PORT=${BENCH_PORT:-8089}
URL="http://localhost:$PORT/api/v1/lookup"
export BODIES=src/bench/lookup-bodies.jsonl
CONNECTIONS=25
JAVA_OPTS=${JAVA_OPTS:-"-XX:SharedArchiveFile=app-cds.jsa -XX:+UseSerialGC -Xmx96m -Xss512k -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} # glibc: two malloc arenas, not one per core times eight
command -v wrk >/dev/null || { echo "wrk is required: apt-get install wrk"; exit 1; }
DATA=$(mktemp -d)
chmod 755 "$DATA" # the embedded initdb runs as an unprivileged user when we are root
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$DATA"' EXIT

source src/bench/bench-common.sh
build_if_stale
# Run from target/quarkus-app, as README says: the AppCDS archive names the jars relative to it.
(cd target/quarkus-app && MYOMAP_DB_EMBEDDED_DATA_DIR="$DATA/pg" QUARKUS_HTTP_PORT=$PORT \
  exec java $JAVA_OPTS -XX:NativeMemoryTracking=summary -jar quarkus-run.jar) >"$DATA/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 90); do
  curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null && break
  sleep 1
done
curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null || { echo "service did not become ready"; tail -50 "$DATA/service.log"; exit 1; }
report() { grep -E "Latency |Requests/sec|Non-2xx|Socket errors|^ +(50|75|90|99)%" || true; }

echo "== warm-up: 30 s unpaced (JIT compilation), not reported"
wrk -t2 -c16 -d30s -s src/bench/lookup.lua "$URL" >/dev/null

echo "== peak throughput: 2 threads, 32 connections, ${DURATION} s, $(wc -l <"$BODIES") rotating request bodies"
wrk -t2 -c32 -d"${DURATION}s" --latency -s src/bench/lookup.lua "$URL" | report

# Each connection spends 1-3 ms of its cycle on the request and wrk itself, so the pause is 3 ms shorter
# (the measured rate is printed: check it is at or above the target).
PACE_MS=$(( CONNECTIONS * 1000 / RATE - 3 ))
echo "== paced: $CONNECTIONS connections each waiting ${PACE_MS} ms between requests (target ~$RATE req/s), ${DURATION} s"
PACE_MS=$PACE_MS wrk -t2 -c$CONNECTIONS -d"${DURATION}s" --latency -s src/bench/lookup.lua "$URL" | report

echo "== open loop: $RATE req/s constant arrival rate, ${DURATION} s (src/bench/OpenLoop.java)"
OPEN=$(java src/bench/OpenLoop.java "$URL" "$BODIES" "$RATE" "$DURATION")
echo "$OPEN"

echo "== service memory after the runs (JAVA_OPTS $JAVA_OPTS)"
grep -E "VmRSS|VmHWM" "/proc/$PID/status"
jcmd "$PID" VM.native_memory summary | grep -E "^(Total|-)" | grep -E "Total|Heap|Class|Thread|Code|GC|Internal|Other|Symbol|Arena|Metaspace" || true
P99=$(awk '$1 == "p99" { print $2 }' <<<"$OPEN")
python3 -c "import sys; sys.exit(0 if float('$P99') < 5.0 else 1)" || { echo "open-loop p99 $P99 ms: target < 5 ms MISSED"; exit 1; }
echo "open-loop p99 $P99 ms: target < 5 ms met"
