#!/usr/bin/env bash
# End-to-end checks against the packaged service, started once: the TypeScript client (types generated from
# openapi/openapi.yaml, compiled with tsc) and then every browser test in browser/*.mjs (playwright-core driving
# Debian's Chromium). Needs target/quarkus-app/quarkus-run.jar (./mvnw -B verify or package), Java 17, Node 20+.
# Exits non-zero on any failure; every wait is bounded. Screenshots and the service's log go to target/e2e/.
set -euo pipefail
E2E="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$E2E/../.." && pwd)"
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
OUT="$ROOT/target/e2e"

if [[ ! -f "$JAR" ]]; then
  echo "e2e: $JAR is missing; build it first with ./mvnw -B verify" >&2
  exit 2
fi
if [[ ! -x /usr/bin/chromium && -z "${CHROMIUM:-}" ]]; then
  echo "e2e: installing Debian's chromium"
  timeout 300 apt-get update -qq
  DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

cd "$E2E"
timeout 300 npm ci --no-audit --no-fund --loglevel=error
timeout 120 npm run --silent build

mkdir -p "$OUT"
WORK="$(mktemp -d)"
SERVICE_PID=""
stop_service() {
  if [[ -n "$SERVICE_PID" ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill -TERM "$SERVICE_PID"
    for _ in $(seq 1 60); do
      kill -0 "$SERVICE_PID" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$SERVICE_PID" 2>/dev/null; then
      echo "e2e: the service did not stop within 30 s; killing it" >&2
      kill -KILL "$SERVICE_PID"
    fi
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=""
  rm -rf "$WORK"
}
trap stop_service EXIT

node dist/client/keys.js "$WORK/keys"
PORT="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
URL="http://127.0.0.1:$PORT"

echo "e2e: starting the service on $URL (data in a temporary directory)"
QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$PORT" \
  MYOMAP_DB_EMBEDDED_DATA_DIR="$WORK/postgres" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/keys/public.pem" \
  java -jar "$JAR" >"$OUT/service.log" 2>&1 &
SERVICE_PID=$!

ready=""
for _ in $(seq 1 180); do
  if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
    echo "e2e: the service exited during start-up; its log:" >&2
    tail -50 "$OUT/service.log" >&2
    exit 1
  fi
  # ready (the catalogue published) and the database prepared (migrated after the start): sessions answer
  if curl -fsS --max-time 2 "$URL/q/health/ready" >/dev/null 2>&1 \
    && curl -fsS --max-time 2 "$URL/q/health/group/database" >/dev/null 2>&1; then
    ready=yes
    break
  fi
  sleep 1
done
if [[ -z "$ready" ]]; then
  echo "e2e: the service was not ready within 180 s; its log:" >&2
  tail -50 "$OUT/service.log" >&2
  exit 1
fi

failures=0
echo "== TypeScript client"
MYOMAP_URL="$URL" MYOMAP_JWT_PRIVATE_KEY="$WORK/keys/private.pem" timeout 120 node dist/client/main.js || failures=$((failures + 1))
for test in browser/*.mjs; do
  echo "== Browser: $test"
  MYOMAP_URL="$URL" timeout 180 node "$test" || failures=$((failures + 1))
done

if (( failures > 0 )); then
  echo "e2e: $failures failed (service log: target/e2e/service.log)" >&2
  exit 1
fi
echo "e2e: all passed"
