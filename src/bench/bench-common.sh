# Sourced by the benchmark scripts (run from the repository root): what each of them needs the same way.

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
