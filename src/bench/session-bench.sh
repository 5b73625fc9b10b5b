#!/usr/bin/env bash
# Session benchmark (not a test, not run in CI): the service's session endpoints against pgbench on the same
# PostgreSQL, A/B interleaved in the same run, so that the noise of a shared machine hits both sides alike.
#
# Starts a Debian PostgreSQL on loopback (initdb as the postgres user; fsync, synchronous_commit and
# full_page_writes on, as the service requires of a database), starts the service against it and captures
# (log_statement=all, for one POST and one GET only) the statements it sends; they become pgbench scripts:
#   (a) write-same     the service's own statements for a POST, values inlined, id, key and clinic varied
#   (b) write-minimal  one session row and one audit row, nothing else
#   (c) read           the service's own statements for a GET (select, audit row)
# Then, on a restart of the service (catalogue already stored; start to /q/health/ready is timed), measures
# with wrk (2 threads, BENCH_CONNECTIONS connections; pgbench with as many clients, TCP to 127.0.0.1 like the
# service):
#   - POST in the first minute after start (cold) against (a) and (b) measured right after it;
#   - BENCH_ROUNDS rounds, alternating who goes first: POST against (a) and (b), GET against (c), and page 500
#     against page 1 of a clinic with 25,000 sessions (the list pages by keyset: page 500 should cost page 1);
#   - start to ready on the embedded database with data present, and the service's RSS after all of it (at rest 10 s; the peak
#     is printed too).
# Prints one table (figure, myomap, reference, ratio, spread over rounds, target) and exits 1 when a target is
# missed: POST >= 1.0x (a) and >= 0.3x (b), cold too; GET >= 0.7x (c); page 500 >= 0.5x page 1 (within 2x);
# start to ready <= 1.5 s (external) and <= 2.5 s (embedded); RSS <= 250 MB.
#
# Needs (apt-get install -y) postgresql wrk curl openssl python3. Usage: src/bench/session-bench.sh
# Environment: BENCH_SECONDS per run (default 10), BENCH_COLD_SECONDS (20), BENCH_ROUNDS (3),
# BENCH_CONNECTIONS (16), BENCH_CLINICS (8), JAVA_OPTS (default: README's run command's).
# About 5 minutes with the defaults, plus a build when target/quarkus-app is missing or older than the sources.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
COLD_SECONDS=${BENCH_COLD_SECONDS:-20}
ROUNDS=${BENCH_ROUNDS:-3}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
CLINICS=${BENCH_CLINICS:-8}
PAGING_SESSIONS=25000
PAGE_SIZE=50
for tool in wrk pgbench curl openssl python3 runuser; do
  command -v "$tool" >/dev/null || { echo "$tool is required: apt-get install -y postgresql wrk curl openssl python3"; exit 2; }
done
WORK=$(mktemp -d)
chmod 755 "$WORK" # the postgres user (and the embedded initdb's unprivileged user) must reach into it
SERVICE_PID=""
stop() {
  stop_service
  stop_postgres
  rm -rf "$WORK"
}
source src/bench/bench-common.sh
trap stop EXIT
build_if_stale

# --- PostgreSQL on loopback, durable settings ---------------------------------------------------------------
start_postgres "$WORK" -c "log_line_prefix=%m [%p] %v " -c shared_buffers=128MB
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres)
"${PSQL[@]}" -c 'create database myomap'
PG_VERSION=$("${PSQL[@]}" -At -c 'show server_version')

