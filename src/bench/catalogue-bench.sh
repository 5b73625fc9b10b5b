#!/usr/bin/env bash
# Catalogue benchmark (not a test, not run in CI): myomap against nginx serving the same bytes, measured
# A/B, interleaved, in the same run, so that the noise of a shared machine hits both sides alike.
#
# Starts the service on its own embedded PostgreSQL (temp data dir, free port), fetches from it the identity
# catalogue, its gzip body and one muscle, serves those files from nginx on loopback (gzip_static on), then
# runs wrk on both, alternating, ROUNDS times, for these figures: the catalogue with Accept-Encoding: gzip,
# with Accept-Encoding: br (when nginx has its brotli_static module), the plain catalogue, one muscle, and a
# 304 revalidation. Prints one table and exits 1 when a median ratio misses its target (compressed catalogue
# >= 0.6x nginx, the others >= 1.0x).
#
# Needs wrk and nginx (apt-get install -y wrk nginx; for the brotli figure also
# libnginx-mod-http-brotli-static). Usage: src/bench/catalogue-bench.sh
# Environment: BENCH_SECONDS per wrk run (default 5), BENCH_ROUNDS (3), BENCH_CONNECTIONS (32).
# About 3.5 minutes with the defaults, plus a build when target/quarkus-app is missing or older than the sources.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${BENCH_SECONDS:-5}
ROUNDS=${BENCH_ROUNDS:-3}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
for tool in wrk nginx curl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is required: apt-get install -y wrk nginx curl python3"; exit 2; }
done

WORK=$(mktemp -d)
chmod 755 "$WORK" # the embedded initdb runs as an unprivileged user when we are root; nginx workers read www/
SERVICE_PID=""
NGINX_PID=""
stop() {
  for pid in $NGINX_PID $SERVICE_PID; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in $NGINX_PID $SERVICE_PID; do
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap stop EXIT
source src/bench/bench-common.sh
build_if_stale

# --- The service, on its own database and port ------------------------------------------------------------
PORT=$(free_port)
# From target/quarkus-app with README's JVM settings: the AppCDS archive names the jars relative to it.
(cd target/quarkus-app && MYOMAP_DB_EMBEDDED_DATA_DIR="$WORK/pg" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
  exec java $JAVA_OPTS -jar quarkus-run.jar) >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
M="http://127.0.0.1:$PORT"
for _ in $(seq 1 90); do
  curl -sf "$M/q/health/ready" >/dev/null && break
  kill -0 "$SERVICE_PID" 2>/dev/null || break
  sleep 1
done
curl -sf "$M/q/health/ready" >/dev/null || { echo "service did not become ready"; tail -50 "$WORK/service.log"; exit 2; }

# --- nginx, serving the bytes the service serves ------------------------------------------------------------
MUSCLE=soleus
mkdir -p "$WORK/www/api/v1/muscles"
curl -sf -H 'Accept-Encoding: identity' "$M/api/v1/catalogue" -o "$WORK/www/api/v1/catalogue"
curl -sf -H 'Accept-Encoding: gzip' "$M/api/v1/catalogue" -o "$WORK/www/api/v1/catalogue.gz"
BROTLI_MODULE=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
if [ -f "$BROTLI_MODULE" ]; then
  # The service makes its brotli 11 in the background once a client asks for it, and sends gzip until then.
  for _ in $(seq 1 120); do
    [ "$(curl -s -o /dev/null -w '%header{content-encoding}' -H 'Accept-Encoding: br' "$M/api/v1/catalogue")" = br ] && break
    sleep 0.5
  done
  curl -sf -H 'Accept-Encoding: br' "$M/api/v1/catalogue" -o "$WORK/www/api/v1/catalogue.br"
  LOAD_BROTLI="load_module $BROTLI_MODULE;"
  BROTLI_STATIC="brotli_static on;"
else
  echo "== no brotli figure: nginx's brotli_static module is missing (apt-get install libnginx-mod-http-brotli-static)"
  LOAD_BROTLI=""
  BROTLI_STATIC=""
fi
curl -sf -H 'Accept-Encoding: identity' "$M/api/v1/muscles/$MUSCLE" -o "$WORK/www/api/v1/muscles/$MUSCLE"
cmp -s <(gzip -dc "$WORK/www/api/v1/catalogue.gz") "$WORK/www/api/v1/catalogue" \
  || { echo "the service's gzip body does not decompress to its identity body"; exit 2; }
chmod -R a+rX "$WORK/www"
start_nginx "$WORK" "$LOAD_BROTLI" "sendfile on;
  tcp_nopush on;
  gzip_static on;
  gzip_vary on;
  $BROTLI_STATIC" ""
N="http://127.0.0.1:$NGINX_PORT"
for _ in $(seq 1 20); do
  curl -sf -o /dev/null "$N/api/v1/catalogue" && break
  sleep 0.25
done

# --- What each side is asked, checked before it is measured -------------------------------------------------
etag() { curl -sf -D - -o /dev/null -H "Accept-Encoding: $2" "$1" | tr -d '\r' | awk 'tolower($1) == "etag:" { print $2 }'; }
M_ETAG=$(etag "$M/api/v1/catalogue" identity)
N_ETAG=$(etag "$N/api/v1/catalogue" identity)
check() { # url, expected status, expected content-encoding, headers...
  local url=$1 status=$2 coding=$3
  shift 3
  local got
  got=$(curl -s -o /dev/null -w '%{http_code} %header{content-encoding}' "$@" "$url")
  [ "$got" = "$status $coding" ] || [ "$got" = "$status $coding " ] \
    || { echo "check failed: $url ($*) answered '$got', expected '$status $coding'"; exit 2; }
}
for side in "$M" "$N"; do
  check "$side/api/v1/catalogue" 200 gzip -H 'Accept-Encoding: gzip'
  [ -z "$BROTLI_STATIC" ] || check "$side/api/v1/catalogue" 200 br -H 'Accept-Encoding: br'
  check "$side/api/v1/catalogue" 200 ""
  check "$side/api/v1/muscles/$MUSCLE" 200 ""
done
check "$M/api/v1/catalogue" 304 "" -H "If-None-Match: $M_ETAG"
check "$N/api/v1/catalogue" 304 "" -H "If-None-Match: $N_ETAG"

FIGURES=(catalogue-gzip catalogue-plain one-muscle revalidation-304)
[ -z "$BROTLI_STATIC" ] || FIGURES=(catalogue-gzip catalogue-br catalogue-plain one-muscle revalidation-304)
declare -A TARGET=([catalogue-gzip]=0.6 [catalogue-br]=0.6 [catalogue-plain]=1.0 [one-muscle]=1.0 [revalidation-304]=1.0)
run_wrk() { # side (myomap|nginx), figure -> req/s
  local base=$1 figure=$2 tag=$3
  local args=(-t2 "-c$CONNECTIONS" "-d${SECONDS_PER_RUN}s")
  case $figure in
    catalogue-gzip) args+=(-H 'Accept-Encoding: gzip' "$base/api/v1/catalogue") ;;
    catalogue-br) args+=(-H 'Accept-Encoding: br' "$base/api/v1/catalogue") ;;
    catalogue-plain) args+=("$base/api/v1/catalogue") ;;
    one-muscle) args+=("$base/api/v1/muscles/$MUSCLE") ;;
    revalidation-304) args+=(-H "If-None-Match: $tag" "$base/api/v1/catalogue") ;;
  esac
  local out
  out=$(timeout $((SECONDS_PER_RUN + 15)) wrk "${args[@]}")
  if grep -qE "Non-2xx|Socket errors" <<<"$out" && [ "$figure" != revalidation-304 ]; then
    echo "wrk reported errors for $figure on $base:" >&2
    grep -E "Non-2xx|Socket errors" <<<"$out" >&2
  fi
  awk '/Requests\/sec/ { print $2 }' <<<"$out"
}

