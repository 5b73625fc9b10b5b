#!/usr/bin/env bash
# Smoke run of the JVM image archive made by build-jvm-image.sh, with no container engine:
#   1. unpacks the OCI image with umoci into an OCI runtime bundle (its config.json carries the image's
#      user, entrypoint, working directory and environment);
#   2. starts a throwaway PostgreSQL from Debian's packages (initdb/pg_ctl as user postgres, on 127.0.0.1);
#   3. runs the image's own entrypoint with runc, as the image's user, with the root filesystem read-only and
#      a tmpfs at /tmp (as the Kubernetes Deployment does), sharing the host's network namespace so that it
#      reaches the database on loopback and answers there; SMOKE_REPLICAS containers start at the same moment
#      against the same empty database, as replicas of a rollout do;
#   4. waits for each one's /q/health/ready and /q/health/group/database to answer UP, prints /q/health/started,
#      /q/health/live and a catalogue read, checks that Flyway applied every migration exactly once, and stops everything.
#
#   apt-get install -y umoci runc postgresql curl jq
#   src/main/docker/smoke-jvm-image.sh [target/myomap-jvm-oci.tar]
# Environment: SMOKE_REPLICAS (default 1), SMOKE_HTTP_PORT (first port, default 18080), SMOKE_PG_PORT (default
# 55432), SMOKE_TIMEOUT_S (default 180).
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD
ARCHIVE=$(realpath "${1:-target/myomap-jvm-oci.tar}")
HTTP_PORT=${SMOKE_HTTP_PORT:-18080}
PG_PORT=${SMOKE_PG_PORT:-55432}
TIMEOUT=${SMOKE_TIMEOUT_S:-180}
REPLICAS=${SMOKE_REPLICAS:-1}
WORK=$ROOT/target/jvm-image/smoke
NAME=myomap-smoke-$$

for tool in umoci runc jq curl runuser; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y umoci runc jq curl)" >&2; exit 1; }
done
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PG_BIN/initdb" ] || { echo "no PostgreSQL server (apt-get install -y postgresql)" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "run as root (runc, runuser)" >&2; exit 1; }
[ -f "$ARCHIVE" ] || { echo "no image archive at $ARCHIVE: run src/main/docker/build-jvm-image.sh" >&2; exit 1; }

