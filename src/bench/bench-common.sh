# Sourced by the benchmark scripts (run from the repository root): what each of them needs the same way.

# README's run command's JVM settings (also the JVM images'): the benches measure the service as it is run.
# The serial collector (two cores leave nothing for concurrent GC threads); a 16 MB young generation, so that the
# pages a request's garbage passes through stay few, with survivor spaces of 4 MB that may fill to 90 % before
# objects are promoted younger, so that it dies there instead of filling the old generation; glibc's free memory
# (the JIT's arenas above all) handed back every 5 s; two malloc arenas, not eight per core.
JAVA_OPTS=${JAVA_OPTS:-"-XX:SharedArchiveFile=app-cds.jsa -XX:+UseSerialGC -Xmx96m -Xmn16m -XX:SurvivorRatio=2 -XX:TargetSurvivorRatio=90 -Xss512k -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -XX:TrimNativeHeapInterval=5000"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# The service's memory after a bench: RSS_PEAK_MB (VmHWM, the most it held at any moment), then RSS_MB once it has
# rested RSS_REST_SECONDS (10) with no requests, as a replica between bursts holds it. Both are printed.
service_memory() { # pid
  RSS_PEAK_MB=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status")
  sleep "${RSS_REST_SECONDS:-10}"
  RSS_MB=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status")
  echo "== service memory: RSS ${RSS_MB} MB after ${RSS_REST_SECONDS:-10} s at rest, peak ${RSS_PEAK_MB} MB (JAVA_OPTS $JAVA_OPTS)"
}

# A free TCP port on loopback.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Build once: reuse the packaged application unless a source is newer, so a benchmark never measures old code.
build_if_stale() {
  local app_jar
  app_jar=$(ls target/quarkus-app/app/*.jar 2>/dev/null | head -1 || true)
  if [ -z "$app_jar" ] || [ -n "$(find src/main pom.xml -newer "$app_jar" -print -quit)" ]; then
    echo "== building (target/quarkus-app missing or older than the sources)"
    ./mvnw -B -q -DskipTests package
  fi
}

# Stops the service a bench started (SERVICE_PID), if it runs.
stop_service() {
  if [ -n "${SERVICE_PID:-}" ]; then
    kill "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
    SERVICE_PID=""
  fi
}

# A Debian PostgreSQL on loopback, data and socket under the work directory, with the settings the service requires
# of a database (fsync, synchronous_commit and full_page_writes on); more "-c name=value" arguments may follow.
# initdb runs as the postgres user (it refuses root). The server is a child of the calling script, not started
# through pg_ctl (which detaches it into a session of its own): on a machine shared with others, Linux's autogroup
# scheduling then gives the database, the service and the load one share together, and each side of a comparison
# competes inside it as on a machine of its own. Sets PG_BIN, PG_DATA, PGPORT and PGPASSWORD (exported).
start_postgres() { # work dir, postgres arguments...
  local work=$1
  shift
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL's server is required: apt-get install -y postgresql"; exit 2; }
  PGPORT=$(free_port)
  PGPASSWORD=bench-$RANDOM$RANDOM
  export PGPASSWORD
  PG_DATA=$work/pg
  mkdir "$PG_DATA" "$work/pgrun" && chown postgres "$PG_DATA" "$work/pgrun" # data; its log and socket
  printf '%s\n' "$PGPASSWORD" >"$work/pwfile" && chown postgres "$work/pwfile"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --pwfile="$work/pwfile" \
    --auth-host=scram-sha-256 --auth-local=trust >/dev/null
  runuser -u postgres -- "$PG_BIN/postgres" -D "$PG_DATA" -c listen_addresses=127.0.0.1 -c port="$PGPORT" \
    -c unix_socket_directories="$work/pgrun" -c fsync=on -c synchronous_commit=on -c full_page_writes=on \
    -c max_connections=100 "$@" >"$work/pgrun/pg.log" 2>&1 &
  for _ in $(seq 1 100); do
    "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT" && break
    sleep 0.2
  done
}

# Fast shutdown of start_postgres' server, signalled by the pid in its data directory: runuser does not pass a
# signal on to the postmaster.
stop_postgres() {
  [ -n "${PG_DATA:-}" ] && [ -f "$PG_DATA/postmaster.pid" ] || return 0
  local postmaster
  postmaster=$(head -1 "$PG_DATA/postmaster.pid")
  kill -INT "$postmaster" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$postmaster" 2>/dev/null || break; sleep 0.1; done
}

# nginx on loopback serving the work directory's www/, without an access log, in the foreground as a child of the
# calling script. Arguments: directives for the main context (modules), for http {}, for server {}.
# Sets NGINX_PORT and NGINX_PID.
start_nginx() { # work dir, main directives, http directives, server directives
  local work=$1
  mkdir -p "$work/nginx-tmp"
  NGINX_PORT=$(free_port)
  cat >"$work/nginx.conf" <<NGINX
$2
daemon off;
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  default_type application/json;
  client_body_temp_path $work/nginx-tmp;
  proxy_temp_path $work/nginx-tmp;
  fastcgi_temp_path $work/nginx-tmp;
  uwsgi_temp_path $work/nginx-tmp;
  scgi_temp_path $work/nginx-tmp;
  $3
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/www;
    $4
  }
}
NGINX
  nginx -e "$work/nginx-error.log" -p "$work" -c "$work/nginx.conf" &
  NGINX_PID=$!
}
