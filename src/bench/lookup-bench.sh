#!/usr/bin/env bash
# Lookup benchmark (not a test, not run in CI). Builds and starts the service on its own embedded PostgreSQL and
# nginx on loopback answering every POST with the service's own answer to the first request body (a static
# file: the reference). Then, after a warm-up:
#   - peak: wrk (2 threads, 32 connections) POSTing the bodies of lookup-bodies.jsonl in turn, against nginx,
#     BENCH_ROUNDS rounds alternating who goes first; target >= 0.5x nginx (median of the rounds' ratios);
#   - open loop: Gatling (src/bench/gatling, from Maven Central) at a constant arrival rate, a warm-up ramping up
#     to the rate, then RATE req/s for SECONDS s; each request starts when it is due, whether or not earlier ones
#     were answered, so a stall shows in the percentiles (no coordinated omission); target p99 < 5 ms. The same
#     run against nginx shows what the generator itself adds on this machine;
#   - the service's memory: RSS after 10 s at rest (the target) and its peak.
# Prints one table and exits 1 when a target is missed.
# Needs wrk, nginx, curl, python3 (apt-get install -y wrk nginx curl python3). Usage:
#   src/bench/lookup-bench.sh [rate] [seconds]   (defaults 1000 and 30; about 4 minutes)
# Environment: BENCH_ROUNDS (3), BENCH_SECONDS per peak run (10), JAVA_OPTS (README's run command's unless set).
set -euo pipefail
cd "$(dirname "$0")/../.."
RATE=${1:-1000}
DURATION=${2:-30}
ROUNDS=${BENCH_ROUNDS:-3}
PEAK_SECONDS=${BENCH_SECONDS:-10}
for tool in wrk nginx curl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is required: apt-get install -y wrk nginx curl python3"; exit 2; }
done
BODIES=$PWD/src/bench/lookup-bodies.jsonl
export BODIES
WORK=$(mktemp -d)
chmod 755 "$WORK" # the embedded initdb runs as an unprivileged user when we are root; nginx workers read www/
PID=""
NGINX_PID=""
stop() {
  [ -z "$PID" ] || { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }
  [ -z "$NGINX_PID" ] || { kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; }
  rm -rf "$WORK"
}
trap stop EXIT
source src/bench/bench-common.sh
build_if_stale
./mvnw -B -q -f src/bench/gatling/pom.xml test-compile # the load generator, compiled before anything is timed

PORT=$(free_port)
URL="http://127.0.0.1:$PORT/api/v1/lookup"
# Run from target/quarkus-app, as README says: the AppCDS archive names the jars relative to it.
(cd target/quarkus-app && MYOMAP_DB_EMBEDDED_DATA_DIR="$WORK/pg" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
  exec java $JAVA_OPTS -jar quarkus-run.jar) >"$WORK/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 900); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break
  kill -0 "$PID" 2>/dev/null || break
  sleep 0.1
done
curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" || { echo "service did not become ready"; tail -50 "$WORK/service.log"; exit 2; }

# --- nginx: every POST answered with the service's answer to the first body -----------------------------------
mkdir -p "$WORK/www"
head -1 "$BODIES" >"$WORK/body.json"
curl -sf -H 'Content-Type: application/json' --data-binary @"$WORK/body.json" "$URL" -o "$WORK/www/answer.json"
chmod -R a+rX "$WORK/www"
# a static file refuses POST with 405: answer it with the file instead
start_nginx "$WORK" "" "" 'location / { error_page 405 =200 $uri; }'
N="http://127.0.0.1:$NGINX_PORT/answer.json"
for _ in $(seq 1 20); do
  curl -sf -o /dev/null -X POST --data-binary @"$WORK/body.json" "$N" && break
  sleep 0.25
done
[ "$(curl -sf -X POST --data-binary @"$WORK/body.json" "$N" | wc -c)" = "$(wc -c <"$WORK/www/answer.json")" ] \
  || { echo "nginx does not answer a POST with the service's answer"; exit 2; }