echo "== warm-up: ${SECONDS_PER_RUN} s per figure on the service (JIT), not reported"
for figure in "${FIGURES[@]}"; do
  run_wrk "$M" "$figure" "$M_ETAG" >/dev/null
done

RESULTS="$WORK/results.tsv"
: >"$RESULTS"
echo "== $ROUNDS rounds x ${#FIGURES[@]} figures x 2 sides, ${SECONDS_PER_RUN} s each, wrk -t2 -c$CONNECTIONS"
for round in $(seq 1 "$ROUNDS"); do
  for figure in "${FIGURES[@]}"; do
    # Alternate who goes first, so neither side always runs on the warmer (or noisier) half of the slot.
    if [ $((round % 2)) -eq 1 ]; then
      m=$(run_wrk "$M" "$figure" "$M_ETAG"); n=$(run_wrk "$N" "$figure" "$N_ETAG")
    else
      n=$(run_wrk "$N" "$figure" "$N_ETAG"); m=$(run_wrk "$M" "$figure" "$M_ETAG")
    fi
    printf '%s\t%s\t%s\t%s\n' "$round" "$figure" "${m:-0}" "${n:-0}" | tee -a "$RESULTS"
  done
done

TARGETS=$(for f in "${FIGURES[@]}"; do printf '%s=%s,' "$f" "${TARGET[$f]}"; done)
python3 - "$RESULTS" "$TARGETS" "$(date -u +%FT%TZ)" "$(nproc)" <<'EOF'
import statistics, sys
results, targets, when, cores = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
target = dict(t.split("=") for t in targets.strip(",").split(","))
rows = {}
for line in open(results):
    _, figure, m, n = line.split("\t")
    rows.setdefault(figure, []).append((float(m), float(n)))
print(f"\n{when}, {cores} cores, ratios per round = myomap req/s / nginx req/s in the same round\n")
print(f"{'figure':<18}{'myomap req/s':>14}{'nginx req/s':>13}{'ratio':>8}  {'spread (rounds)':<18}{'target':>8}  verdict")
missed = False
for figure, pairs in rows.items():
    ratios = [m / n if n else 0.0 for m, n in pairs]
    ratio = statistics.median(ratios)
    ok = ratio >= float(target[figure])
    missed |= not ok
    spread = f"{min(ratios):.2f}-{max(ratios):.2f}x"
    print(f"{figure:<18}{statistics.median(m for m, _ in pairs):>14,.0f}{statistics.median(n for _, n in pairs):>13,.0f}"
          f"{ratio:>7.2f}x  {spread:<18}{'>= ' + target[figure] + 'x':>8}  {'ok' if ok else 'MISSED'}")
print("\nreq/s and ratio are medians over the rounds; spread is the lowest and highest per-round ratio.")
sys.exit(1 if missed else 0)
EOF