cleanup() {
  for i in $(seq 1 "$REPLICAS"); do
    runc kill "$NAME-$i" KILL >/dev/null 2>&1 || true
    runc delete --force "$NAME-$i" >/dev/null 2>&1 || true
  done
  [ -d "$WORK/pg/data" ] && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
rm -rf "$WORK"
mkdir -p "$WORK/oci"

echo "== image: $ARCHIVE"
tar -C "$WORK/oci" -xf "$ARCHIVE"
TAG=$(jq -r '.manifests[0].annotations["org.opencontainers.image.ref.name"]' "$WORK/oci/index.json")
umoci unpack --image "$WORK/oci:$TAG" "$WORK/bundle" >/dev/null
jq -c '{user: .process.user, args: .process.args, cwd: .process.cwd, env: .process.env}' "$WORK/bundle/config.json"

echo "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
mkdir -p "$WORK/pg"
chown postgres: "$WORK/pg"
runuser -u postgres -- "$PG_BIN/initdb" -D "$WORK/pg/data" -U postgres -A trust >/dev/null
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w \
  -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" start >/dev/null
runuser -u postgres -- psql -h "$WORK/pg" -p "$PG_PORT" -U postgres -q \
  -c "create role myomap login password 'smoke'" -c "create database myomap owner myomap"
# From here on the application logs in with a password over TCP.
sed -i 's/^host\(.*\)trust$/host\1scram-sha-256/' "$WORK/pg/data/pg_hba.conf"
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg/data" reload >/dev/null

echo "== runc: $REPLICAS container(s) of the image's entrypoint at once, read-only root, tmpfs /tmp, host network"
# Every container shares the unpacked root filesystem (read-only) and gets its own config.json and port.
for i in $(seq 1 "$REPLICAS"); do
  mkdir -p "$WORK/run-$i"
  jq --arg url "jdbc:postgresql://127.0.0.1:$PG_PORT/myomap" --arg port "$((HTTP_PORT + i - 1))" --arg rootfs "$WORK/bundle/rootfs" '
    .root = {path: $rootfs, readonly: true}
    | .process.terminal = false
    | .linux.namespaces |= map(select(.type != "network"))
    | .mounts += [{destination: "/tmp", type: "tmpfs", source: "tmpfs", options: ["nosuid", "nodev", "mode=1777", "size=64m"]}]
    | .process.env += ["QUARKUS_DATASOURCE_JDBC_URL=" + $url, "QUARKUS_DATASOURCE_USERNAME=myomap",
                       "QUARKUS_DATASOURCE_PASSWORD=smoke", "QUARKUS_HTTP_PORT=" + $port]
  ' "$WORK/bundle/config.json" > "$WORK/run-$i/config.json"
done
START=$(date +%s)
for i in $(seq 1 "$REPLICAS"); do
  # Detached: runc returns once the container runs; the container keeps the log file as its stdout/stderr.
  runc run --detach --bundle "$WORK/run-$i" "$NAME-$i" > "$WORK/app-$i.log" 2>&1 < /dev/null
done

for i in $(seq 1 "$REPLICAS"); do
  port=$((HTTP_PORT + i - 1))
  ready=""
  while [ $(( $(date +%s) - START )) -lt "$TIMEOUT" ]; do
    # ready (the catalogue published), and the database prepared (migrated after the start; checked below)
    if ready=$(curl -fsS "http://127.0.0.1:$port/q/health/ready" 2>/dev/null) && jq -e '.status == "UP"' <<<"$ready" >/dev/null \
      && curl -fsS "http://127.0.0.1:$port/q/health/group/database" >/dev/null 2>&1; then
      break
    fi
    ready=""
    if ! runc state "$NAME-$i" >/dev/null 2>&1 && [ $(( $(date +%s) - START )) -gt 5 ]; then
      break
    fi
    sleep 1
  done
  if [ -z "$ready" ]; then
    echo "FAILED: container $i: /q/health/ready or /q/health/group/database not UP within ${TIMEOUT}s; its log:" >&2
    tail -50 "$WORK/app-$i.log" >&2
    exit 1
  fi
  PID=$(runc state "$NAME-$i" | jq -r .pid)
  echo "-- container $i ready after $(( $(date +%s) - START )) s on port $port"
  echo "process: $(tr '\0' ' ' < "/proc/$PID/cmdline")"
  echo "runs as: uid $(awk '/^Uid:/{print $2}' "/proc/$PID/status"), gid $(awk '/^Gid:/{print $2}' "/proc/$PID/status"); RSS $(awk '/^VmRSS:/{print $2, $3}' "/proc/$PID/status")"
  for path in /q/health/started /q/health/live /q/health/ready /q/health/group/database; do
    echo "GET $path -> $(curl -sS "http://127.0.0.1:$port$path" | jq -c '{status, checks: [.checks[]? | {name, status}]}')"
  done
  echo "GET /api/v1/muscles/piriformis -> HTTP $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/muscles/piriformis")"
  grep -hE "started in|Successfully applied|up to date|catalogue|ERROR" "$WORK/app-$i.log" | cut -c1-200 || true
done
echo "== database after the start-up"
psql_q() { runuser -u postgres -- psql -h "$WORK/pg" -p "$PG_PORT" -U postgres -d myomap -tA -c "$1"; }
echo "flyway_schema_history (version:success): $(psql_q "select string_agg(version || ':' || success, ' ' order by installed_rank) from flyway_schema_history")"
DUPLICATES=$(psql_q "select count(*) - count(distinct version) from flyway_schema_history")
[ "$DUPLICATES" = 0 ] || { echo "FAILED: a migration was applied more than once" >&2; exit 1; }
echo "SMOKE OK"