# --- Identity: a key pair, a clinician's token per clinic ---------------------------------------------------
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
b64() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
token() { # clinic
  local now header claims
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64)
  claims=$(printf '{"iss":"https://myomap.local/issuer","sub":"bench-therapist","groups":["clinician"],"clinic_id":"%s","iat":%d,"exp":%d}' \
    "$1" "$now" $((now + 7200)) | b64)
  printf '%s.%s.%s\n' "$header" "$claims" "$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$WORK/private.pem" | b64)"
}
for i in $(seq 1 "$CLINICS"); do token "bench-clinic-$i"; done >"$WORK/tokens"
PAGING_TOKEN=$(token bench-paging)
TOKEN1=$(head -1 "$WORK/tokens")
cat >"$WORK/body.json" <<'JSON'
{"patientRef":"P-0001","date":"2026-11-20","durationMinutes":40,"mode":"in-office",
 "assessment":{"painBefore":6,"painAreas":[{"region":"sacroiliac-joint","side":"left","pain":6},
   {"region":"greater-trochanter","side":"left","pain":4}],
   "triggerPointsFound":[{"triggerPoint":"quadratus-lumborum-deep-upper","side":"left","status":"active"}]},
 "treatments":[{"muscle":"quadratus-lumborum","triggerPoint":"quadratus-lumborum-deep-upper","side":"left",
   "technique":"pressure-release","durationSeconds":90,"pressure":"moderate","patientFeedback":"eased"},
   {"muscle":"gluteus-medius","triggerPoint":"gluteus-medius-tp1","side":"left","technique":"stretch","durationSeconds":60}],
 "painAfter":3,"homeCare":{"protocols":["quadratus-lumborum-self-care"],"instructions":"Ball release twice a day"},
 "notes":"Responded well"}
JSON

# --- The service ----------------------------------------------------------------------------------------------
PORT=$(free_port)
M="http://127.0.0.1:$PORT"
start_service() { # embedded|external; sets SERVICE_PID and READY_SECONDS (launch to /q/health/ready)
  local t0 t1
  t0=$(date +%s%N)
  if [ "$1" = external ]; then
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/myomap" QUARKUS_DATASOURCE_USERNAME=postgres \
      QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/public.pem" \
      QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
      bash -c 'cd target/quarkus-app && exec java $0 -jar quarkus-run.jar' "$JAVA_OPTS" >>"$WORK/service.log" 2>&1 &
  else
    MYOMAP_DB_EMBEDDED_DATA_DIR="$WORK/embedded" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
      bash -c 'cd target/quarkus-app && exec java $0 -jar quarkus-run.jar' "$JAVA_OPTS" >>"$WORK/service.log" 2>&1 &
  fi
  SERVICE_PID=$!
  for _ in $(seq 1 1800); do
    curl -sf -o /dev/null "$M/q/health/ready" && break
    kill -0 "$SERVICE_PID" 2>/dev/null || break
    sleep 0.05
  done
  t1=$(date +%s%N)
  curl -sf -o /dev/null "$M/q/health/ready" && kill -0 "$SERVICE_PID" 2>/dev/null \
    || { echo "service did not become ready" >&2; tail -50 "$WORK/service.log" >&2; exit 2; }
  READY_SECONDS=$(python3 -c "print(f'{($t1 - $t0) / 1e9:.2f}')")
  # the database is prepared after the start: the session figures start once sessions answer
  for _ in $(seq 1 1800); do
    curl -sf -o /dev/null "$M/q/health/group/database" && break
    sleep 0.05
  done
  curl -sf -o /dev/null "$M/q/health/group/database" \
    || { echo "the database was not prepared" >&2; tail -50 "$WORK/service.log" >&2; exit 2; }
}
post() { # token, key -> response body
  curl -sf -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -H "Idempotency-Key: $2" \
    --data-binary @"$WORK/body.json" "$M/api/v1/sessions"
}

