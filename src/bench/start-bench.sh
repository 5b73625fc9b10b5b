#!/usr/bin/env bash
# Start to ready, A/B (not a test, not run in CI): starts each packaged build in turn, interleaved (the order
# flips every round, so that a machine getting busier hits both sides alike), and times launch to the first
# /q/health/ready that answers 200, as session-bench.sh's start_service does, and to the moment sessions answer (the
# database prepared); prints each start (wall, CPU of the process at readiness, RSS, Quarkus' own "started in") and
# the medians per build.
#
#   src/bench/start-bench.sh embedded|external ROUNDS LABEL=QUARKUS_APP_DIR [LABEL=QUARKUS_APP_DIR ...]
#
# A build is a copy of target/quarkus-app made with `cp -a` (the AppCDS archive checks the jars' sizes and times).
# embedded: one data directory for all builds, made by a first start of the first build (and one more start to
# settle it), so that every timed start has data present. external: a Debian PostgreSQL on loopback (fsync on),
# the first build's first start migrates it and stores the catalogue. Needs postgresql, curl, python3; run as root
# (initdb runs as the postgres user). JAVA_OPTS default: README's run command's.
set -euo pipefail
cd "$(dirname "$0")/../.."
MODE=$1; ROUNDS=$2; shift 2
[ "$MODE" = embedded ] || [ "$MODE" = external ] || { echo "mode: embedded or external"; exit 2; }
source src/bench/bench-common.sh
WORK=$(mktemp -d)
chmod 755 "$WORK" # the postgres user (and the embedded initdb's unprivileged user) must reach into it
SERVICE_PID=""
stop() {
  stop_service
  stop_postgres
  rm -rf "$WORK"
}
trap stop EXIT

if [ "$MODE" = external ]; then
  start_postgres "$WORK"
  psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres -c 'create database myomap'
fi

PORT=$(free_port)
start_service() { # app dir, log; sets READY_SECONDS, SESSIONS_SECONDS, CPU_SECONDS, RSS_MB
  local t0 t1 t2 ready=""
  t0=$(date +%s%N)
  if [ "$MODE" = external ]; then
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/myomap" QUARKUS_DATASOURCE_USERNAME=postgres \
      QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
      bash -c 'cd "$1" && exec java $0 -jar quarkus-run.jar' "$JAVA_OPTS" "$1" >"$2" 2>&1 &
  else
    MYOMAP_DB_EMBEDDED_DATA_DIR="$WORK/embedded" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
      bash -c 'cd "$1" && exec java $0 -jar quarkus-run.jar' "$JAVA_OPTS" "$1" >"$2" 2>&1 &
  fi
  SERVICE_PID=$!
  for _ in $(seq 1 3000); do
    ready=$(curl -s -w '%{http_code}' "http://127.0.0.1:$PORT/q/health/ready") && [ "${ready: -3}" = 200 ] && break
    kill -0 "$SERVICE_PID" 2>/dev/null || break
    sleep 0.02
  done
  t1=$(date +%s%N)
  CPU_SECONDS=$(awk '{printf "%.2f", ($14 + $15) / 100}' "/proc/$SERVICE_PID/stat" 2>/dev/null || echo "?")
  # Sessions answer once the database is prepared: at readiness for a build whose readiness includes the database
  # (it migrated before HTTP opened), else when /q/health/group/database is UP (migrated after the start).
  t2=$t1
  if [[ $ready != *'"database"'* ]]; then
    for _ in $(seq 1 3000); do
      [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/q/health/group/database")" = 200 ] && break
      kill -0 "$SERVICE_PID" 2>/dev/null || break
      sleep 0.02
    done
    t2=$(date +%s%N)
  fi
  kill -0 "$SERVICE_PID" 2>/dev/null || { echo "the service exited during its start" >&2; tail -40 "$2" >&2; exit 2; }
  READY_SECONDS=$(python3 -c "print(f'{($t1 - $t0) / 1e9:.2f}')")
  SESSIONS_SECONDS=$(python3 -c "print(f'{($t2 - $t0) / 1e9:.2f}')")
  RSS_MB=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$SERVICE_PID/status")
}

start_service "${1#*=}" "$WORK/first.log"
echo "first start (${1%%=*}, makes the data): $READY_SECONDS s"
stop_service
if [ "$MODE" = embedded ]; then
  start_service "${1#*=}" "$WORK/second.log"
  echo "second start (${1%%=*}, not counted): $READY_SECONDS s"
  stop_service
fi
declare -A TIMES SESSION_TIMES
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
for round in $(seq 1 "$ROUNDS"); do
  order=("$@")
  if [ $((round % 2)) = 0 ]; then
    order=()
    for ((i = $#; i >= 1; i--)); do order+=("${!i}"); done
  fi
  for build in "${order[@]}"; do
    label=${build%%=*}
    start_service "${build#*=}" "$WORK/$label-$round.log"
    echo "round $round $label: ready $READY_SECONDS s, sessions $SESSIONS_SECONDS s, CPU $CPU_SECONDS s, RSS $RSS_MB MB;" \
      "$(grep -o 'started in [0-9.]*s' "$WORK/$label-$round.log" || true)"
    TIMES[$label]="${TIMES[$label]:-} $READY_SECONDS"
    SESSION_TIMES[$label]="${SESSION_TIMES[$label]:-} $SESSIONS_SECONDS"
    stop_service
  done
done
for build in "$@"; do
  label=${build%%=*}
  echo "$label ($MODE): ready ${TIMES[$label]} s, median $(median ${TIMES[$label]}) s;" \
    "sessions ${SESSION_TIMES[$label]} s, median $(median ${SESSION_TIMES[$label]}) s"
done
uptime