RESULTS="$WORK/results.tsv"
: >"$RESULTS"
peak() { # url -> req/s
  local out
  out=$(timeout $((PEAK_SECONDS + 15)) wrk -t2 -c32 -d"${PEAK_SECONDS}s" -s src/bench/lookup.lua "$1")
  grep -E "Non-2xx|Socket errors" <<<"$out" >&2 || true
  awk '/Requests\/sec/ { print $2 }' <<<"$out"
}
open_loop() { # url, name -> "p50 p90 p99 p99.9 max count ko" in ms, from Gatling's report of the measured part
  local before report
  before=$(ls -d src/bench/gatling/target/gatling/*/ 2>/dev/null | wc -l)
  timeout $((DURATION + 240)) ./mvnw -B -q -f src/bench/gatling/pom.xml gatling:test -Durl="$1" -Dbodies="$BODIES" \
    -Drate="$RATE" -Dseconds="$DURATION" -DwarmUp=15 >"$WORK/gatling-$2.log" 2>&1 \
    || { echo "Gatling failed against $1:" >&2; tail -20 "$WORK/gatling-$2.log" >&2; exit 2; }
  report=$(ls -td src/bench/gatling/target/gatling/*/ | head -1)
  [ "$(ls -d src/bench/gatling/target/gatling/*/ | wc -l)" -gt "$before" ] || { echo "Gatling wrote no report" >&2; exit 2; }
  python3 - "$report" <<'PY'
import glob, re, sys
page = open(glob.glob(sys.argv[1] + "req_lookup-*.html")[0]).read()
text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
m = re.search(r"Total count (\d+) \d+ (\d+).*?50th percentile (\d+).*?90th percentile (\d+).*?99th percentile (\d+)"
              r".*?99.9th percentile (\d+).*?Max (\d+)", text)
count, ko, p50, p90, p99, p999, top = m.groups()
print(p50, p90, p99, p999, top, count, ko)
PY
}

echo "== warm-up: 30 s unpaced on the service (JIT), not reported"
wrk -t2 -c16 -d30s -s src/bench/lookup.lua "$URL" >/dev/null
echo "== peak: $ROUNDS rounds x ${PEAK_SECONDS} s, wrk -t2 -c32, $(wc -l <"$BODIES") rotating request bodies"
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) -eq 1 ]; then m=$(peak "$URL"); n=$(peak "$N"); else n=$(peak "$N"); m=$(peak "$URL"); fi
  printf 'peak\t%s\t%s\n' "${m:-0}" "${n:-0}" | tee -a "$RESULTS"
done
echo "== open loop: Gatling, $RATE req/s constant arrival rate for ${DURATION} s after a 15 s ramp (service, then nginx)"
MYOMAP_OPEN=$(open_loop "$URL" myomap)
NGINX_OPEN=$(open_loop "$N" nginx)
echo "   myomap: p50 p90 p99 p99.9 max (ms), count, failed: $MYOMAP_OPEN"
echo "   nginx:  $NGINX_OPEN"
service_memory "$PID"

python3 - "$RESULTS" "$MYOMAP_OPEN" "$NGINX_OPEN" "$RSS_MB" "$RATE" "$(date -u +%FT%TZ)" "$(nproc)" <<'PY'
import statistics, sys
results, mine, theirs, rss, rate, when, cores = sys.argv[1:8]
pairs = [tuple(map(float, line.split("\t")[1:3])) for line in open(results)]
ratios = [m / n if n else 0.0 for m, n in pairs]
p50, p90, p99, p999, top, count, ko = map(int, mine.split())
n_p99 = int(theirs.split()[2])
print(f"\n{when}, {cores} cores; ratio = myomap / nginx in the same round, median over rounds\n")
print(f"{'figure':<30}{'myomap':>10}{'reference':>12}{'ratio':>8}  {'spread':<12}{'target':>10}  verdict")
rows = [("lookup peak req/s", statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs),
         statistics.median(ratios), f"{min(ratios):.2f}-{max(ratios):.2f}x", ">= 0.5x", statistics.median(ratios) >= 0.5),
        (f"open loop {rate}/s p99 ms", p99, n_p99, None, f"p99.9 {p999}, max {top}", "< 5 ms", p99 < 5 and ko == 0),
        ("RSS MB after the runs, at rest", float(rss), None, None, "", "<= 250", float(rss) <= 250)]
missed = False
for name, m, r, ratio, spread, target, ok in rows:
    ref = f"{r:>12,.0f}" if r is not None else f"{'':>12}"
    rat = f"{ratio:>7.2f}x" if ratio is not None else f"{'':>8}"
    print(f"{name:<30}{m:>10,.0f}{ref}{rat}  {spread:<12}{target:>10}  {'ok' if ok else 'MISSED'}")
    missed |= not ok
if ko:
    print(f"{ko} of {count} open-loop requests failed")
sys.exit(1 if missed else 0)
PY