start_service external
echo "== first start on an empty database (migrations, catalogue stored): $READY_SECONDS s"
echo "== capturing the service's statements for one POST and one GET (log_statement=all, then off)"
post "$TOKEN1" warm-up-1 >/dev/null
"${PSQL[@]}" -c "alter system set log_statement = 'all'" -c 'select pg_reload_conf()' >/dev/null
sleep 0.5
SESSION_ID=$(post "$TOKEN1" capture-key-1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN1" "$M/api/v1/sessions/$SESSION_ID"
"${PSQL[@]}" -c 'alter system reset log_statement' -c 'select pg_reload_conf()' >/dev/null
python3 src/bench/session-capture.py "$WORK/pgrun/pg.log" "$SESSION_ID" capture-key-1 bench-clinic-1 "$CLINICS" "$WORK"
sed 's/^/    /' "$WORK/statements.txt" | cut -c1-200
stop_service

echo "== $PAGING_SESSIONS sessions of one clinic (SQL copies of the captured one, ~70 per date: ties on date)"
"${PSQL[@]}" -d myomap -c "
  insert into therapy_session (id, clinic_id, patient_ref, therapist, session_date, status, version, pain_before,
                               pain_after, document, created_at, created_by, updated_at, updated_by)
  select md5('paging-' || g)::uuid, 'bench-paging', patient_ref, therapist, date '2025-01-01' + (g % 365), status,
         version, pain_before, pain_after, document, created_at, created_by, updated_at, updated_by
  from therapy_session, generate_series(1, $PAGING_SESSIONS) g where id = '$SESSION_ID'" -c 'analyze'

RESULTS="$WORK/results.tsv"
: >"$RESULTS"
record() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "${3:-0}" "${4:-0}" | tee -a "$RESULTS"; } # round figure myomap reference
wrk_rate() { # seconds, wrk args... -> req/s (errors reported on stderr)
  local seconds=$1 out
  shift
  out=$(timeout $((seconds + 20)) wrk -t2 "-c$CONNECTIONS" "-d${seconds}s" "$@")
  grep -E "Non-2xx|Socket errors" <<<"$out" >&2 || true
  awk '/Requests\/sec/ { print $2 }' <<<"$out"
}
pgbench_rate() { # seconds, script -> tps
  local out
  out=$(pgbench -n -M simple -h 127.0.0.1 -p "$PGPORT" -U postgres -c "$CONNECTIONS" -j 2 -T "$1" -f "$2" myomap 2>&1) \
    || { echo "pgbench failed: $out" >&2; }
  awk '/^tps = / { print $3 }' <<<"$out"
}
service_post() { TOKENS="$WORK/tokens" BODY="$WORK/body.json" wrk_rate "$1" -s src/bench/session-post.lua "$M"; }
service_get() { wrk_rate "$1" -H "Authorization: Bearer $TOKEN1" "$M/api/v1/sessions/$SESSION_ID"; }

start_service external
echo "== start to ready, external PostgreSQL with the catalogue stored: $READY_SECONDS s; where the start went:"
grep -E "Catalogue .* published|Lookup engine ready|started in" "$WORK/service.log" | tail -3 | sed -E 's/^.*\) //; s/^/    /' 
record 1 start-external "$READY_SECONDS" 1.5
echo "== cold: POST for ${COLD_SECONDS} s from the moment sessions answer, then (a) and (b)"
record 1 post-cold-vs-a "$(service_post "$COLD_SECONDS")" "$(pgbench_rate "$SECONDS_PER_RUN" "$WORK/write-same.sql")"
COLD=$(awk -F'\t' '$2 == "post-cold-vs-a" { print $3 }' "$RESULTS")
record 1 post-cold-vs-b "$COLD" "$(pgbench_rate "$SECONDS_PER_RUN" "$WORK/write-minimal.sql")"

echo "== the cursor of page 500 (following 'next' from page 1)"
FIRST_PAGE="$M/api/v1/sessions?limit=$PAGE_SIZE"
PAGE500=$(python3 - "$M" "$PAGING_TOKEN" "$PAGE_SIZE" <<'PY'
import json, sys, urllib.parse, urllib.request
base, token, size = sys.argv[1], sys.argv[2], sys.argv[3]
cursor = None
for page in range(1, 500):
    url = f"{base}/api/v1/sessions?limit={size}" + (f"&cursor={urllib.parse.quote(cursor)}" if cursor else "")
    req = urllib.request.Request(url, headers={"Authorization": "Bearer " + token})
    cursor = json.load(urllib.request.urlopen(req))["next"]
print(f"{base}/api/v1/sessions?limit={size}&cursor={urllib.parse.quote(cursor)}")
PY
)
page_rate() { wrk_rate "$1" -H "Authorization: Bearer $PAGING_TOKEN" "$2"; }

