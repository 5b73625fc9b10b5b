#!/usr/bin/env bash
# The native build must never carry the embedded PostgreSQL. Checks, without building anything, that the
# `native` profile's dependency tree has no io.zonky artifact and that choosing it leaves the embedded-db
# profile (which adds src/embedded-db) inactive, and, so the check cannot pass by reading nothing, that the
# default build does carry both.
# `-Dnative` is what src/main/docker/Dockerfile.native builds with. About 30 s; run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

./mvnw -B -q -Dnative dependency:tree -DoutputFile="$out/native-tree.txt" >/dev/null
./mvnw -B -q dependency:tree -DoutputFile="$out/default-tree.txt" >/dev/null
./mvnw -B -q -Dnative help:active-profiles -Doutput="$out/native-profiles.txt" >/dev/null
native_enabled=$(./mvnw -B -q -Dnative help:evaluate -Dexpression=quarkus.native.enabled -DforceStdout)
jar_enabled=$(./mvnw -B -q -Dnative help:evaluate -Dexpression=quarkus.package.jar.enabled -DforceStdout)
./mvnw -B -q help:active-profiles -Doutput="$out/default-profiles.txt" >/dev/null

grep -q 'io.quarkus:quarkus-core' "$out/native-tree.txt" || { echo "native dependency tree looks empty" >&2; exit 1; }
grep -q 'io.zonky' "$out/default-tree.txt" || { echo "default build lost the embedded PostgreSQL: is this check still right?" >&2; exit 1; }
if grep 'io.zonky' "$out/native-tree.txt"; then
  echo "FAILED: the native profile's dependencies carry the embedded PostgreSQL (above)" >&2
  exit 1
fi
grep -q -- '- embedded-db ' "$out/default-profiles.txt" || { echo "embedded-db is not active by default: is this check still right?" >&2; exit 1; }
grep -q -- '- native ' "$out/native-profiles.txt" || { echo "FAILED: -Dnative did not activate the native profile" >&2; exit 1; }
if grep -- '- embedded-db ' "$out/native-profiles.txt"; then
  echo "FAILED: with -Dnative the embedded-db profile (src/embedded-db) is still active" >&2
  exit 1
fi
[ "$native_enabled" = true ] && [ "$jar_enabled" = false ] \
  || { echo "FAILED: -Dnative gives quarkus.native.enabled=$native_enabled quarkus.package.jar.enabled=$jar_enabled" >&2; exit 1; }
echo "native profile (-Dnative): quarkus.native.enabled=true, quarkus.package.jar.enabled=false, $(grep -c ':' "$out/native-tree.txt") dependencies, no io.zonky; embedded-db profile inactive"