echo "== $ROUNDS rounds, ${SECONDS_PER_RUN} s per run, wrk -t2 -c$CONNECTIONS, pgbench -c$CONNECTIONS -j2 -M simple"
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) -eq 1 ]; then
    m=$(service_post "$SECONDS_PER_RUN"); a=$(pgbench_rate "$SECONDS_PER_RUN" "$WORK/write-same.sql")
    b=$(pgbench_rate "$SECONDS_PER_RUN" "$WORK/write-minimal.sql")
    g=$(service_get "$SECONDS_PER_RUN"); c=$(pgbench_rate "$SECONDS_PER_RUN" "$WORK/read.sql")
    p1=$(page_rate "$SECONDS_PER_RUN" "$FIRST_PAGE"); p500=$(page_rate "$SECONDS_PER_RUN" "$PAGE500")
  else
    b=$(pgbench_rate "$SECONDS_PER_RUN" "$WORK/write-minimal.sql")
    a=$(pgbench_rate "$SECONDS_PER_RUN" "$WORK/write-same.sql"); m=$(service_post "$SECONDS_PER_RUN")
    c=$(pgbench_rate "$SECONDS_PER_RUN" "$WORK/read.sql"); g=$(service_get "$SECONDS_PER_RUN")
    p500=$(page_rate "$SECONDS_PER_RUN" "$PAGE500"); p1=$(page_rate "$SECONDS_PER_RUN" "$FIRST_PAGE")
  fi
  record "$round" post-vs-a "$m" "$a"
  record "$round" post-vs-b "$m" "$b"
  record "$round" get-vs-c "$g" "$c"
  record "$round" page500-vs-page1 "$p500" "$p1"
done
service_memory "$SERVICE_PID"
record 1 rss-after-benchmarks "$RSS_MB" 250
stop_service

echo "== embedded database: a first start makes the data, the second is timed"
start_service embedded
stop_service
start_service embedded
record 1 start-embedded "$READY_SECONDS" 2.5
stop_service

python3 - "$RESULTS" "$(date -u +%FT%TZ)" "$(nproc)" "$PG_VERSION" "$JAVA_OPTS" <<'PY'
import statistics, sys
results, when, cores, pg, opts = sys.argv[1:6]
rows = {}
for line in open(results):
    _, figure, m, r = line.rstrip("\n").split("\t")
    rows.setdefault(figure, []).append((float(m), float(r)))
# ratio targets (myomap / reference in the same round, at least) and absolute limits (myomap at most)
ratio_target = {"post-cold-vs-a": 1.0, "post-cold-vs-b": 0.3, "post-vs-a": 1.0, "post-vs-b": 0.3,
                "get-vs-c": 0.7, "page500-vs-page1": 0.5}
reference = {"post-cold-vs-a": "(a) same statements", "post-cold-vs-b": "(b) session+audit",
             "post-vs-a": "(a) same statements", "post-vs-b": "(b) session+audit",
             "get-vs-c": "(c) select+audit", "page500-vs-page1": "page 1",
             "start-external": "limit", "start-embedded": "limit", "rss-after-benchmarks": "limit"}
unit = {"start-external": "s", "start-embedded": "s", "rss-after-benchmarks": "MB"}
print(f"\n{when}, {cores} cores, PostgreSQL {pg}, JAVA_OPTS {opts}")
print("req/s (pgbench: tps); ratio = myomap / reference in the same round, median over rounds\n")
print(f"{'figure':<22}{'myomap':>10}{'reference':>11}  {'':<20}{'ratio':>7}  {'spread':<12}{'target':>9}  verdict")
missed = False
for figure, pairs in rows.items():
    m = statistics.median(p[0] for p in pairs)
    r = statistics.median(p[1] for p in pairs)
    if figure in ratio_target:
        ratios = [a / b if b else 0.0 for a, b in pairs]
        ratio = statistics.median(ratios)
        ok = ratio >= ratio_target[figure]
        spread = f"{min(ratios):.2f}-{max(ratios):.2f}x" if len(ratios) > 1 else "one run"
        line = f"{figure:<22}{m:>10,.0f}{r:>11,.0f}  {reference[figure]:<20}{ratio:>6.2f}x  {spread:<12}{'>= ' + str(ratio_target[figure]) + 'x':>9}"
    else:
        ok = m <= r
        u = unit[figure]
        line = f"{figure:<22}{m:>9.2f}{u:<1}{'':>11}  {'':<20}{'':>7}  {'one run':<12}{'<= ' + str(r) + ' ' + u:>9}"
    missed |= not ok
    print(line + ("  ok" if ok else "  MISSED"))
sys.exit(1 if missed else 0)
PY
